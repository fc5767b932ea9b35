/**
 * The report's figures as a spreadsheet a person would send: a summary sheet, then one sheet per
 * breakdown, Vietnamese headers in bold, a frozen header row, column widths that fit, whole numbers
 * as `#,##0` and percentages as `0.0`. Written with `write-excel-file` (maintained, no native
 * parts; exceljs 4.4.0 is no longer released). Pure: no Payload.
 */
import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node'

import { translate } from '../i18n'
import type { Figures } from './figures'
import { reportSummary, reportTables } from './tables'

const header = (value: string) => ({ fontWeight: 'bold' as const, value, wrap: true })

/** Excel allows 31 characters and no `[]:*?/\` in a sheet's name. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim()
  let name = base
  for (let n = 2; taken.has(name); n += 1) name = `${base.slice(0, 28)} ${n}`
  taken.add(name)
  return name
}

export async function reportXlsx(figures: Figures, language: string, title: string): Promise<Buffer> {
  const t = (key: string, values?: Record<string, unknown>) => translate(language, key, values)
  const taken = new Set<string>()
  const summaryRows: Row[] = [
    [header(t('reports.xlsx.indicator')), header(t('reports.xlsx.value'))],
    ...reportSummary(figures, language).map(
      ({ label, value }) => [label, typeof value === 'number' ? { format: Number.isInteger(value) ? '#,##0' : '0.0', type: Number, value } : (value ?? '')] as Row,
    ),
  ]
  const sheets: Array<Sheet<Buffer>> = [
    {
      columns: [{ width: 52 }, { width: 16 }],
      data: [[{ fontWeight: 'bold', value: title }], [t('reports.xlsx.period', { from: figures.period.from.slice(0, 10), to: figures.period.to.slice(0, 10) })], [], ...summaryRows] as never,
      sheet: sheetName(t('reports.xlsx.summary'), taken),
    },
  ]
  for (const table of reportTables(figures, language)) {
    const width = Math.min(70, Math.max(18, table.subject.length + 2, ...table.rows.map((r) => r.label.length + 2)))
    const countHeader = table.percent ? t('reports.xlsx.percent') : t('reports.xlsx.count')
    const rows: Row[] = table.rows.map((r) => [r.label, { format: table.percent ? '0.0' : '#,##0', type: Number, value: r.value }])
    if (!table.percent && !table.overlapping)
      rows.push([
        { fontWeight: 'bold', value: t('reports.xlsx.total') },
        { fontWeight: 'bold', format: '#,##0', type: Number, value: table.rows.reduce((sum, r) => sum + r.value, 0) },
      ])
    sheets.push({
      columns: [{ width }, { width: 14 }],
      data: [[header(table.subject), header(countHeader)], ...rows] as never,
      sheet: sheetName(table.title, taken),
      stickyRowsCount: 1,
    })
  }
  // the plan's tasks, one row each, in the plan's order
  const taskRows: Row[] = (figures.tasks.items ?? []).map((task) => [
    task.code,
    task.title,
    task.unit ?? '',
    t(`reports.taskStatuses.${task.status}`) + (task.overdue ? ` (${t('reports.docx.overdue')})` : ''),
  ])
  if (taskRows.length) {
    sheets.push({
      columns: [{ width: 8 }, { width: 70 }, { width: 28 }, { width: 22 }],
      data: [[header(t('reports.fields.code')), header(t('fields.title')), header(t('reports.fields.responsibleUnit')), header(t('reports.fields.status'))], ...taskRows] as never,
      sheet: sheetName(t('collections.planTasks.plural'), taken),
      stickyRowsCount: 1,
    })
  }
  // the summary's header is its fourth row: freeze the title block and that header
  sheets[0]!.stickyRowsCount = 4
  return writeXlsxFile(sheets, { fontFamily: 'Times New Roman', fontSize: 12 }).toBuffer()
}
