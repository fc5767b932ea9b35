/**
 * The publication index: one entry per item that is live in one language (a published article or
 * achievement in its own language, or a published language version of a published source).
 * Feeds, portal pages and sitemaps query these small rows by language, channel, category and
 * date, then load only the documents they show. Pure: no Payload import.
 */
import { mediaRefsOf } from '../workflow/facts'

export type SourceCollection = 'achievements' | 'articles'
export type EntryKind = 'achievement' | 'news'

export type PublicationEntry = {
  /** category id of the source, or null */
  category: null | string
  /** `|portal|vietnam-vn|`: the source's channels, delimited so `like '%|x|%'` matches one */
  channels: string
  docCollection: 'language-versions' | SourceCollection
  docId: string
  /** the source's key, shared by the source and all its versions: `articles:12` */
  groupKey: string
  /** `articles:12`, `language-versions:7` */
  key: string
  kind: EntryKind
  language: string
  /** `|3|7|`: the media items the source shows (they are public while an entry names them) */
  media: string
  modifiedAt: string
  publishedAt: string
  searchText: string
  slug: string
  title: string
}

type Ref = { relationTo?: string; value?: unknown } | null | undefined

export type LiveDoc = {
  _status?: null | string
  category?: unknown
  channels?: null | readonly string[]
  id: number | string
  language?: null | string
  publishedAt?: null | string
  searchText?: null | string
  slug?: null | string
  source?: Ref
  title?: null | string
  updatedAt?: null | string
}

export const KIND_OF: Record<SourceCollection, EntryKind> = { achievements: 'achievement', articles: 'news' }

export const entryKey = (collection: string, id: number | string): string => `${collection}:${id}`

/** The id of a relationship value, populated or not. */
export const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

export const channelsText = (channels: null | readonly string[] | undefined): string => (channels && channels.length ? `|${channels.join('|')}|` : '|')

/** The media ids in an entry's `media` text. */
export const mediaOfEntry = (entry: Pick<PublicationEntry, 'media'>): string[] => (entry.media ?? '').split('|').filter(Boolean)

export function entryFor(doc: LiveDoc, collection: PublicationEntry['docCollection'], source: LiveDoc, sourceCollection: SourceCollection): PublicationEntry {
  const publishedAt = doc.publishedAt ?? doc.updatedAt ?? new Date(0).toISOString()
  return {
    category: idOf(source.category),
    channels: channelsText(source.channels),
    docCollection: collection,
    docId: String(doc.id),
    groupKey: entryKey(sourceCollection, source.id),
    key: entryKey(collection, doc.id),
    kind: KIND_OF[sourceCollection],
    language: doc.language ?? '',
    media: channelsText(mediaRefsOf(source as Record<string, unknown>).map(String)),
    modifiedAt: doc.updatedAt ?? publishedAt,
    publishedAt,
    searchText: doc.searchText ?? '',
    slug: doc.slug ?? String(doc.id),
    title: doc.title ?? '',
  }
}

/**
 * The entries a source and its versions should have, from their live rows. Nothing is public
 * unless the source itself is published: a version of an unpublished source has no page.
 */
export function entriesForGroup(source: LiveDoc | null, sourceCollection: SourceCollection, versions: readonly LiveDoc[]): PublicationEntry[] {
  if (!source || source._status !== 'published') return []
  const entries = [entryFor(source, sourceCollection, source, sourceCollection)]
  const seen = new Set([source.language])
  for (const version of versions) {
    if (version._status !== 'published' || !version.language || seen.has(version.language)) continue
    seen.add(version.language)
    entries.push(entryFor(version, 'language-versions', source, sourceCollection))
  }
  return entries
}

/** What to write so that `existing` becomes `wanted`: rows to create, to update and to delete. */
export function diffEntries(
  existing: readonly (PublicationEntry & { id: number | string })[],
  wanted: readonly PublicationEntry[],
): { create: PublicationEntry[]; remove: (number | string)[]; update: { data: PublicationEntry; id: number | string }[] } {
  const byKey = new Map(existing.map((row) => [row.key, row]))
  const create: PublicationEntry[] = []
  const update: { data: PublicationEntry; id: number | string }[] = []
  for (const entry of wanted) {
    const row = byKey.get(entry.key)
    byKey.delete(entry.key)
    if (!row) create.push(entry)
    else if ((Object.keys(entry) as (keyof PublicationEntry)[]).some((k) => !sameValue(row[k], entry[k]))) update.push({ data: entry, id: row.id })
  }
  return { create, remove: [...byKey.values()].map((row) => row.id), update }
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (a !== null && b !== null && a !== undefined && b !== undefined && new Date(String(a)).getTime() === new Date(String(b)).getTime() && /\d{4}-\d\d-\d\dT/.test(String(a)))
