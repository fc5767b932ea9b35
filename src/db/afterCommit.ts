import type { PayloadRequest } from 'payload'

/**
 * Work to do once a request's transaction commits, and to forget if it rolls back (e-mails of a
 * workflow action must not go out for a step that never happened). Payload has no after-commit
 * hook; the adapter's commit and rollback are wrapped (publication/hooks.ts `watchTransactions`)
 * and call `settleAfterCommit`. Lives on globalThis: Next bundles routes separately.
 */
type Callback = () => void

const KEY = Symbol.for('bilingualPublishing.afterCommit')

function registry(): Map<number | string, Callback[]> {
  const holder = globalThis as unknown as Record<symbol, Map<number | string, Callback[]> | undefined>
  holder[KEY] ??= new Map()
  return holder[KEY]!
}

/** Run `callback` after the request's transaction commits; at once when it has none. */
export function runAfterCommit(req: PayloadRequest | undefined, callback: Callback): void {
  const id = req?.transactionID
  if (typeof id === 'string' || typeof id === 'number') {
    const list = registry().get(id) ?? []
    list.push(callback)
    registry().set(id, list)
    return
  }
  callback()
}

/** Called by the wrapped commit (`committed`) and rollback of the database adapter. */
export function settleAfterCommit(transactionID: unknown, committed: boolean): void {
  if (typeof transactionID !== 'string' && typeof transactionID !== 'number') return
  const list = registry().get(transactionID)
  registry().delete(transactionID)
  if (committed) for (const callback of list ?? []) callback()
}
