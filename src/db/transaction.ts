import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Run `work` in one database transaction on `req`, or inside the one `req` already has, where the
 * database adapter provides transactions: MongoDB on a replica set. On SQLite Payload leaves them
 * off, and they must stay off: libsql runs a transaction on its current connection and opens a
 * new one, without the busy timeout, for everything after it, so writes made meanwhile by anyone
 * else fail at once with SQLITE_BUSY, and a write racing a transaction was seen to be lost. On
 * SQLite the work then runs as before, write by write.
 */
export async function withTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owner = await initTransaction(req)
  try {
    const result = await work()
    if (owner) await commitTransaction(req)
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    throw error
  }
}
