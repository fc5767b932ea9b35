import { LRUCache } from 'lru-cache'

import { currentGeneration } from './generation'

type Slot<T> = { generation: number; value: Promise<T> }
type Store = LRUCache<string, Slot<unknown>>

const KEY = Symbol.for('bilingualPublishing.cache')
const MAX_ENTRIES = 2000

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>
  // the least recently used entries go first when it is full
  holder[KEY] ??= new LRUCache<string, Slot<unknown>>({ max: MAX_ENTRIES })
  return holder[KEY]!
}

/**
 * A value of public output (a feed, a page's data), built once per generation and shared by
 * concurrent requests. A publish or unpublish bumps the generation, so the next request rebuilds:
 * invalidation costs one increment, not a scan. Failed builds are not kept.
 */
export function cachedPublic<T>(key: string, build: () => Promise<T>): Promise<T> {
  const cache = store()
  const generation = currentGeneration().value
  const slot = cache.get(key)
  if (slot && slot.generation === generation) return slot.value as Promise<T>
  const value = build()
  cache.set(key, { generation, value })
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key)
  })
  return value
}

/** For tests and benchmarks: forget everything built so far. */
export function clearPublicCache(): void {
  store().clear()
}
