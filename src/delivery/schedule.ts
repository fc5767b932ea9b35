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
