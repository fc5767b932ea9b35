import type { CollectionBeforeChangeHook, Field } from 'payload'

import { allowRolesField } from '../access'
import { ROLES } from '../constants'
import { languageOptions } from '../fields/language'
import { label, options } from '../i18n'

/** Fields the plugin adds to the host's auth collection. */
export function userFields(languages: string[], sourceLanguage: string): Field[] {
  return [
    {
      name: 'roles',
      type: 'select',
      access: { create: allowRolesField('admin'), update: allowRolesField('admin') },
      defaultValue: ['viewer'],
      hasMany: true,
      index: true,
      label: label('fields.roles'),
      options: options('roles', ROLES),
      required: true,
      saveToJWT: true,
    },
    { name: 'unit', type: 'text', label: label('fields.unit') },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: sourceLanguage,
      label: label('fields.preferredLanguage'),
      options: languageOptions(languages),
    },
  ]
}

/** The first account of a fresh install becomes an admin, so someone can hand out roles. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug as 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.roles = Array.from(new Set([...(data.roles ?? []).filter((r: string) => r !== 'viewer'), 'admin']))
  return data
}
