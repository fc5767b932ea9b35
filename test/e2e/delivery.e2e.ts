/**
 * Delivery in the admin, on the production server: an admin adds a destination in the admin (in
 * Vietnamese), a leader publishes, the server's own job runner delivers to a receiver on loopback
 * (signature verified with `standardwebhooks`), the item's panel shows it delivered, and "Gửi lại"
 * sends it again with the same webhook-id. Screenshots in test-results/e2e/delivery-*.png.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, login, shot } from './browser'
import { api, apiLogin } from './http'
import { serverEnvOf, waitFor } from './server'

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

  it('an admin adds a destination in the admin and makes its secret, shown once', async () => {
    await admin.goto(`${baseURL}/admin/collections/destinations/create`)
    await admin.locator('#field-name').fill(`Cổng thử nghiệm ${stamp}`)
    await admin.locator('#field-url').fill(receiverUrl)
    await admin.locator('#field-channels .rs__control').click()
    await admin.locator('.rs__option', { hasText: 'Cổng thông tin nhà trường' }).click()
    await shot(admin, 'delivery-1-admin-destination')
    await admin.locator('#action-save').click()
    await admin.waitForURL(/\/admin\/collections\/destinations\/\d+/, { timeout: 60_000 })
    const id = Number(admin.url().match(/destinations\/(\d+)/)![1])
    // the admin makes the secret to hand over: shown once, on this screen
    await admin.locator('[data-testid="rotate-secret"] button').click()
    const shown = admin.locator('[data-testid="new-secret"]')
    await shown.waitFor({ timeout: 30_000 })
    secret = (await shown.innerText()).trim()
    expect(secret).toMatch(/^whsec_/)
    await shot(admin, 'delivery-1-secret-once')
    const token = await apiLogin(baseURL, 'admin@lechan.test')
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

describe('an integration key on the production server', () => {
  it('opens nothing but the pull API: the admin, portal pages, previews, REST and GraphQL answer 403', async () => {
    const headers = { 'accept-language': 'vi', authorization: 'integrations API-Key any-key-at-all' }
    for (const p of ['/admin', '/admin/collections/articles', '/vi', '/vi/news/x?preview=1', '/api/articles?draft=true', '/api/media/file/x.jpg']) {
      const res = await fetch(`${baseURL}${p}`, { headers, redirect: 'manual' })
      expect(res.status, p).toBe(403)
      expect(await res.text(), p).toContain('/api/exports/changes')
    }
    const gql = await fetch(`${baseURL}/api/graphql`, {
      body: JSON.stringify({ query: '{ Articles { docs { title } } }' }),
      headers: { ...headers, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(gql.status).toBe(403)
    // the pull API itself answers (401: this key is not a real one)
    expect((await fetch(`${baseURL}/api/exports/changes`, { headers })).status).toBe(401)
  })
})

describe('a server killed in the middle of the retries', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const port = String(Number(new URL(baseURL).port) + 4)
  const base = `http://127.0.0.1:${port}`
  const dir = path.join(root, 'data', 'e2e-restart', String(Date.now()))
  const answers: Array<{ id: string; status: number }> = []
  let server: ChildProcess | undefined
  let flaky: http.Server | undefined

  const start = () => {
    server = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      detached: true,
      env: {
        ...serverEnvOf(base),
        DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
        DELIVERY_ALLOW_PRIVATE_HOSTS: 'true',
        DEMO_PASSWORD: 'restart-demo',
        PAYLOAD_SECRET: 'restart-secret',
        PORT: port,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    flaky?.closeAllConnections()
    flaky?.close()
    await new Promise((r) => setTimeout(r, 1000))
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('after a restart the delivery arrives once', async () => {
    // the receiver refuses the first attempt (503), then accepts
    flaky = http.createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        const status = answers.length === 0 ? 503 : 200
        answers.push({ id: String(req.headers['webhook-id']), status })
        res.writeHead(status)
        res.end()
      })
    })
    await new Promise<void>((resolve) => flaky!.listen(0, '127.0.0.1', resolve))
    const hook = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/hook`
    start()
    await waitFor(`${base}/api/users/me`, 180_000)
    const admin = await apiLogin(base, 'admin@lechan.test', 'restart-demo')
    const editor = await apiLogin(base, 'editor@lechan.test', 'restart-demo')
    const leaderToken = await apiLogin(base, 'leader@lechan.test', 'restart-demo')
    expect((await api(base, 'POST', '/destinations', admin, { channels: ['portal'], name: 'Cổng khởi động lại', url: hook })).status).toBe(201)
    const { paragraphs } = await import('../../school/seed/lexical')
    const created = await api<{ doc: { id: number } }>(base, 'POST', '/articles', editor, {
      body: paragraphs('Nội dung.'),
      channels: ['portal'],
      planArea: 'ocop',
      summary: 'Tóm tắt.',
      title: 'Tin qua lần khởi động lại',
    })
    const act = (token: string, body: Record<string, unknown>) => api(base, 'POST', `/articles/${created.body.doc.id}/workflow`, token, body)
    await act(editor, { action: 'submit' })
    await act(leaderToken, { action: 'approve', checklist: { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true } })
    expect((await act(leaderToken, { action: 'publish' })).status).toBe(200)
    // the first attempt is refused and recorded; the retry is due in about 5 s: stop the server hard now
    const itemKey = `articles:${created.body.doc.id}`
    await expect
      .poll(async () => (await api<{ docs: Array<{ attempts: number }> }>(base, 'GET', `/deliveries?where[itemKey][equals]=${itemKey}`, admin)).body.docs[0]?.attempts ?? 0, {
        interval: 200,
        timeout: 30_000,
      })
      .toBe(1)
    process.kill(-server!.pid!, 'SIGKILL')
    await new Promise((r) => setTimeout(r, 500))
    start()
    await waitFor(`${base}/api/users/me`, 180_000)
    // the new process takes over the job runner when the old lease runs out (20 s), then retries
    await expect.poll(() => answers.filter((a) => a.status === 200).length, { interval: 500, timeout: 90_000 }).toBe(1)
    await new Promise((r) => setTimeout(r, 8000))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
    expect(new Set(answers.map((a) => a.id)).size).toBe(1)
    const token = await apiLogin(base, 'admin@lechan.test', 'restart-demo')
    const row = (await api<{ docs: Array<{ attempts: number; status: string }> }>(base, 'GET', `/deliveries?where[itemKey][equals]=${itemKey}`, token)).body.docs[0]
    expect(row).toMatchObject({ attempts: 2, status: 'delivered' })
  }, 400_000)
})
