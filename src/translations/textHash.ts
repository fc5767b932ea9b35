import type { CollectionBeforeChangeHook, Field } from 'payload'

import { label } from '../i18n'
import { textHash } from '../workflow/contentHash'

/** Hidden field on articles and achievements: the hash of their translatable text. */
export function textHashField(): Field {
  return {
    name: 'textHash',
    type: 'text',
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    label: label('fields.sourceHash'),
  }
}

/**
 * Hidden field on articles and achievements: the text hash a leader last approved. Language
 * versions made from other text are outdated (src/translations/outdated.ts). Only the workflow
 * writes it; an edit after approval keeps it, so translations follow approved text only.
 */
export function approvedTextHashField(): Field {
  return {
    name: 'approvedTextHash',
    type: 'text',
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    label: label('fields.approvedTextHash'),
  }
}

/** Keep `textHash` current on every save of a source item (draft saves included). */
export const setTextHash: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  data.textHash = textHash({
    body: data.body ?? originalDoc?.body,
    description: data.description ?? originalDoc?.description,
    summary: data.summary ?? originalDoc?.summary,
    title: data.title ?? originalDoc?.title,
  })
  return data
}
