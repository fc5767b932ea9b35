/**
 * The pull API for aggregators, with an integration's API key: paged to the end and resumed from
 * a cursor, new items and withdrawals appearing, only the channels the key may read, and the key
 * refused everywhere else (REST, GraphQL).
 */
import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWorkflowAction } from '../../src'
import { createArticle, createUsers, PASSWORD, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
const KEY = 'vietnam-vn-test-key-0123456789abcdef'
const auth = { authorization: `integrations API-Key ${KEY}` }
type Change = { cursor: string; event: string; item: { copyrightHolder?: string; pubStatus: string; title?: string; uri: string } }

const dir = path.resolve(import.meta.dirname, '../fixtures/schemas')
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, 'GeoJSON-schema.json'), 'utf8')))
const validNinjs = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'ninjs-schema_3.1.json'), 'utf8')))

const leader = () => app.payload.findByID({ collection: 'users', id: users.leader.id, overrideAccess: true })
async function publish(title: string, channels: string[]) {
  const article = await createArticle(app.payload, users.editor.id, 'draft', { channels, title })
  await putInState(app.payload, 'articles', article.id, 'approved', users.leader.id)
  await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: (await leader()) as never })
  return article
}

async function changes(query: string, headers: Record<string, string> = auth) {
  return client.json<{ errors?: { message: string }[]; items: Change[]; next: string }>('GET', `/exports/changes${query}`, { headers })
}

beforeAll(async () => {
  app = await startApp('pull')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  await app.payload.create({ collection: 'integrations', data: { apiKey: KEY, channels: ['vietnam-vn'], enableAPIKey: true, name: 'Vietnam.vn' } as never, overrideAccess: true })
  await publish('Tin một', ['portal', 'vietnam-vn'])
  await publish('Tin hai', ['vietnam-vn'])
  await publish('Tin chỉ trên cổng trường', ['portal'])
  await publish('Tin ba', ['portal', 'vietnam-vn'])
})
afterAll(async () => app?.cleanup())

describe('GET /api/exports/changes', () => {
  let cursor = ''
  it('pages to the end, oldest first, only what the key may read, each a valid ninjs item', async () => {
    const first = await changes('?limit=2')
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.items.map((c) => [c.event, c.item.title])).toEqual([
      ['published', 'Tin một'],
      ['published', 'Tin hai'],
    ])
    const second = await changes(`?limit=2&since=${first.body.next}`)
    expect(second.body.items.map((c) => c.item.title)).toEqual(['Tin ba'])
    for (const change of [...first.body.items, ...second.body.items]) expect(validNinjs(change.item), JSON.stringify(validNinjs.errors)).toBe(true)
    // this school has not written its name in the site settings yet: its address names it
    const { pluginSettings } = await import('../../src/workflow/notify')
    expect(first.body.items[0]!.item.copyrightHolder).toBe(new URL(pluginSettings(app.payload).publicUrl).host)
    const end = await changes(`?since=${second.body.next}`)
    expect(end.body.items).toEqual([])
    expect(end.body.next).toBe(second.body.next)
    // an item's own cursor resumes right after it
    const fromItem = await changes(`?since=${first.body.items[0]!.cursor}`)
    expect(fromItem.body.items.map((c) => c.item.title)).toEqual(['Tin hai', 'Tin ba'])
    cursor = end.body.next
  })

  it('resumed from the cursor: a new item appears, then its withdrawal', async () => {
    const article = await publish('Tin bốn', ['vietnam-vn'])
    const fresh = await changes(`?since=${cursor}`)
    expect(fresh.body.items.map((c) => [c.event, c.item.title])).toEqual([['published', 'Tin bốn']])
    await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ', id: article.id, user: (await leader()) as never })
    const gone = await changes(`?since=${fresh.body.next}`)
    expect(gone.body.items).toHaveLength(1)
    expect(gone.body.items[0]).toMatchObject({ event: 'withdrawn', item: { pubStatus: 'canceled', uri: fresh.body.items[0]!.item.uri } })
    expect(validNinjs(gone.body.items[0]!.item), JSON.stringify(validNinjs.errors)).toBe(true)
  })

  it('filters by language; refuses a channel the key may not read, a bad cursor, a bad limit, a missing key', async () => {
    expect((await changes('?language=en')).body.items).toEqual([])
    const portal = await changes('?channel=portal', { ...auth, 'accept-language': 'vi' })
    expect(portal.status).toBe(403)
    expect(portal.body.errors![0]!.message).toContain('vietnam-vn')
    expect((await changes('?since=not-a-cursor')).status).toBe(400)
    expect((await changes('?language=xx')).status).toBe(400)
    expect((await changes('?limit=0')).status).toBe(400)
    expect((await changes('?limit=1000')).status).toBe(400)
    expect((await changes('', {})).status).toBe(401)
    expect((await changes('', { authorization: 'integrations API-Key wrong-key' })).status).toBe(401)
    // staff other than admins do not pull
    const editor = await client.login(users.editor.email, PASSWORD)
    expect((await client.json('GET', '/exports/changes', { token: editor })).status).toBe(403)
  })

  it('the key opens nothing else: REST, GraphQL and the package answer 403 to it', async () => {
    for (const p of ['/articles?draft=true', '/users/me', '/media', '/exports/articles/1/package.zip', '/integrations']) {
      const res = await client.json('GET', p, { headers: auth })
      expect(res.status, p).toBe(403)
      expect(JSON.stringify(res.body), p).toContain('/api/exports/changes')
    }
    const gql = await client.gql('{ Articles(draft: true) { docs { title } } }', { headers: auth })
    expect(gql.status).toBe(403)
  })

  it('a disabled integration is refused', async () => {
    await app.payload.update({ collection: 'integrations', data: { enabled: false } as never, overrideAccess: true, where: { name: { equals: 'Vietnam.vn' } } })
    try {
      expect((await changes('')).status).toBe(403)
    } finally {
      await app.payload.update({ collection: 'integrations', data: { enabled: true } as never, overrideAccess: true, where: { name: { equals: 'Vietnam.vn' } } })
    }
  })
})
