/**
 * API keys of the `integrations` collection open one door only: the pull API. Payload would
 * otherwise treat a request with such a key as a signed-in user everywhere (drafts, previews,
 * the admin). Plain JS: server.mjs uses it before Next.js, and the REST guard in every mode.
 */
import { negotiateLanguage } from '../i18n/negotiate.mjs'

export const INTEGRATIONS_SLUG = 'integrations'
export const PULL_PATH = '/api/exports/changes'

const MESSAGES = {
  en: 'An integration key opens only /api/exports/changes. Sign in as staff for anything else.',
  vi: 'Khóa tích hợp chỉ dùng được cho /api/exports/changes. Việc khác cần đăng nhập tài khoản cán bộ.',
}

/** @param {string | null | undefined} authorization */
export function isIntegrationKey(authorization) {
  return typeof authorization === 'string' && /^\s*integrations\s+api-key\s/i.test(authorization)
}

/** @param {string} path @param {string | null | undefined} authorization */
export function integrationKeyMisused(path, authorization) {
  return isIntegrationKey(authorization) && path.replace(/\/+$/, '') !== PULL_PATH
}

/** @param {string | null | undefined} acceptLanguage */
export function integrationKeyMessage(acceptLanguage) {
  return MESSAGES[/** @type {'en' | 'vi'} */ (negotiateLanguage(acceptLanguage, ['en', 'vi'], 'en'))]
}

/** For server.mjs: answer 403 when a key is used elsewhere. @returns {boolean} true when it answered */
export function refuseMisusedIntegrationKey(req, res) {
  const path = (req.url ?? '/').split('?')[0]
  if (!integrationKeyMisused(path, req.headers.authorization)) return false
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify({ errors: [{ message: integrationKeyMessage(req.headers['accept-language']) }] }))
  return true
}
