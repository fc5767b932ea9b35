/**
 * Sending one delivery: the job `bilingualDeliver` on the `bilingual-delivery` queue. The body is a
 * Standard Webhooks message `{ type, timestamp, data: <ninjs 3.1 item> }`, signed with the
 * destination's secret by the `standardwebhooks` package, with a `webhook-id` that stays the same
 * on every attempt (the receiver's idempotency key). The delivery row says what happened; a retry
 * is a new job queued for the attempt's time (the schedule and what each answer means are in
 * ./schedule.ts).
 */
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
import { pluginSettings } from '../workflow/notify'
import { releaseStaleJobs } from '../jobs/stale'
import { buildPackage } from '../package/build'
import { DELIVERIES_SLUG, DELIVERY_QUEUE, DELIVERY_TASK, DELIVERY_TIMEOUT_MS, DESTINATIONS_SLUG, EMAIL_PACKAGE_MAX_BYTES } from './constants'
import { checkDestinationUrl } from './hosts'
import { queueDelivery } from './outbox'
import { classify, nextDelay, retryScale } from './schedule'
import { decryptSecret } from './secrets'

type Doc = Record<string, any>

/** While an earlier delivery of the same item to the same destination is on its way, wait this long. */
const ORDER_WAIT_MS = 5_000

const TYPE = { published: 'item.published', updated: 'item.updated', withdrawn: 'item.withdrawn' } as const

/**
 * The ninjs item a delivery carries: the live item, or a canceled stub for a withdrawal. The live
 * item is built once per publication generation and channel, however many destinations take it.
 */
async function ninjsFor(payload: Payload, delivery: Doc, destination: Doc): Promise<null | Record<string, unknown>> {
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
  for (const admin of docs as Doc[]) {
    if (!admin.email) continue
    const language = pickLanguage(admin.preferredLanguage)
    await queueEmail(payload, { subject: translate(language, `email.${key}.subject`, values), text: translate(language, `email.${key}.body`, values), to: admin.email })
  }
}

type Answer = { error?: string; retryAfter?: null | string; status: null | number }

async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  try {
    const res = await fetch(url, { body, headers, method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) })
    await res.arrayBuffer().catch(() => undefined)
    return { retryAfter: res.headers.get('retry-after'), status: res.status }
  } catch (error) {
    const e = error as { cause?: { code?: string; message?: string }; message?: string; name?: string }
    const reason = e.name === 'TimeoutError' ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message ?? String(error))
    return { error: reason, status: null }
  }
}

/**
 * An e-mail destination: the item's package attached (a withdrawal: a short notice). A package over
 * the cap is not sent; the log says so, with the size, so someone can send it another way.
 */
async function sendByEmail(payload: Payload, delivery: Doc, destination: Doc, update: (data: Doc) => Promise<unknown>): Promise<string> {
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
    .then((doc) => String((doc as Doc | null)?.title ?? delivery.itemKey))
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
      await update({ attempts, lastError: `the package is ${mb(built.size)} MB, over the ${mb(EMAIL_PACKAGE_MAX_BYTES)} MB an e-mail may carry: download it from the item and send it another way`, status: 'failed' })
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
    const at = new Date(Date.now() + delay)
    await update({ attempts, lastError, nextAttemptAt: at.toISOString() })
    await queueDelivery(payload, delivery.id, { at })
    return 'retry'
  }
  await update({ attempts, deliveredAt: new Date().toISOString(), lastError: null, nextAttemptAt: null, status: 'delivered' })
  return 'delivered'
}

/** Try one delivery once, and record what happened (and the next attempt, if any). */
export async function attemptDelivery(payload: Payload, deliveryId: number | string): Promise<string> {
  // the log row is written straight through the database adapter: it has no hooks or access of
  // its own to run, and the full update operation cost more than the POST itself
  const update = (data: Doc) => payload.db.updateOne({ collection: DELIVERIES_SLUG, data: { ...data, updatedAt: new Date().toISOString() }, id: deliveryId })
  const delivery = (await payload.db.findOne({ collection: DELIVERIES_SLUG, where: { id: { equals: deliveryId } } })) as Doc | null
  if (!delivery || delivery.status !== 'pending') return 'skipped'
  // in order: not before an earlier delivery of this item to this destination has settled
  const earlier = await payload.db.count({
    collection: DELIVERIES_SLUG,
    where: {
      and: [
        { destination: { equals: delivery.destination } },
        { itemKey: { equals: delivery.itemKey } },
        { status: { equals: 'pending' } },
        { id: { less_than: delivery.id } },
      ],
    },
  })
  if (earlier.totalDocs) {
    const at = new Date(Date.now() + ORDER_WAIT_MS)
    await update({ nextAttemptAt: at.toISOString() })
    await queueDelivery(payload, deliveryId, { at })
    return 'waiting'
  }
  const destination = (await payload.db.findOne({ collection: DESTINATIONS_SLUG, where: { id: { equals: delivery.destination } } })) as Doc | null
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
  const host = await checkDestinationUrl(String(destination.url ?? ''))
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
    'webhook-signature': new Webhook(secret).sign(String(delivery.webhookId), timestamp, body),
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
  }
  const answer = await post(String(destination.url), body, headers)
  const attempts = Number(delivery.attempts ?? 0) + 1
  const outcome = classify(answer.status, answer.retryAfter)
  const seen = { attempts, lastError: answer.error ?? null, lastStatusCode: answer.status }
  if (outcome.kind === 'delivered') {
    await update({ ...seen, deliveredAt: new Date().toISOString(), nextAttemptAt: null, status: 'delivered' })
    return 'delivered'
  }
  if (outcome.kind === 'gone') {
    await update({ ...seen, nextAttemptAt: null, status: 'failed' })
    await payload.update({ collection: DESTINATIONS_SLUG as 'users', data: { disabledReason: `410 Gone from ${destination.url} (${timestamp.toISOString()})`, enabled: false } as never, id: destination.id, overrideAccess: true })
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
  const at = new Date(Date.now() + delay)
  await update({ ...seen, nextAttemptAt: at.toISOString() })
  await queueDelivery(payload, deliveryId, { at })
  return 'retry'
}

export const deliverTask = {
  handler: async ({ input, req }: { input: { delivery: string }; req: PayloadRequest }) => {
    const result = await attemptDelivery(req.payload, input.delivery)
    return { output: { result } }
  },
  inputSchema: [{ name: 'delivery', type: 'text' as const, required: true }],
  outputSchema: [{ name: 'result', type: 'text' as const }],
  // retries are the delivery's own (its schedule, Retry-After): the job itself is not retried
  retries: 0,
  slug: DELIVERY_TASK,
} as unknown as TaskConfig

/** A delivery whose attempt a stop cut off is tried again (its webhook-id unchanged). */
export function releaseStaleDeliveries(payload: Payload): Promise<void> {
  return releaseStaleJobs(payload, DELIVERY_QUEUE, 2 * 60_000)
}

/** Try what is due now (the server's runner does this every 5 s; tests and scripts call it). */
export async function runDeliveryQueue(payload: Payload): Promise<void> {
  await releaseStaleDeliveries(payload)
  await payload.jobs.run({ limit: 100, queue: DELIVERY_QUEUE })
}
