import type { CollectionSlug, Field, FieldAccess } from 'payload'

import { label, labelRecord, options } from '../i18n'
import { WORKFLOW_STATES } from '../workflow/states'

/** Workflow fields are never written through the API: only workflow actions change them. */
const readOnlyAccess: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/**
 * Fields every workflow collection carries: its state, who wrote and last edited it, and who
 * approved which content hash. Shown read-only in the sidebar.
 */
export function workflowFields(usersCollection: string): Field[] {
  return [
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: { components: { Field: 'payload-plugin-bilingual-publishing/client#WorkflowPanel' }, position: 'sidebar' },
      label: labelRecord('workflow.ui.title'),
    },
    {
      name: 'workflowState',
      type: 'select',
      access: readOnlyAccess,
      // the edit view shows the state in the header and the panel (live-aware), not as a bare select
      admin: { components: { Cell: 'payload-plugin-bilingual-publishing/client#StateCell', Field: 'payload-plugin-bilingual-publishing/client#HiddenButton' }, position: 'sidebar', readOnly: true },
      defaultValue: 'draft',
      index: true,
      label: label('fields.workflowState'),
      options: options('states', WORKFLOW_STATES),
      required: true,
    },
    {
      // whether a published version is on the site, whatever the newest revision's state: a live
      // item with a pending edit shows as "Published · edits pending" (staff reads only; filled in
      // for a whole page at once by markLive, src/publication/hooks.ts)
      name: 'live',
      type: 'checkbox',
      admin: { disableBulkEdit: true, disableListColumn: true, disableListFilter: true, hidden: true },
      label: label('fields.live'),
      virtual: true,
    },
    {
      name: 'author',
      type: 'relationship',
      access: readOnlyAccess,
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      label: label('fields.author'),
      relationTo: usersCollection as CollectionSlug,
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      access: readOnlyAccess,
      admin: { position: 'sidebar', readOnly: true },
      label: label('fields.lastEditedBy'),
      relationTo: usersCollection as CollectionSlug,
    },
    {
      name: 'contributors',
      type: 'relationship',
      access: readOnlyAccess,
      admin: { description: label('fields.contributorsDescription'), position: 'sidebar', readOnly: true },
      hasMany: true,
      label: label('fields.contributors'),
      relationTo: usersCollection as CollectionSlug,
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      access: readOnlyAccess,
      admin: { position: 'sidebar', readOnly: true },
      label: label('fields.approvedBy'),
      relationTo: usersCollection as CollectionSlug,
    },
    {
      name: 'approvedAt',
      type: 'date',
      access: readOnlyAccess,
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      label: label('fields.approvedAt'),
    },
    {
      name: 'approvedHash',
      type: 'text',
      access: readOnlyAccess,
      admin: { hidden: true },
      label: label('fields.approvedHash'),
    },
    {
      name: 'publishRequestedBy',
      type: 'relationship',
      access: readOnlyAccess,
      admin: { hidden: true },
      label: label('fields.publishRequestedBy'),
      relationTo: usersCollection as CollectionSlug,
    },
    {
      name: 'publishedAt',
      type: 'date',
      access: readOnlyAccess,
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      index: true,
      label: label('fields.publishedAt'),
    },
  ]
}

/** A folded copy of the title and summary, so "le chan" finds "Lê Chân" (filled by a hook). */
export function searchTextField(): Field {
  return {
    name: 'searchText',
    type: 'text',
    access: readOnlyAccess,
    admin: { hidden: true },
    index: true,
    label: label('fields.searchText'),
  }
}

/** Payload's own Publish and Unpublish buttons give way to the workflow panel. */
export const WORKFLOW_EDIT_COMPONENTS = {
  PublishButton: 'payload-plugin-bilingual-publishing/client#HiddenButton',
  // the header shows the workflow's state (live-aware), as the panel and the list do
  Status: 'payload-plugin-bilingual-publishing/client#WorkflowStatus',
  UnpublishButton: 'payload-plugin-bilingual-publishing/client#HiddenButton',
}
