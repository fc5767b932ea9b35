/**
 * One counter for "what is public changed". Every cache of public output (feeds, portal pages,
 * sitemaps) keys its entries by it, so invalidating is one increment, whatever the amount cached.
 *
 * It lives on `globalThis` because Next bundles each route separately: the Payload hooks that bump
 * it and the routes that read it must share one counter inside the server process.
 */
type GenerationState = {
  changedAt: Date
  /** Told of every bump made in this process (not of those learned from another process). */
  listeners: Set<() => void>
  pendingTransactions: Set<number | string>
  value: number
}

const KEY = Symbol.for('bilingualPublishing.generation')

function state(): GenerationState {
  const holder = globalThis as unknown as Record<symbol, GenerationState | undefined>
  holder[KEY] ??= { changedAt: new Date(), listeners: new Set(), pendingTransactions: new Set(), value: 0 }
  holder[KEY]!.listeners ??= new Set() // a state made by an older bundle during a dev reload
  return holder[KEY]!
}

export function currentGeneration(): { changedAt: Date; value: number } {
  const { changedAt, value } = state()
  return { changedAt, value }
}

/**
 * Public output changed. `fromPeer`: another process said so (publication/sharedGeneration.ts);
 * such a bump is not told to the listeners, so it is not shared back.
 */
export function bumpGeneration(options: { fromPeer?: boolean } = {}): void {
  const s = state()
  s.value += 1
  s.changedAt = new Date()
  if (!options.fromPeer) for (const listener of s.listeners) listener()
}

/** Be told of every bump made in this process; returns the function that stops it. */
export function onLocalBump(listener: () => void): () => void {
  state().listeners.add(listener)
  return () => state().listeners.delete(listener)
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
