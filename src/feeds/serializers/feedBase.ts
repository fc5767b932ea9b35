import { Feed, type Item } from 'feed'

import type { FeedMeta, PublicItem } from '../model'

/** The `feed` package's model of one item, shared by RSS, Atom and JSON Feed. */
export function feedItem(item: PublicItem): Item {
  const image = item.images[0]
  return {
    author: item.authors.map((name) => ({ name })),
    category: [
      ...(item.category ? [{ domain: item.category.url, name: item.category.name, term: item.category.slug }] : []),
      ...(item.planArea ? [{ domain: 'plan-area', name: item.planArea.name, term: item.planArea.code }] : []),
    ],
    content: item.contentHtml,
    date: item.modified,
    description: item.summary,
    guid: item.guid,
    id: item.guid,
    image: image ? { length: image.original.filesize ?? 0, type: image.original.mimeType ?? 'image/jpeg', url: image.original.url } : undefined,
    link: item.url,
    published: item.published,
    title: item.title,
  }
}

export function createFeed(meta: FeedMeta, format: 'atom' | 'json' | 'rss'): Feed {
  return new Feed({
    author: { link: meta.homeUrl, name: meta.publisher },
    copyright: `© ${meta.publisher}`,
    description: meta.description,
    feed: format === 'atom' ? meta.feedUrls.atom : format === 'rss' ? meta.feedUrls.rss : undefined,
    feedLinks: { atom: meta.feedUrls.atom, json: meta.feedUrls.json, rss: meta.feedUrls.rss },
    generator: 'bilingual-publishing',
    hub: meta.hub,
    id: meta.homeUrl,
    language: meta.language,
    link: meta.homeUrl,
    title: meta.title,
    updated: meta.updated,
  })
}

/**
 * The `feed` package writes titles and summaries as CDATA and only breaks up the first `]]>`
 * in a string; a second one would end the section early. Plain text never needs it.
 */
export function cdataSafe(item: Item): Item {
  const safe = (text?: string) => text?.replaceAll(']]>', ']] >')
  return { ...item, description: safe(item.description), title: safe(item.title)! }
}
