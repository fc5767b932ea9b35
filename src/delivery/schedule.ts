/**
 * When a delivery is tried again, and what an answer means. Pure: no Payload, no network.
 * The schedule follows Svix's (the reference implementation of Standard Webhooks): 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h after each failure, each with ±20 % jitter, all multiplied by
 * `DELIVERY_RETRY_SCALE` (tests run it in seconds).
 */
export const RETRY_SCHEDULE_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000] as const

/** A `Retry-After` longer than this is not waited for (the next scheduled attempt is used). */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000

export type Outcome =
  /** 2xx: the receiver has it */
  | { kind: 'delivered' }
  /** a network error, a timeout, 408, 429 or 5xx: try again later */
  | { kind: 'retry'; retryAfterMs?: number }
  /** 410: the receiver is gone for good; the destination is disabled */
  | { kind: 'gone' }
  /** any other answer (3xx, 4xx): trying again would get the same */
  | { kind: 'failed' }

/** `Retry-After` as milliseconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: null | string | undefined, now: Date = new Date()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}

/** What an HTTP status (or no answer at all: `null`) means for the delivery. */
export function classify(status: null | number, retryAfter?: null | string, now: Date = new Date()): Outcome {
  if (status === null) return { kind: 'retry' }
  if (status >= 200 && status < 300) return { kind: 'delivered' }
  if (status === 410) return { kind: 'gone' }
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(retryAfter, now)
    return retryAfterMs === undefined ? { kind: 'retry' } : { kind: 'retry', retryAfterMs }
  }
  return { kind: 'failed' }
}

/**
 * The wait before attempt number `attempts + 1` (after `attempts` failures), or null when the
 * schedule is used up. A `Retry-After` the receiver gave replaces the scheduled wait when it is
 * not absurdly long.
 */
export function nextDelay(attempts: number, options: { random?: () => number; retryAfterMs?: number; scale?: number } = {}): null | number {
  const base = RETRY_SCHEDULE_MS[attempts - 1]
  if (base === undefined) return null
  const scale = options.scale ?? 1
  if (options.retryAfterMs !== undefined && options.retryAfterMs <= MAX_RETRY_AFTER_MS) return Math.round(options.retryAfterMs)
  const jitter = 0.8 + 0.4 * (options.random ?? Math.random)()
  return Math.round(base * scale * jitter)
}

/** `DELIVERY_RETRY_SCALE` as a positive number (default 1). */
export function retryScale(value: null | string | undefined): number {
  const n = Number(value)
  return value && Number.isFinite(n) && n > 0 ? n : 1
}

/** What the queue needs to know of a pending delivery to decide whether it may go now. */
export type QueuedRow = { claimedUntil?: null | string; destination: number | string; id: number | string; itemKey: string; nextAttemptAt?: null | string }

/**
 * The pending deliveries that may be tried now, as lines: one line per (destination, item), in
 * the order they were recorded, each cut at its first row that is not due yet or that another
 * sender holds. A correction or a withdrawal therefore never overtakes the item's earlier
 * delivery to the same place, while different lines go side by side.
 */
export function linesDue<T extends QueuedRow>(pending: T[], now: Date = new Date()): T[][] {
  const lines = new Map<string, T[]>()
  const blocked = new Set<string>()
  const sorted = [...pending].sort((a, b) => Number(a.id) - Number(b.id) || String(a.id).localeCompare(String(b.id)))
  for (const row of sorted) {
    const key = `${row.destination}|${row.itemKey}`
    if (blocked.has(key)) continue
    const held = row.claimedUntil && Date.parse(row.claimedUntil) > now.getTime()
    const notYet = row.nextAttemptAt && Date.parse(row.nextAttemptAt) > now.getTime()
    if (held || notYet) {
      blocked.add(key)
      continue
    }
    const line = lines.get(key) ?? []
    line.push(row)
    lines.set(key, line)
  }
  return [...lines.values()]
}

/**
 * When the next of these pending deliveries may go: the earliest of the lines' first rows (a row
 * behind another waits for it), when it is due and no sender holds it. Null when nothing is pending.
 */
export function nextDueAt(pending: QueuedRow[]): Date | null {
  const heads = new Map<string, QueuedRow>()
  const sorted = [...pending].sort((a, b) => Number(a.id) - Number(b.id) || String(a.id).localeCompare(String(b.id)))
  for (const row of sorted) {
    const key = `${row.destination}|${row.itemKey}`
    if (!heads.has(key)) heads.set(key, row)
  }
  let soonest: null | number = null
  for (const row of heads.values()) {
    const at = Math.max(row.nextAttemptAt ? Date.parse(row.nextAttemptAt) : 0, row.claimedUntil ? Date.parse(row.claimedUntil) : 0)
    soonest = soonest === null ? at : Math.min(soonest, at)
  }
  return soonest === null ? null : new Date(soonest)
}
