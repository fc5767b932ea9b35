import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { internalContext } from '../../src/workflow/context'
import { createArticle, createUsers, makeJpeg, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let published: { id: number | string }
let draft: { id: number | string }
const media: Record<string, { filename: string; id: number | string }> = {}

beforeAll(async () => {
  app = await startApp('public')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  published = await createArticle(app.payload, users.editor.id, 'published', { title: 'Bài đã đăng' })
  draft = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Bài nháp bí mật' })
  // a published article whose newer revision is still a draft
  await app.payload.update({
    collection: 'articles',
    context: internalContext(),
    data: { title: 'Bản sửa chưa duyệt' },
    draft: true,
    id: published.id,
    overrideAccess: true,
  })
  const specs = {
    expired: { consentExpiresAt: '2020-01-01T00:00:00.000Z', consentScope: ['portal'], consentStatus: 'obtained', depictsMinors: true },
    feedsOnly: { consentScope: ['feeds'], consentStatus: 'obtained', depictsMinors: true },
    landscape: { consentStatus: 'not-needed', depictsMinors: false },
    missing: { consentStatus: 'missing', depictsMinors: true },
    obtained: { consentScope: ['portal', 'feeds'], consentStatus: 'obtained', depictsMinors: true },
    withdrawn: { consentStatus: 'withdrawn', depictsMinors: true },
  }
  for (const [key, data] of Object.entries(specs)) {
    const file = await makeJpeg({ height: 300, width: 500 })
    const doc = await app.payload.create({
      collection: 'media',
      data: { alt: key, ...data } as never,
      file: { data: file, mimetype: 'image/jpeg', name: `${key}.jpg`, size: file.length },
      overrideAccess: true,
    })
    media[key] = { filename: doc.filename!, id: doc.id }
  }
})
afterAll(async () => app?.cleanup())

describe('anonymous readers see only published content', () => {
  it('REST list shows the published article, with its approved text, and never the draft', async () => {
    const { body, status } = await client.json('GET', '/articles?limit=50')
    expect(status).toBe(200)
    const titles = body.docs.map((d: { title: string }) => d.title)
    expect(titles).toEqual(['Bài đã đăng'])
  })

  it('REST list with draft=true still hides drafts and unapproved revisions', async () => {
    const { body } = await client.json('GET', '/articles?draft=true&limit=50')
    const titles = body.docs.map((d: { title: string }) => d.title)
    expect(titles).not.toContain('Bài nháp bí mật')
    expect(titles).not.toContain('Bản sửa chưa duyệt')
  })

  it('REST by id: a draft is not found, a published article shows its live text even with draft=true', async () => {
    expect((await client.json('GET', `/articles/${draft.id}`)).status).toBe(404)
    const live = await client.json('GET', `/articles/${published.id}?draft=true`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Bài đã đăng')
  })

  it('versions are closed to anonymous readers', async () => {
    expect((await client.json('GET', '/articles/versions')).status).toBe(403)
  })

  it('GraphQL lists only published articles, and a draft by id is refused', async () => {
    const list = await client.gql<{ Articles: { docs: Array<{ title: string }> } }>('{ Articles(limit: 50) { docs { title } } }')
    expect(list.body.data!.Articles.docs.map((d) => d.title)).toEqual(['Bài đã đăng'])
    const drafts = await client.gql<{ Articles: { docs: Array<{ title: string }> } }>('{ Articles(limit: 50, draft: true) { docs { title } } }')
    const titles = drafts.body.data!.Articles.docs.map((d) => d.title)
    expect(titles).not.toContain('Bài nháp bí mật')
    expect(titles).not.toContain('Bản sửa chưa duyệt')
    const one = await client.gql(`{ Article(id: ${JSON.stringify(draft.id)}) { title } }`)
    expect(one.body.data?.Article ?? null).toBeNull()
  })

  it('a signed-in editor sees drafts through the same endpoints', async () => {
    const token = await client.login(users.editor.email, PASSWORD)
    const { body } = await client.json('GET', '/articles?limit=50&draft=true', { token })
    const titles = body.docs.map((d: { title: string }) => d.title)
    expect(titles).toEqual(expect.arrayContaining(['Bài nháp bí mật', 'Bản sửa chưa duyệt']))
  })
})

describe('a photo is public only through a published item, and only with consent', () => {
  let showing: { id: number | string }
  beforeAll(async () => {
    // a published article shows every photo; a draft shows the obtained one too
    showing = await createArticle(app.payload, users.editor.id, 'published', {
      gallery: Object.values(media).map((m) => m.id),
      title: 'Bài có ảnh',
    })
  })

  it('anonymous readers cannot list or count media, over REST or GraphQL', async () => {
    expect((await client.json('GET', '/media?limit=50')).status).toBe(403)
    expect((await client.json('GET', '/media?where[alt][equals]=obtained')).status).toBe(403)
    expect((await client.json('GET', '/media/count')).status).toBe(403)
    const { body } = await client.gql<{ allMedia: unknown }>('{ allMedia(limit: 50) { docs { alt } } }')
    expect(body.data?.allMedia ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toMatch(/not allowed/i)
  })

  it.each(['missing', 'withdrawn', 'feedsOnly', 'expired'])('the %s photo of a published item is not found by id, nor as a file', async (key) => {
    expect((await client.json('GET', `/media/${media[key]!.id}`)).status).toBe(404)
    const file = await client.request('GET', `/media/file/${media[key]!.filename}`)
    expect([403, 404]).toContain(file.status)
  })

  it('a consented photo that a published item shows is served, with its renditions', async () => {
    const { body, status } = await client.json('GET', `/media/${media.obtained!.id}`)
    expect(status).toBe(200)
    const file = await client.request('GET', `/media/file/${media.obtained!.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/image\/jpeg/)
    expect((await client.request('GET', `/media/file/${body.sizes.thumbnail.filename}`)).status).toBe(200)
    // the published article's photos come with it, by id
    const article = await client.json('GET', `/articles/${showing.id}?depth=1`)
    const shown = (article.body.gallery as Array<{ alt?: string } | number>).filter((g) => typeof g === 'object').map((g) => (g as { alt: string }).alt)
    expect(shown.sort()).toEqual(['landscape', 'obtained'])
  })

  it('a photo only a draft shows, or that stopped being shown, is not public', async () => {
    const file = await makeJpeg({ height: 300, width: 500 })
    const unused = await app.payload.create({
      collection: 'media',
      data: { alt: 'unused', consentStatus: 'not-needed' } as never,
      file: { data: file, mimetype: 'image/jpeg', name: 'unused.jpg', size: file.length },
      overrideAccess: true,
    })
    await createArticle(app.payload, users.editor.id, 'draft', { featuredImage: unused.id, title: 'Nháp có ảnh' })
    expect((await client.json('GET', `/media/${unused.id}`)).status).toBe(404)
    expect((await client.request('GET', `/media/file/${unused.filename}`)).status).toBe(403)
    // the article goes live: the photo with it; it goes off the site: the photo too
    const live = await createArticle(app.payload, users.editor.id, 'published', { featuredImage: unused.id, title: 'Đăng có ảnh' })
    expect((await client.request('GET', `/media/file/${unused.filename}`)).status).toBe(200)
    await app.payload.update({
      collection: 'articles',
      context: internalContext(),
      data: { _status: 'draft', workflowState: 'unpublished' } as never,
      id: live.id,
      overrideAccess: true,
    })
    expect((await client.request('GET', `/media/file/${unused.filename}`)).status).toBe(403)
    expect((await client.json('GET', `/media/${unused.id}`)).status).toBe(404)
  })

  it('anonymous reads are capped in size and depth; staff are not', async () => {
    for (const limit of ['500', '0']) {
      const { body, status } = await client.json('GET', `/articles?limit=${limit}&depth=9`)
      expect(status).toBe(200)
      expect(body.limit).toBe(100)
    }
    const token = await client.login(users.editor.email, PASSWORD)
    expect((await client.json('GET', '/articles?limit=500', { token })).body.limit).toBe(500)
  })

  it('staff still see every photo', async () => {
    const token = await client.login(users.editor.email, PASSWORD)
    const { body } = await client.json('GET', '/media?limit=50', { token })
    expect(body.totalDocs).toBeGreaterThanOrEqual(6)
  })
})
