import type { CollectionConfig, Field } from 'payload'

import { PLAN_TASKS_SLUG } from '../../src/reports/constants'
import { auditStudentConsent, consentWrite, filterStudentsForPublic, staffOnly } from '../../src/consent'
import { unpublishOnStudentConsentWithdrawal } from '../../src/consent/withdrawal'
import { ACHIEVEMENT_LEVELS, CONSENT_SCOPES, CONSENT_STATUSES } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { channelsField } from '../../src/fields/channels'
import { languageField } from '../../src/fields/language'
import { slugField } from '../../src/fields/slug'
import { validateSchoolYear } from '../../src/fields/validators'
import { label, labelRecord, options } from '../../src/i18n'
import { setTextHash } from '../../src/translations/textHash'
import { previewUrl } from '../../src/publication/previewUrl'
import type { ResolvedOptions } from '../../src/types'
import { sourceItemFields, workflowAdmin, workflowCollectionBase } from '../shared'

export const ACHIEVEMENTS_SLUG = 'achievements'

/** A student's consent: staff read it, leaders and admins write it. */
const CONSENT_ACCESS = { create: consentWrite, read: staffOnly, update: consentWrite }

/** Students' achievements in competitions, with each student's consent to be named and shown. */
export function getAchievementsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const base = workflowCollectionBase(ACHIEVEMENTS_SLUG, pluginOptions, ['editor'], {
    afterChange: [auditStudentConsent, unpublishOnStudentConsentWithdrawal],
    beforeRead: [filterStudentsForPublic],
    beforeChange: [setTextHash],
  })
  const fields: Field[] = [
    { name: 'title', type: 'text', label: label('fields.title'), maxLength: 250, required: true },
    slugField(),
    languageField(pluginOptions.languages, { defaultValue: pluginOptions.sourceLanguage }),
    { name: 'summary', type: 'textarea', label: label('fields.summary'), maxLength: 600 },
    { name: 'description', type: 'richText', label: label('fields.description'), required: true },
    {
      type: 'row',
      fields: [
        { name: 'competition', type: 'text', label: label('fields.competition'), required: true },
        {
          name: 'level',
          type: 'select',
          index: true,
          label: label('fields.level'),
          options: options('levels', ACHIEVEMENT_LEVELS),
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'award', type: 'text', label: label('fields.award'), required: true },
        { name: 'subject', type: 'text', label: label('fields.subject') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'schoolYear',
          type: 'text',
          admin: { description: label('fields.schoolYearDescription') },
          index: true,
          label: label('fields.schoolYear'),
          required: true,
          validate: validateSchoolYear,
        },
        { name: 'date', type: 'date', index: true, label: label('fields.date') },
      ],
    },
    {
      name: 'students',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('fields.studentName'), required: true },
            { name: 'className', type: 'text', label: label('fields.className') },
            { name: 'isMinor', type: 'checkbox', access: { read: staffOnly }, defaultValue: true, label: label('fields.isMinor') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'consentStatus',
              type: 'select',
              access: CONSENT_ACCESS,
              defaultValue: 'missing',
              label: label('fields.consentStatus'),
              options: options('consentStatus', CONSENT_STATUSES),
              required: true,
            },
            {
              name: 'consentScope',
              type: 'select',
              access: CONSENT_ACCESS,
              hasMany: true,
              label: label('fields.consentScope'),
              options: options('consentScope', CONSENT_SCOPES),
            },
            { name: 'consentExpiresAt', type: 'date', access: CONSENT_ACCESS, label: label('fields.consentExpiresAt') },
          ],
        },
      ],
      label: label('fields.students'),
      minRows: 1,
      required: true,
    },
    {
      name: 'teachers',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('fields.teacherName'), required: true },
            { name: 'subject', type: 'text', label: label('fields.subject') },
          ],
        },
      ],
      label: label('fields.teachers'),
    },
    { name: 'images', type: 'upload', hasMany: true, label: label('fields.images'), relationTo: 'media' },
    { name: 'relatedArticle', type: 'relationship', label: label('fields.relatedArticle'), relationTo: 'articles' },
    {
      name: 'planTask',
      type: 'relationship',
      admin: { description: label('reports.fields.planTaskDescription') },
      index: true,
      label: label('reports.fields.planTask'),
      relationTo: PLAN_TASKS_SLUG as 'users',
    },
    channelsField(),
    ...sourceItemFields(pluginOptions),
  ]
  const collection: CollectionConfig = {
    slug: ACHIEVEMENTS_SLUG,
    ...base,
    admin: {
      ...workflowAdmin,
      preview: previewUrl(pluginOptions.publicUrl, ACHIEVEMENTS_SLUG),
      defaultColumns: ['title', 'level', 'schoolYear', 'workflowState', 'updatedAt'],
      group: labelRecord('groups.content'),
      listSearchableFields: ['title', 'searchText', 'slug'],
      useAsTitle: 'title',
    },
    fields,
    labels: { plural: label('collections.achievements.plural'), singular: label('collections.achievements.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.achievements)
}
