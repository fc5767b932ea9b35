/**
 * The one item model every public output is built from: feeds (RSS, Atom, JSON Feed, ninjs),
 * portal lists and sitemaps. Built once from Payload documents (publication/items.ts);
 * serializers take it and never query. Text is plain (markup removed), `contentHtml` sanitized.
 */

export type Rendition = {
  filesize?: number
  height?: number
  mimeType?: string
  /** `thumbnail`, `card`, `og`, `portal`, or `original` */
  name: string
  url: string
  width?: number
}

export type ItemImage = {
  alt: string
  caption: string
  credit: string
  id: string
  original: Rendition
  renditions: Rendition[]
}

export type ItemAlternate = {
  guid: string
  language: string
  title: string
  url: string
}

export type PublicItem = {
  alternates: ItemAlternate[]
  authors: string[]
  category: { name: string; slug: string; url: string } | null
  contentHtml: string
  /** stable across edits: a tag URI from the collection and id */
  guid: string
  /** `articles:12` */
  key: string
  kind: 'achievement' | 'news'
  language: string
  modified: Date
  planArea: { code: string; name: string } | null
  published: Date
  summary: string
  title: string
  url: string
  images: ItemImage[]
}

export type FeedMeta = {
  /** who publishes: the school's name in the feed's language */
  publisher: string
  description: string
  /** absolute URLs of this feed in each format */
  feedUrls: { atom: string; json: string; ninjs: string; rss: string }
  homeUrl: string
  language: string
  title: string
  updated: Date
  /** the school's public address, used for tag URIs */
  publicUrl: string
  /** a WebSub hub that subscribers are pinged through (WEBSUB_HUB_URL), if any */
  hub?: string
}

/** `tag:lechan.edu.vn,2025:articles/12`: an RFC 4151 URI that an edit never changes. */
export function itemGuid(publicUrl: string, collection: string, id: number | string): string {
  const host = new URL(publicUrl).hostname
  return `tag:${host},2025:${collection}/${id}`
}
