import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { sqliteTransactionOpener } from './sqliteTransactions'

/**
 * Run `work` in one database transaction on `req`, or inside the one `req` already has: on SQLite
 * through the gate of ./sqliteTransactions.ts (when the adapter opted in with
 * `transactionOptions`), on MongoDB through Payload's own (a replica set is needed). Everything
 * `work` writes with this `req` commits together or not at all.
 */
export async function withTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const openSqlite = sqliteTransactionOpener(req.payload.db)
  let owner: boolean
  if (openSqlite && req.transactionID === undefined) {
    req.transactionID = await openSqlite()
    owner = true
  } else {
    owner = await initTransaction(req)
  }
  try {
    const result = await work()
    if (owner) await commitTransaction(req)
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    throw error
  }
}
