import type { TextField } from 'payload'

import { label, message } from '../i18n'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The URL slug. Filled from the title and made unique per collection and language by the
 * `ensureSlug` hook; a slug typed by hand must have the slug shape.
 */
export function slugField(): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    label: label('fields.slug'),
    admin: { description: label('fields.slugDescription'), position: 'sidebar' },
    validate: (value: null | string | undefined, { req }: { req: { i18n?: { language?: string } } }) => {
      if (!value) return true
      return SLUG_PATTERN.test(value) || message(req as never, 'validation.slugFormat')
    },
  }
}
