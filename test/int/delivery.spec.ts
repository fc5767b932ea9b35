/**
 * Delivery to portals over webhooks, against a real receiver on loopback that fails on purpose:
 * one delivery per change and destination, Standard Webhooks signatures (verified with the
 * `standardwebhooks` package), ninjs 3.1 bodies (validated against IPTC's schema), the right events
 * for publish, republish, unpublish and consent withdrawal, retries with the same webhook-id,
 * Retry-After, 4xx and 410, retries running out, and the destination's write-only secret.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDeliveryQueue, runWorkflowAction } from '../../src'
import { createArticle, createUsers, PASSWORD, putInState, type Users } from '../helpers/fixtures'
import { createMedia } from '../helpers/content'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

process.env.DELIVERY_ALLOW_PRIVATE_HOSTS = 'true'
// the schedule in milliseconds instead of minutes: 5 s → 0.5 ms … 10 h → 3.6 s
process.env.DELIVERY_RETRY_SCALE = '0.0001'

type Received = { body: string; headers: Record<string, string>; path: string }
type Script = Array<'hang' | 'reset' | { headers?: Record<string, string>; status: number }>

let app: TestApp
let client: Client
let users: Users
let tokens: Record<'admin' | 'editor' | 'leader', string>
let receiver: http.Server
let base = ''
const received: Received[] = []
const scripts = new Map<string, Script>()
const SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`

function validator() {
  const dir = path.resolve(import.meta.dirname, '../fixtures/schemas')
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, 'GeoJSON-schema.json'), 'utf8')))
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'ninjs-schema_3.1.json'), 'utf8')))
}
const validNinjs = validator()

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      const script = scripts.get(req.url ?? '') ?? []
      const step = script.shift() ?? { status: 200 }
      received.push({ body, headers: req.headers as Record<string, string>, path: req.url ?? '' })
      if (step === 'reset') return req.socket.destroy()
      if (step === 'hang') return
      res.writeHead(step.status, step.headers ?? {})
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  // receivers here answer within milliseconds; the time limit is short so a hanging one fails fast
  app = await startApp('delivery', { plugin: { delivery: { timeoutMs: 2_000 } } })
  client = createClient(app.config)
  users = await createUsers(app.payload)
  tokens = {
    admin: await client.login(users.admin.email, PASSWORD),
    editor: await client.login(users.editor.email, PASSWORD),
    leader: await client.login(users.leader.email, PASSWORD),
  }
})
afterAll(async () => {
  receiver?.closeAllConnections()
  receiver?.close()
  await app?.cleanup()
})

let counter = 0
async function destination(pathName: string, data: Record<string, unknown> = {}) {
  counter += 1
  const res = await client.json('POST', '/destinations', {
    body: { channels: ['portal'], name: `Cổng ${counter}`, secret: SECRET, url: `${base}${pathName}`, ...data },
    token: tokens.admin,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number }
}

const leaderDoc = async () => app.payload.findByID({ collection: 'users', id: users.leader.id, overrideAccess: true })

/** Approved (as the workflow leaves it) and published by a leader. */
async function approveAndPublish(id: number | string) {
  await putInState(app.payload, 'articles', id, 'approved', users.leader.id)
  await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id, user: (await leaderDoc()) as never })
}

async function publishNew(title: string, overrides: Record<string, unknown> = {}) {
  const article = await createArticle(app.payload, users.editor.id, 'draft', { title, ...overrides })
  await approveAndPublish(article.id)
  return article
}

/** A new revision of a live article: edited, approved, published. */
async function republish(id: number | string, summary: string) {
  await app.payload.update({ collection: 'articles', data: { summary } as never, draft: true, id, overrideAccess: true })
  await approveAndPublish(id)
}

const deliveriesOf = async (where: Record<string, unknown>) =>
  (await app.payload.find({ collection: 'deliveries', depth: 0, limit: 100, overrideAccess: true, sort: 'id', where: where as never })).docs as Array<Record<string, any>>

/** Run the queue until every delivery of these rows has settled (or time runs out). */
async function settle(ids: Array<number | string>, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    await runDeliveryQueue(app.payload)
    const rows = await deliveriesOf({ id: { in: ids } })
    if (rows.every((r) => r.status !== 'pending') || Date.now() > until) return rows
    await new Promise((r) => setTimeout(r, 50))
  }
}

const at = (pathName: string) => received.filter((r) => r.path === pathName)

describe('what is delivered where', () => {
  it('a publish sends one signed ninjs 3.1 item to each matching destination, and nothing elsewhere', async () => {
    await destination('/portal-a')
    await destination('/province-only', { channels: ['province'] })
    await destination('/english-only', { languages: ['en'] })
    const article = await publishNew('Học sinh Lê Chân thi Olympic tiếng Anh')
    const rows = await deliveriesOf({ itemKey: { equals: `articles:${article.id}` } })
    expect(rows.map((r) => r.event)).toEqual(['published'])
    await settle(rows.map((r) => r.id))
    const got = at('/portal-a')
    expect(got).toHaveLength(1)
    expect(at('/province-only')).toHaveLength(0)
    expect(at('/english-only')).toHaveLength(0)
    const message = got[0]!
    // verified with the Standard Webhooks library, as a receiver would
    const verified = new Webhook(SECRET).verify(message.body, message.headers) as { data: Record<string, unknown>; type: string }
    expect(verified.type).toBe('item.published')
    expect(message.headers['webhook-id']).toBe(rows[0]!.webhookId)
    expect(validNinjs(verified.data), JSON.stringify(validNinjs.errors)).toBe(true)
    expect(verified.data).toMatchObject({ language: 'vi', pubStatus: 'usable', title: 'Học sinh Lê Chân thi Olympic tiếng Anh' })
    // a forged body does not verify
    expect(() => new Webhook(SECRET).verify(message.body.replace('Olympic', 'Olympia'), message.headers)).toThrow()
    const [row] = await deliveriesOf({ id: { equals: rows[0]!.id } })
    expect(row).toMatchObject({ attempts: 1, lastStatusCode: 200, status: 'delivered' })
  })

  it('a new approved revision goes as item.updated; publishing the same content again sends nothing', async () => {
    const dest = await destination('/updates')
    const article = await publishNew('Tin cập nhật')
    await settle((await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id))
    // a new revision: edited, approved, published
    await republish(article.id, 'Tóm tắt mới.')
    const rows = await deliveriesOf({ destination: { equals: dest.id } })
    expect(rows.map((r) => r.event)).toEqual(['published', 'updated'])
    await settle(rows.map((r) => r.id))
    const types = at('/updates').map((m) => (JSON.parse(m.body) as { type: string }).type)
    expect(types).toEqual(['item.published', 'item.updated'])
    expect(JSON.parse(at('/updates')[1]!.body).data.descriptions[0].value).toBe('Tóm tắt mới.')
  })

  it('an unpublish sends item.withdrawn (pubStatus canceled) only where the item was delivered', async () => {
    const dest = await destination('/withdrawals')
    const article = await publishNew('Tin sẽ gỡ')
    await settle((await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id))
    const later = await destination('/added-later')
    await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Sai thông tin', id: article.id, user: (await leaderDoc()) as never })
    const rows = await deliveriesOf({ itemKey: { equals: `articles:${article.id}` } })
    expect(rows.filter((r) => r.destination === dest.id).map((r) => r.event)).toEqual(['published', 'withdrawn'])
    expect(rows.filter((r) => r.destination === later.id)).toEqual([])
    await settle(rows.map((r) => r.id))
    const messages = at('/withdrawals').map((m) => JSON.parse(m.body) as { data: { pubStatus: string; uri: string }; type: string })
    expect(messages.map((m) => m.type)).toEqual(['item.published', 'item.withdrawn'])
    expect(messages[1]!.data.pubStatus).toBe('canceled')
    expect(messages[1]!.data.uri).toBe(JSON.parse(at('/withdrawals')[0]!.body).data.uri)
    expect(validNinjs(messages[1]!.data), JSON.stringify(validNinjs.errors)).toBe(true)
  })

  it("withdrawing a photo's consent withdraws the item that shows it", async () => {
    const dest = await destination('/consent')
    const photo = await createMedia(app.payload, { consentScope: ['portal', 'feeds', 'press'], consentStatus: 'obtained' })
    const article = await publishNew('Ảnh có học sinh', { featuredImage: photo.id })
    await app.payload.update({ collection: 'media', data: { consentStatus: 'withdrawn' } as never, id: photo.id, overrideAccess: true, user: (await leaderDoc()) as never })
    const rows = await deliveriesOf({ and: [{ destination: { equals: dest.id } }, { itemKey: { equals: `articles:${article.id}` } }] })
    expect(rows.map((r) => r.event)).toEqual(['published', 'withdrawn'])
  })
})

describe('in order', () => {
  it('a correction never overtakes the original: an update waits while the publish is still being retried', async () => {
    // the publish is refused once with Retry-After: 1 s; the update, due at once, must wait for it
    scripts.set('/ordered', [{ headers: { 'retry-after': '1' }, status: 503 }])
    const dest = await destination('/ordered')
    const article = await publishNew('Tin theo thứ tự')
    await runDeliveryQueue(app.payload)
    await republish(article.id, 'Bản đính chính.')
    const rows = await deliveriesOf({ destination: { equals: dest.id } })
    expect(rows.map((r) => r.event)).toEqual(['published', 'updated'])
    await settle(rows.map((r) => r.id))
    const events = at('/ordered').map((m) => (JSON.parse(m.body) as { type: string }).type)
    expect(events).toEqual(['item.published', 'item.published', 'item.updated'])
  })
})

describe('the queue', () => {
  it('a publish to several portals queues one job, and two sweeps at once send each delivery once', async () => {
    const dests = await Promise.all(['/q1', '/q2', '/q3'].map((p) => destination(p)))
    const jobsBefore = await app.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'bilingualDeliver' } } })
    await publishNew('Tin gửi nhiều cổng')
    const jobsAfter = await app.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'bilingualDeliver' } } })
    expect(jobsAfter.totalDocs - jobsBefore.totalDocs).toBe(1)
    const { deliverDue } = await import('../../src')
    // two senders at the same moment (as two server processes would be): each row is claimed by one
    const [a, b] = await Promise.all([deliverDue(app.payload), deliverDue(app.payload)])
    // between them they sent at least these three (portals of earlier tests take this item too)
    expect((a.delivered ?? 0) + (b.delivered ?? 0)).toBeGreaterThanOrEqual(3)
    for (const p of ['/q1', '/q2', '/q3']) expect(at(p)).toHaveLength(1)
    const rows = await deliveriesOf({ destination: { in: dests.map((d) => d.id) } })
    expect(rows.map((r) => [r.status, r.attempts, r.claimedBy ?? null])).toEqual([
      ['delivered', 1, null],
      ['delivered', 1, null],
      ['delivered', 1, null],
    ])
    expect(rows.every((r) => r.deliveredAt)).toBe(true)
  })

  it('a delivery held by a sender that stopped goes again once its claim runs out, with the same webhook-id', async () => {
    const dest = await destination('/held')
    await publishNew('Tin bị giữ')
    const [row] = await deliveriesOf({ destination: { equals: dest.id } })
    // a sweep took it and its process stopped before it was sent
    const hold = async (until: Date) =>
      app.payload.db.updateOne({ collection: 'deliveries', data: { claimedBy: 'a-stopped-process', claimedUntil: until.toISOString() }, id: row!.id, returning: false })
    await hold(new Date(Date.now() + 1500))
    await runDeliveryQueue(app.payload)
    expect(at('/held')).toHaveLength(0)
    // the sweep queued the next one for when the claim runs out
    const [done] = await settle([row!.id])
    expect(done).toMatchObject({ attempts: 1, status: 'delivered' })
    expect(at('/held').map((m) => m.headers['webhook-id'])).toEqual([row!.webhookId])
  })
  it('a sweep that failed for good (left unfinished in the jobs table) does not stop the retries after it', async () => {
    // Payload leaves such a job with hasError, never completed: it must not count as a sweep to come
    const failed = await app.payload.create({
      collection: 'payload-jobs',
      data: { hasError: true, input: { reason: 'failed' }, processing: false, queue: 'bilingual-delivery', taskSlug: 'bilingualDeliver', totalTried: 6 } as never,
      overrideAccess: true,
    })
    try {
      scripts.set('/after-failure', [{ headers: { 'retry-after': '1' }, status: 503 }, { status: 200 }])
      const dest = await destination('/after-failure')
      await publishNew('Tin sau một lần quét lỗi')
      const [row] = await deliveriesOf({ destination: { equals: dest.id } })
      await runDeliveryQueue(app.payload)
      expect(at('/after-failure')).toHaveLength(1)
      // the retry's sweep was queued for the Retry-After: it runs and delivers
      const [done] = await settle([row!.id], 10_000)
      expect(done).toMatchObject({ attempts: 2, status: 'delivered' })
    } finally {
      await app.payload.delete({ collection: 'payload-jobs', id: failed.id, overrideAccess: true })
    }
  })
})

describe('when the receiver fails', () => {
  it('500, a reset connection, then 200: delivered on the third attempt, with the same webhook-id every time', async () => {
    scripts.set('/flaky', [{ status: 500 }, 'reset', { status: 200 }])
    const dest = await destination('/flaky')
    await publishNew('Tin gửi lại')
    const rows = await settle((await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id))
    expect(rows[0]).toMatchObject({ attempts: 3, lastStatusCode: 200, status: 'delivered' })
    const ids = at('/flaky').map((m) => m.headers['webhook-id'])
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(1)
  })

  it('503 with Retry-After: the next attempt waits as long as the receiver asked', async () => {
    scripts.set('/busy', [{ headers: { 'retry-after': '2' }, status: 503 }, { status: 200 }])
    const dest = await destination('/busy')
    await publishNew('Tin chờ')
    const [row] = await deliveriesOf({ destination: { equals: dest.id } })
    await runDeliveryQueue(app.payload)
    const [waiting] = await deliveriesOf({ id: { equals: row!.id } })
    expect(waiting).toMatchObject({ attempts: 1, lastStatusCode: 503, status: 'pending' })
    const wait = new Date(waiting!.nextAttemptAt).getTime() - Date.now()
    expect(wait).toBeGreaterThan(1000)
    expect(wait).toBeLessThanOrEqual(2000)
    await runDeliveryQueue(app.payload)
    expect(at('/busy')).toHaveLength(1)
    const [done] = await settle([row!.id])
    expect(done).toMatchObject({ attempts: 2, status: 'delivered' })
  })

  it('400 fails at once; 410 also disables the destination and tells the admins', async () => {
    scripts.set('/bad', [{ status: 400 }])
    scripts.set('/gone', [{ status: 410 }])
    const bad = await destination('/bad')
    const gone = await destination('/gone')
    app.mails.length = 0
    await publishNew('Tin bị từ chối')
    const rows = await settle((await deliveriesOf({ destination: { in: [bad.id, gone.id] } })).map((r) => r.id))
    const of = (id: number) => rows.find((r) => r.destination === id)!
    expect([of(bad.id).status, of(bad.id).attempts, of(bad.id).lastStatusCode]).toEqual(['failed', 1, 400])
    expect([of(gone.id).status, of(gone.id).attempts, of(gone.id).lastStatusCode]).toEqual(['failed', 1, 410])
    expect(at('/bad')).toHaveLength(1)
    const after = await app.payload.findByID({ collection: 'destinations', id: gone.id, overrideAccess: true })
    expect(after).toMatchObject({ enabled: false })
    expect(String(after.disabledReason)).toContain('410')
    const { flushNotifications } = await import('../../src')
    await flushNotifications(app.payload)
    expect(app.mails.some((m) => m.to === users.admin.email && m.subject.includes('Cổng'))).toBe(true)
    // nothing more goes to a disabled destination
    await publishNew('Tin sau khi tắt')
    expect(await deliveriesOf({ and: [{ destination: { equals: gone.id } }, { status: { equals: 'pending' } }] })).toEqual([])
  })

  it('when the retries run out the delivery is dead and the admins are told', async () => {
    scripts.set(
      '/down',
      Array.from({ length: 10 }, () => ({ status: 502 })),
    )
    const dest = await destination('/down')
    app.mails.length = 0
    await publishNew('Tin không tới')
    const rows = await settle(
      (await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id),
      60_000,
    )
    // the first attempt and the 7 retries of the schedule (5 s … 10 h, scaled down here)
    expect(rows[0]).toMatchObject({ attempts: 8, lastStatusCode: 502, status: 'dead' })
    expect(at('/down')).toHaveLength(8)
    const { flushNotifications } = await import('../../src')
    await flushNotifications(app.payload)
    expect(
      app.mails
        .filter((m) => m.to === users.admin.email)
        .map((m) => m.subject)
        .join('\n'),
    ).toMatch(/Delivery stopped|Ngừng gửi/)
  })

  it('a receiver that does not answer within the time limit (delivery.timeoutMs) counts as a failure to retry', async () => {
    scripts.set('/slow', ['hang', { status: 204 }])
    const dest = await destination('/slow')
    await publishNew('Tin chậm')
    const [row] = await deliveriesOf({ destination: { equals: dest.id } })
    await runDeliveryQueue(app.payload)
    const [first] = await deliveriesOf({ id: { equals: row!.id } })
    expect(first).toMatchObject({ attempts: 1, status: 'pending' })
    expect(String(first!.lastError)).toContain('no answer within 2 s')
    const [done] = await settle([row!.id])
    expect(done).toMatchObject({ attempts: 2, lastStatusCode: 204, status: 'delivered' })
  }, 60_000)
})

describe('e-mail destinations', () => {
  it('get the package attached when an item is published, and a notice when it is withdrawn', async () => {
    const res = await client.json('POST', '/destinations', {
      body: { channels: ['province'], emails: ['bientap@sogd.example.vn'], kind: 'email', name: 'Ban biên tập Sở' },
      token: tokens.admin,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    app.mails.length = 0
    const article = await publishNew('Tin gửi qua e-mail', { channels: ['portal', 'province'] })
    await settle((await deliveriesOf({ destination: { equals: res.body.doc.id } })).map((r) => r.id))
    const { flushNotifications } = await import('../../src')
    await flushNotifications(app.payload)
    const mail = app.mails.find((m) => m.to === 'bientap@sogd.example.vn')!
    expect(mail.subject).toContain('Tin gửi qua e-mail')
    expect(mail.attachments?.map((a) => a.filename)).toEqual([expect.stringMatching(/\.zip$/)])
    const JSZip = (await import('jszip')).default
    const zip = await JSZip.loadAsync(mail.attachments![0]!.content)
    expect(Object.keys(zip.files).some((n) => n.endsWith('.docx'))).toBe(true)
    await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ', id: article.id, user: (await leaderDoc()) as never })
    await settle((await deliveriesOf({ destination: { equals: res.body.doc.id } })).map((r) => r.id))
    expect(app.mails.filter((m) => m.to === 'bientap@sogd.example.vn').map((m) => m.subject)).toEqual([expect.any(String), expect.stringMatching(/Withdrawn|Gỡ bài/)])
  })

  it('need an address', async () => {
    const res = await client.json('POST', '/destinations', { body: { channels: ['province'], emails: ['not-an-address'], kind: 'email', name: 'Sai' }, token: tokens.admin })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('emails')
  })
})

describe('destinations and the log, for people', () => {
  it('the secret is write-only: no REST or GraphQL answer shows it, and a badly formed one is refused', async () => {
    const dest = await destination('/secret')
    const read = await client.json('GET', `/destinations/${dest.id}`, { token: tokens.admin })
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toContain('whsec_')
    expect(read.body.secret).toBeUndefined()
    const gql = await client.gql(`{ Destinations { docs { id name } } }`, { token: tokens.admin })
    expect(JSON.stringify(gql.body)).not.toContain('whsec_')
    const asked = await client.gql(`{ Destination(id: ${dest.id}) { secret } }`, { token: tokens.admin })
    expect(JSON.stringify(asked.body)).not.toContain('whsec_')
    // stored encrypted, not as written
    const stored = await app.payload.findByID({ collection: 'destinations', id: dest.id, overrideAccess: true })
    expect(String(stored.secret)).toMatch(/^enc:v1:/)
    const bad = await client.json('PATCH', `/destinations/${dest.id}`, { body: { secret: 'hunter2' }, headers: { 'accept-language': 'vi' }, token: tokens.admin })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('whsec_')
    // renaming keeps the secret: deliveries still verify
    expect((await client.json('PATCH', `/destinations/${dest.id}`, { body: { name: 'Đổi tên', secret: '' }, token: tokens.admin })).status).toBe(200)
    await publishNew('Tin sau đổi tên')
    await settle((await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id))
    expect(() => new Webhook(SECRET).verify(at('/secret')[0]!.body, at('/secret')[0]!.headers)).not.toThrow()
  })

  it('rotate gives a new secret once, to admins only; later deliveries are signed with it', async () => {
    const dest = await destination('/rotated')
    expect((await client.json('POST', `/destinations/${dest.id}/rotate-secret`, { body: {}, token: tokens.leader })).status).toBe(403)
    const rotated = await client.json('POST', `/destinations/${dest.id}/rotate-secret`, { body: {}, token: tokens.admin })
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
    await publishNew('Tin ký khóa mới')
    await settle((await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id))
    const message = at('/rotated')[0]!
    expect(() => new Webhook(rotated.body.secret).verify(message.body, message.headers)).not.toThrow()
    expect(() => new Webhook(SECRET).verify(message.body, message.headers)).toThrow()
  })

  it.each([
    ['http://127.0.0.1:9/hook', 'an IPv4 loopback address'],
    ['http://localhost:9/hook', 'a name that resolves to loopback'],
    ['http://[::1]:9/hook', 'an IPv6 loopback address'],
    ['http://10.1.2.3/hook', 'a private network'],
    ['http://169.254.169.254/latest/meta-data', 'the cloud metadata address'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback written as IPv4-mapped IPv6'],
    ['ftp://portal.example/hook', 'a scheme other than http(s)'],
  ])('refuses %s (%s) unless DELIVERY_ALLOW_PRIVATE_HOSTS=true', async (url) => {
    process.env.DELIVERY_ALLOW_PRIVATE_HOSTS = 'false'
    try {
      const res = await client.json('POST', '/destinations', { body: { channels: ['portal'], name: 'Nội bộ', url }, headers: { 'accept-language': 'vi' }, token: tokens.admin })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0].path).toBe('url')
    } finally {
      process.env.DELIVERY_ALLOW_PRIVATE_HOSTS = 'true'
    }
  })

  it('only admins manage destinations; people cannot write the log; leaders resend, editors cannot', async () => {
    expect((await client.json('POST', '/destinations', { body: { channels: ['portal'], name: 'x', url: `${base}/x` }, token: tokens.leader })).status).toBe(403)
    expect((await client.json('GET', '/destinations', { token: tokens.editor })).status).toBe(403)
    const dest = await destination('/resend')
    await publishNew('Tin gửi lại thủ công')
    const [row] = await settle((await deliveriesOf({ destination: { equals: dest.id } })).map((r) => r.id))
    expect((await client.json('PATCH', `/deliveries/${row!.id}`, { body: { status: 'pending' }, token: tokens.admin })).status).toBe(403)
    expect((await client.json('DELETE', `/deliveries/${row!.id}`, { token: tokens.admin })).status).toBe(403)
    expect((await client.json('POST', '/deliveries', { body: { itemKey: 'x', language: 'vi' }, token: tokens.admin })).status).toBe(403)
    expect((await client.json('POST', `/deliveries/${row!.id}/resend`, { body: {}, token: tokens.editor })).status).toBe(403)
    // while a sweep is sending it, a resend is refused, and the row is left as the sweep has it
    await app.payload.db.updateOne({ collection: 'deliveries', data: { claimedBy: 'a-sweep', claimedUntil: new Date(Date.now() + 60_000).toISOString() }, id: row!.id, returning: false })
    const refused = await client.json('POST', `/deliveries/${row!.id}/resend`, { body: {}, headers: { 'accept-language': 'vi' }, token: tokens.leader })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('đang được gửi')
    expect((await deliveriesOf({ id: { equals: row!.id } }))[0]).toMatchObject({ claimedBy: 'a-sweep', status: 'delivered' })
    await app.payload.db.updateOne({ collection: 'deliveries', data: { claimedBy: null, claimedUntil: null }, id: row!.id, returning: false })
    const resent = await client.json('POST', `/deliveries/${row!.id}/resend`, { body: {}, token: tokens.leader })
    expect(resent.status).toBe(200)
    await settle([row!.id])
    const messages = at('/resend')
    expect(messages).toHaveLength(2)
    expect(messages[1]!.headers['webhook-id']).toBe(messages[0]!.headers['webhook-id'])
  })
})
