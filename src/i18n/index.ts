import i18next, { type i18n as I18n } from 'i18next'

import { negotiateLanguage } from './negotiate.mjs'
import en from './en'
import fr from './fr'
import ja from './ja'
import ko from './ko'
import vi from './vi'
import zh from './zh'

import { NAMESPACE } from './namespace'

export { NAMESPACE }

/**
 * Languages the plugin has catalogues for (src/i18n/<code>.ts, each checked against en by the
 * compiler). Other languages fall back to English. A new language is a new file added here.
 */
export const CATALOGUE_LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ko', 'ja'] as const
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number]

export const catalogues = { en, fr, ja, ko, vi, zh } as const

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
      resources: Object.fromEntries(Object.entries(catalogues).map(([language, catalogue]) => [language, { [NAMESPACE]: catalogue }])),
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
export const PORTAL_LANGUAGES = CATALOGUE_LANGUAGES

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

/** The same label as a record of every catalogue language, for the few places Payload takes no function (an admin group). */
export function labelRecord(key: string): Record<CatalogueLanguage, string> {
  return Object.fromEntries(CATALOGUE_LANGUAGES.map((language) => [language, getInstance().t(key, { lng: language }) as string])) as Record<CatalogueLanguage, string>
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

/** What a Payload request offers for messages: its language and Payload's own `t`. */
export type MessageRequest = { i18n?: { language?: string }; t?: (key: never, vars?: never) => string } | null | undefined

/**
 * A message for the person behind `req` (a validation error, say) through Payload's own `t`, so a
 * host's `i18n.translations` override applies; ours where the request has no `t` (scripts, jobs).
 */
export function message(req: MessageRequest, key: string, values?: Record<string, unknown>): string {
  const full = `${NAMESPACE}:${key}`
  const text = req?.t?.(full as never, values as never)
  return text && text !== full ? text : translate(req?.i18n?.language, key, values)
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
  // `*` (what Node's fetch sends) names no language: the user's choice, then the admin's, decide
  if (header && header.trim() !== '*') return pickLanguage(header)
  const preferred = (req.user as { preferredLanguage?: null | string } | null | undefined)?.preferredLanguage
  if (preferred) return pickLanguage(preferred)
  return pickLanguage(req.i18n?.language)
}
