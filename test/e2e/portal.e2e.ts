/**
 * The public portal in Chromium, against the production server with the demo data: accessibility
 * (axe-core, WCAG 2.1 AA), language markup and switcher, folded search, draft preview, and a
 * publish or unpublish showing on the very next request. Screenshots go to test-results/e2e/.
 */
import { createRequire } from 'node:module'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, login, shot } from './browser'

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')
const baseURL = inject('baseURL')
// a browser's fetch sends its Origin, and the session cookie counts only with it (csrf)
const SAME_ORIGIN = { origin: baseURL }
let browser: Browser
let visitor: BrowserContext
let page: Page
const path = (url: string) => new URL(url).pathname

type Violation = { help: string; id: string; impact: string; nodes: { target: string[] }[] }

async function axe(p: Page): Promise<Violation[]> {
  await p.addScriptTag({ path: AXE })
  const result = await p.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )
  return result.violations
}
const serious = (violations: Violation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)

async function feedItems(lang: string) {
  const res = await fetch(`${baseURL}/api/feeds/${lang}/feed.json`)
  expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
  return (await res.json()).items as { _hreflang: { language: string; url: string }[]; image?: string; title: string; url: string }[]
}

beforeAll(async () => {
  browser = await launch()
  visitor = await browser.newContext({ locale: 'vi-VN', viewport: { height: 900, width: 1280 } })
  page = await visitor.newPage()
})
afterAll(async () => browser?.close())

describe('portal pages', () => {
  it('home, article, achievement and search pages have no serious or critical axe violations (WCAG 2.1 AA)', async () => {
    const vi = await feedItems('vi')
    const article = vi.find((i) => i.url.includes('/news/'))!
    const achievement = vi.find((i) => i.url.includes('/achievements/'))!
    const pages: [string, string][] = [
      ['portal-home-vi', '/vi'],
      ['portal-home-en', '/en'],
      ['portal-article', path(article.url)],
      ['portal-achievement', path(achievement.url)],
      ['portal-achievements', '/vi/achievements'],
      ['portal-search', '/vi/search?q=dong+trieu'],
    ]
    for (const [name, url] of pages) {
      const res = await page.goto(`${baseURL}${url}`)
      expect(res?.status(), url).toBe(200)
      await shot(page, name)
      expect(serious(await axe(page)), url).toEqual([])
    }
  })

  it("the portal speaks the demo's other languages: /ko, /zh, /ja and /fr have their own words, with nothing marked as English", async () => {
    for (const [code, home, search] of [
      ['ko', '홈', '검색'],
      ['zh', '首页', '搜索'],
      ['ja', 'ホーム', '検索'],
      ['fr', 'Accueil', 'Rechercher'],
    ] as const) {
      const res = await page.goto(`${baseURL}/${code}`)
      expect(res?.status(), code).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe(code)
      expect(await page.locator('nav li').first().innerText(), code).toBe(home)
      expect(await page.locator('.search-form button').innerText(), code).toBe(search)
      // the portal's own words are in the page's language: no English fallback to mark
      expect(await page.locator('header [lang="en"], footer [lang="en"]').count(), code).toBe(0)
    }
    await shot(page, 'portal-home-fr')
    expect(serious(await axe(page)), '/fr').toEqual([])
  })

  it('an item page has <html lang>, reciprocal hreflang with x-default, and Open Graph with the og rendition', async () => {
    const en = (await feedItems('en')).find((i) => i.image && i._hreflang.some((h) => h.language === 'vi'))!
    const viUrl = en._hreflang.find((h) => h.language === 'vi')!.url
    const hreflang = async () => Object.fromEntries(await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')])))
    await page.goto(viUrl)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    const fromVi = await hreflang()
    expect(fromVi).toMatchObject({ en: en.url, vi: viUrl, 'x-default': viUrl })
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/-1200x630\.(jpg|jpeg|png|webp)$/)
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(await page.locator('h1').innerText())
    await page.goto(en.url)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await hreflang()).toEqual(fromVi)
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_US')
  })

  it('the language switcher leads to the same item in English when it exists, else to the English home page and says so', async () => {
    const en = (await feedItems('en')).find((i) => i._hreflang.some((h) => h.language === 'vi'))!
    await page.goto(en._hreflang.find((h) => h.language === 'vi')!.url)
    await page.locator('nav.languages a[hreflang="en"]').click()
    await page.waitForURL(en.url)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    const translated = new Set(en._hreflang.map((h) => h.url))
    const untranslated = (await feedItems('vi')).find((i) => i.url.includes('/news/') && !translated.has(i.url) && !i._hreflang.some((h) => h.language === 'en'))!
    await page.goto(untranslated.url)
    const link = page.locator('nav.languages a[hreflang="en"]')
    expect(await link.getAttribute('href')).toBe('/en')
    // compact: the code shows, the name and the note are read out and shown on hover
    expect(await link.locator('.code').innerText()).toBe('EN')
    expect(await link.getAttribute('title')).toContain('chưa có bản bằng ngôn ngữ này')
    expect(await link.locator('.sr-only').textContent()).toContain('chưa có bản bằng ngôn ngữ này')
    await shot(page, 'portal-switcher-untranslated')
  })

  it('search ignores tone marks: "dong trieu" finds Đông Triều, "le chan" finds Lê Chân', async () => {
    await page.goto(`${baseURL}/vi`)
    await page.locator('#site-search').fill('dong trieu')
    await Promise.all([page.waitForURL(/\/vi\/search\?q=dong\+trieu/), page.locator('#site-search').press('Enter')])
    const results = page.locator('#search-results ~ ul.cards li')
    expect(await results.count()).toBeGreaterThan(0)
    expect(await page.locator('#search-results ~ ul.cards').innerText()).toMatch(/Đông Triều/)
    await page.goto(`${baseURL}/vi/search?q=le+chan`)
    expect(await page.locator('#search-results ~ ul.cards li').count()).toBeGreaterThan(0)
    expect(await page.locator('#search-results ~ ul.cards').innerText()).toMatch(/Lê Chân/)
  })

  it("search finds words that are only in an article's body", async () => {
    const res = await fetch(`${baseURL}/api/feeds/vi/feed.json`)
    const items = (await res.json()).items as { content_html?: string; summary?: string; title: string; url: string }[]
    // three words in a row from a body that are in neither the title nor the summary
    let found: null | { title: string; words: string } = null
    for (const item of items.filter((i) => i.url.includes('/news/') && i.content_html)) {
      const words = item
        .content_html!.replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter((w) => /^[\p{L}]{3,}$/u.test(w))
      for (let i = 0; i + 3 <= words.length && !found; i += 1) {
        const phrase = words.slice(i, i + 3).join(' ')
        if (!item.title.includes(words[i]!) && !(item.summary ?? '').includes(phrase) && !item.title.includes(phrase)) found = { title: item.title, words: phrase }
      }
      if (found) break
    }
    expect(found).not.toBeNull()
    await page.goto(`${baseURL}/vi/search?q=${encodeURIComponent(found!.words)}`)
    expect(await page.locator('#search-results ~ ul.cards').innerText()).toContain(found!.title)
  })

  it("on a phone (390×844) an article's title is in the first screen; the menu folds behind a button", async () => {
    const phone = await browser.newContext({ locale: 'vi-VN', viewport: { height: 844, width: 390 } })
    const p = await phone.newPage()
    const article = (await feedItems('vi')).find((i) => i.url.includes('/news/'))!
    await p.goto(article.url)
    const title = await p.locator('h1').boundingBox()
    expect(title).not.toBeNull()
    expect(title!.y + title!.height).toBeLessThanOrEqual(844)
    const menu = p.locator('.menu-button')
    expect(await menu.isVisible()).toBe(true)
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await p.locator('#site-menu').isVisible()).toBe(false)
    await shot(p, 'portal-phone-article')
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    expect(await p.locator('#site-menu').isVisible()).toBe(true)
    await shot(p, 'portal-phone-menu-open')
    expect(serious(await axe(p))).toEqual([])
    await phone.close()
  })

  it("the header has the school's emblem and name; the switcher is compact; no internal words; a favicon", async () => {
    const article = (await feedItems('vi')).find((i) => i.url.includes('/news/'))!
    await page.goto(article.url)
    expect(await page.locator('.site-name img').getAttribute('src')).toBe('/emblem.svg')
    expect((await page.locator('nav.languages .code').allInnerTexts()).slice(0, 2)).toEqual(['VI', 'EN'])
    const text = await page.locator('body').innerText()
    expect(text).not.toMatch(/ninjs|Nghị quyết 47\/NQ-CP về công tác thông tin đối ngoại$/m)
    expect(await page.locator('.plan-area').count()).toBe(0)
    expect(text).not.toMatch(/Ảnh: Ảnh:/)
    const icon = await fetch(`${baseURL}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect((await icon.arrayBuffer()).byteLength).toBeGreaterThan(100)
  })
})

const XSS = '<script>alert("xss")</script><img src=x onerror=alert("xss")>'

describe('preview and publishing', () => {
  let staff: BrowserContext
  let editorPage: Page
  let leaderPage: Page
  let id: number
  const title = `Bản tin thử nghiệm xem trước ${Date.now()}`
  let url = ''

  beforeAll(async () => {
    staff = await browser.newContext({ locale: 'vi-VN' })
    editorPage = await staff.newPage()
    await login(editorPage, baseURL, 'editor@lechan.test')
    const leaderContext = await browser.newContext({ locale: 'vi-VN' })
    leaderPage = await leaderContext.newPage()
    await login(leaderPage, baseURL, 'leader@lechan.test')
  })

  it('a signed-in editor previews a draft at its future URL under a "Bản nháp / Draft preview" banner; anonymous visitors never see it', async () => {
    const created = await editorPage.request.post(`${baseURL}/api/articles?draft=true`, {
      headers: SAME_ORIGIN,
      data: {
        body: { root: { children: [{ children: [{ text: 'Nội dung bản nháp.', type: 'text', version: 1 }], type: 'paragraph', version: 1 }], type: 'root', version: 1 } },
        planArea: 'ocop',
        summary: 'Tóm tắt bản nháp.',
        title,
      },
    })
    expect(created.status()).toBe(201)
    const doc = (await created.json()).doc
    id = doc.id
    url = `/vi/news/${doc.slug}`
    // the admin's Preview button opens the future URL in preview mode
    await editorPage.goto(`${baseURL}/admin/collections/articles/${id}`)
    const previewHref = await editorPage.locator('#preview-button').getAttribute('href', { timeout: 30_000 })
    expect(previewHref).toBe(`${baseURL}${url}?preview=1`)
    await editorPage.goto(previewHref!)
    await expect.poll(() => editorPage.locator('.draft-banner').innerText()).toContain('Bản nháp / Draft preview')
    expect(await editorPage.locator('h1').innerText()).toBe(title)
    // a draft says so, not "Đăng ngày …"
    expect(await editorPage.locator('.meta').innerText()).toContain('Bản nháp: chưa đăng')
    expect(await editorPage.locator('.meta').innerText()).not.toContain('Đăng ngày')
    await shot(editorPage, 'portal-preview-draft')
    for (const suffix of ['?preview=1', '']) {
      const res = await page.goto(`${baseURL}${url}${suffix}`)
      expect(res?.status()).toBe(404)
      expect(await page.content()).not.toContain(title)
    }
  })

  it('a publish shows on the next request to the page, the home page and the feed; an unpublish removes it at once', async () => {
    const act = async (p: Page, body: Record<string, unknown>) => {
      const res = await p.request.post(`${baseURL}/api/articles/${id}/workflow`, { data: body, headers: SAME_ORIGIN })
      expect(res.status(), JSON.stringify(await res.json())).toBe(200)
    }
    // warm the caches first, so the test shows they are invalidated
    expect((await page.goto(`${baseURL}/vi`))?.status()).toBe(200)
    const before = await fetch(`${baseURL}/api/feeds/vi/rss.xml`)
    expect(await before.text()).not.toContain(title)
    const etag = before.headers.get('etag')!
    // served again from the cache (server.mjs's fast path): 304 to a conditional request
    expect((await fetch(`${baseURL}/api/feeds/vi/rss.xml`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    await act(editorPage, { action: 'submit' })
    await act(leaderPage, { action: 'approve', checklist: { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true } })
    await act(leaderPage, { action: 'publish' })
    expect((await page.goto(`${baseURL}${url}`))?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toBe(title)
    await page.goto(`${baseURL}/vi`)
    expect(await page.locator('main').innerText()).toContain(title)
    const after = await fetch(`${baseURL}/api/feeds/vi/rss.xml`, { headers: { 'if-none-match': etag } })
    expect(after.status).toBe(200)
    expect(await after.text()).toContain(title)
    await act(leaderPage, { action: 'unpublish', comment: 'Gỡ bài thử nghiệm.' })
    expect((await page.goto(`${baseURL}${url}`))?.status()).toBe(404)
    await page.goto(`${baseURL}/vi`)
    expect(await page.locator('main').innerText()).not.toContain(title)
  })

  it('an XSS payload in the title, summary and body of a published item runs nowhere on the page', async () => {
    const created = await editorPage.request.post(`${baseURL}/api/articles?draft=true`, {
      headers: SAME_ORIGIN,
      data: {
        body: { root: { children: [{ children: [{ text: `Thân bài ${XSS}`, type: 'text', version: 1 }], type: 'paragraph', version: 1 }], type: 'root', version: 1 } },
        planArea: 'ocop',
        summary: `Tóm tắt ${XSS}`,
        title: `Kiểm tra an toàn ${Date.now()} ${XSS}`,
      },
    })
    const doc = (await created.json()).doc
    const act = async (p: Page, body: Record<string, unknown>) => {
      const res = await p.request.post(`${baseURL}/api/articles/${doc.id}/workflow`, { data: body, headers: SAME_ORIGIN })
      expect(res.status(), JSON.stringify(await res.json())).toBe(200)
    }
    await act(editorPage, { action: 'submit' })
    await act(leaderPage, { action: 'approve', checklist: { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true } })
    await act(leaderPage, { action: 'publish' })
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    for (const target of [`/vi/news/${doc.slug}`, '/vi', `/vi/search?q=kiem+tra+an+toan`]) {
      expect((await page.goto(`${baseURL}${target}`))?.status(), target).toBe(200)
      expect(await page.locator('main script, main img[onerror], main [onerror]').count(), target).toBe(0)
    }
    await page.goto(`${baseURL}/vi/news/${doc.slug}`)
    expect(await page.locator('.body').innerText()).toContain('Thân bài <script>alert("xss")</script>')
    expect(dialogs).toEqual([])
  })
})
