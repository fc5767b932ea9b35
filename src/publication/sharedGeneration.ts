import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { bumpGeneration, onLocalBump } from './generation'

/** The key in Payload's key-value store (`payload.kv`, the database by default). */
export const SHARED_GENERATION_KEY = 'bilingual-publishing:generation'

/**
 * How often a process looks for a change made by another. A write reaches the store as soon as
 * it is made, so another process serves it within this interval plus one read: under 2 s.
 */
export const SHARED_GENERATION_POLL_MS = 1000

type Shared = { at: string; token: string }

/**
 * Make the publication generation (publication/generation.ts) hold across processes: two
 * servers on one database, a seed or a job runner beside a server. Every bump made here writes a
 * new token to Payload's key-value store; every process reads the token every second and bumps its
 * own generation when the token is not the one it saw last.
 *
 * A process bumps on its own tokens too. Two processes writing at once overwrite each other, and
 * the token that stays may be this process's own, written after the other's change: bumping on
 * any change is what makes sure that change is seen. It costs one extra rebuild per change.
 *
 * Needs no new service: the store is the database (a `payload-kv` row) unless the host chose
 * another key-value adapter. Returns the function that stops it and writes what is pending.
 */
export function shareGenerationAcrossProcesses(payload: Payload, pollMs = SHARED_GENERATION_POLL_MS): () => Promise<void> {
  let lastSeen: string | undefined
  let writing: Promise<void> | undefined
  let again = false
  let polling = false
  let stopped = false

  const write = (): void => {
    if (writing) {
      again = true
      return
    }
    writing = (async () => {
      do {
        again = false
        const value: Shared = { at: new Date().toISOString(), token: randomUUID() }
        try {
          // the store's upsert reads, then inserts: when another process inserted the first row in
          // between, the insert fails on the unique key and a second try updates that row
          await payload.kv.set(SHARED_GENERATION_KEY, value).catch(() => payload.kv.set(SHARED_GENERATION_KEY, value))
        } catch (error) {
          // tried again at the next bump; until then other processes see the change late
          payload.logger.error({ err: error, msg: 'bilingualPublishing: could not share the publication generation with other processes' })
        }
      } while (again && !stopped)
    })().finally(() => {
      writing = undefined
    })
  }

  const poll = async (): Promise<void> => {
    if (polling || stopped) return
    polling = true
    try {
      const shared = (await payload.kv.get(SHARED_GENERATION_KEY)) as Shared | null
      const token = shared?.token
      if (lastSeen === undefined) lastSeen = token ?? ''
      else if (token !== undefined && token !== lastSeen) {
        lastSeen = token
        bumpGeneration({ fromPeer: true })
      }
    } catch (error) {
      if (!stopped) payload.logger.warn({ err: error, msg: 'bilingualPublishing: could not read the shared publication generation' })
    } finally {
      polling = false
    }
  }

  const unsubscribe = onLocalBump(write)
  void poll()
  const timer = setInterval(() => void poll(), pollMs)
  timer.unref()

  return async () => {
    if (stopped) return
    unsubscribe()
    clearInterval(timer)
    await writing
    stopped = true
  }
}

/**
 * Start sharing when Payload starts, and write what is pending before `payload.destroy()` closes
 * the database (a seed that ends right after its last write still tells the servers).
 */
export function startSharedGeneration(payload: Payload): void {
  const holder = payload as Payload & { bilingualSharedGeneration?: boolean }
  if (holder.bilingualSharedGeneration) return
  holder.bilingualSharedGeneration = true
  const stop = shareGenerationAcrossProcesses(payload)
  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await stop()
    return destroy()
  }
}
