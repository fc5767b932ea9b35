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
