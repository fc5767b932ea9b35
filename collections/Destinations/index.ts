import { APIError, type CollectionConfig, type Endpoint, type FieldHook, ValidationError } from 'payload'

import { allowRoles, allowRolesField, hasRole } from '../../src/access'
import { CHANNELS } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { DESTINATION_KINDS, DESTINATIONS_SLUG } from '../../src/delivery/constants'
import { checkDestinationUrl } from '../../src/delivery/hosts'
import { encryptSecret, generateSigningSecret, isEncrypted, isSigningSecret } from '../../src/delivery/secrets'
import { languageOptions } from '../../src/fields/language'
import { label, labelRecord, options, requestLanguage, translate } from '../../src/i18n'
import type { ResolvedOptions } from '../../src/types'

/** The secret is written (as `whsec_…`) and stored encrypted; an empty value keeps the one stored. */
const encryptOnWrite: FieldHook = ({ originalDoc, req, siblingData, value }) => {
  if (value === undefined || value === null || value === '') {
    delete siblingData.secret
    return originalDoc?.secret ?? undefined
  }
  if (isEncrypted(value)) return value
  if (typeof value !== 'string' || !isSigningSecret(value)) {
    throw new ValidationError({ collection: DESTINATIONS_SLUG, errors: [{ message: translate(requestLanguage(req), 'delivery.errors.secretFormat'), path: 'secret' }], req })
  }
  return encryptSecret(value, req.payload.secret)
}

/** `POST /api/destinations/:id/rotate-secret` (admins): a new secret, shown in this answer only. */
const rotateSecret: Endpoint = {
  handler: async (req) => {
    const language = requestLanguage(req)
    if (!hasRole(req.user as never, 'admin')) throw new APIError(translate(language, 'delivery.errors.adminsOnly'), req.user ? 403 : 401, null, true)
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.findByID({ collection: DESTINATIONS_SLUG as 'users', depth: 0, disableErrors: true, id, overrideAccess: true })
    if (!found) throw new APIError(translate(language, 'workflow.errors.notFound', { collection: DESTINATIONS_SLUG, id }), 404, null, true)
    const secret = generateSigningSecret()
    await req.payload.update({ collection: DESTINATIONS_SLUG as 'users', data: { secret } as never, id, overrideAccess: true, req })
    return Response.json({ message: translate(language, 'delivery.secretShownOnce'), secret }, { headers: { 'cache-control': 'no-store' } })
  },
  method: 'post',
  path: '/:id/rotate-secret',
}

/**
 * Where approved content is delivered: a receiver's URL (webhook) or e-mail addresses, with the
 * languages, channels and categories it takes. Admins write, leaders read; the signing secret is
 * write-only.
 */
export function getDestinationsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: DESTINATIONS_SLUG,
    access: { create: allowRoles('admin'), delete: allowRoles('admin'), read: allowRoles('admin', 'leader'), update: allowRoles('admin') },
    admin: {
      defaultColumns: ['name', 'kind', 'url', 'channels', 'enabled'],
      description: label('delivery.destinationsDescription'),
      group: labelRecord('groups.delivery'),
      useAsTitle: 'name',
    },
    endpoints: pluginOptions.disabled ? [] : [rotateSecret],
    fields: [
      { name: 'name', type: 'text', label: label('fields.name'), required: true },
      { name: 'kind', type: 'select', defaultValue: 'webhook', label: label('delivery.fields.kind'), options: options('delivery.kinds', DESTINATION_KINDS), required: true },
      {
        name: 'url',
        type: 'text',
        admin: { condition: (data) => data?.kind !== 'email', description: label('delivery.fields.urlDescription') },
        label: label('delivery.fields.url'),
      },
      {
        name: 'emails',
        type: 'text',
        admin: { condition: (data) => data?.kind === 'email', description: label('delivery.fields.emailsDescription') },
        hasMany: true,
        label: label('delivery.fields.emails'),
      },
      {
        name: 'secret',
        type: 'text',
        // write-only: nobody reads it back, not even admins (the plugin reads it to sign)
        access: { create: allowRolesField('admin'), read: () => false, update: allowRolesField('admin') },
        admin: { condition: (data) => data?.kind !== 'email', description: label('delivery.fields.secretDescription') },
        hooks: { beforeChange: [encryptOnWrite] },
        label: label('delivery.fields.secret'),
      },
      {
        name: 'rotateSecret',
        type: 'ui',
        admin: { components: { Field: 'payload-plugin-bilingual-publishing/client#RotateSecret' }, condition: (data) => data?.kind !== 'email' },
        label: labelRecord('delivery.rotate'),
      },
      {
        name: 'languages',
        type: 'select',
        admin: { description: label('delivery.fields.languagesDescription') },
        hasMany: true,
        label: label('delivery.fields.languages'),
        options: languageOptions(pluginOptions.languages),
      },
      { name: 'channels', type: 'select', hasMany: true, label: label('fields.channels'), options: options('channels', CHANNELS), required: true },
      { name: 'categories', type: 'relationship', admin: { description: label('delivery.fields.categoriesDescription') }, hasMany: true, label: label('fields.category'), relationTo: 'categories' },
      { name: 'enabled', type: 'checkbox', defaultValue: true, label: label('delivery.fields.enabled') },
      { name: 'disabledReason', type: 'text', access: { create: () => false, update: () => false }, admin: { readOnly: true }, label: label('delivery.fields.disabledReason') },
    ],
    hooks: {
      beforeValidate: pluginOptions.disabled
        ? []
        : [
            async ({ data, originalDoc, req }) => {
              if (!data) return data
              const kind = data.kind ?? originalDoc?.kind ?? 'webhook'
              const url = (data.url ?? originalDoc?.url ?? '') as string
              const ui = requestLanguage(req)
              const enabled = (data.enabled ?? originalDoc?.enabled ?? true) !== false
              // checked when it can be sent to (a disabled one is checked again when enabled, and before every send)
              if (kind === 'webhook' && enabled) {
                if (!url) throw new ValidationError({ collection: DESTINATIONS_SLUG, errors: [{ message: translate(ui, 'delivery.errors.urlRequired'), path: 'url' }], req })
                const check = await checkDestinationUrl(url)
                if (!check.ok) {
                  throw new ValidationError({
                    collection: DESTINATIONS_SLUG,
                    errors: [{ message: translate(ui, `delivery.errors.url_${check.reason}`, { address: check.address ?? '' }), path: 'url' }],
                    req,
                  })
                }
              }
              if (kind === 'email' && enabled) {
                const emails = ((data.emails ?? originalDoc?.emails ?? []) as string[]).filter(Boolean)
                const wrong = emails.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))
                if (!emails.length || wrong) {
                  throw new ValidationError({ collection: DESTINATIONS_SLUG, errors: [{ message: translate(ui, 'delivery.errors.emailsRequired', { email: wrong ?? '' }), path: 'emails' }], req })
                }
              }
              // a new webhook destination gets a secret when none is given (rotate to see one)
              if (kind === 'webhook' && !originalDoc?.secret && !data.secret) data.secret = generateSigningSecret()
              // enabling again clears why it was disabled
              if (data.enabled === true && originalDoc?.enabled === false) data.disabledReason = null
              return data
            },
          ],
    },
    labels: { plural: label('collections.destinations.plural'), singular: label('collections.destinations.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.destinations)
}
