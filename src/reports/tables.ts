/**
 * The report's breakdowns as titled tables in one language: the spreadsheet's sheets, the Word
 * report's tables and the admin's charts are all made from this list, so they cannot disagree.
 * Pure: i18next catalogues only.
 */
import { translate } from '../i18n'
import { type Counts, type Figures, NONE } from './figures'

export type ReportTable = {
  /** stable id, also the sheet's short name */
  id: string
  title: string
  /** the first column's header; the second is always the count */
  subject: string
  rows: Array<{ key: string; label: string; value: number }>
  /** a number that is a percentage (coverage) rather than a count */
  percent?: boolean
  /** one item may count in several rows (channels): no total */
  overlapping?: boolean
}

type Labeller = (key: string) => string

const COLLECTION_KEYS: Record<string, string> = { achievements: 'achievements', articles: 'articles', 'language-versions': 'languageVersions' }

function rowsOf(counts: Counts, labelOf: Labeller, language: string, sortByLabel = false) {
  const rows = Object.entries(counts).map(([key, value]) => ({ key, label: key === NONE ? translate(language, 'reports.none') : labelOf(key), value }))
  return sortByLabel ? rows.sort((a, b) => a.key.localeCompare(b.key)) : rows.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, language))
}

/** `2026-10` as `10/2026`. */
const monthLabel = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`

export function reportTables(figures: Figures, language: string): ReportTable[] {
  const t = (key: string, values?: Record<string, unknown>) => translate(language, key, values)
  const vocab =
    (prefix: string): Labeller =>
    (key) => {
      const label = t(`${prefix}.${key}`)
      return label === `${prefix}.${key}` ? key : label
    }
  const raw: Labeller = (key) => key
  const table = (id: string, counts: Counts, labelOf: Labeller, subject: string, sortByLabel = false): ReportTable => ({
    id,
    rows: rowsOf(counts, labelOf, language, sortByLabel),
    subject: t(subject),
    title: t(`reports.tables.${id}`),
  })
  const p = figures.published
  return [
    table('byLanguage', p.byLanguage, vocab('languages'), 'fields.language'),
    table('byPlanArea', p.byPlanArea, vocab('planAreas'), 'fields.planArea'),
    { ...table('byChannel', p.byChannel, vocab('channels'), 'fields.channels'), overlapping: true },
    table('byCategory', p.byCategory, raw, 'fields.category'),
    table('byUnit', p.byUnit, raw, 'fields.unit'),
    table('byMonth', p.byMonth, monthLabel, 'reports.subjects.month', true),
    table('byCollection', p.byCollection, (key) => t(`collections.${COLLECTION_KEYS[key] ?? key}.plural`), 'reports.subjects.kind'),
    table('achievementsByLevel', figures.achievements.byLevel, vocab('levels'), 'fields.level'),
    table('achievementsByAward', figures.achievements.byAward, raw, 'fields.award'),
    {
      id: 'coverage',
      percent: true,
      rows: Object.entries(figures.translations.coverage).map(([key, c]) => ({ key, label: vocab('languages')(key), value: c.percent })),
      subject: t('fields.language'),
      title: t('reports.tables.coverage'),
    },
    table('outdated', figures.translations.outdatedByLanguage, vocab('languages'), 'fields.language'),
    table('deliveriesByStatus', figures.deliveries.byStatus, vocab('delivery.statuses'), 'delivery.fields.status'),
    table('deliveriesByDestination', figures.deliveries.byDestination, raw, 'collections.destinations.singular'),
    table('monitoringByAssessment', figures.monitoring.byAssessment, vocab('reports.assessments'), 'reports.fields.assessment'),
    table('monitoringByAction', figures.monitoring.byAction, vocab('reports.actions'), 'reports.fields.actionTaken'),
    table('monitoringByPlatform', figures.monitoring.byPlatform, vocab('reports.platforms'), 'reports.fields.platform'),
    table('visitsByCountry', figures.visits.byCountry, raw, 'reports.fields.country'),
    table('tasksByArea', figures.tasks.byArea, vocab('planAreas'), 'fields.planArea'),
  ]
}

/** The headline numbers, labelled: the summary sheet and the report's opening paragraph. */
export function reportSummary(figures: Figures, language: string): Array<{ key: string; label: string; value: null | number | string }> {
  const t = (key: string) => translate(language, `reports.summary.${key}`)
  return [
    { key: 'published', label: t('published'), value: figures.published.total },
    { key: 'liveNow', label: t('liveNow'), value: figures.liveNow.total },
    { key: 'achievements', label: t('achievements'), value: figures.achievements.total },
    { key: 'sourcesLive', label: t('sourcesLive'), value: figures.translations.sourcesLive },
    { key: 'outdated', label: t('outdated'), value: figures.translations.outdated },
    { key: 'approvals', label: t('approvals'), value: figures.turnaround.approvals },
    { key: 'medianHours', label: t('medianHours'), value: figures.turnaround.medianHours },
    { key: 'p90Hours', label: t('p90Hours'), value: figures.turnaround.p90Hours },
    { key: 'deliveries', label: t('deliveries'), value: figures.deliveries.total },
    { key: 'monitoring', label: t('monitoring'), value: figures.monitoring.total },
    { key: 'visits', label: t('visits'), value: figures.visits.total },
    { key: 'tasks', label: t('tasks'), value: figures.tasks.total },
    { key: 'tasksDone', label: t('tasksDone'), value: figures.tasks.done },
    { key: 'tasksInProgress', label: t('tasksInProgress'), value: figures.tasks.inProgress },
    { key: 'tasksOverdue', label: t('tasksOverdue'), value: figures.tasks.overdue },
  ]
}
