import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { allowRoles, deleteOwnDraftOrAdmin, ownOrLeader, publishedOrSignedIn } from '../src/access'
import type { Role } from '../src/constants'
import { setAuthorship } from '../src/hooks/authorship'
import { ensureSlug } from '../src/hooks/ensureSlug'
import { normalizeTextHook } from '../src/hooks/normalizeText'
import { setSearchText } from '../src/hooks/searchText'
import type { ResolvedOptions } from '../src/types'

/**
 * What articles, achievements and language versions share: drafts and versions, public reads of
 * published items only, authors editing their own, and the text hooks (NFC, slug, search fold).
 */
export function workflowCollectionBase(
  slug: string,
  pluginOptions: ResolvedOptions,
  authorRoles: Role[],
  extraHooks: { beforeChange?: CollectionBeforeChangeHook[]; beforeValidate?: CollectionBeforeValidateHook[] } = {},
): Pick<CollectionConfig, 'access' | 'hooks' | 'versions'> {
  const enabled = !pluginOptions.disabled
  return {
    access: {
      create: allowRoles('admin', 'leader', ...authorRoles),
      delete: deleteOwnDraftOrAdmin(...authorRoles),
      read: publishedOrSignedIn,
      readVersions: ({ req }) => Boolean(req.user),
      update: ownOrLeader(...authorRoles),
    },
    hooks: {
      beforeChange: enabled ? [setAuthorship, setSearchText, ...(extraHooks.beforeChange ?? [])] : [],
      beforeValidate: enabled
        ? [normalizeTextHook, ...(extraHooks.beforeValidate ?? []), ensureSlug(slug)]
        : [],
    },
    versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
  }
}
