import type { CollectionConfig } from 'payload'

import { everyOperationFor } from '../../src/access'
import { applyOverride } from '../../src/config/applyOverride'
import { label, labelRecord, options } from '../../src/i18n'
import { MONITORING_ACTIONS, MONITORING_ASSESSMENTS, MONITORING_PLATFORMS, MONITORING_STATUSES, PRESS_MONITORING_SLUG } from '../../src/reports/constants'
import type { ResolvedOptions } from '../../src/types'
import { validateUrl } from '../../src/fields/validators'

/**
 * Plan item 1.3: what was found in the press or on social media about the school, the sector or
 * the province, how it was assessed, what was done and reported, and our response. Leaders and
 * admins only: never public, never in feeds, exports or search.
 */
export function getPressMonitoringCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: PRESS_MONITORING_SLUG,
    access: everyOperationFor('admin', 'leader'),
    admin: {
      defaultColumns: ['foundAt', 'platform', 'topic', 'assessment', 'actionTaken', 'status'],
      description: label('reports.monitoringDescription'),
      group: labelRecord('groups.plan'),
      useAsTitle: 'topic',
    },
    labels: { plural: label('collections.pressMonitoring.plural'), singular: label('collections.pressMonitoring.singular') },
    defaultSort: '-foundAt',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'foundAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, index: true, label: label('reports.fields.foundAt'), required: true },
          { name: 'platform', type: 'select', label: label('reports.fields.platform'), options: options('reports.platforms', MONITORING_PLATFORMS), required: true },
        ],
      },
      { name: 'url', type: 'text', label: label('reports.fields.url'), validate: validateUrl },
      { name: 'topic', type: 'text', label: label('reports.fields.topic'), required: true },
      { name: 'summary', type: 'textarea', label: label('fields.summary'), required: true },
      {
        type: 'row',
        fields: [
          { name: 'assessment', type: 'select', label: label('reports.fields.assessment'), options: options('reports.assessments', MONITORING_ASSESSMENTS), required: true },
          { name: 'actionTaken', type: 'select', defaultValue: 'none', label: label('reports.fields.actionTaken'), options: options('reports.actions', MONITORING_ACTIONS), required: true },
          { name: 'status', type: 'select', defaultValue: 'open', label: label('reports.fields.status'), options: options('reports.monitoringStatuses', MONITORING_STATUSES), required: true },
        ],
      },
      { name: 'actionDetails', type: 'textarea', label: label('reports.fields.actionDetails') },
      {
        type: 'row',
        fields: [
          { name: 'reportedTo', type: 'text', label: label('reports.fields.reportedTo') },
          { name: 'reportedAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: label('reports.fields.reportedAt') },
        ],
      },
      { name: 'responseArticle', type: 'relationship', label: label('reports.fields.responseArticle'), relationTo: 'articles' },
    ],
  }
  return applyOverride(collection, pluginOptions.overrides.pressMonitoring)
}
