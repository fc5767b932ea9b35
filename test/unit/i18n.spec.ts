import { describe, expect, it } from 'vitest'

import { catalogues, flatCatalogue, label, labelRecord, pickLanguage, translate } from '../../src/i18n'

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
}

describe('i18n catalogues', () => {
  it('vi and en hold exactly the same keys', () => {
    expect(keysOf(catalogues.vi).sort()).toEqual(keysOf(catalogues.en).sort())
  })

  it('no string is left empty or untranslated where Vietnamese needs its own words', () => {
    const en = Object.fromEntries(keysOf(catalogues.en).map((k) => [k, translate('en', k)]))
    for (const key of keysOf(catalogues.vi)) {
      expect(translate('vi', key), key).not.toBe('')
    }
    expect(translate('vi', 'states.in_review')).toBe('Chờ duyệt')
    expect(en['states.in_review']).toBe('Awaiting review')
  })

  it("interpolates values into messages in the caller's language", () => {
    expect(translate('vi', 'validation.slugTaken', { language: 'tiếng Việt', slug: 'le-chan' })).toContain('"le-chan"')
    expect(translate('en-GB', 'errors.fileTooLarge', { max: '20.0', size: '25.3' })).toBe('The file is 25.3 MB; the largest upload allowed is 20.0 MB. Resize or compress it and try again.')
  })

  it('picks the best catalogue from an Accept-Language header, falling back to English', () => {
    expect(pickLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi')
    expect(pickLanguage('fr-FR,en;q=0.5')).toBe('fr')
    expect(pickLanguage('de-DE,en;q=0.5')).toBe('en')
    expect(pickLanguage('en;q=0.4,vi;q=0.9')).toBe('vi')
    expect(pickLanguage('ja')).toBe('ja')
    expect(pickLanguage('es')).toBe('en')
    expect(pickLanguage(undefined)).toBe('en')
    // a language refused with q=0 is not chosen, and a second choice further down the list is
    expect(pickLanguage('vi;q=0, en')).toBe('en')
    expect(pickLanguage('es, de;q=0.9, vi;q=0.5')).toBe('vi')
  })

  it('the portal speaks fr, zh, ko and ja; in any other language its own words are English, marked as such', async () => {
    const { PORTAL_LANGUAGES, translatePortal, uiLangAttribute } = await import('../../src/i18n')
    // every catalogue has exactly the keys of the English one (the compiler checks it too), and
    // uses only {{placeholders}} the code fills in (those of the English string, or of the
    // Vietnamese one, which sometimes needs a word form of its own: {{action}} beside {{label}})
    const english = flatCatalogue(catalogues.en)
    const vietnamese = flatCatalogue(catalogues.vi)
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(keysOf(catalogue).sort(), language).toEqual(keysOf(catalogues.en).sort())
      const flat = flatCatalogue(catalogue)
      for (const key of Object.keys(english)) {
        expect(flat[key]!.length, `${language} ${key}`).toBeGreaterThan(0)
        const filled = new Set([...placeholders(english[key]!), ...placeholders(vietnamese[key]!)])
        expect(
          placeholders(flat[key]!).filter((name) => !filled.has(name!)),
          `${language} ${key}`,
        ).toEqual([])
        if (language !== 'vi') expect(placeholders(flat[key]!), `${language} ${key}`).toEqual(placeholders(english[key]!))
      }
    }
    expect(PORTAL_LANGUAGES).toEqual(['vi', 'en', 'fr', 'zh', 'ko', 'ja'])
    expect(translatePortal('ko', 'portal.home')).toBe('홈')
    expect(translatePortal('ja', 'portal.searchResults', { count: 3, q: 'Hạ Long' })).toBe('「Hạ Long」の検索結果 3 件')
    expect(translatePortal('fr', 'planAreas.ocop')).toBe('Produits et marques de la province (OCOP)')
    expect(uiLangAttribute('ko')).toBeUndefined()
    // Spanish: not spoken yet, so English words that say they are English
    expect(translatePortal('es', 'portal.home')).toBe('Home')
    expect(uiLangAttribute('es')).toBe('en')
    // API messages come in the same six languages; any other gets English
    expect(translate('ko', 'portal.home')).toBe('홈')
    expect(translate('de', 'portal.home')).toBe('Home')
  })

  it('one negotiator everywhere: the portal languages, the plain-JS server messages', async () => {
    const { negotiateLanguage } = await import('../../src/i18n/negotiate.mjs')
    expect(negotiateLanguage('ko-KR, en;q=0.3', ['vi', 'en', 'ko'], 'vi')).toBe('ko')
    expect(negotiateLanguage('zh', ['vi', 'en'], 'vi')).toBe('vi')
    expect(negotiateLanguage('', ['vi', 'en'], 'vi')).toBe('vi')
    const { integrationKeyMessage } = await import('../../src/security/integrationKeys.mjs')
    expect(integrationKeyMessage('fr, vi;q=0.5')).toContain('Khóa tích hợp')
    expect(integrationKeyMessage('en-GB')).toContain('integration key')
  })

  it("admin labels go through Payload's own t, so a host's i18n.translations override changes them", async () => {
    const { initI18n } = await import('@payloadcms/translations')
    const { en } = await import('@payloadcms/translations/languages/en')
    const { vi } = await import('@payloadcms/translations/languages/vi')
    const { fr } = await import('@payloadcms/translations/languages/fr')
    const { de } = await import('@payloadcms/translations/languages/de')
    const { ko } = await import('@payloadcms/translations/languages/ko')
    const { bilingualPublishing } = await import('../../src')
    const host = {
      collections: [{ slug: 'users', auth: true, fields: [] }],
      i18n: { supportedLanguages: { de, en, fr, ko, vi }, translations: { vi: { bilingual: { 'collections.articles.plural': 'Tin bài của trường' } } } },
      secret: 'x',
    }
    const config = bilingualPublishing()(host as never)
    const articles = config.collections!.find((c) => c.slug === 'articles')!
    const labelIn = async (language: string) => {
      const i18nConfig = { fallbackLanguage: 'en', supportedLanguages: host.i18n.supportedLanguages, translations: config.i18n!.translations }
      const i18n = await initI18n({ config: i18nConfig as never, context: 'client', language: language as never })
      return (articles.labels!.plural as unknown as (args: { i18n: unknown; t: unknown }) => string)({ i18n, t: i18n.t })
    }
    expect(await labelIn('vi')).toBe('Tin bài của trường')
    expect(await labelIn('en')).toBe('Articles')
    // a language with a catalogue file gets its own words
    expect(await labelIn('fr')).toBe('Articles')
    expect(await labelIn('ko')).toBe(catalogues.ko.collections.articles.plural)
    expect(await labelIn('ko')).not.toBe('Articles')
    // a language the host offers and the plugin has no catalogue for yet: English, not a raw key
    expect(await labelIn('de')).toBe('Articles')
    // the places Payload takes no function still get every catalogue language
    expect(labelRecord('groups.delivery')).toMatchObject({ en: 'Delivery', ja: catalogues.ja.groups.delivery, vi: 'Gửi đi' })
    expect(typeof label('collections.articles.plural')).toBe('function')
  })

  it("validation messages go through Payload's t too: a host's override changes them; without a t, ours in the request's language", async () => {
    const { initI18n } = await import('@payloadcms/translations')
    const { en } = await import('@payloadcms/translations/languages/en')
    const { vi } = await import('@payloadcms/translations/languages/vi')
    const { bilingualPublishing } = await import('../../src')
    const { validateUrl } = await import('../../src/fields/validators')
    const host = {
      collections: [{ slug: 'users', auth: true, fields: [] }],
      i18n: { supportedLanguages: { en, vi }, translations: { en: { bilingual: { validation: { url: 'Give a web address that starts with https://' } } } } },
      secret: 'x',
    }
    const config = bilingualPublishing()(host as never)
    const i18nConfig = { fallbackLanguage: 'en', supportedLanguages: host.i18n.supportedLanguages, translations: config.i18n!.translations }
    const english = await initI18n({ config: i18nConfig as never, context: 'api', language: 'en' as never })
    const vietnamese = await initI18n({ config: i18nConfig as never, context: 'api', language: 'vi' as never })
    expect(validateUrl('ftp://x', { req: { i18n: english, t: english.t } as never })).toBe('Give a web address that starts with https://')
    expect(validateUrl('ftp://x', { req: { i18n: vietnamese, t: vietnamese.t } as never })).toBe(translate('vi', 'validation.url'))
    expect(validateUrl('ftp://x', { req: { i18n: { language: 'vi' } } })).toBe(translate('vi', 'validation.url'))
    expect(validateUrl('https://lechan.edu.vn', { req: { i18n: english, t: english.t } as never })).toBe(true)
  })
})
