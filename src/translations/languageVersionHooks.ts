import { type CollectionBeforeValidateHook, ValidationError, type Where } from 'payload'

import { requestLanguage, translate } from '../i18n'
import { getSourceState, type SourceRef, sourceId } from './sourceState'

export const LANGUAGE_VERSIONS_SLUG = 'language-versions'

const languageName = (code: string, uiLanguage: string) => new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code

/**
 * Before a language version is validated: its source exists, its language differs from the
 * source's, no other version of that source has the same language, and it records the source
 * revision and text hash it was made from (on creation, on a change of source, or when the
 * translator marks it up to date with `syncWithSource`).
 */
export const prepareLanguageVersion: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const source = (data.source ?? originalDoc?.source) as SourceRef | undefined
  const language = (data.language ?? originalDoc?.language) as string | undefined
  const sync = data.syncWithSource === true
  delete data.syncWithSource
  if (!source?.relationTo || source.value === undefined || source.value === null || !language) return data
  const ui = requestLanguage(req)
  const fail = (path: string, key: string, values?: Record<string, unknown>) => {
    throw new ValidationError({
      collection: LANGUAGE_VERSIONS_SLUG,
      errors: [{ message: translate(ui, key, values), path }],
      req,
    })
  }
  const state = await getSourceState(req, source)
  if (!state) return fail('source', 'validation.sourceMissing')
  if (state.language === language) {
    return fail('language', 'validation.sameLanguageAsSource', { language: languageName(state.language, ui) })
  }
  const sourceKey = `${source.relationTo}:${sourceId(source)}:${language}`
  const and: Where[] = [{ sourceKey: { equals: sourceKey } }]
  if (originalDoc?.id !== undefined) and.push({ id: { not_equals: originalDoc.id } })
  const { totalDocs } = await req.payload.count({ collection: LANGUAGE_VERSIONS_SLUG as 'articles', overrideAccess: true, req, where: { and } })
  if (totalDocs > 0) return fail('language', 'validation.duplicateLanguageVersion', { language: languageName(language, ui) })
  data.sourceKey = sourceKey
  const sourceChanged = originalDoc?.sourceKey && originalDoc.sourceKey.split(':').slice(0, 2).join(':') !== sourceKey.split(':').slice(0, 2).join(':')
  if (operation === 'create' || sync || sourceChanged || !(data.sourceHash ?? originalDoc?.sourceHash)) {
    // what translations follow: the text a leader approved, else (never approved) the draft
    data.sourceHash = state.approvedTextHash || state.textHash
    data.sourceRevision = state.revision
    data.outdated = false
  }
  return data
}
