/**
 * Which of the languages we have suits a request best: Accept-Language negotiated by `negotiator`
 * (q-values, `vi-VN` taken as `vi`, `*`), the one helper every path uses. Plain JS: server.mjs
 * uses it before Next.js.
 */
import Negotiator from 'negotiator'

/**
 * @param {string | null | undefined} acceptLanguage the header's value
 * @param {readonly string[]} available the languages to choose from, in order of preference
 * @param {string} fallback when none of them is acceptable (or there is no header)
 * @returns {string}
 */
export function negotiateLanguage(acceptLanguage, available, fallback) {
  if (!acceptLanguage) return fallback
  const [best] = new Negotiator({ headers: { 'accept-language': String(acceptLanguage) } }).languages([...available])
  return best ?? fallback
}
