import type { Payload } from 'payload'

import { pickLanguage } from '../i18n'
import { cachedPublic } from '../publication/cache'
import { currentGeneration } from '../publication/generation'
import { type BuiltFeed, buildFeed, FeedParamError } from './build'
import { rememberForFastPath } from './fastPath'

/** True when the client's copy (If-None-Match, else If-Modified-Since) is still current. */
export function isNotModified(headers: Headers, feed: Pick<BuiltFeed, 'etag' | 'lastModified'>): boolean {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim()
      return t === '*' || t === feed.etag || t === `W/${feed.etag}`
    })
  }
  const since = headers.get('if-modified-since')
  if (since === null) return false
  const time = Date.parse(since)
  return !Number.isNaN(time) && feed.lastModified.getTime() <= time
}

/**
 * `GET /api/feeds/{lang}/{file}`: a Web `Request` in, a `Response` out, so a Next.js route (or any
 * server) can mount it. A cached feed is answered without touching Payload or the database.
 */
export function createFeedHandler(getPayload: () => Promise<Payload>) {
  return async function handleFeed(request: Request, params: { file: string; lang: string }): Promise<Response> {
    const url = new URL(request.url)
    const channel = url.searchParams.get('channel')
    const category = url.searchParams.get('category')
    const key = `feed|${params.lang}|${params.file}|${channel ?? ''}|${category ?? ''}`
    let feed: BuiltFeed
    const { changedAt, value: generation } = currentGeneration()
    try {
      feed = await cachedPublic(key, async () =>
        buildFeed(await getPayload(), { category, channel, file: params.file, language: params.lang, uiLanguage: pickLanguage(request.headers.get('accept-language')) }, changedAt),
      )
    } catch (error) {
      if (error instanceof FeedParamError) {
        return Response.json({ errors: [{ message: error.message }] }, { headers: { 'cache-control': 'no-store' }, status: error.status })
      }
      throw error
    }
    const headers = {
      'cache-control': 'public, no-cache',
      etag: feed.etag,
      'last-modified': feed.lastModified.toUTCString(),
      vary: 'accept-encoding',
    }
    rememberForFastPath(url.pathname + url.search, generation, feed, headers)
    if (isNotModified(request.headers, feed)) return new Response(null, { headers, status: 304 })
    return new Response(feed.body, { headers: { ...headers, 'content-type': feed.contentType } })
  }
}
