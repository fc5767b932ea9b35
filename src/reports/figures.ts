/**
 * The figures of the implementation report, from plain rows: pure (no Payload), so the JSON, the
 * spreadsheet, the Word report and the admin's charts all show the same numbers, and a test can
 * check them against rows it made itself.
 *
 * "Published in the period" counts an item (one document in one language) once if it was
 * published at least once between `from` and `to`, however often it was republished; "live now"
 * counts what is on the site at `now`. A published-then-unpublished item is in the first and not
 * in the second.
 */

export type Counts = Record<string, number>

/** One document in one language, as the report sees it. */
export type ReportItem = {
  /** `articles`, `achievements` or `language-versions` */
  collection: string
  id: string
  language: string
  planArea: null | string
  channels: string[]
  category: null | string
  /** the responsible unit of the plan task it carries out, if any */
  unit: null | string
  /** achievements: their level and award */
  level?: null | string
  award?: null | string
  /** times of its publish actions (any period) */
  publishedAt: string[]
  live: boolean
}

export type WorkflowStep = { action: string; at: string; document: string }

export type LanguageVersionRow = { language: string; live: boolean; outdated: boolean; source: string }

export type DeliveryRow = { createdAt: string; destination: string; status: string }

export type MonitoringRow = { actionTaken: null | string; assessment: null | string; foundAt: string; platform: null | string }

export type VisitRow = { country: null | string; outlet: null | string; startDate: string }

export type TaskRow = { area: null | string; code?: null | string; deadline: null | string; status: null | string; title?: null | string; unit?: null | string }

/** A plan task as the report lists it under its area. */
export type TaskLine = { area: null | string; code: string; overdue: boolean; status: string; title: string; unit: null | string }

export type ReportInput = {
  from: string
  to: string
  now: string
  items: ReportItem[]
  steps: WorkflowStep[]
  languageVersions: LanguageVersionRow[]
  /** keys (`articles:12`) of sources that are live now, with their own language */
  liveSources: Array<{ key: string; language: string }>
  languages: string[]
  deliveries: DeliveryRow[]
  monitoring: MonitoringRow[]
  visits: VisitRow[]
  tasks: TaskRow[]
}

export type Figures = {
  period: { from: string; to: string }
  generatedAt: string
  published: {
    total: number
    byLanguage: Counts
    byPlanArea: Counts
    /** an item in two channels counts in both */
    byChannel: Counts
    byCategory: Counts
    byUnit: Counts
    /** the month (YYYY-MM) of its first publish in the period */
    byMonth: Counts
    byCollection: Counts
  }
  liveNow: { total: number; byLanguage: Counts }
  achievements: { total: number; byLevel: Counts; byAward: Counts }
  translations: {
    sourcesLive: number
    /** per language other than the source's: live sources that have a live version in it */
    coverage: Record<string, { covered: number; percent: number }>
    outdated: number
    outdatedByLanguage: Counts
  }
  turnaround: { approvals: number; medianHours: null | number; p90Hours: null | number }
  deliveries: { total: number; byStatus: Counts; byDestination: Counts }
  monitoring: { total: number; byAssessment: Counts; byAction: Counts; byPlatform: Counts }
  visits: { total: number; byCountry: Counts; outlets: string[] }
  tasks: { total: number; done: number; inProgress: number; notStarted: number; overdue: number; byArea: Counts; items: TaskLine[] }
}

/** The key a missing value is counted under. */
export const NONE = 'none'

function add(counts: Counts, key: null | string | undefined, n = 1): void {
  const k = key || NONE
  counts[k] = (counts[k] ?? 0) + n
}

const inPeriod = (at: string, from: string, to: string) => at >= from && at <= to

/** The q-quantile (0..1) of sorted numbers, linear between neighbours. */
export function quantile(sorted: number[], q: number): null | number {
  if (!sorted.length) return null
  const pos = (sorted.length - 1) * q
  const lower = Math.floor(pos)
  const upper = Math.ceil(pos)
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (pos - lower)
}

const round1 = (n: null | number) => (n === null ? null : Math.round(n * 10) / 10)

/** Times of approval: from the last submission before each approval in the period to that approval, in hours. */
function turnaround(steps: WorkflowStep[], from: string, to: string): Figures['turnaround'] {
  const byDocument = new Map<string, WorkflowStep[]>()
  for (const step of steps) {
    const list = byDocument.get(step.document) ?? []
    list.push(step)
    byDocument.set(step.document, list)
  }
  const hours: number[] = []
  for (const list of byDocument.values()) {
    list.sort((a, b) => a.at.localeCompare(b.at))
    let submitted: null | string = null
    for (const step of list) {
      if (step.action === 'submit') submitted = step.at
      if (step.action === 'approve' && submitted) {
        if (inPeriod(step.at, from, to)) hours.push((Date.parse(step.at) - Date.parse(submitted)) / 3_600_000)
        submitted = null
      }
    }
  }
  hours.sort((a, b) => a - b)
  return { approvals: hours.length, medianHours: round1(quantile(hours, 0.5)), p90Hours: round1(quantile(hours, 0.9)) }
}

export function computeFigures(input: ReportInput): Figures {
  const { from, to } = input
  const published: Figures['published'] = { byCategory: {}, byChannel: {}, byCollection: {}, byLanguage: {}, byMonth: {}, byPlanArea: {}, byUnit: {}, total: 0 }
  const achievements: Figures['achievements'] = { byAward: {}, byLevel: {}, total: 0 }
  const liveNow: Figures['liveNow'] = { byLanguage: {}, total: 0 }
  for (const item of input.items) {
    if (item.live) {
      liveNow.total += 1
      add(liveNow.byLanguage, item.language)
    }
    const times = item.publishedAt.filter((at) => inPeriod(at, from, to)).sort()
    if (!times.length) continue
    published.total += 1
    add(published.byLanguage, item.language)
    add(published.byPlanArea, item.planArea)
    add(published.byCategory, item.category)
    add(published.byUnit, item.unit)
    add(published.byMonth, times[0]!.slice(0, 7))
    add(published.byCollection, item.collection)
    if (item.channels.length) for (const channel of item.channels) add(published.byChannel, channel)
    else add(published.byChannel, NONE)
    if (item.collection === 'achievements') {
      achievements.total += 1
      add(achievements.byLevel, item.level)
      add(achievements.byAward, item.award)
    }
  }

  const liveVersions = input.languageVersions.filter((v) => v.live)
  const coverage: Figures['translations']['coverage'] = {}
  for (const language of input.languages) {
    const candidates = input.liveSources.filter((s) => s.language !== language)
    if (!candidates.length) continue
    const covered = candidates.filter((s) => liveVersions.some((v) => v.source === s.key && v.language === language)).length
    coverage[language] = { covered, percent: Math.round((covered / candidates.length) * 1000) / 10 }
  }
  const outdatedByLanguage: Counts = {}
  for (const v of input.languageVersions) if (v.outdated) add(outdatedByLanguage, v.language)

  const deliveries: Figures['deliveries'] = { byDestination: {}, byStatus: {}, total: 0 }
  for (const d of input.deliveries) {
    if (!inPeriod(d.createdAt, from, to)) continue
    deliveries.total += 1
    add(deliveries.byStatus, d.status)
    add(deliveries.byDestination, d.destination)
  }

  const monitoring: Figures['monitoring'] = { byAction: {}, byAssessment: {}, byPlatform: {}, total: 0 }
  for (const m of input.monitoring) {
    if (!inPeriod(m.foundAt, from, to)) continue
    monitoring.total += 1
    add(monitoring.byAssessment, m.assessment)
    add(monitoring.byAction, m.actionTaken)
    add(monitoring.byPlatform, m.platform)
  }

  const visits: Figures['visits'] = { byCountry: {}, outlets: [], total: 0 }
  for (const v of input.visits) {
    if (!inPeriod(v.startDate, from, to)) continue
    visits.total += 1
    add(visits.byCountry, v.country)
    if (v.outlet && !visits.outlets.includes(v.outlet)) visits.outlets.push(v.outlet)
  }

  const tasks: Figures['tasks'] = { byArea: {}, done: 0, inProgress: 0, items: [], notStarted: 0, overdue: 0, total: 0 }
  const dueBy = input.now < to ? input.now : to
  for (const t of input.tasks) {
    tasks.total += 1
    add(tasks.byArea, t.area)
    if (t.status === 'done') tasks.done += 1
    else if (t.status === 'in-progress') tasks.inProgress += 1
    else tasks.notStarted += 1
    const overdue = t.status !== 'done' && Boolean(t.deadline) && t.deadline! < dueBy
    if (overdue) tasks.overdue += 1
    tasks.items.push({ area: t.area, code: t.code ?? '', overdue, status: t.status ?? 'not-started', title: t.title ?? '', unit: t.unit ?? null })
  }
  // in the plan's order: 1.1, 1.1.2, 1.2 … II.1
  tasks.items.sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }))

  return {
    achievements,
    deliveries,
    generatedAt: input.now,
    liveNow,
    monitoring,
    period: { from, to },
    published,
    tasks,
    translations: { coverage, outdated: input.languageVersions.filter((v) => v.outdated).length, outdatedByLanguage, sourcesLive: input.liveSources.length },
    turnaround: turnaround(input.steps, from, to),
    visits,
  }
}

/** `YYYY-MM-DD` bounds as the instants they cover: the whole of `to` included (Vietnam's time). */
export function periodBounds(from: string, to: string): { from: string; to: string } | null {
  const day = /^\d{4}-\d{2}-\d{2}$/
  if (!day.test(from) || !day.test(to)) return null
  const start = new Date(`${from}T00:00:00+07:00`)
  const end = new Date(`${to}T23:59:59.999+07:00`)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) return null
  return { from: start.toISOString(), to: end.toISOString() }
}

/** A stored date as the day it is in Vietnam (`YYYY-MM-DD`), or '' when there is none. */
export function vietnamDay(value: unknown): string {
  return value ? new Date(String(value)).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }) : ''
}
