/**
 * A request whose path does not percent-decode (a lone "%", a cut UTF-8 sequence) is answered 400
 * here, with a message in the caller's language: Next.js would fail on it with a 500.
 */
import { negotiateLanguage } from '../../src/i18n/negotiate.mjs'

const MESSAGES = {
  en: 'The address contains percent-encoding that does not decode (for example a lone "%"). Encode it as UTF-8.',
  vi: 'Địa chỉ có mã phần trăm không giải mã được (ví dụ một dấu "%" đứng riêng). Hãy mã hoá theo UTF-8.',
}

/** @returns {boolean} true when it answered */
export function refuseUndecodablePath(req, res) {
  const path = (req.url ?? '/').split('?')[0]
  try {
    decodeURIComponent(path)
    return false
  } catch {
    const message = MESSAGES[/** @type {'en' | 'vi'} */ (negotiateLanguage(req.headers['accept-language'], ['en', 'vi'], 'en'))]
    const api = path.startsWith('/api/')
    res.writeHead(400, { 'content-type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' })
    res.end(api ? JSON.stringify({ errors: [{ message }] }) : message)
    return true
  }
}
