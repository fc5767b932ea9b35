import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Per-client limits on the account endpoints (rate-limiter-flexible, in memory: one server
 * process counts its own requests). Failed logins are what counts for login, so staff signing
 * in many times a day are never held up; every request counts for the others.
 */
export const LIMITS = {
  /** failed logins per client in 15 minutes */
  failedLogin: { duration: 15 * 60, points: 10 },
  /** first-register attempts per client per hour (development only: production refuses it) */
  firstRegister: { duration: 60 * 60, points: 5 },
  /** password-reset requests per client per hour */
  forgotPassword: { duration: 60 * 60, points: 5 },
} as const

export type LimitName = keyof typeof LIMITS

const KEY = Symbol.for('bilingualPublishing.rateLimiters')

/** One set of limiters per process (Next bundles routes separately: keep them on globalThis). */
function limiters(): Record<LimitName, RateLimiterMemory> {
  const holder = globalThis as unknown as Record<symbol, Record<LimitName, RateLimiterMemory> | undefined>
  holder[KEY] ??= Object.fromEntries(Object.entries(LIMITS).map(([name, { duration, points }]) => [name, new RateLimiterMemory({ duration, keyPrefix: name, points })])) as Record<
    LimitName,
    RateLimiterMemory
  >
  return holder[KEY]!
}

/** Seconds until `key` may try again, or 0 when it may now. */
export async function blockedFor(name: LimitName, key: string): Promise<number> {
  const res = await limiters()[name].get(key)
  if (!res || res.consumedPoints < LIMITS[name].points) return 0
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000))
}

/** Count one attempt; returns the seconds to wait when that was over the limit, else 0. */
export async function consume(name: LimitName, key: string): Promise<number> {
  try {
    await limiters()[name].consume(key)
    return 0
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}

/** Forget every count (tests). */
export function resetRateLimits(): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[KEY]
}
