import type { Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Run migrations outside transactions. The SQLite migrations Payload generates rebuild tables
 * between `PRAGMA foreign_keys=OFF` and `ON`; inside a transaction that pragma does nothing, and
 * dropping the old table would cascade-delete the rows that point at it (the audit log's
 * relationships). Payload leaves SQLite transactions off, but an adapter configured with
 * `transactionOptions` would run migrations in one: this switches them off for the run.
 */
export async function runMigrations(payload: Payload, list: typeof migrations): Promise<void> {
  const db = payload.db as Payload['db'] & { beginTransaction: Payload['db']['beginTransaction'] }
  const begin = db.beginTransaction
  db.beginTransaction = async () => null
  try {
    await db.migrate({ migrations: list as never })
  } finally {
    db.beginTransaction = begin
  }
}
