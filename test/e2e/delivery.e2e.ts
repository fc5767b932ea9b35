/**
 * Delivery in the admin, on the production server: an admin adds a destination in the admin (in
 * Vietnamese), a leader publishes, the server's own job runner delivers to a receiver on loopback
 * (signature verified with `standardwebhooks`), the item's panel shows it delivered, and "Gửi lại"
 * sends it again with the same webhook-id. Screenshots in test-results/e2e/delivery-*.png.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, Page } from 'playwright-core'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, login, shot } from './browser'
import { api, apiLogin } from './http'

const baseURL = inject('baseURL')
const stamp = Date.now()
let browser: Browser
let admin: Page
let leader: Page
let receiver: http.Server
let receiverUrl = ''
const received: Array<{ body: string; headers: Record<string, string> }> = []

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      received.push({ body, headers: req.headers as Record<string, string> })
      res.writeHead(204)
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/lechan`
  browser = await launch()
  const page = async (email: string) => {
    const p = await (await browser.newContext({ locale: 'vi-VN', viewport: { height: 1000, width: 1400 } })).newPage()
    await login(p, baseURL, email)
    return p
  }
  admin = await page('admin@lechan.test')
  leader = await page('leader@lechan.test')
})
afterAll(async () => {
  await browser?.close()
  receiver?.closeAllConnections()
  receiver?.close()
})

describe('delivery to a portal, in the admin', () => {
  let secret = ''
  let articleId = 0

  it('an admin adds a destination in the admin; its secret is shown once, by "rotate"', async () => {
    await admin.goto(`${baseURL}/admin/collections/destinations/create`)
    await admin.locator('#field-name').fill(`Cổng thử nghiệm ${stamp}`)
    await admin.locator('#field-url').fill(receiverUrl)
    await admin.locator('#field-channels .rs__control').click()
    await admin.locator('.rs__option', { hasText: 'Cổng thông tin nhà trường' }).click()
    await shot(admin, 'delivery-1-admin-destination')
    await admin.locator('#action-save').click()
    await admin.waitForURL(/\/admin\/collections\/destinations\/\d+/, { timeout: 60_000 })
    const id = Number(admin.url().match(/destinations\/(\d+)/)![1])
    const token = await apiLogin(baseURL, 'admin@lechan.test')
    const rotated = await api<{ secret: string }>(baseURL, 'POST', `/destinations/${id}/rotate-secret`, token, {})
    expect(rotated.status).toBe(200)
    secret = rotated.body.secret
    // and never again
    const read = await api(baseURL, 'GET', `/destinations/${id}`, token)
    expect(JSON.stringify(read.body)).not.toContain('whsec_')
  })

  it('a leader publishes; the server delivers it, signed, within seconds; the panel says delivered', async () => {
    const editor = await apiLogin(baseURL, 'editor@lechan.test')
    const leaderToken = await apiLogin(baseURL, 'leader@lechan.test')
    const { paragraphs } = await import('../../school/seed/lexical')
    const created = await api<{ doc: { id: number } }>(baseURL, 'POST', '/articles', editor, {
      body: paragraphs('Học sinh giới thiệu vịnh Hạ Long.'),
      channels: ['portal'],
      planArea: 'province-image',
      summary: 'Tin gửi tới cổng thử nghiệm.',
      title: `Tin gửi đi ${stamp}`,
    })
    expect(created.status).toBe(201)
    articleId = created.body.doc.id
    const act = (token: string, body: Record<string, unknown>) => api(baseURL, 'POST', `/articles/${articleId}/workflow`, token, body)
    expect((await act(editor, { action: 'submit' })).status).toBe(200)
    const checklist = { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true }
    expect((await act(leaderToken, { action: 'approve', checklist })).status).toBe(200)
    const published = Date.now()
    expect((await act(leaderToken, { action: 'publish' })).status).toBe(200)
    await expect.poll(() => received.length, { interval: 250, timeout: 30_000 }).toBe(1)
    console.info(`delivery: the receiver had it ${Date.now() - published} ms after the publish`)
    const message = received[0]!
    const verified = new Webhook(secret).verify(message.body, message.headers) as { data: { title: string }; type: string }
    expect(verified).toMatchObject({ data: { title: `Tin gửi đi ${stamp}` }, type: 'item.published' })

    await leader.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    const panel = leader.locator('[data-testid="delivery-panel"]')
    await panel.waitFor({ timeout: 30_000 })
    await expect.poll(() => panel.locator('li').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('delivered')
    expect(await panel.innerText()).toContain('Đã nhận')
    await shot(leader, 'delivery-2-leader-panel')
  })

  it('"Gửi lại" sends it again with the same webhook-id', async () => {
    await leader.locator('[data-testid="delivery-panel"] [data-testid="resend"]').first().click()
    await expect.poll(() => received.length, { interval: 250, timeout: 30_000 }).toBe(2)
    expect(received[1]!.headers['webhook-id']).toBe(received[0]!.headers['webhook-id'])
    await leader.reload()
    await expect.poll(() => leader.locator('[data-testid="delivery-panel"] li').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('delivered')
    await shot(leader, 'delivery-3-resent')
  })
})
