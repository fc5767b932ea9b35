/**
 * The account endpoints of the users collection, hardened: per-client rate limits with 429 and
 * Retry-After, one answer for every failed login (unknown, wrong password, locked, unverified)
 * given no sooner than a fixed time, and no first registration in production.
 * Each wraps Payload's own endpoint, which stays the one that does the work.
 */
import { type Endpoint, type PayloadRequest } from 'payload'

import { requestLanguage, translate } from '../i18n'
import { clientKey } from './clientKey'
import { blockedFor, consume, type LimitName } from './rateLimits'

/** A failed login answers after at least this long, whatever failed, so timing tells nothing. */
export const FAILED_LOGIN_MIN_MS = 1500

const OURS = 'bilingualAccountGuard'

function tooMany(req: PayloadRequest, seconds: number): Response {
  const message = translate(requestLanguage(req), 'errors.tooManyAttempts', { seconds })
  return Response.json({ errors: [{ data: { retryAfter: seconds }, message }] }, { headers: { 'Retry-After': String(seconds) }, status: 429 })
}

/** Payload's own endpoint that ours stands in front of. */
function builtIn(req: PayloadRequest, slug: string, path: string): Endpoint['handler'] {
  const endpoints = (req.payload.collections[slug as 'users']?.config.endpoints || []) as Endpoint[]
  const found = [...endpoints].reverse().find((e) => e.method === 'post' && e.path === path && !(e.custom as Record<string, unknown> | undefined)?.[OURS])
  if (!found) throw new Error(`bilingualPublishing: Payload has no built-in POST ${path} on "${slug}"`)
  return found.handler
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const status = (error: unknown) => (error && typeof error === 'object' ? Number((error as { status?: unknown }).status) : NaN)

function loginEndpoint(slug: string): Endpoint {
  return {
    custom: { [OURS]: true },
    handler: async (req) => {
      const key = clientKey(req.headers)
      const blocked = await blockedFor('failedLogin', key)
      if (blocked) return tooMany(req, blocked)
      const started = Date.now()
      try {
        return await builtIn(req, slug, '/login')(req)
      } catch (error) {
        // 400 is a request without e-mail or password: say what is missing, count nothing
        if (status(error) !== 401 && status(error) !== 403) throw error
        await consume('failedLogin', key)
        await wait(Math.max(0, FAILED_LOGIN_MIN_MS - (Date.now() - started)))
        // unknown account, wrong password, locked, unverified: one answer for all
        return Response.json({ errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] }, { status: 401 })
      }
    },
    method: 'post',
    path: '/login',
  }
}

function limitedEndpoint(slug: string, path: string, limit: LimitName, allowed: () => boolean, refusal: string): Endpoint {
  return {
    custom: { [OURS]: true },
    handler: async (req) => {
      if (!allowed()) {
        return Response.json({ errors: [{ message: translate(requestLanguage(req), refusal) }] }, { status: 403 })
      }
      const blocked = await consume(limit, clientKey(req.headers))
      if (blocked) return tooMany(req, blocked)
      return builtIn(req, slug, path)(req)
    },
    method: 'post',
    path,
  }
}

/** The guarded account endpoints for the auth collection `slug`. */
export function accountEndpoints(slug: string): Endpoint[] {
  return [
    loginEndpoint(slug),
    limitedEndpoint(slug, '/forgot-password', 'forgotPassword', () => true, ''),
    // a fresh production database must not hand admin to the first visitor: `npm run create-admin`
    limitedEndpoint(slug, '/first-register', 'firstRegister', () => process.env.NODE_ENV !== 'production', 'errors.firstRegisterClosed'),
  ]
}
