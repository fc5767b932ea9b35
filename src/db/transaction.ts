import { beginTransaction as beginDrizzleTransaction } from '@payloadcms/drizzle'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Run `work` in one database transaction on `req`, or inside the one `req` already has. On
 * MongoDB Payload's own transactions are used (they need a replica set). On SQLite Payload keeps
 * transactions off (some of its own operations write outside the request's transaction and would
 * wait on themselves), so only this work gets one: drizzle's transaction on the adapter, BEGIN
 * IMMEDIATE, so two writers wait for each other instead of failing on a lock upgrade.
 */
export async function withTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owner = await begin(req)
  try {
    const result = await work()
    if (owner) await commitTransaction(req)
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    throw error
  }
}

async function begin(req: PayloadRequest): Promise<boolean> {
  if (req.transactionID) return false
  const db = req.payload.db as PayloadRequest['payload']['db'] & { name?: string }
  if (db.name !== 'sqlite') return initTransaction(req)
  const id = await (beginDrizzleTransaction as unknown as (this: unknown, options: unknown) => Promise<number | string>).call(db, { behavior: 'immediate' })
  req.transactionID = id
  return true
}
