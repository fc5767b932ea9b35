/**
 * The review workflow in the admin, in Chromium: an editor drafts and submits, a leader sends it
 * back, the editor fixes and resubmits, the leader approves with the checklist and publishes.
 * A screenshot of each step goes to test-results/e2e/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, login, shot } from './browser'

let browser: Browser
let editorContext: BrowserContext
let leaderContext: BrowserContext
let editor: Page
let leader: Page
let articleUrl = ''
const baseURL = inject('baseURL')
const title = `Học sinh Lê Chân giới thiệu gốm Đông Triều ${Date.now()}`

beforeAll(async () => {
  browser = await launch()
  editorContext = await browser.newContext({ locale: 'vi-VN', viewport: { height: 1000, width: 1400 } })
  leaderContext = await browser.newContext({ locale: 'vi-VN', viewport: { height: 1000, width: 1400 } })
  editor = await editorContext.newPage()
  leader = await leaderContext.newPage()
  await login(editor, baseURL, 'editor@lechan.test')
  await login(leader, baseURL, 'leader@lechan.test')
})
afterAll(async () => browser?.close())

async function takeAction(page: Page, action: string, fill?: (form: ReturnType<Page['locator']>) => Promise<void>) {
  await page.locator(`[data-testid="workflow-panel"] button[data-action="${action}"]`).click()
  const form = page.locator('[data-testid="workflow-form"]')
  await form.waitFor()
  if (fill) await fill(form)
  await Promise.all([page.waitForEvent('load'), form.locator('[data-testid="workflow-confirm"]').click()])
  await page.locator('[data-testid="workflow-panel"]').waitFor()
}

const stateOf = (page: Page) => page.locator('[data-testid="workflow-panel"] .workflow-badge').getAttribute('data-state')

describe('review workflow in the admin', () => {
  it('1. the editor drafts an article and submits it for review', async () => {
    await editor.goto(`${baseURL}/admin/collections/articles/create`)
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-summary').fill('Học sinh giới thiệu nghề gốm truyền thống với khách quốc tế.')
    await editor.locator('#field-planArea .rs__control').click()
    await editor.locator('.rs__option', { hasText: 'OCOP' }).click()
    const body = editor.locator('.rich-text-lexical .ContentEditable__root').first()
    await body.click()
    await body.pressSequentially('Gốm Đông Triều có lịch sử hơn 700 năm.')
    await shot(editor, 'workflow-1-editor-draft')
    await editor.locator('#action-save-draft').click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
    articleUrl = editor.url()
    await editor.locator('[data-testid="workflow-panel"] button[data-action="submit"]').waitFor()
    await takeAction(editor, 'submit')
    expect(await stateOf(editor)).toBe('in_review')
    await expect.poll(() => editor.locator('[data-testid="workflow-panel"] button[data-action="approve"]').count()).toBe(0)
    await shot(editor, 'workflow-1-editor-submitted')
  })

  it('2. the leader sees it waiting for review on the dashboard and requests changes with a comment', async () => {
    await leader.goto(`${baseURL}/admin`)
    await expect.poll(() => leader.locator('[data-testid="dashboard-waiting"]').innerText(), { timeout: 30_000 }).toContain(title)
    await shot(leader, 'workflow-2-leader-queue')
    await leader.goto(articleUrl)
    await leader.locator('[data-testid="workflow-panel"] button[data-action="request_changes"]').waitFor()
    await takeAction(leader, 'request_changes', async (form) => {
      await form.locator('textarea[name="comment"]').fill('Bổ sung tên nghệ nhân và nguồn ảnh.')
    })
    expect(await stateOf(leader)).toBe('changes_requested')
    await expect.poll(() => leader.locator('[data-testid="workflow-history"]').innerText()).toContain('Bổ sung tên nghệ nhân')
    await shot(leader, 'workflow-2-leader-requested-changes')
  })

  it('3. the editor fixes it and resubmits; they never see an approve button', async () => {
    await editor.goto(articleUrl)
    await editor.locator('#field-summary').fill('Nghệ nhân Nguyễn Văn Gốm giới thiệu nghề gốm truyền thống với khách quốc tế.')
    await editor.locator('#action-save-draft').click()
    await editor.waitForTimeout(1500)
    await editor.reload()
    await editor.locator('[data-testid="workflow-panel"] button[data-action="submit"]').waitFor()
    expect(await editor.locator('button[data-action="approve"]').count()).toBe(0)
    await takeAction(editor, 'submit')
    expect(await stateOf(editor)).toBe('in_review')
    expect(await editor.locator('button[data-action="approve"]').count()).toBe(0)
    expect(await editor.locator('button[data-action="publish"]').count()).toBe(0)
    await shot(editor, 'workflow-3-editor-resubmitted')
  })

  it('4. the leader approves with the checklist and publishes; the article is public', async () => {
    await leader.goto(articleUrl)
    await takeAction(leader, 'approve', async (form) => {
      for (const box of await form.locator('input[type="checkbox"][name^="checklist-"]').all()) await box.check()
      await shot(leader, 'workflow-4-leader-checklist')
    })
    expect(await stateOf(leader)).toBe('approved')
    await takeAction(leader, 'publish')
    expect(await stateOf(leader)).toBe('published')
    await shot(leader, 'workflow-4-leader-published')
    const id = articleUrl.split('/').pop()
    const res = await fetch(`${baseURL}/api/articles/${id}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { summary: string }).summary).toContain('Nghệ nhân Nguyễn Văn Gốm')
  })

  it('5. the editor never sees the approve button, in any state', async () => {
    await editor.goto(articleUrl)
    await editor.locator('[data-testid="workflow-panel"]').waitFor()
    expect(await editor.locator('button[data-action="approve"]').count()).toBe(0)
    expect(await editor.locator('#action-save').count()).toBe(0)
    await shot(editor, 'workflow-5-editor-view-published')
  })
})
