import type { BilingualPublishingOptions, ResolvedOptions } from './types'

export const DEFAULT_LANGUAGES = ['vi', 'en', 'zh', 'ko', 'ja', 'fr']
export const DEFAULT_SOURCE_LANGUAGE = 'vi'
export const DEFAULT_USERS_COLLECTION = 'users'
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
export const DEFAULT_MAX_INPUT_PIXELS = 40_000_000
export const DEFAULT_MEDIA_DIR = 'media'
/** How long a receiver may take to answer a delivery. */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 15_000

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })

function assertLanguage(code: unknown, option: string): string {
  if (typeof code !== 'string' || !code) {
    throw new Error(`bilingualPublishing: option "${option}" must be a BCP 47 language code such as "en"; got ${JSON.stringify(code)}.`)
  }
  let canonical: string
  try {
    ;[canonical] = Intl.getCanonicalLocales(code) as [string]
  } catch {
    throw new Error(`bilingualPublishing: option "${option}" has "${code}", which is not a BCP 47 language code.`)
  }
  if (!displayNames.of(canonical)) {
    throw new Error(`bilingualPublishing: option "${option}" has unknown language code "${code}".`)
  }
  return canonical
}

/** Apply defaults and check the options once, at start-up. Throws an Error naming the option. */
export function resolveOptions(options: BilingualPublishingOptions = {}): ResolvedOptions {
  const languages = (options.languages ?? DEFAULT_LANGUAGES).map((code, i) => assertLanguage(code, `languages[${i}]`))
  if (languages.length === 0) {
    throw new Error('bilingualPublishing: option "languages" must list at least one language.')
  }
  const duplicate = languages.find((code, i) => languages.indexOf(code) !== i)
  if (duplicate) {
    throw new Error(`bilingualPublishing: option "languages" lists "${duplicate}" twice.`)
  }
  const sourceLanguage = assertLanguage(options.sourceLanguage ?? DEFAULT_SOURCE_LANGUAGE, 'sourceLanguage')
  if (!languages.includes(sourceLanguage)) {
    throw new Error(`bilingualPublishing: option "sourceLanguage" is "${sourceLanguage}", which is not in "languages" (${languages.join(', ')}).`)
  }
  const maxUploadBytes = options.media?.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES
  const maxInputPixels = options.media?.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS
  if (!Number.isInteger(maxInputPixels) || maxInputPixels <= 0) {
    throw new Error('bilingualPublishing: option "media.maxInputPixels" must be a positive whole number of pixels.')
  }
  if (!Number.isFinite(maxUploadBytes) || maxUploadBytes <= 0) {
    throw new Error('bilingualPublishing: option "media.maxUploadBytes" must be a positive number of bytes.')
  }
  const timeoutMs = options.delivery?.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1_000 || timeoutMs > 120_000) {
    throw new Error('bilingualPublishing: option "delivery.timeoutMs" must be a whole number of milliseconds from 1000 to 120000.')
  }
  return {
    delivery: { timeoutMs },
    disabled: options.disabled ?? false,
    languages,
    media: { maxInputPixels, maxUploadBytes, staticDir: options.media?.staticDir ?? DEFAULT_MEDIA_DIR },
    overrides: options.overrides ?? {},
    publicUrl: (options.publicUrl ?? process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, ''),
    sourceLanguage,
    usersCollection: options.usersCollection ?? DEFAULT_USERS_COLLECTION,
  }
}
