import i18next, { type i18n as I18n } from 'i18next'

import { negotiateLanguage } from './negotiate.mjs'
import en from './en'
import fr from './portal/fr'
import ja from './portal/ja'
import ko from './portal/ko'
import zh from './portal/zh'
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
        // the portal's strings only (src/i18n/portal/): anything else falls back to English
        fr: { [NAMESPACE]: fr },
        ja: { [NAMESPACE]: ja },
        ko: { [NAMESPACE]: ko },
        zh: { [NAMESPACE]: zh },
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
export function translate(language: string | null | undefined, key: string, values?: Record<string, unknown>): string {
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

/** Languages the public portal speaks in full (its own strings, vocabularies, labels). */
export const PORTAL_LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ko', 'ja'] as const

/** The language the portal's own words come in on a page in `language`: it, or English. */
export function uiLanguage(language: string): string {
  return (PORTAL_LANGUAGES as readonly string[]).includes(language) ? language : 'en'
}

/** For a `lang` attribute on the portal's own words: set only when they are not in the page's language (WCAG 3.1.2). */
export function uiLangAttribute(language: string): string | undefined {
  const ui = uiLanguage(language)
  return ui === language ? undefined : ui
}

/** A portal string in the page's language when the portal speaks it, else in English (mark it: `uiLanguage`). */
export function translatePortal(language: string, key: string, values?: Record<string, unknown>): string {
  return getInstance().t(key, { lng: uiLanguage(language), ...values }) as string
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
