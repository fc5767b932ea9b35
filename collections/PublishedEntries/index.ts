import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access'
import { applyOverride } from '../../src/config/applyOverride'
import { label } from '../../src/i18n'
import { PUBLISHED_ENTRIES_SLUG } from '../../src/publication/constants'
import type { ResolvedOptions } from '../../src/types'

/**
 * The publication index (see src/publication/entry.ts). Only the plugin writes it, from the live
 * rows of published items; nobody reads it through the APIs. Hidden from the admin.
 */
export function getPublishedEntriesCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: PUBLISHED_ENTRIES_SLUG,
    access: { create: nobody, delete: nobody, read: nobody, update: nobody },
    admin: { hidden: true, useAsTitle: 'title' },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true },
      { name: 'groupKey', type: 'text', index: true, required: true },
      { name: 'docCollection', type: 'text', required: true },
      { name: 'docId', type: 'text', required: true },
      { name: 'kind', type: 'text', required: true },
      { name: 'language', type: 'text', required: true },
      { name: 'slug', type: 'text', required: true },
      { name: 'title', type: 'text' },
      { name: 'channels', type: 'text' },
      { name: 'media', type: 'text' },
      { name: 'category', type: 'text', index: true },
      { name: 'publishedAt', type: 'date', required: true },
      { name: 'modifiedAt', type: 'date', required: true },
      { name: 'searchText', type: 'text' },
    ],
    graphQL: false,
    indexes: [{ fields: ['language', 'publishedAt'] }, { fields: ['language', 'kind', 'publishedAt'] }, { fields: ['language', 'kind', 'slug'] }],
    labels: { plural: label('collections.publishedEntries.plural'), singular: label('collections.publishedEntries.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.publishedEntries)
}
