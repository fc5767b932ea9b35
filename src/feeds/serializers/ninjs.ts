import type { FeedMeta, ItemImage, PublicItem, Rendition } from '../model'

/** IPTC ninjs 3.1: https://www.iptc.org/std/ninjs/ */
export const NINJS_STANDARD = {
  name: 'ninjs',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
  version: '3.1',
} as const

const iso = (date: Date) => date.toISOString()

function renditionOf(r: Rendition) {
  return {
    name: r.name,
    href: r.url,
    ...(r.mimeType ? { contentType: r.mimeType } : {}),
    ...(r.width ? { width: Math.round(r.width) } : {}),
    ...(r.height ? { height: Math.round(r.height) } : {}),
    ...(r.filesize ? { sizeInBytes: Math.round(r.filesize) } : {}),
  }
}

function pictureOf(image: ItemImage, item: PublicItem, meta: FeedMeta, index: number) {
  return {
    name: index === 0 ? 'featureimage' : `image${index}`,
    rel: 'image',
    uri: `tag:${new URL(meta.publicUrl).hostname},2025:media/${image.id}`,
    type: 'picture',
    language: item.language,
    ...(image.alt ? { headlines: [{ role: 'alt', value: image.alt }] } : {}),
    ...(image.caption ? { descriptions: [{ role: 'caption', contentType: 'text/plain', value: image.caption }] } : {}),
    ...(image.credit ? { by: image.credit, copyrightHolder: image.credit } : {}),
    renditions: [image.original, ...image.renditions].map(renditionOf),
  }
}

/** One item as a ninjs 3.1 news object. */
export function toNinjsItem(meta: FeedMeta, item: PublicItem) {
  return {
    standard: NINJS_STANDARD,
    uri: item.guid,
    type: 'text',
    representationType: 'full',
    profile: item.kind === 'news' ? 'school-news' : 'school-achievement',
    versionCreated: iso(item.modified),
    firstCreated: iso(item.published),
    contentCreated: iso(item.published),
    pubStatus: 'usable',
    language: item.language,
    title: item.title,
    slugline: item.url.split('/').pop(),
    headlines: [{ role: 'main', value: item.title }],
    ...(item.summary ? { descriptions: [{ role: 'summary', contentType: 'text/plain', value: item.summary }] } : {}),
    bodies: [{ role: 'main', contentType: 'text/html', value: item.contentHtml }],
    by: item.authors.join(', '),
    copyrightHolder: meta.publisher,
    infoSources: [{ name: meta.publisher, role: 'originatingParty', uri: meta.homeUrl }],
    subjects: [
      ...(item.category ? [{ name: item.category.name, rel: 'category', uri: item.category.url, literal: item.category.slug }] : []),
      ...(item.planArea ? [{ name: item.planArea.name, rel: 'planArea', literal: `plan-area:${item.planArea.code}` }] : []),
    ],
    genres: [{ name: item.kind === 'news' ? 'News' : 'Achievement', literal: item.kind }],
    renditions: [{ name: 'html', href: item.url, contentType: 'text/html' }],
    associations: [
      ...item.images.map((image, i) => pictureOf(image, item, meta, i)),
      ...item.alternates.map((alternate) => ({
        name: `translation-${alternate.language}`,
        rel: 'translation',
        uri: alternate.guid,
        type: 'text',
        language: alternate.language,
        title: alternate.title,
        headlines: [{ value: alternate.title }],
        renditions: [{ name: 'html', href: alternate.url, contentType: 'text/html' }],
      })),
    ],
  }
}

/** The ninjs feed: a list of ninjs 3.1 items, newest first, with who sent it and when. */
export function toNinjs(meta: FeedMeta, items: readonly PublicItem[]): string {
  return JSON.stringify({
    title: meta.title,
    language: meta.language,
    updated: iso(meta.updated),
    link: meta.feedUrls.ninjs,
    items: items.map((item) => toNinjsItem(meta, item)),
  })
}
