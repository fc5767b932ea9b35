/**
 * Sending one delivery: the job `bilingualDeliver` on the `bilingual-delivery` queue. The body is a
 * Standard Webhooks message `{ type, timestamp, data: <ninjs 3.1 item> }`, signed with the
 * destination's secret by the `standardwebhooks` package, with a `webhook-id` that stays the same
 * on every attempt (the receiver's idempotency key). The delivery row says what happened; a retry
 * is a new job queued for the attempt's time (the schedule and what each answer means are in
 * ./schedule.ts).
 */
import { randomUUID } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { Webhook } from 'standardwebhooks'

import { NINJS_STANDARD, toNinjsItem } from '../feeds/serializers/ninjs'
import { singleItemMeta } from '../feeds/meta'
import { itemGuid } from '../feeds/model'
import { pickLanguage, translate } from '../i18n'
import { cachedPublic } from '../publication/cache'
import { PUBLISHED_ENTRIES_SLUG } from '../publication/constants'
import type { EntryRow } from '../publication/items'
import { loadItems } from '../publication/items'
import { publicSettings } from '../publication/settings'
import { queueEmail } from '../workflow/mail'
import type { DeliveryDoc, DestinationDoc, Id, ItemDoc, UserDoc } from '../documents'
import { pluginSettings } from '../workflow/notify'
import { releaseStaleJobs } from '../jobs/stale'
import { buildPackage } from '../package/build'
import { DELIVERIES_SLUG, DELIVERY_QUEUE, DELIVERY_TASK, DESTINATIONS_SLUG, EMAIL_PACKAGE_MAX_BYTES } from './constants'
import { checkDestinationUrl } from './hosts'
import { queueDeliverySweep } from './outbox'
import { classify, linesDue, nextDelay, nextDueAt, type QueuedRow, retryScale } from './schedule'
import { decryptSecret } from './secrets'

type Outcome = Partial<DeliveryDoc>

const TYPE = { published: 'item.published', updated: 'item.updated', withdrawn: 'item.withdrawn' } as const

/**
 * The ninjs item a delivery carries: the live item, or a canceled stub for a withdrawal. The live
 * item is built once per publication generation and channel, however many destinations take it.
 */
async function ninjsFor(payload: Payload, delivery: DeliveryDoc, destination: DestinationDoc): Promise<null | Record<string, unknown>> {
  const [collection, id] = String(delivery.itemKey).split(':') as [string, string]
  const site = await cachedPublic(`delivery-site|${delivery.language}`, () => publicSettings(payload).load(delivery.language))
  const guid = itemGuid(site.publicUrl, collection, id)
  if (delivery.event === 'withdrawn') {
    return { standard: NINJS_STANDARD, uri: guid, type: 'text', language: delivery.language, pubStatus: 'canceled', versionCreated: new Date().toISOString() }
  }
  const channels = (destination.channels ?? []) as string[]
  return cachedPublic(`delivery-item|${delivery.itemKey}|${channels.join(',')}`, async () => {
    const { docs } = await payload.find({
      collection: PUBLISHED_ENTRIES_SLUG as 'users',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { key: { equals: delivery.itemKey } },
    })
    const entry = docs[0] as unknown as EntryRow | undefined
    if (!entry) return null
    // images go only where their consent covers one of the destination's channels on this item
    const channel = channels.find((c) => entry.channels.includes(`|${c}|`)) ?? 'portal'
    const [loaded] = await loadItems(payload, [entry], { channel, language: entry.language, publicUrl: site.publicUrl, publisher: site.schoolName })
    if (!loaded) return null
    return toNinjsItem(singleItemMeta(site, entry.language, loaded.item.modified), loaded.item) as Record<string, unknown>
  })
}

/** Tell the admins, each in their language. */
async function tellAdmins(payload: Payload, key: 'deliveryDead' | 'destinationGone', values: Record<string, unknown>): Promise<void> {
  const { usersCollection } = pluginSettings(payload)
  const { docs } = await payload.find({ collection: usersCollection as 'users', depth: 0, limit: 50, overrideAccess: true, pagination: false, where: { roles: { in: ['admin'] } } })
  for (const admin of docs as UserDoc[]) {
    if (!admin.email) continue
    const language = pickLanguage(admin.preferredLanguage)
    await queueEmail(payload, { subject: translate(language, `email.${key}.subject`, values), text: translate(language, `email.${key}.body`, values), to: admin.email })
  }
}

type Answer = { error?: string; retryAfter?: null | string; status: null | number }

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<Answer> {
  try {
    const res = await fetch(url, { body, headers, method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    await res.arrayBuffer().catch(() => undefined)
    return { retryAfter: res.headers.get('retry-after'), status: res.status }
  } catch (error) {
    const e = error as { cause?: { code?: string; message?: string }; message?: string; name?: string }
    const reason = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message ?? String(error))
    return { error: reason, status: null }
  }
}

/**
 * An e-mail destination: the item's package attached (a withdrawal: a short notice). A package over
 * the cap is not sent; the log says so, with the size, so someone can send it another way.
 */
async function sendByEmail(payload: Payload, delivery: DeliveryDoc, destination: DestinationDoc, update: (data: Outcome) => Promise<unknown>): Promise<string> {
  const to = ((destination.emails ?? []) as string[]).filter(Boolean)
  const attempts = Number(delivery.attempts ?? 0) + 1
  if (!to.length) {
    await update({ attempts, lastError: 'the destination has no e-mail address', status: 'failed' })
    return 'failed'
  }
  const [collection, id] = String(delivery.itemKey).split(':') as [string, string]
  const language = String(delivery.language)
  const site = await publicSettings(payload).load(language)
  const title = await payload
    .findByID({ collection: collection as 'articles', depth: 0, disableErrors: true, draft: false, id, overrideAccess: true })
    .then((doc) => String((doc as ItemDoc | null)?.title ?? delivery.itemKey))
  const values = { school: site.schoolName, title }
  let attachments: Array<{ content: Buffer; filename: string }> = []
  if (delivery.event !== 'withdrawn') {
    let built
    try {
      built = await buildPackage(payload, collection, id, language)
    } catch {
      await update({ attempts, lastError: 'no longer published when it was sent (a withdrawal follows)', status: 'failed' })
      return 'failed'
    }
    if (built.size > EMAIL_PACKAGE_MAX_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
      await update({
        attempts,
        lastError: `the package is ${mb(built.size)} MB, over the ${mb(EMAIL_PACKAGE_MAX_BYTES)} MB an e-mail may carry: download it from the item and send it another way`,
        status: 'failed',
      })
      return 'failed'
    }
    attachments = [{ content: built.zip, filename: built.filename }]
  }
  try {
    await payload.sendEmail({
      attachments,
      subject: translate(language, `email.package.${delivery.event}.subject`, values),
      text: translate(language, `email.package.${delivery.event}.body`, values),
      to,
    } as never)
  } catch (error) {
    const delay = nextDelay(attempts, { scale: retryScale(process.env.DELIVERY_RETRY_SCALE) })
    const lastError = String((error as Error).message ?? error)
    if (delay === null) {
      await update({ attempts, lastError, nextAttemptAt: null, status: 'dead' })
      return 'dead'
    }
    await update({ attempts, lastError, nextAttemptAt: new Date(Date.now() + delay).toISOString() })
    return 'retry'
  }
  await update({ attempts, lastError: null, nextAttemptAt: null, status: 'delivered' })
  return 'delivered'
}

/** How long a sweep holds the deliveries it took: past the receiver's timeout, then they are free again. */
const claimMs = (payload: Payload) => pluginSettings(payload).deliveryTimeoutMs + 45_000
/** Lines (destination, item) sent side by side in one sweep. */
const CONCURRENCY = 8
/** Pending deliveries one sweep looks at. */
const SWEEP_LIMIT = 1000

type Destinations = Map<string, DestinationDoc | null>

/** The pending deliveries, oldest first, with what the queue decides on. */
async function pendingRows(payload: Payload): Promise<Array<DeliveryDoc & QueuedRow>> {
  const { docs } = await payload.db.find({ collection: DELIVERIES_SLUG, limit: SWEEP_LIMIT, pagination: false, select: QUEUE_FIELDS, sort: 'id', where: { status: { equals: 'pending' } } })
  return docs as unknown as Array<DeliveryDoc & QueuedRow>
}

/** The columns the queue reads (not the item's polymorphic relationship, which costs a join). */
const QUEUE_FIELDS = { claimedUntil: true, destination: true, itemKey: true, nextAttemptAt: true } as const
const SEND_FIELDS = { ...QUEUE_FIELDS, attempts: true, event: true, language: true, status: true, webhookId: true } as const

/**
 * What the attempts of a sweep ended with, written in a few statements instead of one per row:
 * rows with the same outcome (delivered on the first attempt with a 204, say) share one UPDATE,
 * and `deliveredAt` is the time of that write. Written every 200 ms and at the end of the sweep,
 * so the log follows closely; should the process stop in between, the rows are still held and go again, with their webhook-id, once their claim
 * runs out. The log rows are written straight through the database adapter: they have no hooks or
 * access of their own to run.
 */
class Outcomes {
  private groups = new Map<string, { data: Outcome; ids: Id[] }>()
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(private readonly payload: Payload) {}

  add(id: Id, data: Outcome): Promise<void> {
    const key = JSON.stringify(data)
    const group = this.groups.get(key) ?? { data, ids: [] }
    group.ids.push(id)
    this.groups.set(key, group)
    // a failed write shows at the end of the sweep, where `flush` is awaited
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), 200)
    return Promise.resolve()
  }

  /** Write what has been gathered (one write at a time). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const groups = [...this.groups.values()]
    this.groups.clear()
    this.writing = this.writing.then(async () => {
      const updatedAt = new Date().toISOString()
      for (const { data, ids } of groups) {
        await this.payload.db.updateOne({
          collection: DELIVERIES_SLUG,
          data: { ...data, ...(data.status === 'delivered' ? { deliveredAt: updatedAt } : {}), claimedBy: null, claimedUntil: null, updatedAt },
          options: { atomic: true },
          returning: false,
          where: { id: { in: ids } },
        })
      }
    })
    return this.writing
  }
}

/**
 * Try one claimed delivery once and record what happened (and when to try again). Says whether
 * the row settled (delivered, failed, dead), so the next one of its line may go.
 */
async function attempt(payload: Payload, delivery: DeliveryDoc, destination: DestinationDoc | null, sweep: Sweep): Promise<string> {
  const update = (data: Outcome) => sweep.record.add(delivery.id, data)
  if (!destination?.enabled) {
    await update({ lastError: 'the destination is disabled', status: 'failed' })
    return 'failed'
  }
  if (destination.kind === 'email') return sendByEmail(payload, delivery, destination, update)
  const secret = typeof destination.secret === 'string' ? decryptSecret(destination.secret, payload.secret) : null
  if (!secret) {
    await update({ lastError: 'the destination has no signing secret (or it was set with another PAYLOAD_SECRET): rotate it', status: 'failed' })
    return 'failed'
  }
  // resolved and checked once per destination and sweep, just before its first send
  const url = String(destination.url ?? '')
  let check = sweep.hosts.get(url)
  if (!check) sweep.hosts.set(url, (check = checkDestinationUrl(url)))
  const host = await check
  if (!host.ok) {
    await update({ lastError: `the destination's address is not allowed (${host.reason}${host.address ? `: ${host.address}` : ''})`, status: 'failed' })
    return 'failed'
  }
  const item = await ninjsFor(payload, delivery, destination)
  if (!item) {
    await update({ lastError: 'no longer published when it was sent (a withdrawal follows)', status: 'failed' })
    return 'failed'
  }
  const timestamp = new Date()
  const body = JSON.stringify({ data: item, timestamp: timestamp.toISOString(), type: TYPE[delivery.event as keyof typeof TYPE] })
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'bilingual-publishing-delivery/1',
    'webhook-id': String(delivery.webhookId),
    'webhook-signature': signerFor(secret).sign(String(delivery.webhookId), timestamp, body),
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
  }
  const answer = await post(String(destination.url), body, headers, pluginSettings(payload).deliveryTimeoutMs)
  const attempts = Number(delivery.attempts ?? 0) + 1
  const outcome = classify(answer.status, answer.retryAfter)
  const seen = { attempts, lastError: answer.error ?? null, lastStatusCode: answer.status }
  if (outcome.kind === 'delivered') {
    await update({ ...seen, nextAttemptAt: null, status: 'delivered' })
    return 'delivered'
  }
  if (outcome.kind === 'gone') {
    await update({ ...seen, nextAttemptAt: null, status: 'failed' })
    await payload.update({
      collection: DESTINATIONS_SLUG as 'users',
      data: { disabledReason: `410 Gone from ${destination.url} (${timestamp.toISOString()})`, enabled: false } as never,
      id: destination.id,
      overrideAccess: true,
    })
    destination.enabled = false
    await tellAdmins(payload, 'destinationGone', { destination: destination.name, url: destination.url })
    return 'gone'
  }
  if (outcome.kind === 'failed') {
    await update({ ...seen, nextAttemptAt: null, status: 'failed' })
    return 'failed'
  }
  const delay = nextDelay(attempts, { retryAfterMs: outcome.retryAfterMs, scale: retryScale(process.env.DELIVERY_RETRY_SCALE) })
  if (delay === null) {
    await update({ ...seen, nextAttemptAt: null, status: 'dead' })
    await tellAdmins(payload, 'deliveryDead', { attempts, destination: destination.name, item: delivery.itemKey, language: delivery.language })
    return 'dead'
  }
  await update({ ...seen, nextAttemptAt: new Date(Date.now() + delay).toISOString() })
  return 'retry'
}

/** A signer per secret: the key is decoded once, not on every delivery. */
const signers = new LRUCache<string, Webhook>({ max: 100 })
function signerFor(secret: string): Webhook {
  let signer = signers.get(secret)
  if (!signer) {
    signer = new Webhook(secret)
    signers.set(secret, signer)
  }
  return signer
}

/** Send a line's deliveries one after another, while each one settles (and only those this sweep holds). */
/** What one sweep holds and knows: its rows, their destinations, checked addresses, outcomes. */
type Sweep = { counts: Record<string, number>; destinations: Destinations; held: Map<string, DeliveryDoc>; hosts: Map<string, ReturnType<typeof checkDestinationUrl>>; record: Outcomes }

async function sendLine(payload: Payload, line: DeliveryDoc[], sweep: Sweep): Promise<void> {
  const { counts, destinations, held } = sweep
  for (const row of line) {
    const mine = held.get(String(row.id))
    if (!mine) return
    held.delete(String(row.id))
    const result = await attempt(payload, mine, destinations.get(String(mine.destination)) ?? null, sweep)
    counts[result] = (counts[result] ?? 0) + 1
    if (result === 'retry') return
  }
}

/**
 * One sweep of the outbox: every pending delivery that is due goes now, lines (destination, item)
 * side by side and each line in order. The deliveries table is the queue (as Superdesk's publish
 * queue is); the job that runs a sweep is queued when rows are recorded, and again for the
 * earliest retry still to come. The sweep first claims its rows in one conditional UPDATE, so two
 * sweeps (two processes) never send the same row. Returns how many attempts ended how.
 */
export async function deliverDue(payload: Payload): Promise<Record<string, number>> {
  const now = new Date()
  const lines = linesDue(await pendingRows(payload), now)
  const counts: Record<string, number> = {}
  if (lines.length) {
    const nowIso = now.toISOString()
    const token = randomUUID()
    await payload.db.updateOne({
      collection: DELIVERIES_SLUG,
      data: { claimedBy: token, claimedUntil: new Date(now.getTime() + claimMs(payload)).toISOString() },
      options: { atomic: true },
      returning: false,
      where: {
        and: [
          { id: { in: lines.flat().map((row) => row.id) } },
          { status: { equals: 'pending' } },
          { or: [{ claimedUntil: { exists: false } }, { claimedUntil: { less_than: nowIso } }] },
          { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: nowIso } }] },
        ],
      },
    })
    const { docs: claimed } = await payload.db.find({ collection: DELIVERIES_SLUG, limit: SWEEP_LIMIT, pagination: false, select: SEND_FIELDS, where: { claimedBy: { equals: token } } })
    const held = new Map((claimed as unknown as DeliveryDoc[]).map((row) => [String(row.id), row]))
    const wanted = [...new Set((claimed as unknown as DeliveryDoc[]).map((row) => String(row.destination)))]
    const { docs: found } = wanted.length ? await payload.db.find({ collection: DESTINATIONS_SLUG, limit: wanted.length, pagination: false, where: { id: { in: wanted } } }) : { docs: [] }
    const destinations: Destinations = new Map((found as unknown as DestinationDoc[]).map((d) => [String(d.id), d]))
    const record = new Outcomes(payload)
    const sweep: Sweep = { counts, destinations, held, hosts: new Map(), record }
    let next = 0
    const worker = async () => {
      while (next < lines.length) {
        const line = lines[next]!
        next += 1
        await sendLine(payload, line, sweep)
      }
    }
    try {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, lines.length) }, worker))
    } finally {
      await record.flush()
      // rows held but not tried (behind a retry in their line) are free again at once
      if (held.size) {
        await payload.db.updateOne({
          collection: DELIVERIES_SLUG,
          data: { claimedBy: null, claimedUntil: null },
          options: { atomic: true },
          returning: false,
          where: { and: [{ claimedBy: { equals: token } }, { id: { in: [...held.keys()] } }] },
        })
      }
    }
  }
  await queueNextSweep(payload)
  return counts
}

/** Make sure a sweep is queued for when the next pending delivery may go (one job, however many rows). */
async function queueNextSweep(payload: Payload): Promise<void> {
  const due = nextDueAt(await pendingRows(payload))
  if (!due) return
  const at = new Date(Math.max(due.getTime(), Date.now()))
  const waiting = await payload.db.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: DELIVERY_QUEUE } },
        { taskSlug: { equals: DELIVERY_TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        // a sweep that failed for good stays in the table unfinished: it will not run again
        { or: [{ hasError: { exists: false } }, { hasError: { equals: false } }] },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: at.toISOString() } }] },
      ],
    },
  })
  if (!waiting.totalDocs) await queueDeliverySweep(payload, { at })
}

export const deliverTask = {
  handler: async ({ req }: { req: PayloadRequest }) => {
    const counts = await deliverDue(req.payload)
    return { output: { result: JSON.stringify(counts) } }
  },
  // why the sweep was queued (a publish, a resend, a retry): for whoever reads the jobs table
  inputSchema: [{ name: 'reason', type: 'text' as const }],
  outputSchema: [{ name: 'result', type: 'text' as const }],
  // a sweep that fails (the database busy, say) runs again: claims make a second run harmless.
  // Each delivery's own retries follow its schedule and Retry-After, not this
  retries: { attempts: 5, backoff: { delay: 5_000, type: 'exponential' } },
  slug: DELIVERY_TASK,
} as unknown as TaskConfig

/**
 * At start and before each run by hand: a sweep a stop cut off is run again, and a sweep is queued
 * for whatever is pending (a delivery it held is free once its claim runs out, its webhook-id
 * unchanged).
 */
export async function releaseStaleDeliveries(payload: Payload): Promise<void> {
  await releaseStaleJobs(payload, DELIVERY_QUEUE, 2 * 60_000)
  await queueNextSweep(payload)
}

/** Try what is due now (the server's runner does this every 5 s; tests and scripts call it). */
export async function runDeliveryQueue(payload: Payload): Promise<void> {
  await releaseStaleDeliveries(payload)
  await payload.jobs.run({ limit: 100, queue: DELIVERY_QUEUE })
}
