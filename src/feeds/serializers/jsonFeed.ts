import type { FeedMeta, PublicItem } from '../model'
import { createFeed, feedItem } from './feedBase'

type JsonFeedItem = Record<string, unknown> & { author?: Record<string, string> }

/**
 * JSON Feed 1.1. The `feed` package writes version 1; this upgrades its output to 1.1: the new
 * version URL, `authors` instead of the deprecated `author`, `language` on the feed and items,
 * and images as attachments with their captions. Other language versions go in `_hreflang`
 * (extension keys start with an underscore, as the specification asks).
 */
export function toJsonFeed(meta: FeedMeta, items: readonly PublicItem[]): string {
  const feed = createFeed(meta, 'json')
  for (const item of items) feed.addItem(feedItem(item))
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & { author?: unknown; items: JsonFeedItem[] }
  const { author, items: feedItems, ...rest } = doc
  const out = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: meta.language,
    authors: author ? [author] : [],
    ...(meta.hub ? { hubs: [{ type: 'WebSub', url: meta.hub }] } : {}),
    items: feedItems.map((entry, i) => {
      const item = items[i]!
      const { author: _author, ...fields } = entry
      return {
        ...fields,
        authors: item.authors.map((name) => ({ name })),
        language: item.language,
        ...(item.images.length
          ? {
              attachments: item.images.map((image) => ({
                mime_type: image.original.mimeType ?? 'image/jpeg',
                size_in_bytes: image.original.filesize,
                title: image.caption || image.alt || undefined,
                url: image.original.url,
              })),
            }
          : {}),
        _hreflang: item.alternates.map((alternate) => ({ language: alternate.language, title: alternate.title, url: alternate.url })),
      }
    }),
  }
  return JSON.stringify(out)
}
