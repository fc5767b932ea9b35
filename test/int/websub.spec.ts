/**
 * WebSub: with WEBSUB_HUB_URL set, feeds name the hub, and a publish pings it (a real hub stand-in
 * on loopback) for the feeds of the language that changed.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDeliveryQueue, runWorkflowAction } from '../../src'
import { createFeedHandler } from '../../src/feeds/handler'
import { createArticle, createUsers, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'

let app: TestApp
let users: Users
let hub: http.Server
let hubUrl = ''
const pings: Array<{ body: URLSearchParams; type: string }> = []

beforeAll(async () => {
  hub = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      pings.push({ body: new URLSearchParams(body), type: String(req.headers['content-type']) })
      res.writeHead(pings.length === 1 ? 503 : 204)
      res.end()
    })
  })
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve))
  hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/hub`
  process.env.WEBSUB_HUB_URL = hubUrl
  app = await startApp('websub')
  users = await createUsers(app.payload)
})
afterAll(async () => {
  delete process.env.WEBSUB_HUB_URL
  hub?.closeAllConnections()
  hub?.close()
  await app?.cleanup()
})

describe('WebSub', () => {
  it('feeds name the hub (RSS and Atom rel="hub", JSON Feed hubs)', async () => {
    const feed = createFeedHandler(async () => app.payload)
    const get = async (file: string) => (await feed(new Request(`http://localhost/api/feeds/vi/${file}`), { file, lang: 'vi' })).text()
    expect(await get('rss.xml')).toContain(`<atom:link href="${hubUrl}" rel="hub"/>`)
    const atom = await get('atom.xml')
    expect(atom).toContain(`<link rel="hub" href="${hubUrl}"/>`)
    expect(atom).toMatch(/<link rel="self" href="[^"]+\/api\/feeds\/vi\/atom\.xml"\/>/)
    const json = JSON.parse(await get('feed.json')) as { hubs?: unknown }
    expect(json.hubs).toEqual([{ type: 'WebSub', url: hubUrl }])
  })

  it("a publish pings the hub for that language's feeds, and again when the hub was down", async () => {
    const article = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Tin WebSub' })
    await putInState(app.payload, 'articles', article.id, 'approved', users.leader.id)
    const leader = await app.payload.findByID({ collection: 'users', id: users.leader.id, overrideAccess: true })
    await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })
    await runDeliveryQueue(app.payload) // the hub answers 503 the first time
    expect(pings).toHaveLength(1)
    // Payload's runner tries the failed ping again after its backoff
    const job = await app.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'bilingualWebSubPing' } } })
    expect(job.docs[0]).toMatchObject({ hasError: false, totalTried: 1 })
    await app.payload.update({ collection: 'payload-jobs', data: { waitUntil: new Date().toISOString() } as never, id: job.docs[0]!.id })
    await runDeliveryQueue(app.payload)
    expect(pings).toHaveLength(2)
    const ping = pings[1]!
    expect(ping.type).toBe('application/x-www-form-urlencoded')
    expect(ping.body.get('hub.mode')).toBe('publish')
    expect(ping.body.getAll('hub.url')).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/api\/feeds\/vi\/rss\.xml$/), expect.stringMatching(/\/api\/feeds\/vi\/atom\.xml$/), expect.stringMatching(/\/api\/feeds\/vi\/feed\.json$/)]),
    )
  })
})
