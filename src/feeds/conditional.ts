import type { BuiltFeed } from './build'

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
