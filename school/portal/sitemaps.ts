import { Readable } from 'node:stream'

import type { CollectionSlug, Payload } from 'payload'
import { type SitemapItemLoose, SitemapStream, streamToPromise } from 'sitemap'

import { cachedPublic } from '../../src/publication/cache'
import { PUBLISHED_ENTRIES_SLUG } from '../../src/publication/constants'
import type { EntryRow } from '../../src/publication/items'
import { publicSettings } from '../../src/publication/settings'
import { itemPath } from '../../src/publication/urls'

/** One sitemap holds at most 50,000 URLs (sitemaps.org); past that, the newest are listed. */
const SITEMAP_LIMIT = 50_000
/** Google News: articles from the last two days, at most 1,000. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000
const NEWS_LIMIT = 1000

async function render(hostname: string, items: SitemapItemLoose[], xmlns: { news?: boolean; xhtml?: boolean }): Promise<string> {
  const stream = new SitemapStream({ hostname, xmlns: { image: false, news: Boolean(xmlns.news), video: false, xhtml: Boolean(xmlns.xhtml) } })
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString()
}

async function entries(payload: Payload, where: Record<string, unknown>, limit: number): Promise<EntryRow[]> {
  const { docs } = await payload.find({
    collection: PUBLISHED_ENTRIES_SLUG as CollectionSlug,
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    select: { channels: true, docCollection: true, docId: true, groupKey: true, key: true, kind: true, language: true, modifiedAt: true, publishedAt: true, slug: true, title: true } as never,
    sort: '-publishedAt',
    where: where as never,
  })
  return docs as unknown as EntryRow[]
}

/**
 * `/sitemap.xml`: each language's home and achievements page, and every item on the portal, each
 * with `xhtml:link` alternates to all its language versions and an x-default.
 */
export function buildSitemap(payload: Payload): Promise<string> {
  return cachedPublic('sitemap', async () => {
    const settings = publicSettings(payload)
    const { publicUrl } = await settings.load(settings.defaultLanguage)
    const rows = await entries(payload, { channels: { like: '|portal|' } }, SITEMAP_LIMIT)
    const groups = new Map<string, EntryRow[]>()
    for (const row of rows) groups.set(row.groupKey, [...(groups.get(row.groupKey) ?? []), row])
    const pageLinks = (path: (code: string) => string) => [
      ...settings.languages.map((code) => ({ lang: code, url: `${publicUrl}${path(code)}` })),
      { lang: 'x-default', url: `${publicUrl}${path(settings.defaultLanguage)}` },
    ]
    const items: SitemapItemLoose[] = []
    for (const code of settings.languages) {
      items.push({ changefreq: 'daily' as never, links: pageLinks((c) => `/${c}`), url: `/${code}` })
      items.push({ changefreq: 'weekly' as never, links: pageLinks((c) => `/${c}/achievements`), url: `/${code}/achievements` })
    }
    for (const row of rows) {
      const group = groups.get(row.groupKey) ?? [row]
      const xDefault = group.find((r) => r.language === settings.defaultLanguage) ?? group.find((r) => r.docCollection !== 'language-versions') ?? row
      items.push({
        lastmod: row.modifiedAt,
        links: [
          ...group.map((r) => ({ lang: r.language, url: `${publicUrl}${itemPath(r.language, r.kind, r.slug)}` })),
          { lang: 'x-default', url: `${publicUrl}${itemPath(xDefault.language, xDefault.kind, xDefault.slug)}` },
        ],
        url: itemPath(row.language, row.kind, row.slug),
      })
    }
    return render(publicUrl, items, { xhtml: true })
  })
}

/** `/news-sitemap.xml` (Google News): news of the last two days, at most 1,000, with publication name and language. */
export function buildNewsSitemap(payload: Payload, now = new Date()): Promise<string> {
  // the two-day window moves with time, so the key carries the minute
  return cachedPublic(`news-sitemap|${Math.floor(now.getTime() / 60_000)}`, async () => {
    const settings = publicSettings(payload)
    const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString()
    const rows = await entries(payload, { and: [{ kind: { equals: 'news' } }, { channels: { like: '|portal|' } }, { publishedAt: { greater_than_equal: since } }] }, NEWS_LIMIT)
    const names = new Map<string, string>()
    for (const code of new Set(rows.map((r) => r.language))) names.set(code, (await settings.load(code)).schoolName)
    const { publicUrl } = await settings.load(settings.defaultLanguage)
    const items: SitemapItemLoose[] = rows.map((row) => ({
      news: {
        publication: { language: row.language, name: names.get(row.language) ?? '' },
        publication_date: new Date(row.publishedAt).toISOString(),
        title: row.title,
      },
      url: itemPath(row.language, row.kind, row.slug),
    }))
    return render(publicUrl, items, { news: true })
  })
}
