import type { Payload } from 'payload'

import { pickLanguage } from '../i18n'
import { cachedPublic } from '../publication/cache'
import { currentGeneration } from '../publication/generation'
import { type BuiltFeed, buildFeed, FeedParamError } from './build'
import { isNotModified } from './conditional'
import { rememberForFastPath } from './fastPath'

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
