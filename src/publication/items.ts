import type { CollectionSlug, Payload, Where } from 'payload'

import { publicMediaWhere } from '../access/media'
import type { ItemImage, PublicItem, Rendition } from '../feeds/model'
import { itemGuid } from '../feeds/model'
import { plainText } from '../feeds/sanitize'
import { translatePortal } from '../i18n'
import { SCOPE_FOR_CHANNEL } from '../workflow/gates'
import { PUBLIC_READ, PUBLISHED_ENTRIES_SLUG } from './constants'
import { idOf, type PublicationEntry } from './entry'
import { richTextToHtml } from './html'
import { absoluteUrl, categoryPath, itemPath } from './urls'
import type { ItemDoc, MediaDoc } from '../documents'

/** A source, a language version or a category: the fields listed, and whatever else the item model reads. */
type Doc = ItemDoc & { [field: string]: unknown }
export type PreloadedDoc = { collection: string; doc: Doc }
export type EntryRow = PublicationEntry & { id: number | string }

export type EntryQuery = {
  categoryId?: null | string
  channel?: null | string
  kind?: PublicationEntry['kind']
  language: string
  limit: number
  page?: number
  /** count all matches (for page numbers); feeds skip it, a count scans every match */
  withTotal?: boolean
  /** folded search words; every one must appear */
  words?: string[]
}

/** Entries of one language, newest first: one indexed query, whatever the size of the archive. */
export async function findEntries(payload: Payload, query: EntryQuery): Promise<{ entries: EntryRow[]; totalDocs: number }> {
  const and: Where[] = [{ language: { equals: query.language } }]
  if (query.kind) and.push({ kind: { equals: query.kind } })
  if (query.channel) and.push({ channels: { like: `|${query.channel}|` } })
  if (query.categoryId) and.push({ category: { equals: query.categoryId } })
  for (const word of query.words ?? []) and.push({ searchText: { like: word } })
  const result = await payload.find({
    collection: PUBLISHED_ENTRIES_SLUG as CollectionSlug,
    depth: 0,
    limit: query.limit,
    overrideAccess: true,
    page: query.page ?? 1,
    pagination: query.withTotal ?? false,
    // one sort key, so the (language, publishedAt) index gives the order without sorting all rows
    sort: '-publishedAt',
    where: { and },
  })
  return { entries: result.docs as unknown as EntryRow[], totalDocs: query.withTotal ? result.totalDocs : result.docs.length }
}

export async function findEntry(payload: Payload, language: string, kind: PublicationEntry['kind'], slug: string): Promise<EntryRow | null> {
  const { docs } = await payload.find({
    collection: PUBLISHED_ENTRIES_SLUG as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    sort: '-publishedAt',
    where: { and: [{ language: { equals: language } }, { kind: { equals: kind } }, { slug: { equals: slug } }] },
  })
  return (docs[0] as unknown as EntryRow | undefined) ?? null
}

/** Every live language of the given groups, for language switchers, hreflang and alternates. */
export async function findGroupEntries(payload: Payload, groupKeys: string[]): Promise<EntryRow[]> {
  if (!groupKeys.length) return []
  const { docs } = await payload.find({
    collection: PUBLISHED_ENTRIES_SLUG as CollectionSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { groupKey: { in: [...new Set(groupKeys)] } },
  })
  return docs as unknown as EntryRow[]
}

async function liveDocs(payload: Payload, collection: string, ids: string[]): Promise<Map<string, Doc>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    context: { [PUBLIC_READ]: true },
    depth: 0,
    draft: false,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ id: { in: [...new Set(ids)] } }, { _status: { equals: 'published' } }] },
  })
  return new Map((docs as unknown as Doc[]).map((doc) => [String(doc.id), doc]))
}

export const imageIdsOf = (source: Doc): string[] =>
  [source.featuredImage, ...((source.gallery as unknown[]) ?? []), ...((source.images as unknown[]) ?? [])].map(idOf).filter((id): id is string => id !== null)

function imageOf(media: MediaDoc, publicUrl: string): ItemImage {
  const original: Rendition = {
    filesize: media.filesize ?? undefined,
    height: media.height ?? undefined,
    mimeType: media.mimeType ?? undefined,
    name: 'original',
    url: absoluteUrl(publicUrl, media.url ?? ''),
    width: media.width ?? undefined,
  }
  const renditions: Rendition[] = Object.entries(media.sizes ?? {}).flatMap(([name, size]) =>
    size?.url
      ? [{ filesize: size.filesize ?? undefined, height: size.height ?? undefined, mimeType: size.mimeType ?? undefined, name, url: absoluteUrl(publicUrl, size.url), width: size.width ?? undefined }]
      : [],
  )
  return { alt: plainText(media.alt), caption: plainText(media.caption), credit: plainText(media.credit), id: String(media.id), original, renditions }
}

/** Media an item may show on `channel`: what the public may see, with consent for that channel. */
const mediaWhere = (channel: null | string | undefined): Where => publicMediaWhere(new Date(), (channel && SCOPE_FOR_CHANNEL[channel]) || 'portal')

export type BuildOptions = {
  channel?: null | string
  language: string
  publicUrl: string
  /** the school's name in this language: the byline when an item has none */
  publisher: string
}

export type LoadedItem = { doc: Doc; entry: EntryRow; item: PublicItem; source: Doc }

/**
 * The shared item model for a page of entries, in their order. A handful of queries, each by id:
 * the live documents, the sources of language versions, their media (in the page's language,
 * with consent for the channel), categories, and the other live languages of each group.
 */
export async function loadItems(
  payload: Payload,
  entries: EntryRow[],
  options: BuildOptions,
  /** documents already in hand (a draft being previewed), by `collection:id`; the rest are read live */
  preloaded: PreloadedDoc[] = [],
): Promise<LoadedItem[]> {
  if (!entries.length) return []
  const { language, publicUrl } = options
  const homeUrl = absoluteUrl(publicUrl, `/${language}`)
  const given = new Set(preloaded.map((d) => `${d.collection}:${d.doc.id}`))
  const wanted = (collection: string) =>
    [...entries.filter((e) => e.docCollection === collection).map((e) => e.docId), ...entries.filter((e) => e.groupKey.startsWith(`${collection}:`)).map((e) => e.groupKey.split(':')[1]!)].filter(
      (id) => !given.has(`${collection}:${id}`),
    )
  const [articles, achievements, versions, groupRows] = await Promise.all([
    liveDocs(payload, 'articles', wanted('articles')),
    liveDocs(payload, 'achievements', wanted('achievements')),
    liveDocs(payload, 'language-versions', wanted('language-versions')),
    findGroupEntries(
      payload,
      entries.map((e) => e.groupKey),
    ),
  ])
  const docsBy: Record<string, Map<string, Doc>> = { achievements, articles, 'language-versions': versions }
  for (const { collection, doc } of preloaded) docsBy[collection]?.set(String(doc.id), doc)

  const mediaIds = new Set<string>()
  const categoryIds = new Set<string>()
  for (const entry of entries) {
    const source = docsBy[entry.groupKey.split(':')[0]!]?.get(entry.groupKey.split(':')[1]!)
    if (!source) continue
    imageIdsOf(source).forEach((id) => mediaIds.add(id))
    if (entry.category) categoryIds.add(entry.category)
  }
  const [media, categories] = await Promise.all([
    mediaIds.size
      ? payload.find({
          collection: 'media' as CollectionSlug,
          depth: 0,
          fallbackLocale: false as never,
          limit: 0,
          locale: language as never,
          overrideAccess: true,
          pagination: false,
          where: { and: [{ id: { in: [...mediaIds] } }, mediaWhere(options.channel)] },
        })
      : { docs: [] },
    categoryIds.size
      ? payload.find({ collection: 'categories' as CollectionSlug, depth: 0, limit: 0, locale: language as never, overrideAccess: true, pagination: false, where: { id: { in: [...categoryIds] } } })
      : { docs: [] },
  ])
  const mediaById = new Map((media.docs as unknown as Doc[]).map((m) => [String(m.id), m]))
  const categoryById = new Map((categories.docs as unknown as Doc[]).map((c) => [String(c.id), c]))

  const out: LoadedItem[] = []
  for (const entry of entries) {
    const [sourceCollection, sourceId] = entry.groupKey.split(':') as [string, string]
    const source = docsBy[sourceCollection]?.get(sourceId)
    const doc = docsBy[entry.docCollection]?.get(entry.docId)
    if (!source || !doc) continue // the index is ahead of a row being written: skip, never show a draft
    const category = entry.category ? categoryById.get(entry.category) : undefined
    const summary = plainText(doc.summary) || (entry.kind === 'achievement' ? plainText([source.award, source.competition].filter(Boolean).join(' — ')) : '')
    const item: PublicItem = {
      alternates: groupRows
        .filter((row) => row.groupKey === entry.groupKey && row.key !== entry.key)
        .sort((a, b) => a.language.localeCompare(b.language))
        .map((row) => ({
          guid: itemGuid(publicUrl, row.docCollection, row.docId),
          language: row.language,
          title: plainText(row.title),
          url: absoluteUrl(publicUrl, itemPath(row.language, row.kind, row.slug)),
        })),
      authors: [plainText(source.byline as null | string | undefined) || options.publisher],
      category: category
        ? { name: plainText(category.name as null | string | undefined), slug: String(category.slug), url: absoluteUrl(publicUrl, categoryPath(language, String(category.slug))) }
        : null,
      contentHtml: richTextToHtml(entry.docCollection === 'achievements' ? doc.description : doc.body, homeUrl),
      guid: itemGuid(publicUrl, entry.docCollection, entry.docId),
      images: imageIdsOf(source)
        .map((id) => mediaById.get(id))
        .filter((m): m is Doc => Boolean(m))
        .map((m) => imageOf(m, publicUrl)),
      key: entry.key,
      kind: entry.kind,
      language: entry.language,
      modified: new Date(entry.modifiedAt),
      planArea: source.planArea ? { code: String(source.planArea), name: translatePortal(language, `planAreas.${source.planArea}`) } : null,
      published: new Date(entry.publishedAt),
      summary,
      title: plainText(doc.title),
      url: absoluteUrl(publicUrl, itemPath(entry.language, entry.kind, entry.slug)),
    }
    out.push({ doc, entry, item, source })
  }
  return out
}
