/**
 * The quarterly report, on the production server, as a leader makes it: a new report in the admin
 * (in Vietnamese) with its period, the figures and charts of that period, section II written, and
 * the Word and Excel files downloaded and read back. Screenshots in test-results/e2e/reports-*.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import mammoth from 'mammoth'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import * as XLSX from 'xlsx'

import { launch, login, SHOTS, shot } from './browser'
import { api, apiLogin } from './http'

const baseURL = inject('baseURL')
let browser: Browser
let leader: Page

beforeAll(async () => {
  browser = await launch()
  leader = await (await browser.newContext({ acceptDownloads: true, locale: 'vi-VN', viewport: { height: 1100, width: 1400 } })).newPage()
  await login(leader, baseURL, 'leader@lechan.test')
})
afterAll(async () => browser?.close())

describe('the implementation report in the admin', () => {
  it('a leader makes the quarterly report: period, figures and charts, section II, Word and Excel (the time it took is logged)', async () => {
    const started = Date.now()
    await leader.goto(`${baseURL}/admin/collections/implementation-reports/create`)
    await leader.locator('#field-from input').fill('01/10/2025')
    await leader.keyboard.press('Escape')
    await leader.locator('#field-to input').fill('31/12/2025')
    await leader.keyboard.press('Escape')
    await leader.locator('#field-summaryLine').fill('Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2025')
    await leader.locator('#field-number').fill('21/BC-THPTLC')
    await leader.locator('#field-signerName').fill('Nguyễn Văn Hùng')
    await leader.locator('#action-save').click()
    await leader.waitForURL(/\/admin\/collections\/implementation-reports\/\d+/, { timeout: 60_000 })
    const id = Number(leader.url().match(/implementation-reports\/(\d+)/)![1])

    // the figures of the period, the same as the API's
    const token = await apiLogin(baseURL, 'leader@lechan.test')
    const json = await api<{ figures: { published: { total: number }; period: { from: string; to: string } } }>(baseURL, 'GET', `/reports/implementation?report=${id}&format=json`, token)
    expect(json.status).toBe(200)
    expect(json.body.figures.period.from).toBe('2025-09-30T17:00:00.000Z')
    expect(json.body.figures.period.to).toBe('2025-12-31T16:59:59.999Z')
    expect(json.body.figures.published.total).toBeGreaterThan(0)
    const panel = leader.locator('[data-testid="report-panel"]')
    await expect.poll(() => panel.locator('[data-testid="summary-published"]').textContent(), { timeout: 30_000 }).toBe(String(json.body.figures.published.total))
    // charts, drawn: bars in the plan-area and language charts
    await expect.poll(() => panel.locator('[data-testid="chart-byPlanArea"] .recharts-bar-rectangle').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await panel.locator('[data-testid="chart-byLanguage"] .recharts-bar-rectangle').count()).toBeGreaterThan(0)
    expect(await panel.innerText()).toContain('Tin, bài theo nhóm nhiệm vụ')
    await shot(leader, 'reports-1-figures-and-charts')

    // section II, written and saved
    const limitations = 'Một số tổ chuyên môn gửi bài chậm; tỉ lệ bài có bản tiếng Anh còn thấp.'
    await leader.locator('#field-limitations').fill(limitations)
    await leader.locator('#action-save').click()
    await expect.poll(async () => (await api<{ limitations?: string }>(baseURL, 'GET', `/implementation-reports/${id}`, token)).body.limitations, { timeout: 30_000 }).toBe(limitations)

    // both files, downloaded from the screen
    const download = async (testId: string) => {
      const [file] = await Promise.all([leader.waitForEvent('download', { timeout: 60_000 }), leader.locator(`[data-testid="${testId}"]`).click()])
      const target = path.join(SHOTS, `reports-${file.suggestedFilename()}`)
      fs.mkdirSync(SHOTS, { recursive: true })
      await file.saveAs(target)
      return { buffer: fs.readFileSync(target), name: file.suggestedFilename() }
    }
    const docx = await download('download-docx')
    expect(docx.name).toBe('bao-cao-thong-tin-doi-ngoai_2025-10-01_2025-12-31.docx')
    const { value: text } = await mammoth.extractRawText({ buffer: docx.buffer })
    expect(text).toContain('Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2025')
    expect(text).toContain('Số: 21/BC-THPTLC')
    expect(text).toContain(limitations)
    const xlsx = await download('download-xlsx')
    expect(xlsx.name.endsWith('.xlsx')).toBe(true)
    const book = XLSX.read(xlsx.buffer, { type: 'buffer' })
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Tổng hợp']!, { header: 1 })
    expect(summary.find((row) => row[0] === 'Tin, bài đăng trong kỳ')![1]).toBe(json.body.figures.published.total)
    const seconds = (Date.now() - started) / 1000
    console.info(`reports: the quarterly report, from a new report to both files, took ${seconds.toFixed(1)} s`)
    await shot(leader, 'reports-2-saved')
  })
})
