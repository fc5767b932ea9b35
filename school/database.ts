import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { addSqliteIndexes } from '../src/db/sqliteIndexes'

export const DEFAULT_SQLITE_FILE = 'data/cms.db'

/** Committed migrations, in the shape `migrations/index.ts` exports. */
export type ProdMigrations = NonNullable<Parameters<typeof sqliteAdapter>[0]['prodMigrations']>

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { file: string; kind: 'sqlite' }

/**
 * Read DATABASE_URI. Unset: the embedded SQLite file data/cms.db. `mongodb://` or
 * `mongodb+srv://`: MongoDB. `file:path`: another SQLite file (tests, a second local database).
 * Anything else stops the start with a message that says what is accepted.
 */
export function chooseDatabase(uri: string | undefined, cwd = process.cwd()): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return { file: path.resolve(cwd, DEFAULT_SQLITE_FILE), kind: 'sqlite' }
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:')) return { file: path.resolve(cwd, value.slice('file:'.length)), kind: 'sqlite' }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]
  throw new Error(
    `DATABASE_URI ${scheme ? `uses the scheme "${scheme}:", which this app does not support` : `"${value}" is not a database URI`}. ` +
      'Leave it unset for the embedded SQLite database (data/cms.db), or use mongodb://…, mongodb+srv://… or file:path/to/file.db.',
  )
}

/** The Payload database adapter for a choice. Migrations live in ./migrations (SQLite). */
export function createDatabaseAdapter(choice: DatabaseChoice, migrationDir: string, options: { prodMigrations?: ProdMigrations; push?: boolean } = {}): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  // a fresh clone has no data/ folder: SQLite can create the file, not its folder
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    afterSchemaInit: [addSqliteIndexes],
    busyTimeout: 5000,
    client: { url: `file:${choice.file}` },
    migrationDir,
    // transactions for workflow actions (the plugin opens them behind a write gate; Payload's own
    // operations and the migrations still run without: src/db/sqliteTransactions.ts)
    transactionOptions: { behavior: 'immediate' },
    // Payload applies these on connect when NODE_ENV=production (`npm start`, a production seed)
    ...(options.prodMigrations ? { prodMigrations: options.prodMigrations } : {}),
    ...(options.push === undefined ? {} : { push: options.push }),
    wal: true,
  })
}
