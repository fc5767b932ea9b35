import type { Metadata } from 'next'

import type { PublicItem } from '../../src/feeds/model'
import type { Site } from './data'

const OG_LOCALES: Record<string, string> = { en: 'en_US', fr: 'fr_FR', ja: 'ja_JP', ko: 'ko_KR', vi: 'vi_VN', zh: 'zh_CN' }
export const ogLocale = (code: string) => OG_LOCALES[code] ?? code

/** The feeds of a language, announced on every page (`<link rel="alternate" type=…>`). */
const feedTypes = (site: Site) => ({
  'application/atom+xml': `${site.publicUrl}/api/feeds/${site.language}/atom.xml`,
  'application/feed+json': `${site.publicUrl}/api/feeds/${site.language}/feed.json`,
  'application/rss+xml': `${site.publicUrl}/api/feeds/${site.language}/rss.xml`,
})

const absolute = (site: Site, path: string) => (path.startsWith('http') ? path : `${site.publicUrl}${path}`)

/** Reciprocal hreflang links (with x-default) from `language → path`. */
export function languageAlternates(site: Site, paths: Record<string, string>, xDefault: string | undefined) {
  const languages: Record<string, string> = {}
  for (const [code, path] of Object.entries(paths)) languages[code] = absolute(site, path)
  if (xDefault) languages['x-default'] = absolute(site, xDefault)
  return languages
}

/** Metadata of a list page (home, achievements, a category, search) that exists in every language. */
export function listMetadata(site: Site, title: string, path: (language: string) => string, description = site.description): Metadata {
  const paths = Object.fromEntries(site.languages.map((code) => [code, path(code)]))
  return {
    alternates: { canonical: absolute(site, path(site.language)), languages: languageAlternates(site, paths, path(site.defaultLanguage)), types: feedTypes(site) },
    description: description || undefined,
    openGraph: { description: description || undefined, locale: ogLocale(site.language), siteName: site.schoolName, title, type: 'website', url: absolute(site, path(site.language)) },
    title,
  }
}

/** Metadata of an item page: hreflang to its live versions, Open Graph with the og rendition. */
export function itemMetadata(site: Site, item: PublicItem, alternates: Record<string, string>, sourceLanguage: string): Metadata {
  const image = item.images[0]
  const og = image?.renditions.find((r) => r.name === 'og')
  return {
    alternates: {
      canonical: item.url,
      languages: languageAlternates(site, alternates, alternates[site.defaultLanguage] ?? alternates[sourceLanguage]),
      types: feedTypes(site),
    },
    description: item.summary || undefined,
    openGraph: {
      alternateLocale: Object.keys(alternates)
        .filter((code) => code !== item.language)
        .map(ogLocale),
      description: item.summary || undefined,
      images: og ? [{ alt: image!.alt, height: og.height, type: og.mimeType, url: og.url, width: og.width }] : undefined,
      locale: ogLocale(item.language),
      modifiedTime: item.modified.toISOString(),
      publishedTime: item.published.toISOString(),
      siteName: site.schoolName,
      title: item.title,
      type: 'article',
      url: item.url,
    },
    title: item.title,
    twitter: { card: og ? 'summary_large_image' : 'summary', description: item.summary || undefined, images: og ? [og.url] : undefined, title: item.title },
  }
}
