/**
 * The invariants on every write path that is not a workflow action (REST, GraphQL, local API,
 * autosave, bulk update, version restore): nothing is published, workflow fields are not written,
 * and an edit to approved or published content starts a new draft revision.
 */
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { requestLanguage, translate } from '../i18n'
import { INTERNAL_WRITE } from './context'
import { WORKFLOW_FIELDS } from './states'

type Doc = Record<string, unknown>

const isInternal = (context: Record<string, unknown> | undefined) => context?.[INTERNAL_WRITE] === true

/** A field's value as text to compare: ids of relationships (one or many), else the value. */
const refId = (value: unknown): string =>
  Array.isArray(value) ? value.map(refId).join(',') : value && typeof value === 'object' ? String((value as { id?: unknown }).id ?? '') : value === undefined || value === null ? '' : String(value)

const DEFAULTS: Record<string, unknown> = { workflowState: 'draft' }

/** States whose content was approved: editing it must go back through review. */
const APPROVED_STATES = new Set(['approved', 'published', 'unpublished'])

export const guardWorkflowOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (isInternal(req.context)) return args
  const language = requestLanguage(req)
  if (operation === 'restoreVersion') {
    // a restore that is not a draft would replace the live version without review
    if ((args as { draft?: boolean }).draft !== true) {
      throw new APIError(translate(language, 'workflow.errors.restoreAsDraft'), 403, null, true)
    }
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Doc
  if (data._status === 'published') {
    throw new APIError(translate(language, 'workflow.errors.publishGuard'), 403, null, true)
  }
  const written = WORKFLOW_FIELDS.filter((field) => field in data && data[field] !== undefined)
  if (written.length) {
    let current: Doc | null = null
    const id = (args as { id?: number | string | null }).id
    if (operation === 'update' && id !== undefined && id !== null) {
      current = (await req.payload.findByID({ collection: collection.slug as 'articles', depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req })) as Doc | null
    }
    for (const field of written) {
      const sent = refId(data[field])
      const allowed = current ? refId(current[field]) : refId(DEFAULTS[field])
      if (sent !== allowed) {
        throw new APIError(translate(language, 'errors.workflowFieldReadOnly', { field }), 403, { field }, true)
      }
    }
  }
  // Every other write is a draft save: the live version changes only through "publish".
  if (operation === 'update') (args as { draft?: boolean }).draft = true
  return args
}

export const guardWorkflowChange: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (isInternal(req.context)) return data
  const restoring = req.context?.isRestoringVersion === true
  // restores reach here only as drafts (see guardWorkflowOperation): keep them drafts
  if (restoring) data._status = 'draft'
  if (data._status === 'published') {
    throw new APIError(translate(requestLanguage(req), 'workflow.errors.publishGuard'), 403, null, true)
  }
  const state = (data.workflowState ?? originalDoc?.workflowState) as string | undefined
  if (restoring || (state && APPROVED_STATES.has(state))) {
    data.workflowState = 'draft'
    data.approvedBy = null
    data.approvedAt = null
    data.approvedHash = null
    data.publishRequestedBy = null
  }
  return data
}
