import type { IncomingMessage, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

import type { BuiltFeed } from './build'
import { isNotModified } from './conditional'

/**
 * Built feeds, by request URL, for the production server's fast path (school/server/responseCache.mjs): a cached feed
 * is answered from memory before Next.js routes the request, at the cost of a static file. Each
 * entry carries its generation; any publish or unpublish makes every entry stale at once.
 */
export type FastPathEntry = { generation: number; serve: (req: IncomingMessage, res: ServerResponse) => void }

const KEY = Symbol.for('bilingualPublishing.fastPath')
const MAX_ENTRIES = 500

function table(): LRUCache<string, FastPathEntry> {
  const holder = globalThis as unknown as Record<symbol, LRUCache<string, FastPathEntry> | undefined>
  holder[KEY] ??= new LRUCache<string, FastPathEntry>({ max: MAX_ENTRIES })
  return holder[KEY]!
}

export function rememberForFastPath(url: string, generation: number, feed: BuiltFeed, headers: Record<string, string>): void {
  const t = table()
  if (t.get(url)?.generation === generation) return // already there: no copy per request
  const body = Buffer.from(feed.body)
  const all = { ...headers, 'content-length': String(body.length), 'content-type': feed.contentType }
  t.set(url, {
    generation,
    serve(req, res) {
      const conditional = new Headers()
      for (const name of ['if-none-match', 'if-modified-since']) {
        const value = req.headers[name]
        if (typeof value === 'string') conditional.set(name, value)
      }
      if (isNotModified(conditional, feed)) {
        res.writeHead(304, headers).end()
        return
      }
      res.writeHead(200, all).end(body)
    },
  })
}
