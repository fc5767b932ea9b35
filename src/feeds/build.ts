import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { CHANNELS } from '../constants'
import { translate } from '../i18n'
import { cachedPublic } from '../publication/cache'
import { findEntries, loadItems } from '../publication/items'
import { absoluteUrl } from '../publication/urls'
import { publicSettings } from '../publication/settings'
import { websubHub } from '../pull/websub'
import type { FeedMeta, PublicItem } from './model'
import { toAtom } from './serializers/atom'
import { toJsonFeed } from './serializers/jsonFeed'
import { toNinjs } from './serializers/ninjs'
import { toRss } from './serializers/rss'

export const FEED_FORMATS = {
  'atom.xml': { contentType: 'application/atom+xml; charset=utf-8', serialize: toAtom },
  'feed.json': { contentType: 'application/feed+json; charset=utf-8', serialize: toJsonFeed },
  'ninjs.json': { contentType: 'application/json; charset=utf-8', serialize: toNinjs },
  'rss.xml': { contentType: 'application/rss+xml; charset=utf-8', serialize: toRss },
} as const
export type FeedFile = keyof typeof FEED_FORMATS

/** Items per feed. */
export const FEED_SIZE = 50

export type FeedRequest = { category: null | string; channel: null | string; file: string; language: string; uiLanguage: string }

export type BuiltFeed = { body: string; contentType: string; etag: string; lastModified: Date }

/** A request the feed cannot answer, with a message in the caller's language. */
export class FeedParamError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** Check the parameters; resolves the category slug to its id. Throws FeedParamError. */
export async function checkFeedRequest(payload: Payload, request: FeedRequest): Promise<{ categoryId: null | string }> {
  const { languages } = publicSettings(payload)
  const t = (key: string, values: Record<string, unknown>) => translate(request.uiLanguage, key, values)
  if (!languages.includes(request.language)) {
    throw new FeedParamError(t('feeds.errors.unknownLanguage', { language: request.language, languages: languages.join(', ') }), 404)
  }
  if (!(request.file in FEED_FORMATS)) {
    throw new FeedParamError(t('feeds.errors.unknownFormat', { format: request.file, formats: Object.keys(FEED_FORMATS).join(', ') }), 404)
  }
  if (request.channel !== null && !(CHANNELS as readonly string[]).includes(request.channel)) {
    throw new FeedParamError(t('feeds.errors.unknownChannel', { channel: request.channel, channels: CHANNELS.join(', ') }), 400)
  }
  if (request.category === null) return { categoryId: null }
  const { docs } = await payload.find({ collection: 'categories' as CollectionSlug, depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const match = (docs as { id: number | string; slug?: string }[]).find((c) => c.slug === request.category)
  if (!match) {
    const known = docs
      .map((c) => String((c as { slug?: string }).slug ?? ''))
      .filter(Boolean)
      .sort()
      .join(', ')
    throw new FeedParamError(t('feeds.errors.unknownCategory', { categories: known, category: request.category }), 400)
  }
  return { categoryId: String(match.id) }
}

/** Query the newest entries, build the item model once, and serialize it. */
export async function buildFeed(payload: Payload, request: FeedRequest, generationChangedAt: Date): Promise<BuiltFeed> {
  const { categoryId } = await checkFeedRequest(payload, request)
  const { language } = request
  const channel = request.channel
  // the item model is built once per language, channel and category; each format only serializes it
  const { items, settings } = await cachedPublic(`feed-items|${language}|${channel ?? ''}|${categoryId ?? ''}`, async () => {
    const site = await publicSettings(payload).load(language)
    const { entries } = await findEntries(payload, { categoryId, channel: channel ?? 'portal', language, limit: FEED_SIZE })
    const loaded = await loadItems(payload, entries, { channel: channel ?? 'portal', language, publicUrl: site.publicUrl, publisher: site.schoolName })
    return { items: loaded.map((l): PublicItem => l.item), settings: site }
  })
  const query = new URLSearchParams()
  if (channel) query.set('channel', channel)
  if (request.category) query.set('category', request.category)
  const suffix = query.size ? `?${query}` : ''
  const feedUrl = (file: string) => absoluteUrl(settings.publicUrl, `/api/feeds/${language}/${file}`) + suffix
  const newest = items.reduce((max, item) => Math.max(max, item.modified.getTime()), 0)
  const meta: FeedMeta = {
    description: translate(language, 'feeds.description', { school: settings.schoolName }),
    feedUrls: { atom: feedUrl('atom.xml'), json: feedUrl('feed.json'), ninjs: feedUrl('ninjs.json'), rss: feedUrl('rss.xml') },
    homeUrl: absoluteUrl(settings.publicUrl, `/${language}`),
    hub: websubHub(),
    language,
    publicUrl: settings.publicUrl,
    publisher: settings.schoolName,
    title: translate(language, 'feeds.title', { school: settings.schoolName }),
    updated: new Date(newest || generationChangedAt.getTime()),
  }
  const format = FEED_FORMATS[request.file as FeedFile]
  const body = format.serialize(meta, items)
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
  // Last-Modified moves with every change of public content (an unpublish too), never backwards
  const lastModified = new Date(Math.max(newest, generationChangedAt.getTime()))
  lastModified.setMilliseconds(0)
  return { body, contentType: format.contentType, etag, lastModified }
}
