import type { CollectionConfig } from 'payload'

import { allowRoles, isLoggedIn } from '../../src/access'
import { applyOverride } from '../../src/config/applyOverride'
import { PLAN_AREAS } from '../../src/constants'
import { label, labelRecord, options } from '../../src/i18n'
import { PLAN_TASKS_SLUG, TASK_RECURRENCES, TASK_STATUSES } from '../../src/reports/constants'
import type { ResolvedOptions } from '../../src/types'

/**
 * The items of the school's yearly foreign-information plan: who does what, by when (or on each
 * occasion), how far it is, and the articles and achievements that carry it out. Staff read them
 * (editors link their articles); leaders and admins write them.
 */
export function getPlanTasksCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: PLAN_TASKS_SLUG,
    access: { create: allowRoles('admin', 'leader'), delete: allowRoles('admin', 'leader'), read: isLoggedIn, update: allowRoles('admin', 'leader') },
    admin: {
      defaultColumns: ['code', 'title', 'area', 'responsibleUnit', 'deadline', 'status'],
      description: label('reports.planTasksDescription'),
      group: labelRecord('groups.plan'),
      listSearchableFields: ['code', 'title', 'responsibleUnit'],
      useAsTitle: 'title',
    },
    labels: { plural: label('collections.planTasks.plural'), singular: label('collections.planTasks.singular') },
    defaultSort: 'code',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'year', type: 'number', admin: { width: '20%' }, index: true, label: label('reports.fields.year'), max: 2100, min: 2000, required: true },
          { name: 'code', type: 'text', admin: { description: label('reports.fields.codeDescription'), width: '20%' }, label: label('reports.fields.code'), required: true },
          { name: 'area', type: 'select', admin: { width: '60%' }, index: true, label: label('fields.planArea'), options: options('planAreas', PLAN_AREAS), required: true },
        ],
      },
      { name: 'title', type: 'text', label: label('fields.title'), maxLength: 300, required: true },
      { name: 'description', type: 'textarea', label: label('fields.description') },
      {
        type: 'row',
        fields: [
          { name: 'responsibleUnit', type: 'text', label: label('reports.fields.responsibleUnit'), required: true },
          { name: 'coordinatingUnits', type: 'text', hasMany: true, label: label('reports.fields.coordinatingUnits') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'recurrence', type: 'select', defaultValue: 'once', label: label('reports.fields.recurrence'), options: options('reports.recurrences', TASK_RECURRENCES), required: true },
          { name: 'deadline', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, index: true, label: label('reports.fields.deadline') },
          { name: 'status', type: 'select', defaultValue: 'not-started', index: true, label: label('reports.fields.status'), options: options('reports.taskStatuses', TASK_STATUSES), required: true },
        ],
      },
      {
        name: 'occasions',
        type: 'array',
        admin: { condition: (data) => data?.recurrence === 'each-holiday', initCollapsed: true },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: label('fields.date'), required: true },
              { name: 'name', type: 'text', label: label('fields.name'), required: true },
            ],
          },
        ],
        label: label('reports.fields.occasions'),
      },
      { name: 'articles', type: 'join', collection: 'articles', label: label('collections.articles.plural'), on: 'planTask' },
      { name: 'achievements', type: 'join', collection: 'achievements', label: label('collections.achievements.plural'), on: 'planTask' },
    ],
  }
  return applyOverride(collection, pluginOptions.overrides.planTasks)
}
