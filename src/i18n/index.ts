import i18next, { type i18n as I18n } from 'i18next'

import { negotiateLanguage } from './negotiate.mjs'
import en from './en'
import vi from './vi'

/** i18next namespace of the plugin; also the key under which Payload's admin gets our strings. */
export const NAMESPACE = 'bilingual'

/** Languages the plugin has catalogues for. Other content languages fall back to English. */
export const CATALOGUE_LANGUAGES = ['vi', 'en'] as const
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number]

export const catalogues = { en, vi } as const

let instance: I18n | undefined

function getInstance(): I18n {
  if (!instance) {
    instance = i18next.createInstance()
    void instance.init({
      defaultNS: NAMESPACE,
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
      ns: [NAMESPACE],
      resources: {
        en: { [NAMESPACE]: en },
        vi: { [NAMESPACE]: vi },
      },
      returnNull: false,
    })
  }
  return instance
}

/** The catalogue language closest to a BCP 47 tag or Accept-Language header: `vi-VN` → `vi`. */
export function pickLanguage(value: string | null | undefined): CatalogueLanguage {
  return negotiateLanguage(value, CATALOGUE_LANGUAGES, 'en') as CatalogueLanguage
}

/** Translate `key` (dotted, e.g. `validation.slugTaken`) into `language`. */
export function translate(
  language: string | null | undefined,
  key: string,
  values?: Record<string, unknown>,
): string {
  return getInstance().t(key, { lng: pickLanguage(language), ...values }) as string
}

/**
 * An admin label for Payload: a function of Payload's own `t`, reading `bilingual:<key>` from the
 * catalogues the plugin registers in `config.i18n.translations` (flattened: Payload's `t` looks one
 * level under a namespace). So a host's `i18n.translations` override changes it, and a language
 * with a catalogue needs nothing else.
 */
export function label(key: string, values?: Record<string, unknown>) {
  const full = `${NAMESPACE}:${key}`
  return ({ t }: { t: (key: never, vars?: never) => string }) => t(full as never, values as never)
}

/** The same label as a `{ en, vi }` record, for the few places Payload takes no function (an admin group). */
export function labelRecord(key: string): Record<CatalogueLanguage, string> {
  return {
    en: getInstance().t(key, { lng: 'en' }) as string,
    vi: getInstance().t(key, { lng: 'vi' }) as string,
  }
}

/** A catalogue as Payload's admin reads it: `{ 'collections.articles.plural': 'Articles', … }`. */
export function flatCatalogue(catalogue: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out[path] = value
    else Object.assign(out, flatCatalogue(value as object, path))
  }
  return out
}

/** `{ label, value }` options for a select field whose labels live under `group` in the catalogues. */
export function options<T extends string>(group: string, values: readonly T[]) {
  return values.map((value) => ({ label: label(`${group}.${value}`), value }))
}

/** The language of a Payload-like request: the user's preferred one, else the admin/header language. */
export function requestLanguage(req: {
  headers?: { get(name: string): string | null }
  i18n?: { language?: string }
  /** a staff user (an integration has no preferred language) */
  user?: object | null
}): CatalogueLanguage {
  const header = req.headers?.get('accept-language')
  if (header) return pickLanguage(header)
  const preferred = (req.user as { preferredLanguage?: null | string } | null | undefined)?.preferredLanguage
  if (preferred) return pickLanguage(preferred)
  return pickLanguage(req.i18n?.language)
}
