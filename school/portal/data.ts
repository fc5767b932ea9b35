import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type { PublicItem } from '../../src/feeds/model'
import { foldForSearch } from '../../src/text'
import { cachedPublic } from '../../src/publication/cache'
import type { EntryKind } from '../../src/publication/entry'
import { type EntryRow, findEntries, findEntry, loadItems } from '../../src/publication/items'
import { publicSettings } from '../../src/publication/settings'
import { sitePath } from './format'

export const PAGE_SIZE = 12

export type Site = {
  categories: { name: string; slug: string }[]
  /** The school's logo from the site settings, as a small data URL (none: the default emblem). */
  logo: null | string
  defaultLanguage: string
  description: string
  language: string
  languages: string[]
  publicUrl: string
  schoolName: string
}

export type ItemPage = {
  /** every live language of this item, its own included: language → path */
  alternates: Record<string, string>
  doc: Record<string, any>
  item: PublicItem
  source: Record<string, any>
}

export type ListPage = { items: PublicItem[]; page: number; totalPages: number; totalDocs: number }

/**
 * The logo chosen in the site settings, shrunk to 96 px and inlined: it shows on every page
 * without being a public media item (the library's files are public only through published items).
 */
async function logoDataUrl(payload: Payload, id: null | number | string): Promise<null | string> {
  if (id === null || id === undefined) return null
  try {
    const media = (await payload.findByID({ collection: 'media' as CollectionSlug, depth: 0, disableErrors: true, id, overrideAccess: true })) as null | { filename?: string }
    const staticDir = (payload.collections['media' as CollectionSlug]?.config.upload as { staticDir?: string } | undefined)?.staticDir
    if (!media?.filename || !staticDir) return null
    const png = await sharp(path.join(staticDir, path.basename(media.filename)))
      .resize(96, 96, { fit: 'inside' })
      .png()
      .toBuffer()
    return `data:image/png;base64,${png.toString('base64')}`
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'portal: the site logo could not be read; the default emblem is shown' })
    return null
  }
}

/** The site's frame in one language, or null when the portal has no such language. */
export function getSite(payload: Payload, language: string): Promise<null | Site> {
  const settings = publicSettings(payload)
  if (!settings.languages.includes(language)) return Promise.resolve(null)
  return cachedPublic(`portal|site|${language}`, async () => {
    const [site, categories] = await Promise.all([
      settings.load(language),
      payload.find({ collection: 'categories' as CollectionSlug, depth: 0, limit: 50, locale: language as never, overrideAccess: true, pagination: false, sort: 'slug' }),
    ])
    const { logoId, ...rest } = site
    return {
      ...rest,
      logo: await logoDataUrl(payload, logoId),
      categories: (categories.docs as { name?: string; slug?: string }[]).map((c) => ({ name: String(c.name ?? c.slug), slug: String(c.slug) })),
      defaultLanguage: settings.defaultLanguage,
      language,
      languages: settings.languages,
    }
  })
}

async function listOf(payload: Payload, site: Site, entries: EntryRow[]): Promise<PublicItem[]> {
  const loaded = await loadItems(payload, entries, { channel: 'portal', language: site.language, publicUrl: site.publicUrl, publisher: site.schoolName })
  return loaded.map((l) => l.item)
}

export function getHome(payload: Payload, site: Site): Promise<{ achievements: PublicItem[]; news: PublicItem[] }> {
  return cachedPublic(`portal|home|${site.language}`, async () => {
    const [news, achievements] = await Promise.all([
      findEntries(payload, { channel: 'portal', kind: 'news', language: site.language, limit: 9 }),
      findEntries(payload, { channel: 'portal', kind: 'achievement', language: site.language, limit: 6 }),
    ])
    const [newsItems, achievementItems] = await Promise.all([listOf(payload, site, news.entries), listOf(payload, site, achievements.entries)])
    return { achievements: achievementItems, news: newsItems }
  })
}

export function getList(payload: Payload, site: Site, query: { categoryId?: string; kind?: EntryKind; page: number; q?: string }): Promise<ListPage> {
  const words = query.q ? foldForSearch(query.q).split(' ').filter(Boolean).slice(0, 8) : undefined
  const key = `portal|list|${site.language}|${query.kind ?? ''}|${query.categoryId ?? ''}|${words?.join(' ') ?? ''}|${query.page}`
  return cachedPublic(key, async () => {
    if (words && !words.length) return { items: [], page: 1, totalDocs: 0, totalPages: 0 }
    const { entries, totalDocs } = await findEntries(payload, {
      categoryId: query.categoryId,
      channel: 'portal',
      kind: query.kind,
      language: site.language,
      limit: PAGE_SIZE,
      page: query.page,
      withTotal: true,
      words,
    })
    return { items: await listOf(payload, site, entries), page: query.page, totalDocs, totalPages: Math.ceil(totalDocs / PAGE_SIZE) }
  })
}

export async function findCategory(payload: Payload, site: Site, slug: string) {
  const { docs } = await payload.find({
    collection: 'categories' as CollectionSlug,
    depth: 0,
    limit: 1,
    locale: site.language as never,
    overrideAccess: true,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  const category = docs[0] as { description?: string; id: number | string; name?: string; slug?: string } | undefined
  return category ? { description: category.description ?? '', id: String(category.id), name: String(category.name ?? slug), slug } : null
}

/** One published item by its language, kind and slug, with the other languages it is live in. */
export function getItemPage(payload: Payload, site: Site, kind: EntryKind, slug: string): Promise<ItemPage | null> {
  return cachedPublic(`portal|item|${site.language}|${kind}|${slug}`, async () => {
    const entry = await findEntry(payload, site.language, kind, slug)
    if (!entry || !entry.channels.includes('|portal|')) return null
    const [loaded] = await loadItems(payload, [entry], { channel: 'portal', language: site.language, publicUrl: site.publicUrl, publisher: site.schoolName })
    if (!loaded) return null
    const { item } = loaded
    const alternates = Object.fromEntries([item, ...item.alternates].map((a) => [a.language, sitePath(a.url, site.publicUrl)]))
    return { alternates, doc: loaded.doc, item, source: loaded.source }
  })
}
