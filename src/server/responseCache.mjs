/**
 * Whole responses of public portal pages, kept per generation for the production server
 * (server.mjs). Plain JavaScript so that server.mjs can load it without a compiler.
 *
 * Only what is the same for every visitor is kept: a GET of a portal page (`/{lang}…`), with no
 * preview, no signed-in user (payload-token cookie) and no client-side navigation (RSC) headers,
 * answered 200 without cookies. A publish or unpublish bumps the generation (src/publication/
 * generation.ts), after which every kept page is stale and the next request renders again.
 */

const GENERATION = Symbol.for('bilingualPublishing.generation')
const FEED_FAST_PATH = Symbol.for('bilingualPublishing.fastPath')
const PORTAL_PAGE = /^\/[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?:[/?]|$)/
const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url']

/** @returns {number | undefined} */
const generation = () => globalThis[GENERATION]?.value

/** @param {import('node:http').IncomingMessage} req */
export function isCacheablePage(req) {
  const url = req.url ?? ''
  if (req.method !== 'GET' || !PORTAL_PAGE.test(url) || url.startsWith('/api') || /[?&]preview=/.test(url)) return false
  if (NAVIGATION_HEADERS.some((name) => req.headers[name] !== undefined)) return false
  return !/(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')
}

/** Compressed and plain answers are kept apart. */
const keyOf = (req) => `${/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : 'identity'} ${req.url}`

/** @param {{ maxEntries?: number }} [options] */
export function createResponseCache({ maxEntries = 1000 } = {}) {
  /** @type {Map<string, { body: Buffer, generation: number, headers: import('node:http').OutgoingHttpHeaders }>} */
  const entries = new Map()
  return {
    entries,
    /** Answer from the cache; false when there is nothing current to answer with. */
    serve(req, res) {
      if (!isCacheablePage(req)) return false
      const entry = entries.get(keyOf(req))
      if (!entry || entry.generation !== generation()) return false
      res.writeHead(200, { ...entry.headers, 'content-length': entry.body.length })
      res.end(entry.body)
      return true
    },
    /** Watch the response the app writes, and keep it if it may be shared. */
    record(req, res) {
      const started = generation()
      if (started === undefined || !isCacheablePage(req)) return
      const key = keyOf(req)
      const chunks = []
      const take = (chunk, encoding) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
      }
      const write = res.write
      const end = res.end
      res.write = function (chunk, encoding, callback) {
        take(chunk, encoding)
        return write.call(this, chunk, encoding, callback)
      }
      res.end = function (chunk, encoding, callback) {
        take(chunk, encoding)
        const result = end.call(this, chunk, encoding, callback)
        const headers = res.getHeaders()
        // rendered from one generation from start to end, the same for everyone: keep it
        if (res.statusCode === 200 && started === generation() && headers['set-cookie'] === undefined) {
          if (entries.size >= maxEntries) entries.clear()
          delete headers['content-length']
          delete headers['transfer-encoding']
          entries.set(key, { body: Buffer.concat(chunks), generation: started, headers })
        }
        return result
      }
    },
  }
}

/**
 * The request handler of server.mjs: a cached feed (src/feeds/fastPath.ts) or a cached page is
 * answered from memory; anything else goes to Next.js, and a shareable page it renders is kept.
 */
export function createPublicHandler(handle, cache = createResponseCache()) {
  return (req, res) => {
    if (req.method === 'GET' && req.url?.startsWith('/api/feeds/')) {
      const entry = globalThis[FEED_FAST_PATH]?.get(req.url)
      if (entry && entry.generation === generation()) return entry.serve(req, res)
      return handle(req, res)
    }
    if (cache.serve(req, res)) return
    cache.record(req, res)
    return handle(req, res)
  }
}
