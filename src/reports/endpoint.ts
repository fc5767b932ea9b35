/**
 * `GET /api/reports/implementation?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|xlsx|docx[&report=id]`
 * (leaders, viewers, admins). With `report`, the saved report's period and text are used, and once
 * it is issued, the figures it was issued with.
 */
import { APIError, type Endpoint, type Payload, type PayloadRequest } from 'payload'

import { hasRole } from '../access'
import { requestLanguage, translate } from '../i18n'
import { publicSettings } from '../publication/settings'
import { IMPLEMENTATION_REPORTS_SLUG, REPORT_FORMATS } from './constants'
import { reportDocx, type ReportText } from './docx'
import { type Figures, periodBounds, vietnamDay as day } from './figures'
import { loadFigures } from './load'
import { reportTables } from './tables'
import { reportXlsx } from './xlsx'

/** A saved implementation report (collections/ImplementationReports). */
type SavedReport = {
  figures?: unknown
  from?: null | string
  id: number | string
  issuedOn?: null | string
  limitations?: null | string
  nextTasks?: null | string
  number?: null | string
  onBehalfOf?: null | string
  parentAgency?: null | string
  place?: null | string
  recipients?: null | string
  results?: null | string
  school?: null | string
  signerName?: null | string
  signerTitle?: null | string
  signingMode?: null | string
  status?: null | string
  summaryLine?: null | string
  to?: null | string
}

/** The text of a report: the saved one's, or what a new one starts with. */
export async function reportText(payload: Payload, saved: SavedReport | null, period: { from: string; to: string }, language: string): Promise<ReportText> {
  const site = await publicSettings(payload).load(language)
  const lines = (value: unknown) =>
    String(value ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
  return {
    date: saved?.issuedOn ? new Date(saved.issuedOn).toISOString() : new Date().toISOString(),
    limitations: String(saved?.limitations ?? ''),
    nextTasks: String(saved?.nextTasks ?? ''),
    number: String(saved?.number ?? ''),
    parentAgency: String(saved?.parentAgency || translate(language, 'reports.defaults.parentAgency')),
    place: String(saved?.place || translate(language, 'reports.defaults.place')),
    recipients: saved?.recipients ? lines(saved.recipients) : lines(translate(language, 'reports.defaults.recipients')),
    results: saved?.results ? String(saved.results) : undefined,
    school: String(saved?.school || site.schoolName),
    signing: {
      mode: (saved?.signingMode as ReportText['signing']['mode']) ?? 'principal',
      name: String(saved?.signerName ?? ''),
      onBehalfOf: saved?.onBehalfOf ? String(saved.onBehalfOf) : undefined,
      title: String(saved?.signerTitle || translate(language, 'reports.defaults.signerTitle')),
    },
    summaryLine: String(
      saved?.summaryLine ||
        translate(language, 'reports.defaults.summaryLine', { from: period.from.slice(0, 10).split('-').reverse().join('/'), to: period.to.slice(0, 10).split('-').reverse().join('/') }),
    ),
  }
}

/** The figures of a saved report: frozen once issued, else as they stand now. */
export async function figuresOf(payload: Payload, saved: SavedReport): Promise<Figures> {
  if (saved.status === 'issued' && saved.figures && typeof saved.figures === 'object') return saved.figures as Figures
  const bounds = periodBounds(day(saved.from), day(saved.to))
  if (!bounds) throw new Error('a saved report without a valid period')
  return loadFigures(payload, bounds)
}

async function answer(req: PayloadRequest): Promise<Response> {
  const ui = requestLanguage(req)
  if (!req.user) throw new APIError(translate(ui, 'workflow.errors.unauthenticated'), 401, null, true)
  if (!hasRole(req.user as never, 'leader', 'viewer', 'admin')) throw new APIError(translate(ui, 'reports.errors.role'), 403, null, true)
  const query = (req.query ?? {}) as Record<string, unknown>
  const format = String(query.format ?? 'json')
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new APIError(translate(ui, 'reports.errors.format', { format, formats: REPORT_FORMATS.join(', ') }), 400, null, true)
  let saved: SavedReport | null = null
  if (query.report !== undefined && query.report !== '') {
    const id = String(query.report)
    if (!/^\d+$|^[a-f0-9]{24}$/.test(id)) throw new APIError(translate(ui, 'errors.badId', { id }), 400, null, true)
    saved = (await req.payload.findByID({ collection: IMPLEMENTATION_REPORTS_SLUG as 'users', depth: 0, disableErrors: true, id, overrideAccess: true })) as unknown as SavedReport | null
    if (!saved) throw new APIError(translate(ui, 'workflow.errors.notFound', { collection: IMPLEMENTATION_REPORTS_SLUG, id }), 404, null, true)
  }
  const from = saved ? day(saved.from) : String(query.from ?? '')
  const to = saved ? day(saved.to) : String(query.to ?? '')
  const bounds = periodBounds(from, to)
  if (!bounds) throw new APIError(translate(ui, 'reports.errors.period', { from, to }), 400, null, true)
  const figures = saved ? await figuresOf(req.payload, saved) : await loadFigures(req.payload, bounds)
  // the report itself is Vietnamese (it goes to the Department); the JSON's labels follow the caller
  const language = format === 'json' ? ui : 'vi'
  const name = `bao-cao-thong-tin-doi-ngoai_${from}_${to}`
  const download = (body: Buffer, type: string, ext: string) =>
    new Response(new Uint8Array(body), { headers: { 'cache-control': 'no-store', 'content-disposition': `attachment; filename="${name}.${ext}"`, 'content-type': type }, status: 200 })
  if (format === 'json') {
    return Response.json({ figures, issued: saved?.status === 'issued', tables: reportTables(figures, language) }, { headers: { 'cache-control': 'no-store' } })
  }
  const text = await reportText(req.payload, saved, bounds, language)
  if (format === 'xlsx') return download(await reportXlsx(figures, language, `${text.school} — ${text.summaryLine}`), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx')
  return download(await reportDocx(figures, text, language), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx')
}

export const implementationReportEndpoint: Endpoint = { handler: answer, method: 'get', path: '/reports/implementation' }
