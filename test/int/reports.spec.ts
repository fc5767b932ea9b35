/**
 * The implementation report and the registers, on the seeded school: the figures cross-checked
 * against the REST API, a published-then-unpublished item, an issued report keeping its figures,
 * the Word file read back with mammoth and its XML (A4, margins, fonts, page numbers), the
 * spreadsheet read back with SheetJS (another library than the writer), who may read what, and the
 * registers kept out of everything public.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'

import { seedDemoData } from '../../school/seed'
import { createFeedHandler } from '../../src/feeds/handler'
import { runWorkflowAction } from '../../src'
import type { Figures } from '../../src/reports/figures'
import { createArticle, putInState } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
const tokens: Record<string, string> = {}
const PERIOD = 'from=2025-01-01&to=2026-12-31'

beforeAll(async () => {
  app = await startApp('reports')
  client = createClient(app.config)
  await seedDemoData(app.payload, { password: 'lechan-demo' })
  for (const who of ['admin', 'leader', 'editor', 'translator', 'viewer']) tokens[who] = await client.login(`${who}@lechan.test`, 'lechan-demo')
}, 300_000)
afterAll(async () => app?.cleanup())

const report = async (query: string, token = tokens.leader) =>
  client.json<{ figures: Figures; issued: boolean; tables: Array<{ id: string; rows: Array<{ key: string; value: number }> }> }>('GET', `/reports/implementation?${query}`, { token })
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
const leaderDoc = async () => (await app.payload.find({ collection: 'users', where: { email: { equals: 'leader@lechan.test' } } })).docs[0]

describe('the figures', () => {
  it('match the API on the seeded school: published items, live items, achievements, outdated versions', async () => {
    const { body, status } = await report(`${PERIOD}&format=json`)
    expect(status, JSON.stringify(body)).toBe(200)
    const f = body.figures
    // every document with a publish step in the audit log, counted once
    const events = await client.json('GET', '/workflow-events?limit=1000&depth=0&where[action][equals]=publish', { token: tokens.admin })
    const published = new Set((events.body.docs as Array<{ documentCollection: string; documentId: string }>).map((e) => `${e.documentCollection}:${e.documentId}`))
    expect(published.size).toBeGreaterThan(10)
    expect(f.published.total).toBe(published.size)
    // what the public API shows is what is live
    let live = 0
    for (const collection of ['articles', 'achievements', 'language-versions']) live += (await client.json('GET', `/${collection}?limit=0`)).body.totalDocs as number
    expect(f.liveNow.total).toBe(live)
    const achievements = await client.json('GET', '/achievements?limit=0')
    expect(f.achievements.total).toBe(achievements.body.totalDocs)
    const outdated = await client.json('GET', '/language-versions?limit=0&draft=true&where[outdated][equals]=true', { token: tokens.admin })
    expect(f.translations.outdated).toBe(outdated.body.totalDocs)
    // breakdowns that split the items add up to the total; channels may overlap
    for (const counts of [f.published.byLanguage, f.published.byPlanArea, f.published.byCategory, f.published.byUnit, f.published.byMonth, f.published.byCollection])
      expect(sum(counts)).toBe(f.published.total)
    expect(sum(f.published.byChannel)).toBeGreaterThanOrEqual(f.published.total)
    expect(sum(f.achievements.byLevel)).toBe(f.achievements.total)
    // the seed's plan and registers
    expect(f.tasks.total).toBe(10)
    expect(f.tasks.done + f.tasks.inProgress + f.tasks.notStarted).toBe(f.tasks.total)
    expect(f.monitoring).toMatchObject({ byAssessment: { distorted: 1, inaccurate: 1 }, total: 2 })
    expect(f.visits).toMatchObject({ byCountry: { 'Hàn Quốc': 1 }, total: 1 })
    expect(f.turnaround.approvals).toBeGreaterThan(0)
    expect(f.turnaround.p90Hours!).toBeGreaterThanOrEqual(f.turnaround.medianHours!)
    // units come from the plan task the seeded articles carry out
    expect(Object.keys(f.published.byUnit)).toEqual(expect.arrayContaining(['Ban Giám hiệu']))
  })

  it('a period with nothing in it is all zeros', async () => {
    const { body } = await report('from=2020-01-01&to=2020-03-31&format=json')
    expect(body.figures.published.total).toBe(0)
    expect(body.figures.monitoring.total).toBe(0)
    expect(body.figures.liveNow.total).toBeGreaterThan(0)
  })

  it('an item published, withdrawn and published again counts once in the period; withdrawn, it is not live', async () => {
    const before = (await report(`${PERIOD}&format=json`)).body.figures
    const editor = (await app.payload.find({ collection: 'users', where: { email: { equals: 'editor@lechan.test' } } })).docs[0]!
    const article = await createArticle(app.payload, editor.id, 'draft', { title: 'Tin đăng rồi gỡ' })
    const leader = await leaderDoc()
    await putInState(app.payload, 'articles', article.id, 'approved', leader!.id)
    await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })
    await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ để sửa', id: article.id, user: leader as never })
    await putInState(app.payload, 'articles', article.id, 'approved', leader!.id)
    await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })
    const republished = (await report(`${PERIOD}&format=json`)).body.figures
    expect(republished.published.total).toBe(before.published.total + 1)
    expect(republished.liveNow.total).toBe(before.liveNow.total + 1)
    await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ hẳn', id: article.id, user: leader as never })
    const after = (await report(`${PERIOD}&format=json`)).body.figures
    expect(after.published.total).toBe(before.published.total + 1)
    expect(after.liveNow.total).toBe(before.liveNow.total)
  })

  it('an issued report keeps the figures it was issued with; a draft follows the data', async () => {
    const created = await client.json('POST', '/implementation-reports', {
      body: { from: '2025-01-01', limitations: 'Một số tổ chưa gửi bài đúng hạn.', status: 'draft', summaryLine: 'Kết quả thực hiện công tác thông tin đối ngoại năm 2025', to: '2026-12-31' },
      token: tokens.leader,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const issued = await client.json('PATCH', `/implementation-reports/${id}`, { body: { figures: { forged: true }, number: '12/BC-THPTLC', status: 'issued' }, token: tokens.leader })
    expect(issued.status, JSON.stringify(issued.body)).toBe(200)
    const frozen = (await report(`report=${id}&format=json`)).body
    expect(frozen.issued).toBe(true)
    expect(frozen.figures).not.toHaveProperty('forged')
    // more is published after issue
    const editor = (await app.payload.find({ collection: 'users', where: { email: { equals: 'editor@lechan.test' } } })).docs[0]!
    const article = await createArticle(app.payload, editor.id, 'draft', { title: 'Tin sau khi ban hành báo cáo' })
    const leader = await leaderDoc()
    await putInState(app.payload, 'articles', article.id, 'approved', leader!.id)
    await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })
    expect((await report(`${PERIOD}&format=json`)).body.figures.published.total).toBe(frozen.figures.published.total + 1)
    // editing the text of an issued report keeps its figures
    await client.json('PATCH', `/implementation-reports/${id}`, { body: { nextTasks: 'Tiếp tục đăng tin song ngữ.' }, token: tokens.leader })
    expect((await report(`report=${id}&format=json`)).body.figures.published.total).toBe(frozen.figures.published.total)
  })
})

describe('who may read reports', () => {
  it('leaders, viewers and admins; not editors, translators or anyone signed out', async () => {
    for (const who of ['leader', 'viewer', 'admin']) expect((await report(`${PERIOD}&format=json`, tokens[who])).status).toBe(200)
    for (const who of ['editor', 'translator']) {
      const res = await report(`${PERIOD}&format=json`, tokens[who])
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).toContain('Only leaders, viewers and admins')
    }
    expect((await client.json('GET', `/reports/implementation?${PERIOD}`)).status).toBe(401)
    // the saved reports follow the same rule
    expect((await client.json('GET', '/implementation-reports', { token: tokens.viewer })).status).toBe(200)
    expect((await client.json('GET', '/implementation-reports', { token: tokens.editor })).status).toBe(403)
    expect((await client.json('POST', '/implementation-reports', { body: { from: '2026-01-01', summaryLine: 'x', to: '2026-03-31' }, token: tokens.viewer })).status).toBe(403)
  })

  it("bad parameters are a 400 that says what to fix, in the caller's language", async () => {
    const cases = [
      'from=2026-13-01&to=2026-12-31',
      'from=2026-06-01&to=2026-01-01',
      'from=01/01/2026&to=2026-12-31',
      'to=2026-12-31',
      `${PERIOD}&format=pdf`,
      `${PERIOD}&format=DOCX`,
      'report=abc',
      'report=%27%20OR%201%3D1',
    ]
    for (const query of cases) {
      const res = await report(query)
      expect(res.status, query).toBe(400)
      expect(JSON.stringify(res.body), query).toMatch(/YYYY-MM-DD|format|valid id|integer/i)
    }
    const vi = await client.json('GET', '/reports/implementation?from=2026-06-01&to=2026-01-01', { headers: { 'accept-language': 'vi' }, token: tokens.leader })
    expect(JSON.stringify(vi.body)).toContain('không hợp lệ')
    expect((await report('report=999999')).status).toBe(404)
  })
})

describe('the registers', () => {
  it('only leaders and admins read or write them; editors, viewers and the public get nothing', async () => {
    for (const collection of ['press-monitoring', 'foreign-press-visits']) {
      expect((await client.json('GET', `/${collection}`, { token: tokens.leader })).body.totalDocs).toBeGreaterThan(0)
      for (const token of [tokens.editor, tokens.viewer, tokens.translator, undefined]) {
        const res = await client.json('GET', `/${collection}`, { token })
        expect(res.status, `${collection} ${token ? 'staff' : 'anonymous'}`).toBe(403)
        expect(JSON.stringify(res.body)).not.toContain('Thông tin sai')
      }
      const write = await client.json('POST', `/${collection}`, { body: { topic: 'x' }, token: tokens.editor })
      expect(write.status).toBe(403)
    }
    const gql = await client.gql('{ PressMonitorings { docs { topic summary } } }', { token: tokens.editor })
    expect(JSON.stringify(gql.body)).not.toContain('Thông tin sai')
    expect(gql.body.errors?.length).toBeGreaterThan(0)
  })

  it('never appear in feeds, search, the pull API or the sitemap', async () => {
    const topic = 'Thông tin sai về khoản thu'
    const feed = createFeedHandler(async () => app.payload)
    const texts: Record<string, string> = {}
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'ninjs.json']) {
      const res = await feed(new Request(`http://localhost/api/feeds/vi/${file}`), { file, lang: 'vi' })
      expect(res.status, file).toBe(200)
      texts[file] = await res.text()
    }
    texts.changes = await (await client.request('GET', '/exports/changes?limit=200', { token: tokens.admin })).text()
    expect(texts.changes).toContain('items')
    for (const [name, text] of Object.entries(texts)) {
      expect(text, name).not.toContain(topic)
      expect(text, name).not.toContain('Korea Education Daily')
    }
    const entries = await app.payload.find({ collection: 'published-entries' as 'articles', limit: 0, overrideAccess: true, pagination: false })
    expect(JSON.stringify(entries.docs)).not.toContain('Korea Education Daily')
  })
})

describe('the files', () => {
  it("Word: Decree 30 form, A4 with its margins in Times New Roman, page numbers from page 2, the leader's section II", async () => {
    const created = await client.json('POST', '/implementation-reports', {
      body: {
        from: '2025-10-01',
        limitations: 'Tỉ lệ bài có bản tiếng Anh còn thấp ở khối 12.',
        number: '15/BC-THPTLC',
        recipients: 'Sở GDĐT Quảng Ninh;\nLưu: VT.',
        signerName: 'Nguyễn Văn Hùng',
        signingMode: 'deputy',
        summaryLine: 'Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2025',
        to: '2025-12-31',
      },
      token: tokens.leader,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const res = await client.request('GET', `/reports/implementation?report=${created.body.doc.id}&format=docx`, { token: tokens.leader })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('wordprocessingml')
    expect(res.headers.get('content-disposition')).toContain('bao-cao-thong-tin-doi-ngoai_2025-10-01_2025-12-31.docx')
    const docx = Buffer.from(await res.arrayBuffer())
    const { value: text } = await mammoth.extractRawText({ buffer: docx })
    for (const expected of [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-THPTLC',
      'BÁO CÁO',
      'Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2025',
      'I. KẾT QUẢ THỰC HIỆN',
      'Triển khai Nghị quyết 47/NQ-CP',
      'II. HẠN CHẾ, NGUYÊN NHÂN',
      'Tỉ lệ bài có bản tiếng Anh còn thấp ở khối 12.',
      'III. NHIỆM VỤ TRỌNG TÂM',
      'KT. HIỆU TRƯỞNG',
      'PHÓ HIỆU TRƯỞNG',
      'Nguyễn Văn Hùng',
      'Nơi nhận:',
      '- Sở GDĐT Quảng Ninh;',
    ])
      expect(text).toContain(expected)
    expect(text).toMatch(/Quảng Ninh, ngày \d{2} tháng \d{2} năm 20\d\d/)
    const zip = await JSZip.loadAsync(docx)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!
    // twips to whole millimetres (1 mm = 56.69 twips)
    const mm = (name: string) => Math.round(Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]) / 56.6929)
    expect(mm('top')).toBeGreaterThanOrEqual(20)
    expect(mm('top')).toBeLessThanOrEqual(25)
    expect(mm('bottom')).toBeGreaterThanOrEqual(20)
    expect(mm('bottom')).toBeLessThanOrEqual(25)
    expect(mm('left')).toBeGreaterThanOrEqual(30)
    expect(mm('left')).toBeLessThanOrEqual(35)
    expect(mm('right')).toBeGreaterThanOrEqual(15)
    expect(mm('right')).toBeLessThanOrEqual(20)
    // one font, at 13 to 14 pt for the body
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]))
    expect([...fonts]).toEqual(['Times New Roman'])
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toContain('Times New Roman')
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2)
    expect(sizes.filter((s) => s >= 13 && s <= 14).length).toBeGreaterThan(sizes.length / 2)
    // a different first page (no number there) and the page number field in the other pages' header
    expect(xml).toContain('<w:titlePg/>')
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    )
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true)
    expect(headers.some((h) => !h.includes('PAGE'))).toBe(true)

    // rendered when LibreOffice is on the machine (CI installs it): kept in test-results/ to look at
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p))
    if (soffice) {
      const out = path.resolve(import.meta.dirname, '../../test-results/report-docx')
      fs.mkdirSync(out, { recursive: true })
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-docx-'))
      fs.writeFileSync(path.join(tmp, 'report.docx'), docx)
      execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', 'pdf', '--outdir', tmp, path.join(tmp, 'report.docx')], { stdio: 'ignore', timeout: 120_000 })
      expect(fs.existsSync(path.join(tmp, 'report.pdf'))).toBe(true)
      fs.copyFileSync(path.join(tmp, 'report.pdf'), path.join(out, 'report.pdf'))
      if (fs.existsSync('/usr/bin/pdftoppm')) {
        execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', path.join(tmp, 'report.pdf'), path.join(out, 'page')], { timeout: 60_000 })
        expect(fs.readdirSync(out).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(2)
      }
    }
  }, 180_000)

  it('section I lists each plan task under its area, with its unit and status; the spreadsheet has them too', async () => {
    const res = await client.request('GET', '/reports/implementation?from=2026-01-01&to=2026-12-31&format=docx', { token: tokens.leader })
    expect(res.status).toBe(200)
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })
    expect(text).toContain('- 1.5 Cuộc thi "Em yêu Quảng Ninh" giới thiệu Vịnh Hạ Long và di sản của tỉnh bằng tiếng Anh (Tổ Địa lý – Lịch sử): Đã hoàn thành.')
    expect(text).toContain('- 1.6.2 Giới thiệu sản phẩm OCOP Quảng Ninh')
    // under its own area's heading: after "5. Hội nhập…" comes 1.6, before "6. Sản phẩm…"
    const area5 = text.indexOf('5. Hội nhập quốc tế')
    const area6 = text.indexOf('6. Sản phẩm, thương hiệu')
    const task16 = text.indexOf('- 1.6 Tuyên truyền các ngày lễ lớn')
    expect(area5).toBeGreaterThan(0)
    expect(task16).toBeGreaterThan(area5)
    expect(task16).toBeLessThan(area6)
    const xlsx = await client.request('GET', '/reports/implementation?from=2026-01-01&to=2026-12-31&format=xlsx', { token: tokens.leader })
    const book = XLSX.read(Buffer.from(await xlsx.arrayBuffer()), { type: 'buffer' })
    const tasks = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['Nhiệm vụ kế hoạch']!)
    expect(tasks).toHaveLength(10)
    expect(tasks.map((row) => row['Mục'])).toEqual(['1.1', '1.1.2', '1.2', '1.3', '1.4', '1.4.2', '1.5', '1.6', '1.6.2', 'II.1'])
    expect(tasks.find((row) => row['Mục'] === '1.5')).toMatchObject({ 'Tình trạng': 'Đã hoàn thành', 'Đơn vị chủ trì': 'Tổ Địa lý – Lịch sử' })
  })

  it('Excel: a summary and one sheet per breakdown, Vietnamese headers, frozen header row, widths and number formats, the same numbers as the JSON', async () => {
    const res = await client.request('GET', `/reports/implementation?${PERIOD}&format=xlsx`, { token: tokens.viewer })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const buffer = Buffer.from(await res.arrayBuffer())
    const json = (await report(`${PERIOD}&format=json`, tokens.viewer)).body
    // read with SheetJS, not with the library that wrote it
    const book = XLSX.read(buffer, { type: 'buffer' })
    expect(book.SheetNames[0]).toBe('Tổng hợp')
    expect(book.SheetNames).toEqual(expect.arrayContaining(['Tin, bài đã đăng theo ngôn ngữ', 'Tin, bài theo nhóm nhiệm vụ', 'Thành tích theo cấp']))
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Tổng hợp']!, { header: 1 })
    const published = summary.find((row) => row[0] === 'Tin, bài đăng trong kỳ')!
    expect(published[1]).toBe(json.figures.published.total)
    const byArea = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Tin, bài theo nhóm nhiệm vụ']!)
    expect(Object.keys(byArea[0]!)).toEqual(['Nhiệm vụ trong kế hoạch', 'Số lượng'])
    const total = byArea.find((r) => r['Nhiệm vụ trong kế hoạch'] === 'Tổng')!
    expect(total['Số lượng']).toBe(json.figures.published.total)
    const rows = byArea.filter((r) => r['Nhiệm vụ trong kế hoạch'] !== 'Tổng')
    expect(rows.reduce((s, r) => s + Number(r['Số lượng']), 0)).toBe(json.figures.published.total)
    // the formatting a person sees
    const zip = await JSZip.loadAsync(buffer)
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(sheet2).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/)
    expect(sheet2).toMatch(/<col [^>]*width="\d+/)
    const styles = await zip.file('xl/styles.xml')!.async('string')
    expect(styles).toContain('formatCode="#,##0"')
    expect(styles).toContain('Times New Roman')
  })
})
