import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import Parser from 'rss-parser'
import { xml2js } from 'xml-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { runWorkflowAction } from '../../src'
import { createFeedHandler } from '../../src/feeds/handler'
import { internalContext } from '../../src/workflow/context'
import { createMedia, languageVersion } from '../helpers/content'
import { createArticle, createUsers, FULL_CHECKLIST, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'

const PUBLIC_URL = 'https://lechan.example.edu.vn'
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>'

let app: TestApp
let users: Users
let leader: Record<string, any>
let payloadCalls = 0
let feed: ReturnType<typeof createFeedHandler>
const ids: Record<string, number | string> = {}

const get = async (lang: string, file: string, query = '', headers: Record<string, string> = {}) => {
  const res = await feed(new Request(`http://localhost/api/feeds/${lang}/${file}${query}`, { headers }), { file, lang })
  return { body: res.status === 304 ? '' : await res.text(), headers: res.headers, status: res.status }
}

const ninjsValidator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  const dir = path.join(__dirname, '../fixtures/schemas')
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, 'GeoJSON-schema.json'), 'utf8')))
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'ninjs-schema_3.1.json'), 'utf8')))
}

beforeAll(async () => {
  app = await startApp('feeds', { plugin: { publicUrl: PUBLIC_URL } })
  users = await createUsers(app.payload)
  leader = await app.payload.findByID({ collection: 'users', id: users.leader.id })
  feed = createFeedHandler(async () => {
    payloadCalls += 1
    return app.payload
  })
  const p = app.payload
  await p.updateGlobal({ slug: 'site-settings', data: { schoolName: 'Trường THPT Lê Chân' } as never, locale: 'vi' })
  await p.updateGlobal({ slug: 'site-settings', data: { schoolName: 'Le Chan High School' } as never, locale: 'en' })
  const category = await p.create({ collection: 'categories', data: { name: 'Hoạt động', slug: 'hoat-dong' } as never, locale: 'vi' })
  await p.update({ collection: 'categories', data: { name: 'Activities' } as never, id: category.id, locale: 'en' })
  await p.create({ collection: 'categories', data: { name: 'Thông báo', slug: 'thong-bao' } as never, locale: 'vi' })
  const photo = await createMedia(p, {
    alt: { en: 'Students at Dong Trieu', vi: 'Học sinh tại Đông Triều' },
    caption: { en: 'The debate final in Dong Trieu', vi: 'Chung kết tranh biện tại Đông Triều' },
    credit: 'Nguyễn Văn An',
  })
  const later = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, minutes)).toISOString()
  const vnArticle = await createArticle(p, users.editor.id, 'published', {
    byline: 'Trần Thị Bình',
    category: category.id,
    channels: ['portal', 'vietnam-vn'],
    featuredImage: photo.id,
    publishedAt: later(1),
    title: 'Chung kết tranh biện tiếng Anh tại Đông Triều',
  })
  ids.vnArticle = vnArticle.id
  ids.vnArticleEn = (await languageVersion(p, { collection: 'articles', id: vnArticle.id }, 'en', { publishedAt: later(2), title: 'English debate final in Dong Trieu' })).id
  ids.portalOnly = (await createArticle(p, users.editor.id, 'published', { channels: ['portal'], publishedAt: later(3), title: 'Họp phụ huynh đầu năm' })).id
  ids.draft = (await createArticle(p, users.editor.id, 'draft', { channels: ['portal', 'vietnam-vn'], title: 'Bản nháp chưa duyệt' })).id
  ids.draftEn = (await languageVersion(p, { collection: 'articles', id: ids.portalOnly }, 'en', { state: 'draft', title: 'Unreviewed English draft' })).id
  const hostile = await createMedia(p, { alt: { en: `alt ${XSS}`, vi: `alt ${XSS}` }, caption: { en: `caption ${XSS}`, vi: `chú thích ${XSS}` }, credit: `credit ${XSS}` })
  ids.xss = (
    await createArticle(p, users.editor.id, 'published', {
      body: paragraphs(`Nội dung ${XSS} hết.`),
      byline: `Byline ${XSS}`,
      channels: ['portal'],
      featuredImage: hostile.id,
      publishedAt: later(4),
      summary: `Tóm tắt ${XSS}`,
      title: `Tiêu đề ${XSS} ]]> ]]> cuối`,
    })
  ).id
})
afterAll(async () => app?.cleanup())

describe('feeds: what appears', () => {
  it('RSS 2.0 parses back with a real parser: title, link, GUID, dates, language, enclosure and Media RSS captions', async () => {
    const res = await get('vi', 'rss.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const parser = new Parser({
      customFields: {
        item: [
          ['media:content', 'mediaContent', { keepArray: true }],
          ['dc:creator', 'creator'],
        ],
      },
    })
    const parsed = await parser.parseString(res.body)
    expect(parsed.language).toBe('vi')
    expect(parsed.title).toBe('Trường THPT Lê Chân: tin tức và thành tích')
    const item = parsed.items.find((i) => i.title === 'Chung kết tranh biện tiếng Anh tại Đông Triều')!
    expect(item.link).toBe(`${PUBLIC_URL}/vi/news/chung-ket-tranh-bien-tieng-anh-tai-dong-trieu`)
    expect(item.guid).toBe(`tag:lechan.example.edu.vn,2025:articles/${ids.vnArticle}`)
    expect(new Date(item.pubDate!).toISOString()).toBe('2026-11-20T08:01:00.000Z')
    expect(item.enclosure).toMatchObject({ type: 'image/jpeg' })
    expect(item.enclosure!.url).toMatch(new RegExp(`^${PUBLIC_URL}/api/media/file/`))
    const media = (item as any).mediaContent as any[]
    expect(media.map((m) => m.$.url)).toEqual([expect.stringMatching(/-1200x630\.jpg$/), expect.stringMatching(/-1400x700\.jpg$/)])
    expect(media[0]['media:description'][0]._).toBe('Chung kết tranh biện tại Đông Triều')
    expect(media[0]['media:credit'][0]._).toBe('Nguyễn Văn An')
    expect((item as any).creator).toBe('Trần Thị Bình')
    expect((item.categories as any[]).map((c) => (typeof c === 'string' ? c : c._))).toEqual(['Hoạt động', 'Quảng bá hình ảnh tỉnh'])
  })

  it('only published items of the feed language appear: no drafts, no other language', async () => {
    const vi = await new Parser().parseString((await get('vi', 'rss.xml')).body)
    const titles = vi.items.map((i) => i.title)
    expect(titles).toContain('Họp phụ huynh đầu năm')
    expect(titles).not.toContain('Bản nháp chưa duyệt')
    expect(titles).not.toContain('English debate final in Dong Trieu')
    const en = await new Parser().parseString((await get('en', 'rss.xml')).body)
    expect(en.items.map((i) => i.title)).toEqual(['English debate final in Dong Trieu'])
    expect(en.items[0]!.link).toBe(`${PUBLIC_URL}/en/news/english-debate-final-in-dong-trieu`)
  })

  it('Atom parses back, with hreflang alternates to the other published language versions', async () => {
    const res = await get('vi', 'atom.xml')
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const parsed = await new Parser().parseString(res.body)
    const entry = parsed.items.find((i) => i.title === 'Chung kết tranh biện tiếng Anh tại Đông Triều')!
    expect(entry.id).toBe(`tag:lechan.example.edu.vn,2025:articles/${ids.vnArticle}`)
    expect(entry.author).toBe('Trần Thị Bình')
    const doc = xml2js(res.body, { compact: true }) as any
    expect(doc.feed._attributes['xml:lang']).toBe('vi')
    const xmlEntry = doc.feed.entry.find((e: any) => e.id._text === entry.id)
    const alternates = xmlEntry.link.filter((l: any) => l._attributes.rel === 'alternate').map((l: any) => [l._attributes.hreflang, l._attributes.href])
    expect(alternates).toEqual([
      ['vi', `${PUBLIC_URL}/vi/news/chung-ket-tranh-bien-tieng-anh-tai-dong-trieu`],
      ['en', `${PUBLIC_URL}/en/news/english-debate-final-in-dong-trieu`],
    ])
    expect(xmlEntry.published._text).toBe('2026-11-20T08:01:00.000Z')
    expect(new Date(xmlEntry.updated._text).getTime()).toBeGreaterThanOrEqual(new Date('2026-11-20T08:01:00.000Z').getTime())
    const enclosure = xmlEntry.link.find((l: any) => l._attributes.rel === 'enclosure')._attributes
    expect(enclosure).toMatchObject({ type: 'image/jpeg' })
    expect(enclosure.href).toMatch(new RegExp(`^${PUBLIC_URL}/api/media/file/.+\\.jpg$`))
    // RFC 4287's Schematron rules, which a grammar does not check: every entry has an author and a link
    for (const e of doc.feed.entry) {
      expect(e.author.name._text).toBeTruthy()
      expect([e.link].flat()[0]._attributes.href).toMatch(/^https:/)
    }
  })

  it('JSON Feed 1.1 has every field the specification requires, with its content type', async () => {
    const res = await get('en', 'feed.json')
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const doc = JSON.parse(res.body)
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1')
    expect(doc.title).toBe('Le Chan High School: news and achievements')
    expect(doc.language).toBe('en')
    expect(doc.feed_url).toBe(`${PUBLIC_URL}/api/feeds/en/feed.json`)
    for (const item of doc.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true)
      expect(item.author).toBeUndefined()
    }
    expect(doc.items[0]).toMatchObject({
      _hreflang: [{ language: 'vi', url: `${PUBLIC_URL}/vi/news/chung-ket-tranh-bien-tieng-anh-tai-dong-trieu` }],
      authors: [{ name: 'Trần Thị Bình' }],
      language: 'en',
      tags: expect.arrayContaining(['Activities']),
      url: `${PUBLIC_URL}/en/news/english-debate-final-in-dong-trieu`,
    })
    expect(doc.items[0].attachments[0]).toMatchObject({ mime_type: 'image/jpeg', title: 'The debate final in Dong Trieu' })
  })

  it('every ninjs item validates against the IPTC ninjs 3.1 schema', async () => {
    const validate = ninjsValidator()
    for (const lang of ['vi', 'en']) {
      const doc = JSON.parse((await get(lang, 'ninjs.json')).body)
      expect(doc.items.length).toBeGreaterThan(0)
      for (const item of doc.items) {
        const ok = validate(item)
        expect(validate.errors ?? [], JSON.stringify(item).slice(0, 200)).toEqual([])
        expect(ok).toBe(true)
      }
    }
    const en = JSON.parse((await get('en', 'ninjs.json')).body).items[0]
    expect(en).toMatchObject({ language: 'en', standard: { name: 'ninjs', version: '3.1' }, uri: `tag:lechan.example.edu.vn,2025:language-versions/${ids.vnArticleEn}` })
    expect(en.associations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'translation', language: 'vi', uri: `tag:lechan.example.edu.vn,2025:articles/${ids.vnArticle}` }),
        expect.objectContaining({ type: 'picture', by: 'Nguyễn Văn An', descriptions: [expect.objectContaining({ value: 'The debate final in Dong Trieu' })] }),
      ]),
    )
    // the schema rejects what it should: a check that validation is real
    expect(validate({ ...en, pubStatus: 'published' })).toBe(false)
  })

  it('an XSS payload in any text field is removed in RSS, Atom, JSON Feed and ninjs', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'ninjs.json']) {
      const { body } = await get('vi', file)
      const text = file.endsWith('.json') ? JSON.stringify(JSON.parse(body)) : body
      expect(text, file).toContain('Tiêu đề')
      expect(text, file).toContain('Tóm tắt')
      // no live markup anywhere; typed into the body, it shows as text (escaped)
      expect(text, file).not.toMatch(/<script|<img[^>]*onerror/i)
    }
    // plain-text fields lose the markup and its script text entirely
    const ninjs = JSON.parse((await get('vi', 'ninjs.json')).body).items.find((i: any) => i.uri.endsWith(`articles/${ids.xss}`))
    expect(ninjs.headlines[0].value).toBe('Tiêu đề ]]> ]]> cuối')
    expect(ninjs.descriptions[0].value).toBe('Tóm tắt')
    expect(ninjs.by).toBe('Byline')
    expect(ninjs.associations[0]).toMatchObject({ by: 'credit', descriptions: [{ value: 'chú thích' }], headlines: [{ value: 'alt' }] })
    expect(ninjs.bodies[0].value).toBe('<p>Nội dung &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; hết.</p>')
    // the XML stays well-formed even with "]]>" twice in a title
    const parsed = await new Parser().parseString((await get('vi', 'rss.xml')).body)
    expect(parsed.items.map((i) => i.title)).toContain('Tiêu đề ]] > ]] > cuối')
  })
})

/** The Universal Feed Parser (Debian's python3-feedparser), as many aggregators read feeds. */
function universalFeedParser(text: string) {
  const script = [
    'import sys, json, feedparser',
    'd = feedparser.parse(sys.stdin.buffer.read())',
    'print(json.dumps({"bozo": d.bozo, "error": str(d.get("bozo_exception", "")), "version": d.version, "language": d.feed.get("language"),',
    '  "entries": [{"title": e.get("title"), "link": e.get("link"), "id": e.get("id"), "published": e.get("published_parsed") is not None} for e in d.entries]}))',
  ].join('\n')
  const run = spawnSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8', input: text })
  if (run.status !== 0) throw new Error(`python3-feedparser is needed (apt-get install python3-feedparser): ${run.stderr}`)
  return JSON.parse(run.stdout)
}

describe('feeds: read by the Universal Feed Parser', () => {
  it('RSS and Atom parse without errors, with language, titles, links and ids', async () => {
    for (const [file, version] of [
      ['rss.xml', 'rss20'],
      ['atom.xml', 'atom10'],
    ]) {
      const parsed = universalFeedParser((await get('vi', file!)).body)
      expect(parsed.error, file).toBe('')
      expect(parsed.bozo, file).toBe(false)
      expect(parsed.version).toBe(version)
      expect(parsed.language).toBe('vi')
      const entry = parsed.entries.find((e: any) => e.title === 'Chung kết tranh biện tiếng Anh tại Đông Triều')
      expect(entry).toMatchObject({ id: `tag:lechan.example.edu.vn,2025:articles/${ids.vnArticle}`, link: `${PUBLIC_URL}/vi/news/chung-ket-tranh-bien-tieng-anh-tai-dong-trieu`, published: true })
    }
  })
})

describe('feeds: filters and errors', () => {
  it('?channel=vietnam-vn lists only items sent to Vietnam.vn; no channel means what the portal shows', async () => {
    const channel = await new Parser().parseString((await get('vi', 'rss.xml', '?channel=vietnam-vn')).body)
    expect(channel.items.map((i) => i.title)).toEqual(['Chung kết tranh biện tiếng Anh tại Đông Triều'])
    expect(channel.feedUrl).toBe(`${PUBLIC_URL}/api/feeds/vi/rss.xml?channel=vietnam-vn`)
    const portal = await new Parser().parseString((await get('vi', 'rss.xml')).body)
    expect(portal.items.length).toBe(3)
  })

  it('?category= filters by the category slug', async () => {
    const parsed = await new Parser().parseString((await get('vi', 'rss.xml', '?category=hoat-dong')).body)
    expect(parsed.items.map((i) => i.title)).toEqual(['Chung kết tranh biện tiếng Anh tại Đông Triều'])
    expect((await new Parser().parseString((await get('vi', 'rss.xml', '?category=thong-bao')).body)).items).toEqual([])
  })

  it('bad parameters get a 4xx with a message in the caller’s language', async () => {
    const cases: [string, string, string, number, RegExp][] = [
      ['xx', 'rss.xml', '', 404, /There is no feed in "xx"\. Available languages: vi, en/],
      ['vi', 'rss.json', '', 404, /Unknown feed format "rss\.json"\. Use one of: atom\.xml, feed\.json, ninjs\.json, rss\.xml/],
      ['vi', 'rss.xml', '?channel=facebook', 400, /Unknown channel "facebook"\. Use one of: portal, vietnam-vn, province, doet/],
      ['vi', 'rss.xml', '?category=khong-co', 400, /There is no category with the slug "khong-co"\. Known categories: hoat-dong, thong-bao/],
    ]
    for (const [lang, file, query, status, message] of cases) {
      const res = await get(lang, file, query, { 'accept-language': 'en' })
      expect(res.status).toBe(status)
      expect(JSON.parse(res.body).errors[0].message).toMatch(message)
    }
    const vi = await get('vi', 'rss.xml', '?channel=facebook', { 'accept-language': 'vi-VN,vi;q=0.9' })
    expect(JSON.parse(vi.body).errors[0].message).toBe('Không có kênh "facebook". Hãy dùng một trong: portal, vietnam-vn, province, doet.')
  })
})

describe('feeds: caching and invalidation', () => {
  it('answers 304 to If-None-Match and If-Modified-Since, and serves from cache without touching Payload', async () => {
    const first = await get('vi', 'atom.xml', '?channel=portal')
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0)
    const calls = payloadCalls
    expect((await get('vi', 'atom.xml', '?channel=portal', { 'if-none-match': etag })).status).toBe(304)
    expect((await get('vi', 'atom.xml', '?channel=portal', { 'if-modified-since': lastModified })).status).toBe(304)
    expect((await get('vi', 'atom.xml', '?channel=portal', { 'if-none-match': '"other"' })).status).toBe(200)
    expect(payloadCalls).toBe(calls)
  })

  it('a publish shows on the next request, and an unpublish removes the item at once', async () => {
    const before = await get('vi', 'rss.xml')
    const article = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Tin mới được duyệt' })
    await putInState(app.payload, 'articles', article.id, 'in_review')
    await runWorkflowAction(app.payload, { action: 'approve', checklist: FULL_CHECKLIST, collection: 'articles', id: article.id, user: leader as never })
    expect((await get('vi', 'rss.xml')).body).toBe(before.body)
    await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })
    const after = await get('vi', 'rss.xml', '', { 'if-none-match': before.headers.get('etag')! })
    expect(after.status).toBe(200)
    expect(after.body).toContain('Tin mới được duyệt')
    await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Sai thông tin', id: article.id, user: leader as never })
    expect((await get('vi', 'rss.xml')).body).not.toContain('Tin mới được duyệt')
  })

  it('a published article whose new revision is under review keeps the approved text in the feed', async () => {
    await app.payload.update({
      collection: 'articles',
      data: { title: 'Tiêu đề sửa chưa duyệt' } as never,
      draft: true,
      id: ids.portalOnly!,
      overrideAccess: false,
      user: { ...(await app.payload.findByID({ collection: 'users', id: users.editor.id })), collection: 'users' } as never,
    })
    await putInState(app.payload, 'articles', ids.portalOnly!, 'in_review')
    const body = (await get('vi', 'rss.xml')).body
    expect(body).toContain('Họp phụ huynh đầu năm')
    expect(body).not.toContain('Tiêu đề sửa chưa duyệt')
  })

  it('a photo shows only where its consent reaches: not in a channel it does not cover, not after it expires', async () => {
    const portalOnly = await createMedia(app.payload, { consentScope: ['portal'], consentStatus: 'obtained', credit: 'Chỉ cổng trường' })
    const expired = await createMedia(app.payload, { consentStatus: 'obtained', credit: 'Hết hạn' })
    await app.payload.update({ collection: 'media', data: { consentExpiresAt: '2026-01-01T00:00:00.000Z' } as never, id: expired.id, overrideAccess: true })
    await createArticle(app.payload, users.editor.id, 'published', { channels: ['portal', 'vietnam-vn'], gallery: [portalOnly.id, expired.id], title: 'Ảnh có phạm vi đồng ý' })
    const item = async (channel: string) => JSON.parse((await get('vi', 'ninjs.json', `?channel=${channel}`)).body).items.find((i: any) => i.title === 'Ảnh có phạm vi đồng ý')
    const credits = (i: any) => i.associations.filter((a: any) => a.type === 'picture').map((a: any) => a.by)
    expect(credits(await item('portal'))).toEqual(['Chỉ cổng trường'])
    expect(credits(await item('vietnam-vn'))).toEqual([])
  })

  it('withdrawing a photo’s consent takes the item that shows it out of every feed', async () => {
    const student = await createMedia(app.payload, { consentStatus: 'obtained' })
    const article = await createArticle(app.payload, users.editor.id, 'published', { featuredImage: student.id, title: 'Học sinh giỏi cấp tỉnh' })
    expect((await get('vi', 'feed.json')).body).toContain('Học sinh giỏi cấp tỉnh')
    await app.payload.update({ collection: 'media', context: internalContext(), data: { consentStatus: 'withdrawn' } as never, id: student.id, overrideAccess: true })
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'ninjs.json']) expect((await get('vi', file)).body).not.toContain('Học sinh giỏi cấp tỉnh')
    expect(article.id).toBeDefined()
  })
})
