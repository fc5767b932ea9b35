/**
 * The outbox: when the publication index of an item changes, one delivery row per matching
 * destination, written with the same `req` (so in the workflow action's transaction), and one job
 * on Payload's queue that sweeps the outbox and sends them (./send.ts). A unique key per (destination, item, language, event, content
 * hash) means one change is never recorded, or sent, twice.
 */
import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { refIds } from '../fields/refs'
import { DELIVERIES_SLUG, DELIVERY_QUEUE, DELIVERY_TASK, DESTINATIONS_SLUG } from './constants'
import { type LastSent, lastSentKey, type PlanChange, type PlanDestination, planDeliveries } from './plan'
import type { DeliveryDoc, DestinationDoc } from '../documents'

const ids = (value: unknown): string[] => (Array.isArray(value) ? refIds(value).map(String) : [])

/** Record (and queue) the deliveries that these index changes make. Returns how many. */
export async function recordDeliveries(req: PayloadRequest, changes: PlanChange[]): Promise<number> {
  const relevant = changes.filter((c) => c.after || c.before)
  if (!relevant.length) return 0
  const { docs: destinationDocs } = await req.payload.find({
    collection: DESTINATIONS_SLUG as 'users',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    where: { enabled: { equals: true } },
  })
  if (!destinationDocs.length) return 0
  const destinations: PlanDestination[] = (destinationDocs as unknown as DestinationDoc[]).map((d) => ({
    categories: ids(d.categories),
    channels: (d.channels ?? []) as string[],
    id: String(d.id),
    languages: (d.languages ?? []) as string[],
  }))
  // what each destination last got of these items (delivered or still on its way)
  const { docs: previous } = await req.payload.find({
    collection: DELIVERIES_SLUG as 'users',
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'createdAt',
    where: { and: [{ itemKey: { in: relevant.map((c) => c.key) } }, { status: { in: ['pending', 'delivered'] } }] },
  })
  const last = new Map<string, LastSent>()
  for (const row of previous as unknown as DeliveryDoc[]) last.set(lastSentKey(String(row.destination), String(row.itemKey)), { contentHash: String(row.contentHash ?? ''), event: row.event })
  const planned = planDeliveries(destinations, relevant, last)
  let recorded = 0
  for (const delivery of planned) {
    const dedupeKey = [delivery.destination, delivery.entry.key, delivery.entry.language, delivery.event, delivery.contentHash].join('|')
    const existing = await req.payload.count({ collection: DELIVERIES_SLUG as 'users', overrideAccess: true, req, where: { dedupeKey: { equals: dedupeKey } } })
    if (existing.totalDocs) continue
    await req.payload.create({
      collection: DELIVERIES_SLUG as 'users',
      data: {
        attempts: 0,
        contentHash: delivery.contentHash,
        dedupeKey,
        destination: Number.isNaN(Number(delivery.destination)) ? delivery.destination : Number(delivery.destination),
        event: delivery.event,
        item: { relationTo: delivery.entry.docCollection, value: Number.isNaN(Number(delivery.entry.docId)) ? delivery.entry.docId : Number(delivery.entry.docId) },
        itemKey: delivery.entry.key,
        language: delivery.entry.language,
        nextAttemptAt: new Date().toISOString(),
        status: 'pending',
        webhookId: `msg_${randomUUID().replaceAll('-', '')}`,
      } as never,
      overrideAccess: true,
      req,
    })
    recorded += 1
  }
  // one sweep sends them all (and whatever else is due)
  if (recorded) await queueDeliverySweep(req.payload, { reason: 'recorded', req })
  return planned.length
}

/** Queue a sweep of the outbox, now or at `at` (with `req`: in its transaction). */
export async function queueDeliverySweep(payload: Payload, options: { at?: Date; reason?: string; req?: PayloadRequest } = {}): Promise<void> {
  await payload.jobs.queue({
    input: { reason: options.reason ?? 'retry' } as never,
    queue: DELIVERY_QUEUE,
    ...(options.req ? { req: options.req } : {}),
    task: DELIVERY_TASK as never,
    ...(options.at ? { waitUntil: options.at } : {}),
  })
}
