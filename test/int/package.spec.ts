/**
 * The package of a published item, read back as a portal's editor would: the DOCX through
 * `mammoth` (text and structure), its fonts, the ninjs against IPTC's schema, the photos through
 * sharp, and the approval record.
 */
import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWorkflowAction } from '../../src'
import { createMedia } from '../helpers/content'
import { createArticle, createUsers, FULL_CHECKLIST, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editor: string
let articleId: number | string
let draftId: number | string

const text = (value: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra })
const body = {
  root: block('root', [
    block('paragraph', [text('Chiều 20/11, học sinh lớp 11 '), text('thuyết minh', 1), text(' tại bảo tàng.')], { textFormat: 0 }),
    block('heading', [text('Chuẩn bị từ sớm')], { tag: 'h2' }),
    block('list', [block('listitem', [text('Tìm hiểu hiện vật')], { value: 1 }), block('listitem', [text('Luyện nói tiếng Anh')], { value: 2 })], { listType: 'bullet', start: 1, tag: 'ul' }),
    block('paragraph', [text('Xem thêm tại '), block('link', [text('trang của bảo tàng')], { fields: { linkType: 'custom', newTab: false, url: 'https://baotang.quangninh.gov.vn' } })], {
      textFormat: 0,
    }),
  ]),
}

beforeAll(async () => {
  app = await startApp('package')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editor = await client.login(users.editor.email, PASSWORD)
  const photo = await createMedia(app.payload, { caption: { vi: 'Học sinh tại Bảo tàng Quảng Ninh.' }, credit: 'Tổ Ngữ văn' })
  const article = await createArticle(app.payload, users.editor.id, 'draft', {
    body,
    channels: ['portal', 'province'],
    featuredImage: photo.id,
    summary: 'Học sinh thuyết minh song ngữ.',
    title: 'Học sinh Lê Chân ở Bảo tàng Quảng Ninh',
  })
  // through the workflow, as in the admin: submitted, approved with the checklist, published
  const [author, leader] = await Promise.all([users.editor.id, users.leader.id].map((id) => app.payload.findByID({ collection: 'users', id, overrideAccess: true })))
  await runWorkflowAction(app.payload, { action: 'submit', collection: 'articles', id: article.id, user: author as never })
  await runWorkflowAction(app.payload, { action: 'approve', checklist: FULL_CHECKLIST, collection: 'articles', id: article.id, user: leader as never })
  await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })
  articleId = article.id
  draftId = (await createArticle(app.payload, users.editor.id, 'draft', { title: 'Bản nháp chưa đăng' })).id
})
afterAll(async () => app?.cleanup())

async function download(id: number | string, token?: string, language = 'en') {
  const res = await client.request('GET', `/exports/articles/${id}/package.zip`, { headers: { 'accept-language': language }, token })
  return res
}

describe('the package of a published item', () => {
  it('is a ZIP with the Word document, the HTML page, the ninjs, the photo and the approval record', async () => {
    const res = await download(articleId, editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.zip"$/)
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort()
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(1)
    expect(names.filter((n) => n.endsWith('.html'))).toHaveLength(1)
    expect(names.filter((n) => n.endsWith('.ninjs.json'))).toHaveLength(1)
    expect(names).toContain('approval.json')
    const images = names.filter((n) => n.startsWith('images/'))
    expect(images).toHaveLength(1)

    // the Word document, read back by mammoth: text, headings, lists, links, caption, credit, approval
    const docx = await zip.file(names.find((n) => n.endsWith('.docx'))!)!.async('nodebuffer')
    const raw = (await mammoth.extractRawText({ buffer: docx })).value
    for (const expected of [
      'Học sinh Lê Chân ở Bảo tàng Quảng Ninh',
      'Học sinh thuyết minh song ngữ.',
      'Chuẩn bị từ sớm',
      'Tìm hiểu hiện vật',
      'trang của bảo tàng',
      'Học sinh tại Bảo tàng Quảng Ninh.',
      'Ảnh: Tổ Ngữ văn',
      'leader',
    ]) {
      expect(raw, expected).toContain(expected)
    }
    expect(raw).toMatch(/Đã được leader duyệt lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(mã nội dung [0-9a-f]{12}\)/)
    expect(raw).toMatch(/Đăng lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/)
    const html = (await mammoth.convertToHtml({ buffer: docx })).value
    expect(html).toContain('<h2>Chuẩn bị từ sớm</h2>')
    expect(html).toMatch(/<ul><li>Tìm hiểu hiện vật<\/li><li>Luyện nói tiếng Anh<\/li><\/ul>/)
    expect(html).toContain('<a href="https://baotang.quangninh.gov.vn">trang của bảo tàng</a>')
    expect(html).toContain('<strong>thuyết minh</strong>')
    expect(html).toMatch(/<img [^>]*src="data:image\/jpeg/)
    const inner = await JSZip.loadAsync(docx)
    expect(await inner.file('word/styles.xml')!.async('string')).toContain('Times New Roman')

    // the ninjs, against IPTC's schema
    const dir = path.resolve(import.meta.dirname, '../fixtures/schemas')
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, 'GeoJSON-schema.json'), 'utf8')))
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'ninjs-schema_3.1.json'), 'utf8')))
    const ninjs = JSON.parse(await zip.file(names.find((n) => n.endsWith('.ninjs.json'))!)!.async('string'))
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true)

    // the photo opens, and the HTML page points at it
    const image = await zip.file(images[0]!)!.async('nodebuffer')
    const meta = await sharp(image).metadata()
    expect(meta.width).toBeGreaterThan(0)
    const page = await zip.file(names.find((n) => n.endsWith('.html'))!)!.async('string')
    expect(page).toContain(`src="${images[0]}"`)
    expect(page).toContain('<html lang="vi">')

    const approval = JSON.parse(await zip.file('approval.json')!.async('string'))
    const live = await app.payload.findByID({ collection: 'articles', id: articleId, overrideAccess: true })
    expect(approval).toMatchObject({ approvedBy: 'leader', contentHash: live.approvedHash, title: 'Học sinh Lê Chân ở Bảo tàng Quảng Ninh' })
  })

  it("is for staff only (401 without a session), for published items only (409, in the caller's language)", async () => {
    expect((await download(articleId)).status).toBe(401)
    const draft = await download(draftId, editor, 'vi')
    expect(draft.status).toBe(409)
    expect(((await draft.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('Chỉ mục đã đăng mới có gói')
    const unknown = await client.request('GET', `/exports/users/1/package.zip`, { token: editor })
    expect(unknown.status).toBe(404)
    const bad = await client.request('GET', `/exports/articles/1%20or%201=1/package.zip`, { token: editor })
    expect(bad.status).toBe(400)
  })
})
