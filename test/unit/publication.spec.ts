import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { xml2js } from 'xml-js'
import { describe, expect, it } from 'vitest'

import type { FeedMeta, PublicItem } from '../../src/feeds/model'
import { plainText, sanitizeContent } from '../../src/feeds/sanitize'
import { toAtom } from '../../src/feeds/serializers/atom'
import { toJsonFeed } from '../../src/feeds/serializers/jsonFeed'
import { toNinjs } from '../../src/feeds/serializers/ninjs'
import { toRss } from '../../src/feeds/serializers/rss'
import { diffEntries, entriesForGroup } from '../../src/publication/entry'
import { bumpGenerationAfterCommit, currentGeneration, settleTransaction } from '../../src/publication/generation'

/** Fixed dates and URLs, so serializer output is stable. */
function item(overrides: Partial<PublicItem> = {}): PublicItem {
  return {
    alternates: [{ guid: 'tag:lechan.test,2025:language-versions/7', language: 'en', title: 'Debate final', url: 'https://lechan.test/en/news/debate-final' }],
    authors: ['Trần Thị Bình'],
    category: { name: 'Hoạt động & Sự kiện', slug: 'hoat-dong', url: 'https://lechan.test/vi/categories/hoat-dong' },
    contentHtml: '<p>Nội dung.</p>',
    guid: 'tag:lechan.test,2025:articles/12',
    images: [
      {
        alt: 'Đội tranh biện',
        caption: 'Chung kết <tại> Đông Triều & Hạ Long',
        credit: 'Nguyễn Văn An',
        id: '3',
        original: { filesize: 2048, height: 900, mimeType: 'image/jpeg', name: 'original', url: 'https://lechan.test/api/media/file/a.jpg', width: 1600 },
        renditions: [
          { filesize: 1024, height: 630, mimeType: 'image/jpeg', name: 'og', url: 'https://lechan.test/api/media/file/a-1200x630.jpg', width: 1200 },
          { filesize: 1500, height: 900, mimeType: 'image/jpeg', name: 'portal', url: 'https://lechan.test/api/media/file/a-1600x900.jpg', width: 1600 },
        ],
      },
    ],
    key: 'articles:12',
    kind: 'news',
    language: 'vi',
    modified: new Date('2026-11-21T02:00:00Z'),
    planArea: { code: 'ocop', name: 'Sản phẩm OCOP' },
    published: new Date('2026-11-20T08:00:00Z'),
    summary: 'Tóm tắt.',
    title: 'Chung kết tranh biện',
    url: 'https://lechan.test/vi/news/chung-ket',
    ...overrides,
  }
}
const meta: FeedMeta = {
  description: 'Tin tức',
  feedUrls: {
    atom: 'https://lechan.test/api/feeds/vi/atom.xml',
    json: 'https://lechan.test/api/feeds/vi/feed.json',
    ninjs: 'https://lechan.test/api/feeds/vi/ninjs.json',
    rss: 'https://lechan.test/api/feeds/vi/rss.xml',
  },
  homeUrl: 'https://lechan.test/vi',
  language: 'vi',
  publicUrl: 'https://lechan.test',
  publisher: 'Trường THPT Lê Chân',
  title: 'Trường THPT Lê Chân: tin tức',
  updated: new Date('2026-11-21T02:00:00Z'),
}

describe('plain text and sanitized HTML', () => {
  it.each([
    ['Tiêu đề <script>alert(1)</script>', 'Tiêu đề'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;Hi', 'Hi'],
    ['a < b & c > d', 'a < b & c > d'],
    ['<img src=x onerror=alert(1)>Ảnh', 'Ảnh'],
    ['  nhiều   khoảng\ntrắng ', 'nhiều khoảng trắng'],
    [null, ''],
  ])('plainText(%j) = %j', (input, expected) => {
    expect(plainText(input as string)).toBe(expected)
  })

  it('content HTML keeps structure and drops scripts, handlers and javascript: links', () => {
    expect(sanitizeContent('<p onclick="x()">A<script>bad()</script> <a href="javascript:alert(1)">l</a> <a href="https://x.vn">ok</a></p>')).toBe('<p>A <a>l</a> <a href="https://x.vn">ok</a></p>')
  })
})

describe('serializers (pure, one item model)', () => {
  it('RSS declares Media RSS once and stays well-formed with "]]>" and "&" in text', () => {
    const xml = toRss(meta, [item({ title: 'A ]]> B ]]> C & D' })])
    expect(xml.match(/xmlns:media=/g)).toHaveLength(1)
    const doc = xml2js(xml, { compact: true }) as any
    const entry = doc.rss.channel.item
    expect(entry.title._cdata).toBe('A ]] > B ]] > C & D')
    expect(entry['media:content'][0]['media:description']._text).toBe('Chung kết <tại> Đông Triều & Hạ Long')
    expect(entry['dc:creator']._text).toBe('Trần Thị Bình')
  })

  it('Atom escapes attribute values it re-writes, and lists hreflang alternates', () => {
    const xml = toAtom(meta, [item({ alternates: [{ guid: 'tag:x,2025:a/1', language: 'en', title: 'Tom & "Jerry" <3', url: 'https://lechan.test/en/news/x' }] })])
    const doc = xml2js(xml, { compact: true }) as any
    const links = [doc.feed.entry.link].flat().map((l: any) => l._attributes)
    expect(links).toContainEqual(expect.objectContaining({ hreflang: 'en', rel: 'alternate', title: 'Tom & "Jerry" <3' }))
  })

  it('JSON Feed output is version 1.1 with authors and language', () => {
    const doc = JSON.parse(toJsonFeed(meta, [item()]))
    expect(doc).toMatchObject({ language: 'vi', version: 'https://jsonfeed.org/version/1.1' })
    expect(doc.items[0]).toMatchObject({
      authors: [{ name: 'Trần Thị Bình' }],
      date_modified: '2026-11-21T02:00:00.000Z',
      date_published: '2026-11-20T08:00:00.000Z',
      id: 'tag:lechan.test,2025:articles/12',
    })
  })

  it('ninjs items validate against the IPTC schema, with and without images and translations', () => {
    const dir = path.join(__dirname, '../fixtures/schemas')
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, 'GeoJSON-schema.json'), 'utf8')))
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'ninjs-schema_3.1.json'), 'utf8')))
    const doc = JSON.parse(toNinjs(meta, [item(), item({ alternates: [], category: null, images: [], planArea: null, summary: '' })]))
    for (const ninjs of doc.items) {
      validate(ninjs)
      expect(validate.errors ?? []).toEqual([])
    }
  })
})

describe('publication entries', () => {
  const source = {
    _status: 'published',
    category: 4,
    channels: ['portal', 'vietnam-vn'],
    id: 12,
    language: 'vi',
    publishedAt: '2026-11-20T08:00:00.000Z',
    slug: 'a',
    title: 'A',
    updatedAt: '2026-11-21T00:00:00.000Z',
  }
  const version = (language: string, status = 'published') => ({
    _status: status,
    id: language === 'en' ? 7 : 8,
    language,
    slug: `a-${language}`,
    source: { relationTo: 'articles', value: 12 },
    title: `A ${language}`,
  })

  it('a published source and its published versions are live; drafts are not', () => {
    const entries = entriesForGroup(source, 'articles', [version('en'), version('fr', 'draft')])
    expect(entries.map((e) => [e.key, e.language, e.channels, e.category, e.groupKey])).toEqual([
      ['articles:12', 'vi', '|portal|vietnam-vn|', '4', 'articles:12'],
      ['language-versions:7', 'en', '|portal|vietnam-vn|', '4', 'articles:12'],
    ])
  })

  it('nothing of a group is live while its source is not published', () => {
    expect(entriesForGroup({ ...source, _status: 'draft' }, 'articles', [version('en')])).toEqual([])
    expect(entriesForGroup(null, 'articles', [version('en')])).toEqual([])
  })

  it('the diff creates, updates and removes only what changed', () => {
    const [a, b] = entriesForGroup(source, 'articles', [version('en')])
    const existing = [
      { ...a!, id: 1 },
      { ...b!, id: 2, title: 'old' },
      { ...b!, id: 3, key: 'language-versions:99' },
    ]
    const diff = diffEntries(existing, [a!, b!])
    expect(diff).toEqual({ create: [], remove: [3], update: [{ data: b, id: 2 }] })
  })
})

describe('the generation of public output', () => {
  it('a change inside a transaction bumps it at once and again when that transaction settles, once', () => {
    const start = currentGeneration().value
    bumpGenerationAfterCommit('tx-1')
    expect(currentGeneration().value).toBe(start + 1)
    settleTransaction('tx-2') // another transaction: nothing to do
    expect(currentGeneration().value).toBe(start + 1)
    settleTransaction('tx-1')
    expect(currentGeneration().value).toBe(start + 2)
    settleTransaction('tx-1')
    expect(currentGeneration().value).toBe(start + 2)
  })
})
