import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { rememberForFastPath } from '../../src/feeds/fastPath'
import { bumpGeneration, currentGeneration } from '../../src/publication/generation'
// plain JavaScript: server.mjs loads it without a compiler
import { createPublicHandler, createResponseCache } from '../../school/server/responseCache.mjs'
import { markPrivateResponse, markPublicResponse } from '../../school/portal/responseMark'

let server: Server
let base = ''
let renders = 0
let cache: ReturnType<typeof createResponseCache>

/**
 * Stands in for Next.js: renders a page (in two writes, after an await, as a renderer does),
 * 404s, or sets a cookie. Like the portal, it marks its page public, and a preview (the query
 * decoded as Next decodes it) or a signed-in request private, showing the draft to anyone who asks.
 */
async function app(req: IncomingMessage, res: ServerResponse) {
  renders += 1
  await new Promise((resolve) => setTimeout(resolve, 1))
  if (req.url?.startsWith('/vi/missing')) {
    res.writeHead(404, { 'content-type': 'text/html' }).end('not found')
    return
  }
  if (req.url?.startsWith('/vi/cookie')) res.setHeader('set-cookie', 'a=b')
  if (!req.url?.startsWith('/vi/unmarked')) markPublicResponse()
  const query = new URLSearchParams(req.url?.split('?')[1] ?? '')
  const signedIn = ['authorization', 'cookie', 'proxy-authorization'].some((name) => req.headers[name] !== undefined)
  const draft = [...query.keys()].some((key) => /preview/i.test(key)) || signedIn
  if (draft) markPrivateResponse()
  res.setHeader('content-type', 'text/html; charset=utf-8')
  const html = `<h1>render ${renders}</h1><p>${req.url}</p>${draft ? '<p>UNAPPROVED DRAFT</p>' : ''}`
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !/gzip;q=0\b/.test(String(req.headers['accept-encoding']))) {
    res.setHeader('content-encoding', 'gzip')
    res.setHeader('vary', 'Accept-Encoding')
    res.end(gzipSync(html))
    return
  }
  res.write(html.slice(0, 10))
  res.end(html.slice(10))
}

/** A raw request: exact headers, no automatic Accept-Encoding or decompression. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ body: string; encoding: string | undefined; status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        const encoding = res.headers['content-encoding']
        resolve({ body: (encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8'), encoding, status: res.statusCode ?? 0 })
      })
    })
    req.on('error', reject)
    req.end()
  })
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

  it('keeps neither errors, responses that set cookies, nor pages the renderer did not mark public', async () => {
    for (const path of ['/vi/missing', '/vi/cookie', '/vi/unmarked']) {
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

  it('never serves a preview to an anonymous visitor, however the preview is spelled', async () => {
    const spellings = [
      '?preview=1',
      '?Preview=1',
      '?PREVIEW=true',
      '?%70review=1',
      '?pre%76iew=1',
      '?%50%52%45%56%49%45%57=1',
      '?x=1&preview=1',
      '?preview',
      '?preview=',
      '?x=1&%70review',
      '?preview[]=1',
      '?preview%5B%5D=1',
      '?a=%&preview=1',
      '?+preview=1',
      '?preview=1#x',
    ]
    for (const [index, spelling] of spellings.entries()) {
      const path = `/vi/news/p${index}`
      expect((await raw(`${path}${spelling}`)).body, spelling).toContain('UNAPPROVED DRAFT')
      // the same URL asked again is rendered again, never answered with the kept draft
      const renderedBefore = renders
      expect((await raw(`${path}${spelling}`)).status).toBe(200)
      expect(renders, spelling).toBe(renderedBefore + 1)
      expect((await raw(path)).body, spelling).not.toContain('UNAPPROVED DRAFT')
    }
  })

  it('still keeps a search for the word "preview": only a key asks for a preview', async () => {
    await raw('/vi/search?q=preview')
    const before = renders
    expect((await raw('/vi/search?q=preview')).body).not.toContain('UNAPPROVED DRAFT')
    expect(renders).toBe(before)
    await raw('/vi/news/twice?%2570review=1')
    const twice = renders
    await raw('/vi/news/twice?%2570review=1')
    expect(renders).toBe(twice + 1) // a key encoded twice is still a preview: rendered every time
  })

  it('neither keeps nor serves a page for a request with credentials in any form', async () => {
    const credentials: Record<string, string>[] = [
      { cookie: 'payload-token=abc' },
      { cookie: 'Payload-Token=abc' },
      { cookie: 'lang=vi;payload-token=abc' },
      { cookie: 'lang=vi ;  payload-token = abc' },
      { cookie: 'payload%2Dtoken=abc' },
      { cookie: 'other-prefix-token=abc' },
      { authorization: 'JWT abc' },
      { authorization: 'Bearer abc' },
      { authorization: 'users API-Key abc' },
      { authorization: 'jwt abc' },
      { 'proxy-authorization': 'Basic abc' },
    ]
    for (const [index, headers] of credentials.entries()) {
      const path = `/vi/news/c${index}`
      const before = renders
      expect((await raw(path, headers)).body, JSON.stringify(headers)).toContain('UNAPPROVED DRAFT')
      expect((await raw(path)).body, JSON.stringify(headers)).not.toContain('UNAPPROVED DRAFT')
      // a kept public page is not handed to a signed-in request either
      expect((await raw(path, headers)).body, JSON.stringify(headers)).toContain('UNAPPROVED DRAFT')
      expect(renders - before).toBe(3)
    }
  })

  it('keeps each content encoding apart and answers a client only with one it accepts', async () => {
    const gz = await raw('/vi/enc', { 'accept-encoding': 'gzip' })
    expect(gz.encoding).toBe('gzip')
    const before = renders
    expect((await raw('/vi/enc', { 'accept-encoding': 'gzip, deflate' })).encoding).toBe('gzip')
    expect(renders).toBe(before) // served from the cache
    // clients that do not accept gzip never get the gzip bytes
    for (const accept of [undefined, 'identity', 'gzip;q=0', 'br', 'deflate', 'x-gzip;q=0, identity']) {
      const res = await raw('/vi/enc', accept === undefined ? {} : { 'accept-encoding': accept })
      expect(res.encoding, String(accept)).toBeUndefined()
      expect(res.body).toContain('<h1>render')
    }
    // and a client that refuses identity is not sent the plain bytes from the cache
    await raw('/vi/enc2')
    const refused = renders
    await raw('/vi/enc2', { 'accept-encoding': 'gzip;q=0, identity;q=0, br' })
    expect(renders).toBe(refused + 1)
  })
})
