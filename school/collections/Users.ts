import type { CollectionConfig } from 'payload'

import { allowRoles, isLoggedIn } from '../../src/access'
import { hasRole } from '../../src/access/roles'
import { label, labelRecord } from '../../src/i18n'

/**
 * The school's staff accounts. The plugin adds `roles`, `unit` and `preferredLanguage`; who may
 * hold which role is the admin's call.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    create: allowRoles('admin'),
    delete: allowRoles('admin'),
    read: isLoggedIn,
    update: ({ req }) => {
      if (!req.user) return false
      if (hasRole(req.user as never, 'admin')) return true
      return { id: { equals: req.user.id } }
    },
  },
  admin: { defaultColumns: ['name', 'email', 'roles', 'unit'], group: labelRecord('groups.system'), useAsTitle: 'name' },
  auth: true,
  fields: [{ name: 'name', type: 'text', label: label('fields.name'), required: true }],
  labels: { plural: label('collections.users.plural'), singular: label('collections.users.singular') },
}
