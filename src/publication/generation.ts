/**
 * One counter for "what is public changed". Every cache of public output (feeds, portal pages,
 * sitemaps) keys its entries by it, so invalidating is one increment, whatever the amount cached.
 *
 * It lives on `globalThis` because Next bundles each route separately: the Payload hooks that bump
 * it and the routes that read it must share one counter inside the server process.
 */
type GenerationState = { changedAt: Date; pendingTransactions: Set<number | string>; value: number }

const KEY = Symbol.for('bilingualPublishing.generation')

function state(): GenerationState {
  const holder = globalThis as unknown as Record<symbol, GenerationState | undefined>
  holder[KEY] ??= { changedAt: new Date(), pendingTransactions: new Set(), value: 0 }
  return holder[KEY]!
}

export function currentGeneration(): { changedAt: Date; value: number } {
  const { changedAt, value } = state()
  return { changedAt, value }
}

export function bumpGeneration(): void {
  const s = state()
  s.value += 1
  s.changedAt = new Date()
}

/**
 * Bump now, and again when the write's transaction commits: a reader that rebuilt a cache entry
 * between the two saw the old rows, and must not keep them.
 */
export function bumpGenerationAfterCommit(transactionID: unknown): void {
  bumpGeneration()
  if (typeof transactionID === 'string' || typeof transactionID === 'number') state().pendingTransactions.add(transactionID)
}

/** Called by the wrapped `db.commitTransaction` / `db.rollbackTransaction` (see publication/index). */
export function settleTransaction(transactionID: unknown): void {
  if ((typeof transactionID === 'string' || typeof transactionID === 'number') && state().pendingTransactions.delete(transactionID)) {
    bumpGeneration()
  }
}
