/**
 * The whole journey in the admin, as staff would walk it without help, on the production build:
 * an editor (vi), a translator (en) and two leaders (vi) take an article from draft to a published
 * English version, with one refusal each (the message they read, in their language, and the way
 * to fix it), then one outdated cycle: the source's text changes, is approved, the translation is
 * flagged, the translator reads what changed and marks it up to date. Screenshots of every step
 * go to test-results/e2e/journey-*.png.
 */
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, login, shot } from './browser'
import { api, apiLogin } from './http'

const baseURL = inject('baseURL')
const stamp = Date.now()
const title = `Học sinh Lê Chân dẫn khách tham quan Bảo tàng Quảng Ninh ${stamp}`
const englishTitle = `Le Chan students guide visitors at the Quang Ninh Museum ${stamp}`
let browser: Browser
let editor: Page
let translator: Page
let leader: Page
let leader2: Page
let articleId = 0
let versionId = 0
let photoId = 0

async function page(email: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { height: 1000, width: 1400 } })
  const p = await context.newPage()
  await login(p, baseURL, email)
  return p
}

beforeAll(async () => {
  browser = await launch()
  editor = await page('editor@lechan.test', 'vi-VN')
  translator = await page('translator@lechan.test', 'en-US')
  leader = await page('leader@lechan.test', 'vi-VN')
  leader2 = await page('leader2@lechan.test', 'vi-VN')
  // a photo with its Vietnamese alt text only (uploaded as the editor would from the media library)
  const token = await apiLogin(baseURL, 'editor@lechan.test')
  const jpeg = await sharp({ create: { background: { b: 90, g: 140, r: 200 }, channels: 3, height: 600, width: 900 } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `bao-tang-${stamp}.jpg`)
  form.append('_payload', JSON.stringify({ alt: 'Học sinh thuyết minh tại bảo tàng', caption: 'Học sinh lớp 11 tại Bảo tàng Quảng Ninh.', consentStatus: 'not-needed', credit: 'Tổ Ngữ văn' }))
  const res = await fetch(`${baseURL}/api/media?locale=vi`, { body: form, headers: { authorization: `JWT ${token}` }, method: 'POST' })
  expect(res.status).toBe(201)
  photoId = ((await res.json()) as { doc: { id: number } }).doc.id
})
afterAll(async () => browser?.close())

const panel = (p: Page) => p.locator('[data-testid="workflow-panel"]')
const stateOf = (p: Page) => panel(p).locator('.workflow-badge').getAttribute('data-state')

/** Open an action's form in the panel, fill it, confirm; wait for the reload when it goes through. */
async function act(p: Page, action: string, fill?: (form: ReturnType<Page['locator']>) => Promise<void>, expectRefusal = false) {
  await panel(p).locator(`button[data-action="${action}"]`).click()
  const form = p.locator('[data-testid="workflow-form"]')
  await form.waitFor()
  if (fill) await fill(form)
  if (expectRefusal) {
    await form.locator('[data-testid="workflow-confirm"]').click()
    await p.locator('[data-testid="workflow-error"]').waitFor()
    return p.locator('[data-testid="workflow-error"]').innerText()
  }
  await Promise.all([p.waitForEvent('load'), form.locator('[data-testid="workflow-confirm"]').click()])
  await panel(p).waitFor()
  return ''
}

const tickChecklist = async (form: ReturnType<Page['locator']>) => {
  for (const box of await form.locator('input[type="checkbox"][name^="checklist-"]').all()) await box.check()
}

async function saveDraft(p: Page) {
  await p.locator('#action-save-draft').click()
  await expect.poll(() => p.locator('#action-save-draft').isDisabled(), { timeout: 30_000 }).toBe(true)
}

describe('from a Vietnamese draft to a published English version, without help', () => {
  it('the editor drafts; "Gửi duyệt" on an unsaved edit is refused with "Lưu trước khi gửi duyệt", then goes through once saved', async () => {
    await editor.goto(`${baseURL}/admin/collections/articles/create`)
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-summary').fill('Học sinh lớp 11 thuyết minh cho khách tham quan bằng tiếng Việt và tiếng Anh.')
    await editor.locator('#field-planArea .rs__control').click()
    await editor.locator('.rs__option', { hasText: 'OCOP' }).click()
    const body = editor.locator('.rich-text-lexical .ContentEditable__root').first()
    await body.click()
    await body.pressSequentially('Các em giới thiệu lịch sử vùng mỏ Quảng Ninh.')
    await editor.locator('#action-save-draft').click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
    articleId = Number(editor.url().match(/articles\/(\d+)/)![1])
    // the photo goes on the article (through the API: the upload picker is Payload's own)
    const token = await apiLogin(baseURL, 'editor@lechan.test')
    expect((await api(baseURL, 'PATCH', `/articles/${articleId}?draft=true`, token, { featuredImage: photoId })).status).toBe(200)
    await editor.reload()
    await panel(editor).locator('button[data-action="submit"]').waitFor()

    // an edit not saved yet: the action refuses rather than send the old text for review
    await editor.locator('#field-summary').fill('Học sinh lớp 11 thuyết minh cho khách tham quan bằng tiếng Việt và tiếng Anh, có ảnh.')
    const refusal = await act(editor, 'submit', undefined, true)
    expect(refusal).toContain('Lưu trước khi gửi duyệt')
    await shot(editor, 'journey-1-editor-unsaved-refused')
    expect(await stateOf(editor)).toBe('draft')
    await editor.locator('[data-testid="workflow-form"] button', { hasText: 'Hủy' }).click()
    await saveDraft(editor)
    await act(editor, 'submit')
    expect(await stateOf(editor)).toBe('in_review')
    // what was submitted is the saved edit
    const saved = await api(baseURL, 'GET', `/articles/${articleId}?draft=true`, token)
    expect(saved.body.summary).toContain('có ảnh')
    await shot(editor, 'journey-1-editor-submitted')
  })

  it('the leader finds it waiting on the dashboard (submitter, time waiting), is refused without the checklist, then sends it back', async () => {
    await leader.goto(`${baseURL}/admin`)
    const row = leader.locator('[data-testid="dashboard-waiting"] [data-testid="dashboard-row"]', { hasText: title })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toContain('Trần Thu Hà')
    await shot(leader, 'journey-2-leader-dashboard')
    await row.locator('a').click()
    await panel(leader).locator('button[data-action="approve"]').waitFor()
    expect(await panel(leader).innerText()).toContain('Gửi duyệt bởi Trần Thu Hà')
    // refusal: no checklist ticked; the message is the server's, in Vietnamese, with what to do
    const refusal = await act(leader, 'approve', undefined, true)
    expect(refusal).toContain('Cần sửa trước')
    expect(refusal).toContain('Đã kiểm chứng nguồn tin')
    expect(refusal).not.toContain('unknown error')
    await shot(leader, 'journey-2-leader-approve-refused')
    await leader.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    await act(leader, 'request_changes', async (form) => {
      await form.locator('textarea[name="comment"]').fill('Ghi rõ tên bảo tàng và thời gian.')
    })
    expect(await stateOf(leader)).toBe('changes_requested')
  })

  it('the editor sees the request on the dashboard, fixes the text and resubmits', async () => {
    await editor.goto(`${baseURL}/admin`)
    const row = editor.locator('[data-testid="dashboard-changes"] [data-testid="dashboard-row"]', { hasText: title })
    await row.waitFor({ timeout: 30_000 })
    await shot(editor, 'journey-3-editor-dashboard')
    await row.locator('a').click()
    await panel(editor).locator('button[data-action="submit"]').waitFor()
    expect(await panel(editor).locator('[data-testid="workflow-history"]').innerText()).toContain('Ghi rõ tên bảo tàng')
    await editor.locator('#field-summary').fill('Ngày 20/11, học sinh lớp 11 thuyết minh tại Bảo tàng Quảng Ninh bằng tiếng Việt và tiếng Anh.')
    await saveDraft(editor)
    await act(editor, 'submit')
    expect(await stateOf(editor)).toBe('in_review')
  })

  it('the leader approves with the checklist and publishes; header, badge and list agree', async () => {
    await leader.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    await act(leader, 'approve', tickChecklist)
    expect(await stateOf(leader)).toBe('approved')
    await act(leader, 'publish')
    expect(await stateOf(leader)).toBe('published')
    expect(await leader.locator('[data-testid="workflow-status"] .workflow-badge').innerText()).toBe('Đã đăng')
    await leader.goto(`${baseURL}/admin/collections/articles?search=${encodeURIComponent(String(stamp))}`)
    await expect.poll(() => leader.locator('.workflow-badge', { hasText: 'Đã đăng' }).count(), { timeout: 30_000 }).toBe(1)
    await shot(leader, 'journey-4-leader-published-list')
  })

  it('the translator (in English) starts a version: the source text beside it, the language preselected, the source language not offered', async () => {
    await translator.goto(`${baseURL}/admin/collections/language-versions/create`)
    await translator.locator('#field-source .rs__control').click()
    await translator.locator('#field-source input').fill(String(stamp))
    await translator.locator('.rs__option', { hasText: title }).click()
    const source = translator.locator('[data-testid="source-text"]')
    await expect.poll(() => source.innerText(), { timeout: 30_000 }).toContain('Bảo tàng Quảng Ninh bằng tiếng Việt và tiếng Anh')
    expect(await translator.locator('#field-language').innerText()).toContain('English')
    await translator.locator('#field-language .rs__control').click()
    const offered = await translator.locator('.rs__option').allInnerTexts()
    expect(offered).not.toContain('Vietnamese')
    expect(offered.length).toBeGreaterThan(0)
    await translator.keyboard.press('Escape')
    await translator.locator('#field-title').fill(englishTitle)
    await translator.locator('#field-summary').fill('On 20 November, Year 11 students guided visitors at the Quang Ninh Museum in Vietnamese and English.')
    const body = translator.locator('.rich-text-lexical .ContentEditable__root').first()
    await body.click()
    await body.pressSequentially('The students presented the history of the Quang Ninh coal region.')
    await shot(translator, 'journey-5-translator-workspace')
    await translator.locator('#action-save-draft').click()
    await translator.waitForURL(/\/admin\/collections\/language-versions\/\d+/, { timeout: 60_000 })
    versionId = Number(translator.url().match(/language-versions\/(\d+)/)![1])
    await panel(translator).locator('button[data-action="submit"]').waitFor()
    // the translator's refusal: an edit not saved yet
    await translator.locator('#field-summary').fill('On 20 November, Year 11 students guided visitors at the Quang Ninh Museum.')
    expect(await act(translator, 'submit', undefined, true)).toContain('Save before "Submit for review"')
    await translator.locator('[data-testid="workflow-form"] button', { hasText: 'Cancel' }).click()
    await saveDraft(translator)
    await act(translator, 'submit')
    expect(await stateOf(translator)).toBe('in_review')
  })

  it('the second leader is refused: the photo has no English alt text, with a link to add it', async () => {
    await leader2.goto(`${baseURL}/admin/collections/language-versions/${versionId}`)
    const refusal = await act(leader2, 'approve', tickChecklist, true)
    expect(refusal).toContain(`bao-tang-${stamp}.jpg`)
    expect(refusal).toContain('chưa có văn bản thay thế')
    await shot(leader2, 'journey-6-leader2-alt-refused')
    // the fix is one click away: the photo's text in this version's language
    const fix = leader2.locator('[data-testid="workflow-error"] .workflow-fix', { hasText: 'Thêm văn bản thay thế' })
    expect(await fix.count()).toBe(1)
  })

  it('the translator adds the English alt text in the version form; the second leader approves and publishes', async () => {
    await translator.goto(`${baseURL}/admin/collections/language-versions/${versionId}`)
    const photo = translator.locator(`#photo-${photoId}`)
    await photo.waitFor({ timeout: 30_000 })
    expect(await photo.innerText()).toContain('Học sinh thuyết minh tại bảo tàng')
    expect(await photo.locator('[data-testid="source-caption"]').innerText()).toContain('Học sinh lớp 11 tại Bảo tàng Quảng Ninh.')
    await photo.locator('input[name^="photo-alt-"]').fill('Students explaining an exhibit at the museum')
    await photo.locator('textarea[name^="photo-caption-"]').fill('Year 11 students at the Quang Ninh Museum.')
    await photo.locator('[data-testid="save-photo"]').click()
    await expect.poll(() => photo.innerText()).toContain('Saved.')
    await shot(translator, 'journey-7-translator-photo-text')
    await leader2.goto(`${baseURL}/admin/collections/language-versions/${versionId}`)
    await act(leader2, 'approve', tickChecklist)
    await act(leader2, 'publish')
    expect(await stateOf(leader2)).toBe('published')
    const page = await fetch(`${baseURL}/en`).then((r) => r.text())
    expect(page).toContain(englishTitle)
  })
})

describe('one outdated cycle', () => {
  it('an edit of the live source reads "Đã đăng · có bản sửa chờ duyệt" in the header and the list; the translation is not flagged yet', async () => {
    await editor.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    await panel(editor).waitFor()
    await editor.locator('#field-summary').fill('Ngày 20/11, học sinh lớp 11 thuyết minh tại Bảo tàng Quảng Ninh cho 300 khách bằng tiếng Việt và tiếng Anh.')
    await saveDraft(editor)
    // the panel and the header follow the save without a reload
    await expect.poll(() => editor.locator('[data-testid="workflow-status"] .workflow-badge').innerText(), { timeout: 30_000 }).toBe('Đã đăng · có bản sửa chờ duyệt')
    await expect.poll(() => panel(editor).locator('.workflow-badge').first().innerText()).toBe('Đã đăng · có bản sửa chờ duyệt')
    await shot(editor, 'journey-8-editor-pending-edit')
    await editor.goto(`${baseURL}/admin/collections/articles?search=${encodeURIComponent(String(stamp))}`)
    await expect.poll(() => editor.locator('.workflow-badge', { hasText: 'Đã đăng · có bản sửa chờ duyệt' }).count(), { timeout: 30_000 }).toBe(1)
    const token = await apiLogin(baseURL, 'translator@lechan.test')
    expect((await api(baseURL, 'GET', `/language-versions/${versionId}?draft=true`, token)).body.outdated).toBe(false)
    // submitted, then changed again: the leader is warned before approving
    await editor.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    await act(editor, 'submit')
    await editor.locator('#field-title').fill(`${title} (cập nhật)`)
    await saveDraft(editor)
  })

  it('the leader is warned that the text changed after submission, approves; the translation turns outdated', async () => {
    await leader.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    await leader.locator('[data-testid="workflow-changed-since-submit"]').waitFor({ timeout: 30_000 })
    expect(await leader.locator('[data-testid="workflow-changed-since-submit"] a').getAttribute('href')).toMatch(/versionFrom=/)
    await shot(leader, 'journey-9-leader-changed-warning')
    await act(leader, 'approve', tickChecklist)
    const token = await apiLogin(baseURL, 'translator@lechan.test')
    expect((await api(baseURL, 'GET', `/language-versions/${versionId}?draft=true`, token)).body.outdated).toBe(true)
  })

  it('the translator sees it on the dashboard and in the list, reads what changed, and marks it up to date', async () => {
    await translator.goto(`${baseURL}/admin`)
    const row = translator.locator('[data-testid="dashboard-outdated"] [data-testid="dashboard-row"]', { hasText: englishTitle })
    await row.waitFor({ timeout: 30_000 })
    await translator.goto(`${baseURL}/admin/collections/language-versions?where[outdated][equals]=true`)
    await expect.poll(() => translator.locator('tr', { hasText: englishTitle }).locator('[data-testid="outdated-badge"]').innerText(), { timeout: 30_000 }).toBe('Needs update')
    await shot(translator, 'journey-10-translator-outdated-list')
    await translator.goto(`${baseURL}/admin/collections/language-versions/${versionId}`)
    const diff = translator.locator('[data-testid="source-diff"]')
    await diff.waitFor({ timeout: 30_000 })
    expect(await diff.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('300')]))
    await shot(translator, 'journey-10-translator-diff')
    await act(translator, 'up_to_date', async (form) => {
      await form.locator('textarea[name="comment"]').fill('Checked: the English text already mentions the visitors.')
    })
    expect(await translator.locator('[data-testid="outdated-badge"]').count()).toBe(0)
    expect(await panel(translator).locator('[data-testid="workflow-history"]').innerText()).toContain('Marked as up to date')
    await shot(translator, 'journey-10-translator-up-to-date')
  })
})
