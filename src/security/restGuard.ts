/**
 * A guard in front of Payload's REST handlers: request parameters and bodies that Payload would
 * answer with a 500 (a `where` that is not JSON, `limit=1.5`, a body that does not parse) get a
 * 4xx with a message in the caller's language, before Payload sees them. The query is read with
 * qs-esm and the options Payload's own createPayloadRequest uses, so both see the same thing.
 */
import { integrationKeyMessage, integrationKeyMisused } from './integrationKeys.mjs'
import type { SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { requestLanguage, translate } from '../i18n'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** The largest JSON body accepted (uploads are multipart and have their own limit). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024

const INTEGER_PARAMS: Record<string, { max: number; min: number }> = {
  depth: { max: 10, min: 0 },
  limit: { max: 10_000, min: 0 },
  page: { max: 1_000_000, min: 1 },
}

const BOOLEAN_PARAMS = ['draft', 'trash', 'pagination', 'autosave', 'publishAllLocales']

class BadRequest extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly values: Record<string, unknown> = {},
  ) {
    super(key)
  }
}

const languageOf = (request: Request) => requestLanguage({ headers: request.headers } as never)

function fail(request: Request, error: BadRequest): Response {
  const language = languageOf(request)
  const values = { ...error.values }
  if (typeof values.reason === 'string') values.reason = translate(language, values.reason, values)
  return Response.json({ errors: [{ data: { ...error.values, reason: undefined }, message: translate(language, error.key, values) }] }, { status: error.status })
}

const single = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

function checkQuery(query: Record<string, unknown>, locales: string[]): void {
  for (const name of ['where', 'data']) {
    const value = query[name]
    if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) continue
    let parsed: unknown
    try {
      parsed = typeof value === 'string' ? JSON.parse(value) : undefined
    } catch {
      parsed = undefined
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequest(400, 'errors.badParam', { param: name, reason: 'errors.reasonJson' })
  }
  for (const [name, { max, min }] of Object.entries(INTEGER_PARAMS)) {
    if (query[name] === undefined) continue
    const text = single(query[name])
    if (text === undefined || !/^\d{1,7}$/.test(text) || Number(text) < min || Number(text) > max) {
      throw new BadRequest(400, 'errors.badParam', { max, min, param: name, reason: 'errors.reasonInteger' })
    }
  }
  for (const name of BOOLEAN_PARAMS) {
    if (query[name] !== undefined && !['true', 'false', ''].includes(single(query[name]) ?? '-')) {
      throw new BadRequest(400, 'errors.badParam', { param: name, reason: 'errors.reasonText' })
    }
  }
  const sort = query.sort
  if (sort !== undefined && typeof sort !== 'string' && !(Array.isArray(sort) && sort.every((s) => typeof s === 'string'))) {
    throw new BadRequest(400, 'errors.badParam', { param: 'sort', reason: 'errors.reasonText' })
  }
  for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
    if (query[name] === undefined || !locales.length) continue
    const value = single(query[name])
    if (value === undefined || ![...locales, 'all', 'none', 'null', 'false'].includes(value)) {
      throw new BadRequest(400, 'errors.badParam', { locales: locales.join(', '), param: name, reason: 'errors.reasonLocale' })
    }
  }
}

async function checkBody(request: Request, arrays: boolean): Promise<void> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > MAX_JSON_BODY_BYTES && !(request.headers.get('content-type') ?? '').startsWith('multipart/')) {
    throw new BadRequest(413, 'errors.bodyTooLarge', { max: '1 MB' })
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') return
  const text = await request.clone().text()
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw new BadRequest(413, 'errors.bodyTooLarge', { max: '1 MB' })
  if (!text.trim()) return
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BadRequest(400, 'errors.badJsonBody')
  }
  if (!parsed || typeof parsed !== 'object' || (Array.isArray(parsed) && !arrays)) throw new BadRequest(400, 'errors.badJsonBody')
}

/** Wrap one of Payload's REST route handlers (`REST_GET(config)` …); `arrays` for GraphQL's batched bodies. */
export function guardRest(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler, { arrays = false }: { arrays?: boolean } = {}): Handler {
  return async (request, context) => {
    try {
      const { localization } = await config
      const locales = localization ? localization.localeCodes : []
      const url = new URL(request.url)
      // an integration's API key opens the pull API only (src/security/integrationKeys.mjs)
      if (integrationKeyMisused(url.pathname, request.headers.get('authorization'))) {
        return Response.json({ errors: [{ message: integrationKeyMessage(request.headers.get('accept-language')) }] }, { status: 403 })
      }
      let search = url.search
      const override = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
      if (request.method === 'POST' && override === 'GET' && request.headers.get('content-type') === 'application/x-www-form-urlencoded') {
        search = `?${await request.clone().text()}`
      }
      checkQuery(qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>, locales)
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') await checkBody(request, arrays)
    } catch (error) {
      if (error instanceof BadRequest) return fail(request, error)
      throw error
    }
    return handler(request, context)
  }
}
