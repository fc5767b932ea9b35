import type { CollectionConfig } from 'payload'

import { allowRoles, anyone } from '../../src/access'
import { applyOverride } from '../../src/config/applyOverride'
import { normalizeTextHook } from '../../src/hooks/normalizeText'
import { invalidatePublicOutput } from '../../src/publication/hooks'
import { label, labelRecord } from '../../src/i18n'
import { slugify } from '../../src/text'
import type { ResolvedOptions } from '../../src/types'

export const CATEGORIES_SLUG = 'categories'

/** News categories; the name and description are per language, the slug is shared. */
export function getCategoriesCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: CATEGORIES_SLUG,
    access: {
      create: allowRoles('admin', 'leader', 'editor'),
      delete: allowRoles('admin'),
      read: anyone,
      update: allowRoles('admin', 'leader', 'editor'),
    },
    admin: { defaultColumns: ['name', 'slug'], group: labelRecord('groups.content'), useAsTitle: 'name' },
    fields: [
      { name: 'name', type: 'text', label: label('fields.name'), localized: true, required: true },
      {
        name: 'slug',
        type: 'text',
        admin: { description: label('fields.slugDescription'), position: 'sidebar' },
        index: true,
        label: label('fields.slug'),
        unique: true,
      },
      { name: 'description', type: 'textarea', label: label('fields.description'), localized: true },
    ],
    hooks: {
      afterChange: pluginOptions.disabled ? [] : [invalidatePublicOutput],
      beforeValidate: pluginOptions.disabled
        ? []
        : [
            normalizeTextHook,
            ({ data, originalDoc }) => {
              if (data && !data.slug && !originalDoc?.slug && typeof data.name === 'string') data.slug = slugify(data.name)
              return data
            },
          ],
    },
    labels: { plural: label('collections.categories.plural'), singular: label('collections.categories.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.categories)
}
