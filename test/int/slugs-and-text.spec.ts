import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { articleData, createArticle, createUsers, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editor: string

beforeAll(async () => {
  app = await startApp('slugs')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editor = await client.login(users.editor.email, PASSWORD)
})
afterAll(async () => app?.cleanup())

const post = async (title: string, extra: Record<string, unknown> = {}) => (await client.json('POST', '/articles', { body: articleData({ title, ...extra }), token: editor })).body.doc

describe('slugs', () => {
  it('are made from the Vietnamese title with đ → d', async () => {
    expect((await post('Gốm Đông Triều vươn ra thế giới')).slug).toBe('gom-dong-trieu-vuon-ra-the-gioi')
  })

  it('a decomposed title gives the same slug as a composed one, with -2 for the second', async () => {
    const first = await post('Sắc màu Yên Tử')
    const second = await post('Sắc màu Yên Tử'.normalize('NFD'))
    const third = await post('Sắc màu Yên Tử!')
    expect([first.slug, second.slug, third.slug]).toEqual(['sac-mau-yen-tu', 'sac-mau-yen-tu-2', 'sac-mau-yen-tu-3'])
  })

  it('are unique per language: the same title in another language keeps the plain slug', async () => {
    await post('Hello Ha Long', { language: 'vi' })
    const english = await post('Hello Ha Long', { language: 'en' })
    expect(english.slug).toBe('hello-ha-long')
  })

  it("are unique per collection: an achievement may share an article's slug", async () => {
    await post('Giải Nhất Robocon')
    const { body } = await client.json('POST', '/achievements', {
      body: {
        award: 'Giải Nhất',
        competition: 'Robocon',
        description: paragraphs('Đội robot của trường.'),
        level: 'province',
        schoolYear: '2025-2026',
        students: [{ consentStatus: 'obtained', consentScope: ['portal'], name: 'Phạm Gia Bảo' }],
        title: 'Giải Nhất Robocon',
      },
      token: editor,
    })
    expect(body.doc.slug).toBe('giai-nhat-robocon')
  })

  it('a typed slug is kept when free and refused when it has the wrong shape', async () => {
    expect((await post('Một tiêu đề', { slug: 'tin-rieng' })).slug).toBe('tin-rieng')
    const bad = await client.json('POST', '/articles', { body: articleData({ slug: 'Có Dấu Cách' }), token: editor })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('lower-case letters a–z')
  })

  it('a slug stays when the title changes, so published links keep working', async () => {
    const doc = await post('Tiêu đề đầu tiên')
    const { body } = await client.json('PATCH', `/articles/${doc.id}?draft=true`, { body: { title: 'Tiêu đề đã sửa' }, token: editor })
    expect(body.doc.slug).toBe('tieu-de-dau-tien')
  })

  it('emoji and punctuation are dropped', async () => {
    expect((await post('🎉 Chúc mừng năm mới 2026!!! 🎆')).slug).toBe('chuc-mung-nam-moi-2026')
  })
})

describe('text is stored composed (NFC)', () => {
  it('title, summary and Lexical text pasted decomposed come back composed', async () => {
    const title = 'Lễ kỷ niệm Ngày Nhà giáo Việt Nam'.normalize('NFD')
    const doc = await post(title, {
      body: paragraphs('Thầy cô giáo trường Lê Chân'.normalize('NFD')),
      summary: 'Tri ân thầy cô'.normalize('NFD'),
    })
    expect(doc.title).toBe('Lễ kỷ niệm Ngày Nhà giáo Việt Nam')
    expect(doc.title).toBe(doc.title.normalize('NFC'))
    expect(doc.summary).toBe('Tri ân thầy cô')
    expect(doc.body.root.children[0].children[0].text).toBe('Thầy cô giáo trường Lê Chân')
  })

  it('a search without tone marks finds the article through the folded search text', async () => {
    const doc = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Học sinh Lê Chân thăm làng gốm Đông Triều' })
    const { body } = await client.json('GET', `/articles?where[searchText][like]=dong trieu&limit=50`, { token: editor })
    expect(body.docs.map((d: { id: number }) => d.id)).toContain(doc.id)
    const { body: other } = await client.json('GET', `/articles?where[searchText][like]=le chan&limit=50`, { token: editor })
    expect(other.docs.map((d: { id: number }) => d.id)).toContain(doc.id)
  })
})
