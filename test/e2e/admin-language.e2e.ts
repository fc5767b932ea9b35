import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, login, shot } from './browser'

let browser: Browser
const baseURL = inject('baseURL')

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

describe("the admin speaks the browser's language", () => {
  it("a Vietnamese browser gets the admin in Vietnamese, with the plugin's own labels", async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi')
    await expect.poll(async () => page.locator('button[type="submit"]').innerText()).toMatch(/Đăng nhập/i)
    await shot(page, 'admin-login-vi')
    await login(page, baseURL, 'editor@lechan.test')
    await page.goto(`${baseURL}/admin/collections/articles`)
    await expect.poll(async () => page.locator('body').innerText(), { timeout: 30_000 }).toContain('Bài viết')
    await expect.poll(async () => page.locator('body').innerText()).toContain('Trạng thái')
    await shot(page, 'admin-articles-vi')
    await context.close()
  })

  it('an English browser gets the admin in English', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(async () => page.locator('button[type="submit"]').innerText()).toMatch(/Login/i)
    await login(page, baseURL, 'editor@lechan.test')
    await page.goto(`${baseURL}/admin/collections/articles`)
    await expect.poll(async () => page.locator('body').innerText(), { timeout: 30_000 }).toContain('Articles')
    await expect.poll(async () => page.locator('body').innerText()).toContain('Plan area')
    await shot(page, 'admin-articles-en')
    await context.close()
  })

  it('the seeded demo content is listed: published articles with their English versions', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await login(page, baseURL, 'leader@lechan.test')
    const res = await page.request.get(`${baseURL}/api/language-versions?limit=100&draft=true&depth=0`)
    const body = (await res.json()) as { docs: Array<{ language: string; outdated: boolean }> }
    expect(body.docs.filter((d) => d.language === 'en').length).toBeGreaterThanOrEqual(10)
    expect(body.docs.some((d) => d.outdated)).toBe(true)
    await context.close()
  })

  it('the admin list search ignores tone marks: "dong trieu", "Đông Triều" and "DONG Triều" list the same articles', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    await login(page, baseURL, 'leader@lechan.test')
    const titles = async (q: string) => {
      await page.goto(`${baseURL}/admin/collections/articles?search=${encodeURIComponent(q)}`)
      await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
      return (await page.locator('table tbody tr').allInnerTexts()).map((row) => row.split('\t')[0]!.trim()).sort()
    }
    const folded = await titles('dong trieu')
    expect(folded.length).toBeGreaterThan(0)
    await shot(page, 'admin-search-folded')
    expect(await titles('Đông Triều')).toEqual(folded)
    expect(await titles('DONG Triều')).toEqual(folded)
    await context.close()
  })
})
