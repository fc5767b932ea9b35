import type { CollectionSlug, GlobalConfig } from 'payload'

import { allowRoles, anyone } from '../src/access'
import { normalizeGlobalTextHook } from '../src/hooks/normalizeText'
import { invalidatePublicOutputGlobal } from '../src/publication/hooks'
import { label, labelRecord } from '../src/i18n'
import { validateUrl } from '../src/fields/validators'
import type { ResolvedOptions } from '../src/types'

/** The school's public identity: name and description per language, logo, contacts, spokesperson. */
export function getSiteSettingsGlobal(pluginOptions: ResolvedOptions): GlobalConfig {
  return {
    slug: 'site-settings',
    access: { read: anyone, update: allowRoles('admin', 'leader') },
    admin: { group: labelRecord('groups.system') },
    fields: [
      { name: 'schoolName', type: 'text', label: label('fields.schoolName'), localized: true, required: true },
      { name: 'description', type: 'textarea', label: label('fields.schoolDescription'), localized: true },
      { name: 'logo', type: 'upload', label: label('fields.logo'), relationTo: 'media' },
      { name: 'publicUrl', type: 'text', label: label('fields.publicUrl'), validate: validateUrl },
      {
        name: 'contacts',
        type: 'array',
        fields: [
          { name: 'label', type: 'text', label: label('fields.contactLabel'), localized: true, required: true },
          { name: 'email', type: 'email', label: label('fields.email') },
          { name: 'phone', type: 'text', label: label('fields.phone') },
          { name: 'address', type: 'text', label: label('fields.address'), localized: true },
        ],
        label: label('fields.contacts'),
      },
      {
        name: 'spokesperson',
        type: 'group',
        fields: [
          { name: 'user', type: 'relationship', label: label('fields.spokesperson'), relationTo: pluginOptions.usersCollection as CollectionSlug },
          { name: 'name', type: 'text', label: label('fields.name') },
          { name: 'title', type: 'text', label: label('fields.spokespersonTitle'), localized: true },
        ],
        label: label('fields.spokesperson'),
      },
    ],
    hooks: {
      afterChange: pluginOptions.disabled ? [] : [invalidatePublicOutputGlobal],
      beforeValidate: pluginOptions.disabled ? [] : [normalizeGlobalTextHook],
    },
    label: label('globals.siteSettings'),
  }
}
