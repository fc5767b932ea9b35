/**
 * Real transactions on SQLite for the work that must be atomic (a workflow action: its state, its
 * audit entry, its cascade, its e-mail jobs), while every other Payload operation writes as before.
 *
 * Why a gate: libsql runs a transaction on its current connection and opens a new one for
 * everything else, and its calls are synchronous. A write on that other connection while the
 * transaction holds SQLite's write lock either fails at once (no busy timeout) or stops the whole
 * process until the timeout (with one), and the transaction cannot finish meanwhile. So, in this
 * process, a transaction starts only when no other write is under way, and other writes wait while
 * a transaction is open. Writers in other processes wait on SQLite's own lock, with the busy
 * timeout, which the connection libsql opens after BEGIN gets too.
 *
 * Why a connection of its own: libsql's `client.transaction()` takes the client's connection and
 * never closes it, opening a new one for everything after; each held on to about 0.25 MB that
 * garbage collection never returned (2,000 transactions: +460 MB; the soak test showed the servers
 * growing by 130 % in two minutes). Here every transaction of an adapter runs, one at a time (the
 * gate), on one long-lived connection kept for transactions, with plain BEGIN IMMEDIATE / COMMIT.
 *
 * The host opts in with `transactionOptions` on `sqliteAdapter` (school/database.ts); without it,
 * SQLite has no transactions, as in Payload. Payload's own operations and migrations keep running
 * without transactions either way: a migration that rebuilds a table must not run inside one
 * (scripts/migrate.ts says why).
 */
import type { Client, createClient, InStatement, Transaction } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'

/** How long a write waits for a transaction before it fails with a message saying so. */
export const GATE_TIMEOUT_MS = 30_000

const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Release = () => void
type Waiter = { exclusive: boolean; grant: (release: Release) => void }

/**
 * Many plain writes at once, or one transaction. Plain writes are let in whenever no transaction
 * is open (an adapter method may call another while holding its place); a transaction waits until
 * the plain writes under way are done.
 */
export class WriteGate {
  private plain = 0
  private transaction = false
  private waiting: Waiter[] = []

  enter(exclusive: boolean, timeoutMs = GATE_TIMEOUT_MS): Promise<Release> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        exclusive,
        grant: (release) => {
          clearTimeout(timer)
          resolve(release)
        },
      }
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== waiter)
        reject(
          new Error(
            `The database stayed locked by a transaction for ${timeoutMs / 1000} s. ` +
              "A write without the transaction's req inside it waits for itself: pass `req` to every Payload call made inside a workflow action.",
          ),
        )
      }, timeoutMs)
      timer.unref?.()
      this.waiting.push(waiter)
      this.pump()
    })
  }

  private pump(): void {
    for (const waiter of [...this.waiting]) {
      if (waiter.exclusive ? this.transaction || this.plain > 0 : this.transaction) continue
      this.waiting.splice(this.waiting.indexOf(waiter), 1)
      if (waiter.exclusive) this.transaction = true
      else this.plain += 1
      let released = false
      waiter.grant(() => {
        if (released) return
        released = true
        if (waiter.exclusive) this.transaction = false
        else this.plain -= 1
        this.pump()
      })
      if (waiter.exclusive) return
    }
  }
}

type SqliteAdapter = BaseDatabaseAdapter & {
  busyTimeout?: number
  client?: Client
  clientConfig?: Parameters<typeof createClient>[0]
  sessions?: Record<string, unknown>
  transactionOptions?: unknown
}

const OPEN = Symbol.for('bilingualPublishing.openSqliteTransaction')
const GATES = Symbol.for('bilingualPublishing.sqliteGates')

/**
 * One gate per database file in the process: two Payload instances on one file (a test's REST
 * client beside its local API, a script) must wait for each other's transactions too.
 */
function gateFor(db: SqliteAdapter): WriteGate {
  const holder = globalThis as unknown as Record<symbol, Map<string, WriteGate> | undefined>
  holder[GATES] ??= new Map()
  const key = db.clientConfig?.url ?? ''
  if (!holder[GATES].has(key)) holder[GATES].set(key, new WriteGate())
  return holder[GATES].get(key)!
}

type Gated = SqliteAdapter & { [OPEN]?: () => Promise<number | string> }

/**
 * Install the gate on a SQLite adapter made with `transactionOptions`: Payload's operations get
 * no transaction (as on SQLite by default), writes pass the gate, and `openSqliteTransaction`
 * opens a real one. Anything else is returned as it is.
 */
export function gateSqliteTransactions<T extends BaseDatabaseAdapter>(adapter: T): T {
  const db = adapter as unknown as Gated
  if (db.name !== 'sqlite' || !db.transactionOptions || db[OPEN]) return adapter
  const gate = gateFor(db)
  const held = new Map<number | string, Release>()
  const begin = db.beginTransaction.bind(db)
  const inOpenTransaction = async (args: unknown): Promise<boolean> => {
    const id = await (args as { req?: { transactionID?: unknown } } | undefined)?.req?.transactionID
    return (typeof id === 'string' || typeof id === 'number') && held.has(id)
  }

  let transactions: Client | undefined
  db[OPEN] = async () => {
    const release = await gate.enter(true)
    try {
      if (!transactions) {
        // loaded here, so a host on another database does not need the SQLite client installed
        const { createClient } = await import('@libsql/client')
        transactions = createClient(db.clientConfig!)
        // wait on writers in other processes, as the adapter's own connection does
        await transactions.execute(`PRAGMA busy_timeout = ${db.busyTimeout || 5000}`)
        const client = db.client!
        // drizzle's transaction (Payload's beginTransaction) asks the adapter's client for one
        client.transaction = () => transactionOn(transactions!)
      }
      const id = await begin()
      if (id === null) throw new Error('The SQLite adapter did not open a transaction.')
      held.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const destroy = db.destroy?.bind(db)
  db.destroy = async () => {
    transactions?.close()
    transactions = undefined
    await destroy?.()
  }
  // Payload's own operations and migrations: no transaction, as SQLite has by default
  db.beginTransaction = async () => null

  for (const name of ['commitTransaction', 'rollbackTransaction'] as const) {
    const method = db[name].bind(db) as (id: number | Promise<number | string> | string) => Promise<void>
    db[name] = (async (id: number | Promise<number | string> | string) => {
      const resolved = await id
      try {
        return await method(resolved)
      } finally {
        held.get(resolved)?.()
        held.delete(resolved)
      }
    }) as never
  }

  for (const name of WRITE_METHODS) {
    const method = (db as unknown as Record<string, (args: unknown) => Promise<unknown>>)[name]
    if (typeof method !== 'function') continue
    const bound = method.bind(db)
    ;(db as unknown as Record<string, (args: unknown) => Promise<unknown>>)[name] = async (args: unknown) => {
      if (await inOpenTransaction(args)) return bound(args)
      const release = await gate.enter(false)
      try {
        return await bound(args)
      } finally {
        release()
      }
    }
  }
  return adapter
}

/**
 * A transaction on a connection kept for transactions: BEGIN IMMEDIATE (the write lock at once,
 * so two processes never both hold a read lock they must upgrade), then COMMIT or ROLLBACK.
 * The gate makes sure only one runs on it at a time.
 */
async function transactionOn(client: Client): Promise<Transaction> {
  await client.execute('BEGIN IMMEDIATE')
  let open = true
  const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    try {
      await client.execute(sql)
    } catch (error) {
      // SQLite may have ended it already (some errors roll back by themselves); never leave it open
      await client.execute('ROLLBACK').catch(() => undefined)
      if (sql === 'COMMIT') throw error
    }
  }
  return {
    batch: async (statements: InStatement[]) => {
      const results = []
      for (const statement of statements) results.push(await client.execute(statement))
      return results
    },
    close: () => void end('ROLLBACK'),
    get closed() {
      return !open
    },
    commit: () => end('COMMIT'),
    execute: (statement: InStatement) => client.execute(statement),
    executeMultiple: () => Promise.reject(new Error('executeMultiple is not supported inside a workflow transaction')),
    rollback: () => end('ROLLBACK'),
  } as unknown as Transaction
}

/** The gated adapter's way to open a transaction, or undefined (not SQLite, or not opted in). */
export function sqliteTransactionOpener(adapter: object): (() => Promise<number | string>) | undefined {
  return (adapter as Gated)[OPEN]
}
