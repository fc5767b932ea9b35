import type { FeedMeta, PublicItem } from '../model'
import { cdataSafe, createFeed, feedItem } from './feedBase'

const MEDIA_NS = 'http://search.yahoo.com/mrss/'
const MEDIA_RENDITIONS = ['og', 'portal']

/** Media RSS `media:content` for each image: the og and portal renditions, caption and credit. */
function mediaContent(item: PublicItem) {
  return item.images.flatMap((image) =>
    MEDIA_RENDITIONS.flatMap((name) => {
      const r = image.renditions.find((x) => x.name === name)
      if (!r) return []
      return [
        {
          _attributes: {
            fileSize: r.filesize,
            height: r.height,
            medium: 'image',
            type: r.mimeType ?? 'image/jpeg',
            url: r.url,
            width: r.width,
          },
          ...(image.caption ? { 'media:description': { _attributes: { type: 'plain' }, _text: image.caption } } : {}),
          ...(image.alt ? { 'media:title': { _attributes: { type: 'plain' }, _text: image.alt } } : {}),
          ...(image.credit ? { 'media:credit': { _attributes: { role: 'photographer' }, _text: image.credit } } : {}),
        },
      ]
    }),
  )
}

/**
 * RSS 2.0 with Media RSS. The `feed` package writes the channel and items; item extensions add
 * `media:content` and `dc:creator` (RSS's own `author` must be an e-mail address), and the Media
 * RSS namespace is declared on the root element.
 */
export function toRss(meta: FeedMeta, items: readonly PublicItem[]): string {
  const feed = createFeed(meta, 'rss')
  for (const item of items) {
    const base = cdataSafe(feedItem(item))
    feed.addItem({
      ...base,
      author: undefined,
      extensions: [
        { name: 'media:content', objects: mediaContent(item) as never },
        { name: 'dc:creator', objects: item.authors.map((name) => ({ _text: name })) as never },
      ],
    })
  }
  const xml = feed.rss2()
  const namespaces = [`xmlns:media="${MEDIA_NS}"`, ...(xml.includes('xmlns:dc=') ? [] : ['xmlns:dc="http://purl.org/dc/elements/1.1/"'])]
  return xml.replace('<rss version="2.0"', `<rss version="2.0" ${namespaces.join(' ')}`)
}
