import type { CollectionConfig } from 'payload'

import { allowRoles } from '../../src/access'
import { CHANNELS } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { label, labelRecord, options } from '../../src/i18n'
import { INTEGRATIONS_SLUG } from '../../src/security/integrationKeys.mjs'
import type { ResolvedOptions } from '../../src/types'

/**
 * Aggregators that pull changes (`GET /api/exports/changes`) with an API key (Payload's
 * `useAPIKey`; no password, no login). Admins manage them; a key opens the pull API only, and
 * sees only the channels its integration is allowed.
 */
export function getIntegrationsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: INTEGRATIONS_SLUG,
    access: { create: allowRoles('admin'), delete: allowRoles('admin'), read: allowRoles('admin'), unlock: allowRoles('admin'), update: allowRoles('admin') },
    admin: { defaultColumns: ['name', 'channels', 'enabled'], description: label('pull.integrationsDescription'), group: labelRecord('groups.delivery'), useAsTitle: 'name' },
    auth: { disableLocalStrategy: true, useAPIKey: true },
    fields: [
      { name: 'name', type: 'text', label: label('fields.name'), required: true },
      {
        name: 'channels',
        type: 'select',
        admin: { description: label('pull.channelsDescription') },
        hasMany: true,
        label: label('fields.channels'),
        options: options('channels', CHANNELS),
        required: true,
      },
      { name: 'enabled', type: 'checkbox', defaultValue: true, label: label('delivery.fields.enabled') },
    ],
    labels: { plural: label('collections.integrations.plural'), singular: label('collections.integrations.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.integrations)
}
