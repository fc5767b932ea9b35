import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS } from '../../school/seed/accounts'
import { images } from '../../school/seed/content'
import { demoLoginLines, isDatabaseEmpty, seedDemoData, type SeedSummary } from '../../school/seed'
import { PLAN_AREAS } from '../../src/constants'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let first: SeedSummary

beforeAll(async () => {
  app = await startApp('seed')
  client = createClient(app.config)
  expect(await isDatabaseEmpty(app.payload)).toBe(true)
  first = await seedDemoData(app.payload, { password: 'lechan-demo' })
}, 300_000)
afterAll(async () => app?.cleanup())

describe('the demo seed', () => {
  it('fills an empty database with at least 12 articles over all six plan areas and 6 achievements', async () => {
    expect(await isDatabaseEmpty(app.payload)).toBe(false)
    expect(first.articles).toBeGreaterThanOrEqual(12)
    expect(first.achievements).toBeGreaterThanOrEqual(6)
    const articles = await app.payload.find({ collection: 'articles', draft: true, limit: 100 })
    expect(new Set(articles.docs.map((a) => a.planArea))).toEqual(new Set(PLAN_AREAS))
  })

  it('has English versions for most items, one outdated, and versions in other languages', async () => {
    const versions = await app.payload.find({ collection: 'language-versions', draft: true, limit: 200 })
    const english = versions.docs.filter((v) => v.language === 'en')
    expect(english.length).toBeGreaterThan((first.articles + first.achievements) / 2)
    expect(versions.docs.filter((v) => v.outdated).map((v) => v.language)).toEqual(['en'])
    expect(versions.docs.some((v) => !['vi', 'en'].includes(v.language))).toBe(true)
  })

  it('every demo account logs in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      expect(await client.login(account.email, 'lechan-demo')).toBeTruthy()
    }
    expect(demoLoginLines('lechan-demo').join('\n')).toContain('leader@lechan.test')
  })

  it('stores real images; the one photographed with GPS is stored without it', async () => {
    const withGps = images.find((i) => i.gps)!
    const media = await app.payload.find({ collection: 'media', where: { filename: { equals: `${withGps.key}.jpg` } } })
    const stored = fs.readFileSync(path.join(app.dir, 'media', media.docs[0]!.filename!))
    const meta = await sharp(stored).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(media.docs[0]!.sizes?.og?.width).toBe(1200)
  })

  it('the public sees only the published part of it', async () => {
    const { body } = await client.json('GET', '/articles?limit=100')
    expect(body.totalDocs).toBe(11)
    expect(body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
    expect((await client.json('GET', '/media?limit=100')).status).toBe(403)
    // a photo is public only while a published item shows it, and only with consent for the portal
    const all = await app.payload.find({ collection: 'media', limit: 100, overrideAccess: true })
    let shown = 0
    for (const m of all.docs as Array<{ consentStatus: string; id: number; liveUse?: boolean }>) {
      const { status } = await client.json('GET', `/media/${m.id}`)
      if (status === 200) shown += 1
      expect(status === 200, `media ${m.id}`).toBe(Boolean(m.liveUse) && ['not-needed', 'obtained'].includes(m.consentStatus))
    }
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(all.docs.length)
  })

  it('records how each item reached its state in the audit log', async () => {
    const events = await app.payload.find({ collection: 'workflow-events', limit: 1 })
    expect(events.totalDocs).toBe(first.events)
    expect(first.events).toBeGreaterThan(first.articles)
  })

  it('running it again resets to the same data, with no duplicates', async () => {
    const second = await seedDemoData(app.payload, { password: 'lechan-demo' })
    expect(second).toEqual(first)
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(first.articles)
    expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(DEMO_ACCOUNTS.length)
    expect((await app.payload.count({ collection: 'workflow-events' })).totalDocs).toBe(first.events)
    const files = fs.readdirSync(path.join(app.dir, 'media'))
    expect(files.filter((f) => !/-\d+x\d+\./.test(f)).length).toBe(images.length)
  })
})
