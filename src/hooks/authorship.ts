import type { CollectionBeforeChangeHook } from 'payload'

import { INTERNAL_WRITE } from '../workflow/context'
import { contentHash } from '../workflow/contentHash'
import { mediaRefsOf, refIds } from '../workflow/facts'

type Doc = Record<string, unknown>

const hashOf = (doc: Doc) => contentHash(doc, mediaRefsOf(doc))

/**
 * Record who created an item, who last edited it, and everyone who changed its content (by
 * content hash) since the last approval: the four-eyes rule excludes all of them from approving.
 * Workflow actions (internal writes) are not edits and change none of this.
 */
export const setAuthorship: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.context?.[INTERNAL_WRITE] === true) return data
  const userId = req.user?.id
  if (userId === undefined || userId === null) return data
  if (operation === 'create' && !data.author) data.author = userId
  data.lastEditedBy = userId
  // `data` is the whole document as it will be stored, `originalDoc` as it was
  const contributors = refIds(((originalDoc as Doc | undefined)?.contributors ?? []) as never[])
  const changed = operation === 'create' || hashOf(data) !== hashOf((originalDoc ?? {}) as Doc)
  if (changed && !contributors.some((id) => String(id) === String(userId))) contributors.push(userId)
  data.contributors = contributors
  return data
}
