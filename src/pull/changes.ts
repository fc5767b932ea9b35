/**
 * The pull API for aggregators: `GET /api/exports/changes?since={cursor}&language=&channel=&limit=`
 * with an integration's API key. Every change of the publication index is one row of an
 * append-only log, written with the change (its transaction); the API pages through it oldest
 * first with an opaque cursor, and gives each change as a ninjs item (a withdrawal as a canceled
 * stub). A key sees only the channels its integration is allowed.
 */
import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { toNinjsItem } from '../feeds/serializers/ninjs'
import { singleItemMeta } from '../feeds/meta'
import { itemGuid } from '../feeds/model'
import { NINJS_STANDARD } from '../feeds/serializers/ninjs'
import { hasRole } from '../access/roles'
import { requestLanguage, translate } from '../i18n'
import { PUBLISHED_ENTRIES_SLUG } from '../publication/constants'
import { type EntryRow, loadItems } from '../publication/items'
import { publicSettings } from '../publication/settings'
import type { PlanChange } from '../delivery/plan'
import { INTEGRATIONS_SLUG } from '../security/integrationKeys.mjs'
import { queueWebSubPing } from './websub'
import type { Id } from '../documents'

/** A row of the change log (`publication-changes`). */
type ChangeRow = {
  channels?: null | string
  contentHash?: null | string
  createdAt: string
  event: 'published' | 'updated' | 'withdrawn'
  id: Id
  key: string
  language: string
  withdrawnFrom?: null | string
}

export const PUBLICATION_CHANGES_SLUG = 'publication-changes'
const MAX_LIMIT = 200

const channelsOf = (delimited: string | undefined) => (delimited ?? '').split('|').filter(Boolean)

/** Append what these index changes are to the log (in the caller's transaction). */
export async function recordChanges(req: PayloadRequest, changes: PlanChange[]): Promise<void> {
  // aggregators subscribed through a WebSub hub hear of it at once
  if (changes.length)
    await queueWebSubPing(
      req,
      changes.map((c) => (c.after ?? c.before)!.language),
    )
  for (const change of changes) {
    const before = channelsOf(change.before?.channels)
    const after = channelsOf(change.after?.channels)
    const event = !change.after ? 'withdrawn' : !change.before ? 'published' : 'updated'
    const language = (change.after ?? change.before)!.language
    const withdrawnFrom = change.after ? before.filter((c) => !after.includes(c)) : []
    const channels = [...new Set([...before, ...after])]
    await req.payload.create({
      collection: PUBLICATION_CHANGES_SLUG as CollectionSlug,
      data: {
        channels: `|${channels.join('|')}|`,
        contentHash: change.after?.contentHash ?? null,
        event,
        key: change.key,
        language,
        withdrawnFrom: withdrawnFrom.length ? `|${withdrawnFrom.join('|')}|` : null,
      } as never,
      overrideAccess: true,
      req,
    })
  }
}

const encodeCursor = (id: number | string) => Buffer.from(`c:${id}`).toString('base64url')
function decodeCursor(value: string): null | number {
  const match = /^c:(\d+)$/.exec(Buffer.from(value, 'base64url').toString('utf8'))
  return match ? Number(match[1]) : null
}

export const changesEndpoint: Endpoint = {
  handler: async (req: PayloadRequest) => {
    const ui = requestLanguage(req)
    const fail = (status: number, key: string, values?: Record<string, unknown>): never => {
      throw new APIError(translate(ui, `pull.errors.${key}`, values), status, null, true)
    }
    const user = req.user as { channels?: null | string[]; collection?: string; enabled?: boolean | null; id: Id } | null
    if (!user) fail(401, 'key')
    const integration = user!.collection === INTEGRATIONS_SLUG
    if (!integration && !hasRole(user as never, 'admin')) fail(403, 'key')
    if (integration && user!.enabled === false) fail(403, 'disabled')
    const allowed: string[] = integration ? (user!.channels ?? []) : ['portal', 'vietnam-vn', 'province', 'doet']
    const query = req.query as Record<string, unknown>
    const channel = typeof query.channel === 'string' && query.channel ? query.channel : null
    if (channel && !allowed.includes(channel)) fail(403, 'channel', { channel, channels: allowed.join(', ') })
    const settings = publicSettings(req.payload)
    const language = typeof query.language === 'string' && query.language ? query.language : null
    if (language && !settings.languages.includes(language)) fail(400, 'language', { language, languages: settings.languages.join(', ') })
    const since = typeof query.since === 'string' && query.since ? decodeCursor(query.since) : 0
    if (since === null) fail(400, 'cursor')
    const limitValue = query.limit === undefined ? 50 : Number(query.limit)
    if (!Number.isInteger(limitValue) || limitValue < 1 || limitValue > MAX_LIMIT) fail(400, 'limit', { max: MAX_LIMIT })

    const channels = channel ? [channel] : allowed
    const and: Where[] = [{ id: { greater_than: since } }, { or: channels.map((c) => ({ channels: { like: `|${c}|` } })) }]
    if (language) and.push({ language: { equals: language } })
    const { docs } = await req.payload.find({
      collection: PUBLICATION_CHANGES_SLUG as CollectionSlug,
      depth: 0,
      limit: limitValue,
      overrideAccess: true,
      pagination: false,
      sort: 'id',
      where: { and },
    })
    const rows = docs as unknown as ChangeRow[]
    // the live items these changes name, in one batch per language
    const keys = [...new Set(rows.filter((r) => r.event !== 'withdrawn').map((r) => String(r.key)))]
    const { docs: entryDocs } = keys.length
      ? await req.payload.find({ collection: PUBLISHED_ENTRIES_SLUG as CollectionSlug, depth: 0, limit: keys.length, overrideAccess: true, pagination: false, where: { key: { in: keys } } })
      : { docs: [] }
    const entries = entryDocs as unknown as EntryRow[]
    const items = new Map<string, Record<string, unknown>>()
    for (const lang of new Set(entries.map((e) => e.language))) {
      const site = await settings.load(lang)
      const mine = entries.filter((e) => e.language === lang)
      // photos only where their consent covers the channel asked for (else the first allowed one)
      const loaded = await loadItems(req.payload, mine, { channel: channel ?? allowed[0] ?? 'portal', language: lang, publicUrl: site.publicUrl, publisher: site.schoolName })
      for (const one of loaded) items.set(one.entry.key, toNinjsItem(singleItemMeta(site, lang, one.item.modified), one.item))
    }
    const out: Array<{ cursor: string; event: string; item: Record<string, unknown> }> = []
    for (const row of rows) {
      const cursor = encodeCursor(row.id)
      const leftChannel = channels.some((c) => String(row.withdrawnFrom ?? '').includes(`|${c}|`)) && !channels.some((c) => channelsOf(entries.find((e) => e.key === row.key)?.channels).includes(c))
      if (row.event === 'withdrawn' || leftChannel) {
        const [collection, id] = String(row.key).split(':') as [string, string]
        const site = await settings.load(row.language)
        out.push({
          cursor,
          event: 'withdrawn',
          item: {
            standard: NINJS_STANDARD,
            uri: itemGuid(site.publicUrl, collection, id),
            type: 'text',
            language: row.language,
            pubStatus: 'canceled',
            versionCreated: new Date(row.createdAt).toISOString(),
          },
        })
        continue
      }
      const item = items.get(String(row.key))
      // no longer live: its withdrawal is further on in the log
      if (item) out.push({ cursor, event: row.event, item })
    }
    const next = rows.length ? encodeCursor(rows[rows.length - 1]!.id) : typeof query.since === 'string' && query.since ? query.since : encodeCursor(0)
    return Response.json({ items: out, next }, { headers: { 'cache-control': 'no-store' } })
  },
  method: 'get',
  path: '/exports/changes',
}
