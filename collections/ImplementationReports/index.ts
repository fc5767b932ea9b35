import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { allowRoles } from '../../src/access'
import { applyOverride } from '../../src/config/applyOverride'
import { validateNotBefore } from '../../src/fields/validators'
import { label, labelRecord, options, translate } from '../../src/i18n'
import { IMPLEMENTATION_REPORTS_SLUG, SIGNING_MODES } from '../../src/reports/constants'
import { periodBounds, vietnamDay as day } from '../../src/reports/figures'
import { loadFigures } from '../../src/reports/load'
import type { ResolvedOptions } from '../../src/types'

/** Issuing a report keeps the figures it was issued with; later edits of its text keep them too. */
const freezeFiguresOnIssue: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.status !== 'issued') {
    data.figures = null
    return data
  }
  if (originalDoc?.status === 'issued' && originalDoc.figures) {
    data.figures = originalDoc.figures
    data.from = originalDoc.from
    data.to = originalDoc.to
    return data
  }
  const bounds = periodBounds(day(data.from ?? originalDoc?.from), day(data.to ?? originalDoc?.to))
  if (bounds) data.figures = await loadFigures(req.payload, bounds)
  data.issuedOn ??= new Date().toISOString()
  return data
}

/**
 * Implementation reports to the Department of Education and Training: a period, the Decree 30
 * heading and signature, and the leader's own sections II and III. Leaders, viewers and admins
 * read them; leaders and admins write them. The figures come from the data (`src/reports/`).
 */
export function getImplementationReportsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: IMPLEMENTATION_REPORTS_SLUG,
    access: { create: allowRoles('admin', 'leader'), delete: allowRoles('admin', 'leader'), read: allowRoles('admin', 'leader', 'viewer'), update: allowRoles('admin', 'leader') },
    admin: {
      defaultColumns: ['summaryLine', 'from', 'to', 'number', 'status'],
      description: label('reports.reportsDescription'),
      group: labelRecord('groups.plan'),
      useAsTitle: 'summaryLine',
    },
    labels: { plural: label('collections.implementationReports.plural'), singular: label('collections.implementationReports.singular') },
    defaultSort: '-to',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'from', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: label('reports.fields.from'), required: true },
          { name: 'to', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: label('reports.fields.to'), required: true, validate: validateNotBefore('from') as never },
        ],
      },
      { name: 'summaryLine', type: 'text', admin: { description: label('reports.fields.summaryLineDescription') }, label: label('reports.fields.summaryLine'), required: true },
      // the period's figures, charts and downloads, under the period they are of
      { name: 'reportPanel', type: 'ui', admin: { components: { Field: 'payload-plugin-bilingual-publishing/client#ReportPanel' } }, label: labelRecord('reports.panel.title') },
      {
        type: 'row',
        fields: [
          { name: 'number', type: 'text', admin: { placeholder: '12/BC-THPTLC' }, label: label('reports.fields.number') },
          { name: 'place', type: 'text', defaultValue: translate('vi', 'reports.defaults.place'), label: label('reports.fields.place') },
          { name: 'issuedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: label('reports.fields.issuedOn') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'parentAgency', type: 'text', defaultValue: translate('vi', 'reports.defaults.parentAgency'), label: label('reports.fields.parentAgency') },
          { name: 'school', type: 'text', admin: { description: label('reports.fields.schoolDescription') }, label: label('reports.fields.school') },
        ],
      },
      { name: 'results', type: 'textarea', admin: { description: label('reports.fields.resultsDescription') }, label: label('reports.fields.results') },
      { name: 'limitations', type: 'textarea', label: label('reports.fields.limitations') },
      { name: 'nextTasks', type: 'textarea', label: label('reports.fields.nextTasks') },
      {
        type: 'row',
        fields: [
          { name: 'signingMode', type: 'select', defaultValue: 'principal', label: label('reports.fields.signingMode'), options: options('reports.signingModes', SIGNING_MODES), required: true },
          { name: 'signerTitle', type: 'text', defaultValue: translate('vi', 'reports.defaults.signerTitle'), label: label('reports.fields.signerTitle') },
          { name: 'onBehalfOf', type: 'text', admin: { condition: (data) => data?.signingMode === 'on-behalf' }, label: label('reports.fields.onBehalfOf') },
          { name: 'signerName', type: 'text', label: label('reports.fields.signerName') },
        ],
      },
      {
        name: 'recipients',
        type: 'textarea',
        defaultValue: translate('vi', 'reports.defaults.recipients'),
        admin: { description: label('reports.fields.recipientsDescription') },
        label: label('reports.fields.recipients'),
      },
      {
        name: 'status',
        type: 'select',
        admin: { description: label('reports.fields.statusDescription'), position: 'sidebar' },
        defaultValue: 'draft',
        label: label('reports.fields.reportStatus'),
        options: options('reports.reportStatuses', ['draft', 'issued']),
        required: true,
      },
      // set by the hook below only (whatever a client sends): null while a draft, kept once issued
      { name: 'figures', type: 'json', admin: { hidden: true } },
    ],
    hooks: { beforeChange: pluginOptions.disabled ? [] : [freezeFiguresOnIssue] },
  }
  return applyOverride(collection, pluginOptions.overrides.implementationReports)
}
