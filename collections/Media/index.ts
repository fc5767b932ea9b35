import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { allowRoles } from '../../src/access'
import { readMedia, refuseAnonymousMediaList } from '../../src/access/media'
import { auditMediaConsent, consentWrite, defaultConsentForMinors } from '../../src/consent'
import { CONSENT_SCOPES, CONSENT_STATUSES } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { normalizeTextHook } from '../../src/hooks/normalizeText'
import { invalidatePublicOutput } from '../../src/publication/hooks'
import { label, labelRecord, options } from '../../src/i18n'
import { validateConsentScope, validateConsentStatus } from '../../src/media/consentValidation'
import { unpublishOnConsentWithdrawal } from '../../src/consent/withdrawal'
import { guardUpload } from '../../src/media/uploadGuard'
import type { ResolvedOptions } from '../../src/types'

export const MEDIA_SLUG = 'media'

/** Accepted image types. SVG is left out on purpose: it can carry scripts. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

/** Images with per-language alt text and captions, a credit, and the consent of those shown. */
export function getMediaCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: MEDIA_SLUG,
    access: {
      create: allowRoles('admin', 'leader', 'editor', 'translator'),
      delete: allowRoles('admin', 'leader'),
      read: readMedia,
      update: allowRoles('admin', 'leader', 'editor', 'translator'),
    },
    admin: {
      defaultColumns: ['filename', 'alt', 'depictsMinors', 'consentStatus', 'updatedAt'],
      group: labelRecord('groups.library'),
      useAsTitle: 'filename',
    },
    fields: [
      { name: 'alt', type: 'text', label: label('fields.alt'), localized: true, maxLength: 300 },
      { name: 'caption', type: 'textarea', label: label('fields.caption'), localized: true, maxLength: 1000 },
      { name: 'credit', type: 'text', label: label('fields.credit') },
      {
        name: 'depictsMinors',
        type: 'checkbox',
        access: { update: consentWrite },
        admin: { position: 'sidebar' },
        defaultValue: false,
        index: true,
        label: label('fields.depictsMinors'),
      },
      {
        name: 'consentStatus',
        type: 'select',
        access: { create: consentWrite, update: consentWrite },
        admin: { position: 'sidebar' },
        defaultValue: 'not-needed',
        index: true,
        label: label('fields.consentStatus'),
        options: options('consentStatus', CONSENT_STATUSES),
        required: true,
        validate: validateConsentStatus,
      },
      {
        name: 'consentScope',
        type: 'select',
        access: { create: consentWrite, update: consentWrite },
        admin: { position: 'sidebar' },
        hasMany: true,
        label: label('fields.consentScope'),
        options: options('consentScope', CONSENT_SCOPES),
        validate: validateConsentScope,
      },
      {
        name: 'consentExpiresAt',
        type: 'date',
        access: { create: consentWrite, update: consentWrite },
        admin: { position: 'sidebar' },
        label: label('fields.consentExpiresAt'),
      },
      {
        // kept by the publication sync: a live published item shows this photo
        name: 'liveUse',
        type: 'checkbox',
        access: { create: () => false, update: () => false },
        admin: { position: 'sidebar', readOnly: true },
        defaultValue: false,
        index: true,
        label: label('fields.liveUse'),
      },
    ],
    hooks: {
      afterChange: pluginOptions.disabled ? [] : [auditMediaConsent, unpublishOnConsentWithdrawal, invalidatePublicOutput],
      beforeOperation: pluginOptions.disabled ? [] : [refuseAnonymousMediaList, guardUpload(pluginOptions.media.maxUploadBytes, pluginOptions.media.maxInputPixels)],
      beforeValidate: pluginOptions.disabled ? [] : [normalizeTextHook, defaultConsentForMinors],
    },
    labels: { plural: label('collections.media.plural'), singular: label('collections.media.singular') },
    upload: {
      adminThumbnail: 'thumbnail',
      focalPoint: true,
      imageSizes: [
        { name: 'thumbnail', width: 400, withoutEnlargement: false },
        { name: 'card', width: 800 },
        { name: 'og', fit: 'cover', height: 630, width: 1200, withoutEnlargement: false },
        { name: 'portal', width: 1920, withoutEnlargement: true },
      ],
      mimeTypes: IMAGE_MIME_TYPES,
      staticDir: path.resolve(pluginOptions.media.staticDir),
    },
  }
  return applyOverride(collection, pluginOptions.overrides.media)
}
