import type { CollectionConfig } from 'payload'

import { everyOperationFor } from '../../src/access'
import { applyOverride } from '../../src/config/applyOverride'
import { validateNotBefore, validateUrl } from '../../src/fields/validators'
import { label, labelRecord } from '../../src/i18n'
import { FOREIGN_PRESS_VISITS_SLUG } from '../../src/reports/constants'
import type { ResolvedOptions } from '../../src/types'

/**
 * Plan item 1.4: visits by foreign reporters: who, from where, when, why, on whose permission,
 * who went with them, what they were given, and what they published. Leaders and admins only.
 */
export function getForeignPressVisitsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: FOREIGN_PRESS_VISITS_SLUG,
    access: everyOperationFor('admin', 'leader'),
    admin: {
      defaultColumns: ['outlet', 'country', 'startDate', 'purpose', 'permissionReference'],
      description: label('reports.visitsDescription'),
      group: labelRecord('groups.plan'),
      useAsTitle: 'outlet',
    },
    labels: { plural: label('collections.foreignPressVisits.plural'), singular: label('collections.foreignPressVisits.singular') },
    defaultSort: '-startDate',
    fields: [
      { name: 'reporters', type: 'text', hasMany: true, label: label('reports.fields.reporters'), required: true },
      {
        type: 'row',
        fields: [
          { name: 'outlet', type: 'text', label: label('reports.fields.outlet'), required: true },
          { name: 'country', type: 'text', label: label('reports.fields.country'), required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, index: true, label: label('reports.fields.startDate'), required: true },
          {
            name: 'endDate',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly' } },
            label: label('reports.fields.endDate'),
            validate: validateNotBefore('startDate') as never,
          },
        ],
      },
      { name: 'purpose', type: 'textarea', label: label('reports.fields.purpose'), required: true },
      { name: 'permissionReference', type: 'text', admin: { description: label('reports.fields.permissionDescription') }, label: label('reports.fields.permissionReference'), required: true },
      {
        type: 'row',
        fields: [
          { name: 'escort', type: 'text', label: label('reports.fields.escort') },
          { name: 'spokespersonPresent', type: 'checkbox', label: label('reports.fields.spokespersonPresent') },
        ],
      },
      { name: 'materialsProvided', type: 'textarea', label: label('reports.fields.materialsProvided') },
      {
        name: 'publications',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'url', type: 'text', label: label('reports.fields.url'), required: true, validate: validateUrl },
              { name: 'title', type: 'text', label: label('fields.title') },
            ],
          },
        ],
        label: label('reports.fields.publications'),
      },
      { name: 'notes', type: 'textarea', label: label('reports.fields.notes') },
    ],
  }
  return applyOverride(collection, pluginOptions.overrides.foreignPressVisits)
}
