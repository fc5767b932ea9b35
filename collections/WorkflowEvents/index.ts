import { APIError, type CollectionConfig, type CollectionSlug } from 'payload'

import { allowRoles, nobody } from '../../src/access'
import { WORKFLOW_COLLECTIONS } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { label, labelRecord, options, requestLanguage, translate } from '../../src/i18n'
import type { ResolvedOptions } from '../../src/types'
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../src/workflow/states'

export const WORKFLOW_EVENTS_SLUG = 'workflow-events'

/** Context flag that lets the demo seed's reset clear the audit log; no API can set it. */
export const AUDIT_PURGE_CONTEXT = 'bilingualAuditPurge'

/**
 * The append-only audit log: one entry per state change. Nothing can create, edit or delete an
 * entry through REST or GraphQL; the workflow writes entries with the local API.
 */
export function getWorkflowEventsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: WORKFLOW_EVENTS_SLUG,
    access: {
      create: nobody,
      delete: nobody,
      read: allowRoles('admin', 'leader'),
      update: nobody,
    },
    admin: {
      defaultColumns: ['at', 'action', 'from', 'to', 'actor', 'document'],
      group: labelRecord('groups.system'),
      useAsTitle: 'action',
    },
    defaultSort: '-at',
    fields: [
      { name: 'document', type: 'relationship', index: true, label: label('fields.document'), relationTo: [...WORKFLOW_COLLECTIONS] },
      { name: 'documentCollection', type: 'select', index: true, label: label('fields.documentCollection'), options: [...WORKFLOW_COLLECTIONS, 'media'], required: true },
      { name: 'documentId', type: 'text', index: true, label: label('fields.documentId'), required: true },
      { name: 'actor', type: 'relationship', label: label('fields.actor'), relationTo: pluginOptions.usersCollection as CollectionSlug },
      { name: 'actorLabel', type: 'text', label: label('fields.actorLabel'), required: true },
      { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, label: label('fields.at'), required: true },
      { name: 'from', type: 'select', label: label('fields.from'), options: options('states', WORKFLOW_STATES) },
      // consent changes (action `consent_changed`) move no state: their comment says what changed
      { name: 'to', type: 'select', label: label('fields.to'), options: options('states', WORKFLOW_STATES) },
      { name: 'action', type: 'select', label: label('fields.action'), options: options('actions', [...WORKFLOW_ACTIONS, 'consent_changed', 'marked_up_to_date']), required: true },
      { name: 'comment', type: 'textarea', label: label('fields.comment') },
      { name: 'contentHash', type: 'text', label: label('fields.contentHash') },
      { name: 'sourceRevision', type: 'text', label: label('fields.sourceRevision') },
      { name: 'mediaRef', type: 'relationship', label: label('fields.mediaRef'), relationTo: 'media' },
    ],
    hooks: {
      beforeChange: [
        ({ operation, req }) => {
          if (operation === 'update') throw new APIError(translate(requestLanguage(req), 'errors.auditReadOnly'), 403, null, true)
        },
      ],
      beforeDelete: [
        ({ req }) => {
          if (req.context?.[AUDIT_PURGE_CONTEXT] !== true) {
            throw new APIError(translate(requestLanguage(req), 'errors.auditReadOnly'), 403, null, true)
          }
        },
      ],
    },
    labels: { plural: label('collections.workflowEvents.plural'), singular: label('collections.workflowEvents.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.workflowEvents)
}
