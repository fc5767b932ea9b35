/**
 * The implementation report as a Word document in the form Decree 30/2020/NĐ-CP sets for an
 * administrative document: the parent agency and the school over the number on the left, the
 * national title and motto over the place and date on the right, BÁO CÁO and its summary line,
 * the sections (I. results by task area, from the figures and the plan tasks; II. limitations;
 * III. next tasks and proposals), the signature block and Nơi nhận. A4, Times New Roman 14 (13 in
 * the heading block), margins 20/20/30/15 mm, page numbers at the top from page 2. Built with the
 * `docx` package; pure (no Payload).
 */
import { AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

import { PLAN_AREAS } from '../constants'
import { translate } from '../i18n'
import type { Figures } from './figures'
import { reportTables } from './tables'

export type ReportText = {
  parentAgency: string
  school: string
  /** e.g. `12/BC-THPTLC`; blank before the number is given */
  number: string
  place: string
  /** ISO date of issue */
  date: string
  summaryLine: string
  /** the leader's own words added to section I */
  results?: string
  limitations: string
  nextTasks: string
  signing: { mode: 'deputy' | 'on-behalf' | 'principal'; name: string; onBehalfOf?: string; title: string }
  recipients: string[]
}

const FONT = 'Times New Roman'
const BODY = 28 // half-points: 14 pt
const SMALL = 26 // 13 pt
const NO_BORDER = { color: 'FFFFFF', size: 0, style: BorderStyle.NONE }
const NO_BORDERS = { bottom: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER, left: NO_BORDER, right: NO_BORDER, top: NO_BORDER }
/** the width of the text on A4 between 30 mm and 15 mm margins */
const TEXT_WIDTH = 11906 - convertMillimetersToTwip(30) - convertMillimetersToTwip(15)

type RunOptions = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean }

const run = (text: string, o: RunOptions = {}) => new TextRun({ bold: o.bold, font: FONT, italics: o.italics, size: o.size ?? BODY, text, underline: o.underline ? {} : undefined })

const centered = (text: string, o: RunOptions = {}) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, o)] })

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, 1.15 lines. */
const para = (children: TextRun[] | string, o: { indent?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: typeof children === 'string' ? [run(children)] : children,
    indent: o.indent === false ? undefined : { firstLine: convertMillimetersToTwip(10) },
    spacing: { after: 120, line: 276 },
  })

const heading = (text: string) => new Paragraph({ children: [run(text, { bold: true })], indent: { firstLine: convertMillimetersToTwip(10) }, spacing: { after: 120, before: 120 } })

/** Free text a leader typed: one paragraph per line, blank lines dropped. */
const paragraphsOf = (text: string | undefined, fallback: string) =>
  (text?.trim() ? text : fallback)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line))

/** `ngày 05 tháng 12 năm 2026`, as the decree writes dates (days and months under 10 with a zero only for 1 and 2). */
export function vietnameseDate(iso: string): string {
  const d = new Date(iso)
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).formatToParts(d)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const day = get('day')
  const month = get('month')
  return `ngày ${day < 10 ? `0${day}` : day} tháng ${month < 3 ? `0${month}` : month} năm ${get('year')}`
}

function cell(children: Paragraph[], width: number, o: { bordered?: boolean } = {}) {
  return new TableCell({ borders: o.bordered ? undefined : NO_BORDERS, children, width: { size: width, type: WidthType.DXA } })
}

/** A table of counts with a header row and, for counts that partition the whole, a total. */
function countTable(title: string, subject: string, countLabel: string, rows: Array<{ label: string; value: number }>, total: null | number) {
  const widths = [Math.round(TEXT_WIDTH * 0.72), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.72)]
  const line = (a: string, b: string, bold = false) =>
    new TableRow({
      children: [
        cell([new Paragraph({ children: [run(a, { bold, size: SMALL })] })], widths[0]!, { bordered: true }),
        cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b, { bold, size: SMALL })] })], widths[1]!, { bordered: true }),
      ],
    })
  return [
    new Paragraph({ children: [run(title, { italics: true })], keepNext: true, spacing: { after: 60, before: 120 } }),
    new Table({
      columnWidths: widths,
      rows: [line(subject, countLabel, true), ...rows.map((r) => line(r.label, r.value.toLocaleString('vi-VN'))), ...(total === null ? [] : [line('Tổng', total.toLocaleString('vi-VN'), true)])],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
    }),
  ]
}

export async function reportDocx(figures: Figures, text: ReportText, language = 'vi'): Promise<Buffer> {
  const t = (key: string, values?: Record<string, unknown>) => translate(language, key, values)
  const left = Math.round(TEXT_WIDTH * 0.4)
  const right = TEXT_WIDTH - left
  const heading1 = new Table({
    columnWidths: [left, right],
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centered(text.parentAgency.toUpperCase(), { size: SMALL }),
              centered(text.school.toUpperCase(), { bold: true, size: SMALL }),
              centered('________', { bold: true, size: 16 }),
              centered(`Số: ${text.number || '      /BC-…'}`, { size: SMALL }),
            ],
            left,
          ),
          cell(
            [
              centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }),
              centered('Độc lập - Tự do - Hạnh phúc', { bold: true }),
              centered('______________________', { bold: true, size: 16 }),
              centered(`${text.place}, ${vietnameseDate(text.date)}`, { italics: true }),
            ],
            right,
          ),
        ],
      }),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
  })

  const p = figures.published
  const area = (key: string) => t(`planAreas.${key}`)
  const sectionOne: Array<Paragraph | Table> = [
    heading('I. KẾT QUẢ THỰC HIỆN'),
    para(
      t('reports.docx.overview', {
        achievements: figures.achievements.total,
        from: vietnameseDate(figures.period.from),
        live: figures.liveNow.total,
        published: p.total,
        to: vietnameseDate(figures.period.to),
      }),
    ),
  ]
  PLAN_AREAS.forEach((key, index) => {
    sectionOne.push(heading(`${index + 1}. ${area(key)}`))
    sectionOne.push(para(t('reports.docx.area', { count: p.byPlanArea[key] ?? 0, tasks: figures.tasks.byArea[key] ?? 0 })))
    // each task of the area, with its unit and how far it is (reports issued before this list have none)
    for (const task of (figures.tasks.items ?? []).filter((item) => item.area === key)) {
      const status = t(`reports.taskStatuses.${task.status}`) + (task.overdue ? `, ${t('reports.docx.overdue')}` : '')
      sectionOne.push(para(`- ${task.code} ${task.title}${task.unit ? ` (${task.unit})` : ''}: ${status}.`))
    }
  })
  sectionOne.push(heading(`${PLAN_AREAS.length + 1}. ${t('reports.docx.otherFigures')}`))
  sectionOne.push(
    para(
      t('reports.docx.figures', {
        deliveries: figures.deliveries.total,
        delivered: figures.deliveries.byStatus.delivered ?? 0,
        median: figures.turnaround.medianHours ?? '—',
        monitoring: figures.monitoring.total,
        outdated: figures.translations.outdated,
        overdue: figures.tasks.overdue,
        p90: figures.turnaround.p90Hours ?? '—',
        tasksDone: figures.tasks.done,
        tasksTotal: figures.tasks.total,
        visits: figures.visits.total,
      }),
    ),
  )
  sectionOne.push(...paragraphsOf(text.results, ''))
  for (const table of reportTables(figures, language).filter((tb) => ['byLanguage', 'byPlanArea', 'byChannel', 'achievementsByLevel', 'monitoringByAssessment'].includes(tb.id) && tb.rows.length)) {
    sectionOne.push(...countTable(table.title, table.subject, t('reports.xlsx.count'), table.rows, table.overlapping ? null : table.rows.reduce((s, r) => s + r.value, 0)))
  }

  const signTitle =
    text.signing.mode === 'deputy'
      ? [`KT. ${text.signing.title.toUpperCase()}`, t('reports.docx.deputy').toUpperCase()]
      : text.signing.mode === 'on-behalf'
        ? [`TM. ${(text.signing.onBehalfOf ?? '').toUpperCase()}`, text.signing.title.toUpperCase()]
        : [text.signing.title.toUpperCase()]
  const signature = new Table({
    columnWidths: [left, right],
    rows: [
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
              ...text.recipients.map((r) => new Paragraph({ children: [run(`- ${r.replace(/^-\s*/, '')}`, { size: 22 })] })),
            ],
            left,
          ),
          cell([...signTitle.map((line) => centered(line, { bold: true })), new Paragraph({ children: [], spacing: { after: 1400 } }), centered(text.signing.name, { bold: true })], right),
        ],
      }),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
  })

  const document = new Document({
    creator: text.school,
    sections: [
      {
        children: [
          heading1,
          new Paragraph({ children: [], spacing: { after: 240 } }),
          centered('BÁO CÁO', { bold: true }),
          centered(text.summaryLine, { bold: true }),
          centered('______________', { bold: true, size: 16 }),
          new Paragraph({ children: [], spacing: { after: 120 } }),
          ...sectionOne,
          heading('II. HẠN CHẾ, NGUYÊN NHÂN'),
          ...paragraphsOf(text.limitations, t('reports.docx.noLimitations')),
          heading('III. NHIỆM VỤ TRỌNG TÂM VÀ ĐỀ XUẤT, KIẾN NGHỊ'),
          ...paragraphsOf(text.nextTasks, t('reports.docx.noNextTasks')),
          new Paragraph({ children: [], spacing: { after: 240 } }),
          signature,
        ],
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        properties: {
          page: {
            margin: { bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15), top: convertMillimetersToTwip(20) },
            size: { height: 16838, width: 11906 },
          },
          titlePage: true,
        },
      },
    ],
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    title: text.summaryLine,
  })
  return Packer.toBuffer(document)
}
