/**
 * One job runner at a time across processes. Every server process starts Payload's cron, but on
 * SQLite Payload claims a job with a read and then a write, so two processes running one queue
 * both take the same jobs: the soak test saw 7,090 e-mails sent for 3,850 asked. The runner now
 * holds a lease, a row in Payload's key-value collection whose unique key only one process can
 * create; the holder renews it at every turn of its cron, and when it stops, another process takes
 * the lease over once it has expired.
 */
import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

export const RUNNER_LEASE_KEY = 'bilingual-publishing:job-runner'
/** A lease not renewed for this long is free: the mail runner renews it every 5 s. */
export const RUNNER_LEASE_MS = 20_000

type Lease = { owner: string; until: number }
type KvRow = { data: Lease; id: number | string }

const KV = 'payload-kv'
const owners = new WeakMap<Payload, string>()
/** Payload's key-value adapter calls the database without a request; so does this. */
const req = {} as PayloadRequest

async function leaseRow(payload: Payload): Promise<KvRow | null> {
  const { docs } = await payload.db.find({ collection: KV, limit: 1, pagination: false, req, where: { key: { equals: RUNNER_LEASE_KEY } } })
  return (docs[0] as unknown as KvRow | undefined) ?? null
}

async function create(payload: Payload, lease: Lease): Promise<boolean> {
  try {
    await payload.db.create({ collection: KV, data: { data: lease, key: RUNNER_LEASE_KEY }, req })
    return true
  } catch {
    return false // another process created it first: the key is unique
  }
}

/**
 * Whether this Payload instance may run the jobs now: it holds the lease, renewed, or has just
 * taken it. Without the database key-value collection (another KV adapter), every process runs.
 */
export async function holdsRunnerLease(payload: Payload, now = Date.now()): Promise<boolean> {
  if (!payload.collections[KV as never]) return true
  if (!owners.has(payload)) owners.set(payload, randomUUID())
  const me = owners.get(payload)!
  const next: Lease = { owner: me, until: now + RUNNER_LEASE_MS }
  const row = await leaseRow(payload)
  if (!row) return create(payload, next)
  if (row.data?.owner === me) {
    await payload.db.updateOne({ collection: KV, data: { data: next }, id: row.id, req })
    return true
  }
  if ((row.data?.until ?? 0) > now) return false
  // expired: delete that very row (a second process deleting it finds nothing), then race to create
  await payload.db.deleteOne({ collection: KV, req, where: { id: { equals: row.id } } }).catch(() => undefined)
  return create(payload, next)
}
