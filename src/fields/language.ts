import type { SelectField } from 'payload'

import { label } from '../i18n'

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' })
const vietnameseNames = new Intl.DisplayNames(['vi'], { type: 'language' })

/** `{ label: { en, vi }, value }` options for the configured content languages. */
export function languageOptions(languages: string[]) {
  return languages.map((code) => ({
    label: { en: englishNames.of(code) ?? code, vi: vietnameseNames.of(code) ?? code },
    value: code,
  }))
}

/** A required `language` select over the configured languages. */
export function languageField(languages: string[], overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'language',
    type: 'select',
    index: true,
    label: label('fields.language'),
    options: languageOptions(languages),
    required: true,
    ...overrides,
  } as SelectField
}
