/**
 * Whole responses of public portal pages, kept per generation for the production server
 * (server.mjs). Plain JavaScript so that server.mjs can load it without a compiler.
 *
 * The cache can only ever hold public answers:
 * - The renderer decides. Each request runs inside a response mark (school/server/responseMark.mjs);
 *   a portal page marks it public when it renders for everyone, and a preview marks it private,
 *   which wins. Only a response marked public and not private is kept.
 * - A request that carries credentials in any form (any cookie, any Authorization header) or
 *   asks for a preview however the query is spelled is neither answered from the cache nor kept.
 * - Variants are kept by the content encoding the response was actually sent with, and a client
 *   is answered only with an encoding it accepts (negotiated the way `compression` does).
 * A publish or unpublish bumps the generation (src/publication/generation.ts), after which every
 * kept page is stale and the next request renders again.
 */
import { LRUCache } from 'lru-cache'
import Negotiator from 'negotiator'

import { currentMark, runMarked } from './responseMark.mjs'

const GENERATION = Symbol.for('bilingualPublishing.generation')
const FEED_FAST_PATH = Symbol.for('bilingualPublishing.fastPath')
const PORTAL_PAGE = /^\/[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?:[/?]|$)/
const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url']
/** Headers through which a request can carry credentials (Payload reads JWT and API keys from them). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization']

/** @returns {number | undefined} */
const generation = () => globalThis[GENERATION]?.value

/** Whether a query asks for a preview, decoded as Next decodes it (any case, any encoding). */
export function asksForPreview(url) {
  const q = url.indexOf('?')
  if (q < 0) return false
  let params
  try {
    params = new URLSearchParams(url.slice(q + 1))
  } catch {
    return true
  }
  for (const key of params.keys()) {
    if (/preview/i.test(key) || /preview/i.test(safeDecode(key))) return true
  }
  // the keys as written, decoded once more (a key encoded twice), values left alone
  return url
    .slice(q + 1)
    .split(/[&;]/)
    .some((part) => /preview/i.test(safeDecode(safeDecode(part.split('=')[0] ?? ''))))
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** @param {import('node:http').IncomingMessage} req */
export function isCacheablePage(req) {
  const url = req.url ?? ''
  if (req.method !== 'GET' || !PORTAL_PAGE.test(url) || url.startsWith('/api') || asksForPreview(url)) return false
  if (NAVIGATION_HEADERS.some((name) => req.headers[name] !== undefined)) return false
  return !CREDENTIAL_HEADERS.some((name) => req.headers[name] !== undefined)
}

/** @param {import('node:http').OutgoingHttpHeaders} headers */
const encodingOf = (headers) =>
  String(headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase() || 'identity'

/** @param {{ maxEntries?: number }} [options] */
export function createResponseCache({ maxEntries = 1000 } = {}) {
  /** @type {Map<string, Map<string, { body: Buffer, generation: number, headers: import('node:http').OutgoingHttpHeaders }>>} */
  // pages by URL, each with its encodings; the least recently used URL goes first when it is full
  const entries = new LRUCache({ max: maxEntries })
  return {
    entries,
    /** Answer from the cache; false when there is nothing current the client accepts. */
    serve(req, res) {
      if (!isCacheablePage(req)) return false
      const variants = entries.get(req.url)
      if (!variants) return false
      const current = [...variants].filter(([, entry]) => entry.generation === generation()).map(([encoding]) => encoding)
      if (!current.length) return false
      // what the client accepts, best first; identity counts only when it is not refused
      const [chosen] = new Negotiator(req).encodings(current)
      if (!chosen) return false
      const entry = variants.get(chosen)
      res.writeHead(200, { ...entry.headers, 'content-length': entry.body.length })
      res.end(entry.body)
      return true
    },
    /** Watch the response the app writes, and keep it if the renderer marked it public. */
    record(req, res) {
      const started = generation()
      if (started === undefined || !isCacheablePage(req)) return
      const url = req.url
      const chunks = []
      const take = (chunk, encoding) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
      }
      const write = res.write
      const end = res.end
      const mark = currentMark()
      res.write = function (chunk, encoding, callback) {
        take(chunk, encoding)
        return write.call(this, chunk, encoding, callback)
      }
      res.end = function (chunk, encoding, callback) {
        take(chunk, encoding)
        const result = end.call(this, chunk, encoding, callback)
        const headers = res.getHeaders()
        // rendered for everyone, from one generation from start to end: keep it
        const shareable = mark?.public === true && mark.private !== true
        if (shareable && res.statusCode === 200 && started === generation() && headers['set-cookie'] === undefined) {
          delete headers['content-length']
          delete headers['transfer-encoding']
          const variants = entries.get(url) ?? new Map()
          variants.set(encodingOf(headers), { body: Buffer.concat(chunks), generation: started, headers })
          entries.set(url, variants)
        }
        return result
      }
    },
  }
}

/**
 * The request handler of server.mjs: a cached feed (src/feeds/fastPath.ts) or a cached page is
 * answered from memory; anything else goes to Next.js inside a fresh response mark, and a page
 * its renderer marked public is kept.
 */
export function createPublicHandler(handle, cache = createResponseCache()) {
  return (req, res) =>
    runMarked(() => {
      if (req.method === 'GET' && req.url?.startsWith('/api/feeds/')) {
        const entry = globalThis[FEED_FAST_PATH]?.get(req.url)
        if (entry && entry.generation === generation()) return entry.serve(req, res)
        return handle(req, res)
      }
      if (cache.serve(req, res)) return
      cache.record(req, res)
      return handle(req, res)
    })
}
