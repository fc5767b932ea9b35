import { describe, expect, it } from 'vitest'

import { catalogues, label, pickLanguage, translate } from '../../src/i18n'

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

  it('interpolates values into messages in the caller\'s language', () => {
    expect(translate('vi', 'validation.slugTaken', { language: 'tiếng Việt', slug: 'le-chan' })).toContain('"le-chan"')
    expect(translate('en-GB', 'errors.fileTooLarge', { max: '20.0', size: '25.3' })).toBe(
      'The file is 25.3 MB; the largest upload allowed is 20.0 MB. Resize or compress it and try again.',
    )
  })

  it('picks the best catalogue from an Accept-Language header, falling back to English', () => {
    expect(pickLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi')
    expect(pickLanguage('fr-FR,en;q=0.5')).toBe('en')
    expect(pickLanguage('en;q=0.4,vi;q=0.9')).toBe('vi')
    expect(pickLanguage('ja')).toBe('en')
    expect(pickLanguage(undefined)).toBe('en')
    // a language refused with q=0 is not chosen, and a second choice further down the list is
    expect(pickLanguage('vi;q=0, en')).toBe('en')
    expect(pickLanguage('fr, de;q=0.9, vi;q=0.5')).toBe('vi')
  })

  it('one negotiator everywhere: the portal languages, the plain-JS server messages', async () => {
    const { negotiateLanguage } = await import('../../src/i18n/negotiate.mjs')
    expect(negotiateLanguage('ko-KR, en;q=0.3', ['vi', 'en', 'ko'], 'vi')).toBe('ko')
    expect(negotiateLanguage('zh', ['vi', 'en'], 'vi')).toBe('vi')
    expect(negotiateLanguage('', ['vi', 'en'], 'vi')).toBe('vi')
    const { integrationKeyMessage } = await import('../../src/server/integrationKeys.mjs')
    expect(integrationKeyMessage('fr, vi;q=0.5')).toContain('Khóa tích hợp')
    expect(integrationKeyMessage('en-GB')).toContain('integration key')
  })

  it('admin labels come from the same keys in both languages', () => {
    expect(label('collections.articles.plural')).toEqual({ en: 'Articles', vi: 'Bài viết' })
  })
})
