import { xml2js } from 'xml-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getItemPage, getList, getSite } from '../../school/portal/data'
import { getPreviewPage } from '../../school/portal/preview'
import { previewUrl } from '../../src/publication/previewUrl'
import { buildNewsSitemap, buildSitemap } from '../../school/portal/sitemaps'
import { createMedia, languageVersion } from '../helpers/content'
import { createArticle, createUsers, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

const PUBLIC_URL = 'https://lechan.example.edu.vn'
let app: TestApp
let client: Client
let users: Users
const ids: Record<string, number | string> = {}
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

beforeAll(async () => {
  app = await startApp('portal', { plugin: { publicUrl: PUBLIC_URL } })
  client = createClient(app.config)
  users = await createUsers(app.payload)
  const p = app.payload
  await p.updateGlobal({ slug: 'site-settings', data: { schoolName: 'Trường THPT Lê Chân' } as never, locale: 'vi' })
  await p.updateGlobal({ slug: 'site-settings', data: { schoolName: 'Le Chan High School' } as never, locale: 'en' })
  const photo = await createMedia(p, { alt: { en: 'Debaters', vi: 'Đội tranh biện' } })
  const dongTrieu = await createArticle(p, users.editor.id, 'published', { featuredImage: photo.id, publishedAt: daysAgo(1), title: 'Giao lưu tại Đông Triều' })
  ids.dongTrieu = dongTrieu.id
  ids.dongTrieuEn = (await languageVersion(p, { collection: 'articles', id: dongTrieu.id }, 'en', { publishedAt: daysAgo(1), title: 'Exchange in Dong Trieu' })).id
  ids.leChan = (await createArticle(p, users.editor.id, 'published', { publishedAt: daysAgo(10), summary: 'Học sinh Lê Chân đạt giải.', title: 'Tin học đường' })).id
  ids.draft = (await createArticle(p, users.editor.id, 'draft', { title: 'Bản nháp Đông Triều' })).id
  ids.feedsOnly = (await createArticle(p, users.editor.id, 'published', { channels: ['vietnam-vn'], publishedAt: daysAgo(1), title: 'Chỉ gửi Vietnam.vn' })).id
})
afterAll(async () => app?.cleanup())

describe('the portal header', () => {
  it('shows the logo chosen in the site settings, inlined (no public media file needed); none chosen: the default emblem', async () => {
    const { bumpGeneration } = await import('../../src/publication/generation')
    expect((await getSite(app.payload, 'vi'))!.logo).toBeNull()
    const logo = await createMedia(app.payload, { alt: { en: 'Logo', vi: 'Logo' } })
    await app.payload.updateGlobal({ slug: 'site-settings', data: { logo: logo.id } as never })
    bumpGeneration()
    const site = (await getSite(app.payload, 'vi'))!
    expect(site.logo).toMatch(/^data:image\/png;base64,/)
    const { width, height } = await (await import('sharp')).default(Buffer.from(site.logo!.split(',')[1]!, 'base64')).metadata()
    expect(Math.max(width!, height!)).toBe(96)
    await app.payload.updateGlobal({ slug: 'site-settings', data: { logo: null } as never })
    bumpGeneration()
  })
})

describe('portal search', () => {
  it('ignores tone marks and đ: "dong trieu" finds "Đông Triều", "le chan" finds "Lê Chân"', async () => {
    const site = (await getSite(app.payload, 'vi'))!
    const titles = async (q: string) => (await getList(app.payload, site, { page: 1, q })).items.map((i) => i.title)
    expect(await titles('dong trieu')).toEqual(['Giao lưu tại Đông Triều'])
    expect(await titles('DONG Triều')).toEqual(['Giao lưu tại Đông Triều'])
    // every fixture's body mentions the school: the one that says it in its summary comes too
    expect(await titles('le chan')).toContain('Tin học đường')
    expect(await titles('khong co gi')).toEqual([])
  })

  it('finds words that are only in the body ("yen tu" finds an article whose body says "Yên Tử")', async () => {
    const { paragraphs } = await import('../../school/seed/lexical')
    const site = (await getSite(app.payload, 'vi'))!
    const titles = async (q: string) => (await getList(app.payload, site, { page: 1, q })).items.map((i) => i.title)
    expect(await titles('yen tu')).toEqual([])
    const doc = await createArticle(app.payload, users.editor.id, 'published', { body: paragraphs('Đoàn viên hành hương về Yên Tử.'), publishedAt: daysAgo(3), title: 'Về nguồn' })
    try {
      expect(await titles('yen tu')).toEqual(['Về nguồn'])
    } finally {
      await app.payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
    }
  })

  it('never finds drafts or items that are not on the portal', async () => {
    const site = (await getSite(app.payload, 'vi'))!
    const titles = (await getList(app.payload, site, { page: 1, q: 'ban nhap' })).items.map((i) => i.title)
    expect(titles).toEqual([])
    expect((await getList(app.payload, site, { page: 1, q: 'vietnam vn' })).items).toEqual([])
  })

  it('the admin list search folds what is typed, for our collections', async () => {
    const token = await client.login(users.editor.email, PASSWORD)
    for (const q of ['Đông Triều', 'dong trieu', 'Dong Triều']) {
      const res = await client.json('GET', `/articles?where[or][0][title][like]=${encodeURIComponent(q)}&where[or][1][searchText][like]=${encodeURIComponent(q)}&depth=0`, { token })
      expect(res.status).toBe(200)
      expect(res.body.docs.map((d: any) => d.title).sort(), q).toEqual(['Bản nháp Đông Triều', 'Giao lưu tại Đông Triều'])
    }
    const versions = await client.json('GET', `/language-versions?where[searchText][like]=${encodeURIComponent('DONG TRIỀU')}`, { token })
    expect(versions.body.docs.map((d: any) => d.title)).toEqual(['Exchange in Dong Trieu'])
  })
})

describe('item pages', () => {
  it('an item page knows its other live languages, for the switcher and hreflang', async () => {
    const site = (await getSite(app.payload, 'vi'))!
    const page = await getItemPage(app.payload, site, 'news', 'giao-luu-tai-dong-trieu')
    expect(page?.alternates).toEqual({ en: '/en/news/exchange-in-dong-trieu', vi: '/vi/news/giao-luu-tai-dong-trieu' })
    expect(page?.item.images[0]).toMatchObject({ alt: 'Đội tranh biện' })
    const en = await getItemPage(app.payload, (await getSite(app.payload, 'en'))!, 'news', 'exchange-in-dong-trieu')
    expect(en?.item.images[0]).toMatchObject({ alt: 'Debaters' })
    // not on the portal channel, or a draft: no page
    expect(await getItemPage(app.payload, site, 'news', 'chi-gui-vietnam-vn')).toBeNull()
    expect(await getItemPage(app.payload, site, 'news', 'ban-nhap-dong-trieu')).toBeNull()
  })

  it('a draft preview needs a signed-in staff member; anonymous visitors get nothing', async () => {
    const site = (await getSite(app.payload, 'vi'))!
    expect(await getPreviewPage(app.payload, site, 'news', 'ban-nhap-dong-trieu', new Headers())).toBeNull()
    const token = await client.login(users.editor.email, PASSWORD)
    const preview = await getPreviewPage(app.payload, site, 'news', 'ban-nhap-dong-trieu', new Headers({ authorization: `JWT ${token}` }))
    expect(preview?.item.title).toBe('Bản nháp Đông Triều')
    const url = previewUrl(PUBLIC_URL, 'language-versions')({ language: 'en', slug: 'exchange', source: { relationTo: 'achievements' } } as never, {} as never)
    expect(url).toBe(`${PUBLIC_URL}/en/achievements/exchange?preview=1`)
  })
})

describe('sitemaps', () => {
  it('/sitemap.xml lists portal items with reciprocal xhtml:link alternates and x-default', async () => {
    const doc = xml2js(await buildSitemap(app.payload), { compact: true }) as any
    const urls = [doc.urlset.url].flat()
    const find = (loc: string) => urls.find((u: any) => u.loc._text === loc)
    const vi = find(`${PUBLIC_URL}/vi/news/giao-luu-tai-dong-trieu`)
    const en = find(`${PUBLIC_URL}/en/news/exchange-in-dong-trieu`)
    const links = (u: any) => Object.fromEntries([u['xhtml:link']].flat().map((l: any) => [l._attributes.hreflang, l._attributes.href]))
    const expected = { en: `${PUBLIC_URL}/en/news/exchange-in-dong-trieu`, vi: `${PUBLIC_URL}/vi/news/giao-luu-tai-dong-trieu`, 'x-default': `${PUBLIC_URL}/vi/news/giao-luu-tai-dong-trieu` }
    expect(links(vi)).toEqual(expected)
    expect(links(en)).toEqual(expected)
    expect(find(`${PUBLIC_URL}/vi/news/ban-nhap-dong-trieu`)).toBeUndefined()
    expect(find(`${PUBLIC_URL}/vi/news/chi-gui-vietnam-vn`)).toBeUndefined()
    expect(find(`${PUBLIC_URL}/en`)).toBeDefined()
  })

  it('/news-sitemap.xml follows Google News rules: the last two days only, with publication name and language', async () => {
    const doc = xml2js(await buildNewsSitemap(app.payload), { compact: true }) as any
    expect(doc.urlset._attributes['xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    const urls = [doc.urlset.url].flat()
    expect(urls.map((u: any) => u.loc._text).sort()).toEqual([`${PUBLIC_URL}/en/news/exchange-in-dong-trieu`, `${PUBLIC_URL}/vi/news/giao-luu-tai-dong-trieu`])
    const vi = urls.find((u: any) => u.loc._text.includes('/vi/'))
    expect(vi['news:news']['news:publication']['news:name']._text).toBe('Trường THPT Lê Chân')
    expect(vi['news:news']['news:publication']['news:language']._text).toBe('vi')
    expect(vi['news:news']['news:title']._text).toBe('Giao lưu tại Đông Triều')
  })
})
