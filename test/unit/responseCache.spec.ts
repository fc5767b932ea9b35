import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { rememberForFastPath } from '../../src/feeds/fastPath'
import { bumpGeneration, currentGeneration } from '../../src/publication/generation'
// plain JavaScript: server.mjs loads it without a compiler
import { createPublicHandler, createResponseCache } from '../../src/server/responseCache.mjs'

let server: Server
let base = ''
let renders = 0
let cache: ReturnType<typeof createResponseCache>

/** Stands in for Next.js: renders a page (in two writes), 404s, or sets a cookie. */
function app(req: IncomingMessage, res: ServerResponse) {
  renders += 1
  if (req.url?.startsWith('/vi/missing')) {
    res.writeHead(404, { 'content-type': 'text/html' }).end('not found')
    return
  }
  if (req.url?.startsWith('/vi/cookie')) res.setHeader('set-cookie', 'a=b')
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.write(`<h1>render ${renders}</h1>`)
  res.end(`<p>${req.url}</p>`)
}

beforeAll(async () => {
  cache = createResponseCache()
  server = createServer(createPublicHandler(app, cache))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  bumpGeneration()
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers })
  return { body: await res.text(), status: res.status, type: res.headers.get('content-type') }
}

describe('the production server’s page cache', () => {
  it('answers a public portal page from memory until the generation changes', async () => {
    const first = await get('/vi/news/a')
    const second = await get('/vi/news/a')
    expect(second).toEqual(first)
    expect(second.type).toBe('text/html; charset=utf-8')
    bumpGeneration() // a publish or unpublish
    expect((await get('/vi/news/a')).body).not.toBe(first.body)
  })

  it('renders for signed-in staff, previews, client navigations and the admin every time', async () => {
    for (const [path, headers] of [
      ['/vi/news/b', { cookie: 'lang=vi; payload-token=abc' }],
      ['/vi/news/b?preview=1', {}],
      ['/vi/news/b', { rsc: '1' }],
      ['/admin', {}],
      ['/api/articles', {}],
    ] as const) {
      const before = renders
      await get(path, headers)
      await get(path, headers)
      expect(renders - before, path).toBe(2)
    }
  })

  it('keeps neither errors nor responses that set cookies', async () => {
    for (const path of ['/vi/missing', '/vi/cookie']) {
      const before = renders
      await get(path)
      await get(path)
      expect(renders - before, path).toBe(2)
    }
  })

  it('keeps a page per URL, query included', async () => {
    const a = await get('/vi/search?q=dong+trieu')
    const b = await get('/vi/search?q=le+chan')
    expect(a.body).toContain('q=dong+trieu')
    expect(b.body).toContain('q=le+chan')
    expect((await get('/vi/search?q=dong+trieu')).body).toBe(a.body)
  })

  it('answers a built feed of the current generation before the app, with 304 to a conditional request', async () => {
    const feed = { body: '<rss/>', contentType: 'application/rss+xml; charset=utf-8', etag: '"abc"', lastModified: new Date('2026-11-20T08:00:00Z') }
    rememberForFastPath('/api/feeds/vi/rss.xml', currentGeneration().value, feed, { etag: '"abc"', 'last-modified': feed.lastModified.toUTCString() })
    const before = renders
    expect(await get('/api/feeds/vi/rss.xml')).toEqual({ body: '<rss/>', status: 200, type: 'application/rss+xml; charset=utf-8' })
    expect((await fetch(`${base}/api/feeds/vi/rss.xml`, { headers: { 'if-none-match': '"abc"' } })).status).toBe(304)
    expect(renders).toBe(before)
    bumpGeneration()
    await get('/api/feeds/vi/rss.xml')
    expect(renders).toBe(before + 1)
  })
})
