import type { Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Apply pending committed migrations. In production Payload does not push the schema, so
 * `npm start` and `npm run seed` call this first; in development the schema is pushed instead.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'production') return
  await payload.db.migrate({ migrations: migrations as never })
}
