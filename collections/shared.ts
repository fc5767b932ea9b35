import type { CollectionAfterChangeHook, CollectionBeforeReadHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig, Field } from 'payload'

import { allowRoles, deleteOwnDraftOrAdmin, ownOrLeader, publishedOrSignedIn } from '../src/access'
import type { Role, WorkflowCollection } from '../src/constants'
import { setAuthorship } from '../src/hooks/authorship'
import { ensureSlug } from '../src/hooks/ensureSlug'
import { normalizeTextHook } from '../src/hooks/normalizeText'
import { foldSearchQuery, setSearchText } from '../src/hooks/searchText'
import { markLive, syncPublicationAfterChange, syncPublicationAfterDelete } from '../src/publication/hooks'
import { searchTextField, WORKFLOW_EDIT_COMPONENTS, workflowFields } from '../src/fields/workflow'
import { label } from '../src/i18n'
import { approvedTextHashField, textHashField } from '../src/translations/textHash'
import type { ResolvedOptions } from '../src/types'
import { workflowEndpoints } from '../src/workflow/endpoint'
import { guardWorkflowChange, guardWorkflowOperation } from '../src/workflow/guards'

/**
 * What articles, achievements and language versions share: drafts and versions, public reads of
 * published items only, authors editing their own, and the text hooks (NFC, slug, search fold).
 */
export function workflowCollectionBase(
  slug: string,
  pluginOptions: ResolvedOptions,
  authorRoles: Role[],
  extraHooks: {
    afterChange?: CollectionAfterChangeHook[]
    beforeRead?: CollectionBeforeReadHook[]
    beforeChange?: CollectionBeforeChangeHook[]
    beforeValidate?: CollectionBeforeValidateHook[]
  } = {},
): Pick<CollectionConfig, 'access' | 'endpoints' | 'hooks' | 'versions'> {
  const enabled = !pluginOptions.disabled
  return {
    access: {
      create: allowRoles('admin', 'leader', ...authorRoles),
      delete: deleteOwnDraftOrAdmin(...authorRoles),
      read: publishedOrSignedIn,
      readVersions: ({ req }) => Boolean(req.user),
      update: ownOrLeader(...authorRoles),
    },
    endpoints: enabled ? workflowEndpoints(slug as WorkflowCollection) : [],
    hooks: {
      afterChange: enabled ? [syncPublicationAfterChange, ...(extraHooks.afterChange ?? [])] : [],
      afterDelete: enabled ? [syncPublicationAfterDelete] : [],
      afterOperation: enabled ? [markLive] : [],
      beforeRead: enabled ? [...(extraHooks.beforeRead ?? [])] : [],
      beforeChange: enabled ? [guardWorkflowChange, setAuthorship, setSearchText, ...(extraHooks.beforeChange ?? [])] : [],
      beforeOperation: enabled ? [guardWorkflowOperation, foldSearchQuery] : [],
      beforeValidate: enabled ? [normalizeTextHook, ...(extraHooks.beforeValidate ?? []), ensureSlug(slug)] : [],
    },
    versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
  }
}

/** Admin settings every workflow collection shares: the workflow panel replaces Publish buttons. */
export const workflowAdmin: NonNullable<CollectionConfig['admin']> = {
  components: { edit: WORKFLOW_EDIT_COMPONENTS },
}

/**
 * The trailing fields of a source item (article, achievement): workflow fields, the folded search
 * text, the hash of its translatable text, and the list of its language versions.
 */
export function sourceItemFields(pluginOptions: ResolvedOptions): Field[] {
  return [
    ...workflowFields(pluginOptions.usersCollection),
    searchTextField(),
    textHashField(),
    approvedTextHashField(),
    {
      name: 'languageVersions',
      type: 'join',
      admin: { defaultColumns: ['title', 'language', 'workflowState', 'outdated'] },
      collection: 'language-versions',
      label: label('fields.languageVersionsJoin'),
      on: 'source',
    },
  ]
}
