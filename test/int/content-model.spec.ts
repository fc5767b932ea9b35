import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { articleData, createArticle, createUsers, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editor: string
let translator: string
let admin: string

beforeAll(async () => {
  app = await startApp('model')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editor = await client.login(users.editor.email, PASSWORD)
  translator = await client.login(users.translator.email, PASSWORD)
  admin = await client.login(users.admin.email, PASSWORD)
})
afterAll(async () => app?.cleanup())

type Errors = { errors: Array<{ data?: { errors?: Array<{ message: string; path: string }> }; message: string }> }
const fieldErrors = (body: Errors) => Object.fromEntries((body.errors?.[0]?.data?.errors ?? []).map((e) => [e.path, e.message]))

describe('articles', () => {
  it('an editor creates an article; they become its author and it starts as a draft', async () => {
    const { body, status } = await client.json('POST', '/articles', { body: articleData(), token: editor })
    expect(status).toBe(201)
    expect(body.doc.workflowState).toBe('draft')
    expect(body.doc.author.id ?? body.doc.author).toBe(users.editor.id)
    expect(body.doc.language).toBe('vi')
    expect(body.doc.channels).toEqual(['portal'])
  })

  it('names every missing required field, in Vietnamese for a Vietnamese editor', async () => {
    const { body, status } = await client.json('POST', '/articles', { body: { title: '' }, headers: { 'accept-language': 'vi' }, token: editor })
    expect(status).toBe(400)
    const errors = fieldErrors(body)
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['title', 'summary', 'body', 'planArea']))
  })

  it('refuses a video URL that is not a web address, and says how to fix it', async () => {
    const { body, status } = await client.json('POST', '/articles', { body: articleData({ videoUrl: 'youtube dot com' }), token: editor })
    expect(status).toBe(400)
    expect(fieldErrors(body).videoUrl).toBe('Enter a full web address starting with https:// or http://.')
  })

  it('refuses an unpublish time before the publish time', async () => {
    const { body, status } = await client.json('POST', '/articles', {
      body: articleData({ publishAt: '2026-12-01T08:00:00.000Z', unpublishAt: '2026-11-01T08:00:00.000Z' }),
      headers: { 'accept-language': 'vi' },
      token: editor,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).unpublishAt).toBe('"Hẹn giờ gỡ" phải sau "Hẹn giờ đăng".')
  })

  it('refuses a plan area outside the six of the yearly plan', async () => {
    const { status } = await client.json('POST', '/articles', { body: articleData({ planArea: 'sports' }), token: editor })
    expect(status).toBe(400)
  })

  it('refuses a language outside the configured ones', async () => {
    const { body, status } = await client.json('POST', '/articles', { body: articleData({ language: 'de' }), token: editor })
    expect(status).toBe(400)
    expect(fieldErrors(body).language).toBeDefined()
  })

  it('a viewer and an anonymous visitor cannot create articles', async () => {
    const viewer = await client.login(users.viewer.email, PASSWORD)
    expect((await client.json('POST', '/articles', { body: articleData(), token: viewer })).status).toBe(403)
    expect((await client.json('POST', '/articles', { body: articleData() })).status).toBe(403)
  })

  it("an editor cannot edit another editor's draft; a leader can", async () => {
    const other = await createArticle(app.payload, users.editor2.id)
    expect((await client.json('PATCH', `/articles/${other.id}`, { body: { title: 'Sửa trộm' }, token: editor })).status).toBe(403)
    const leader = await client.login(users.leader.email, PASSWORD)
    expect((await client.json('PATCH', `/articles/${other.id}?draft=true`, { body: { title: 'Lãnh đạo sửa' }, token: leader })).status).toBe(200)
  })

  it('workflow fields sent by a client are refused with 403: only actions change them', async () => {
    const before = (await app.payload.count({ collection: 'articles' })).totalDocs
    const { body, status } = await client.json('POST', '/articles', {
      body: articleData({ workflowState: 'published' }),
      token: editor,
    })
    expect(status).toBe(403)
    expect(body.errors[0].message).toBe('The workflow field "workflowState" changes only through workflow actions.')
    const forged = await client.json('POST', '/articles', { body: articleData({ approvedBy: users.leader.id }), token: editor })
    expect(forged.status).toBe(403)
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})

describe('achievements', () => {
  const achievement = (overrides: Record<string, unknown> = {}) => ({
    award: 'Giải Nhất',
    competition: 'Kỳ thi chọn học sinh giỏi cấp tỉnh',
    description: paragraphs('Em Nguyễn Minh Anh đạt giải Nhất môn Tiếng Anh.'),
    level: 'province',
    schoolYear: '2025-2026',
    students: [{ className: '12A1', consentStatus: 'obtained', consentScope: ['portal'], name: 'Nguyễn Minh Anh' }],
    teachers: [{ name: 'Vũ Thị Hạnh', subject: 'Tiếng Anh' }],
    title: 'Giải Nhất học sinh giỏi tỉnh môn Tiếng Anh',
    ...overrides,
  })

  it('an editor records an achievement with its students and teachers', async () => {
    const { body, status } = await client.json('POST', '/achievements', { body: achievement(), token: editor })
    expect(status).toBe(201)
    expect(body.doc.students[0].name).toBe('Nguyễn Minh Anh')
    expect(body.doc.students[0].isMinor).toBe(true)
    expect(body.doc.slug).toBe('giai-nhat-hoc-sinh-gioi-tinh-mon-tieng-anh')
  })

  it.each([['2025-2027'], ['2025'], ['25-26'], ['năm học 2025']])('refuses the school year %j with an example of the right form', async (schoolYear) => {
    const { body, status } = await client.json('POST', '/achievements', { body: achievement({ schoolYear }), token: editor })
    expect(status).toBe(400)
    expect(fieldErrors(body).schoolYear).toBe('Write the school year as two consecutive years, for example 2025-2026.')
  })

  it('refuses an achievement with no student, an unknown level or a student with no name', async () => {
    expect((await client.json('POST', '/achievements', { body: achievement({ students: [] }), token: editor })).status).toBe(400)
    expect((await client.json('POST', '/achievements', { body: achievement({ level: 'galactic' }), token: editor })).status).toBe(400)
    const { body } = await client.json('POST', '/achievements', { body: achievement({ students: [{ className: '10A2' }] }), token: editor })
    expect(Object.keys(fieldErrors(body))).toContain('students.0.name')
  })
})

describe('language versions', () => {
  let sourceId: number | string

  beforeAll(async () => {
    sourceId = (await createArticle(app.payload, users.editor.id, 'draft', { title: 'Học sinh Lê Chân tại Hạ Long' })).id
  })

  const version = (overrides: Record<string, unknown> = {}) => ({
    body: paragraphs('Le Chan students at Ha Long Bay.'),
    language: 'en',
    source: { relationTo: 'articles', value: sourceId },
    summary: 'A cultural exchange in Ha Long.',
    title: 'Le Chan students at Ha Long Bay',
    ...overrides,
  })

  it('a translator writes the English version; it records the source revision it was made from', async () => {
    const { body, status } = await client.json('POST', '/language-versions', { body: version(), token: translator })
    expect(status).toBe(201)
    expect(body.doc.translator.id ?? body.doc.translator).toBe(users.translator.id)
    expect(body.doc.method).toBe('human')
    expect(body.doc.sourceRevision).toBeTruthy()
    expect(body.doc.outdated).toBe(false)
    expect(body.doc.slug).toBe('le-chan-students-at-ha-long-bay')
  })

  it('refuses a second English version of the same source', async () => {
    const { body, status } = await client.json('POST', '/language-versions', { body: version({ title: 'Another' }), token: translator })
    expect(status).toBe(400)
    expect(fieldErrors(body).language).toBe('This source already has a version in English. Edit that one instead.')
  })

  it("refuses a version in the source's own language, in Vietnamese for a Vietnamese translator", async () => {
    const { body, status } = await client.json('POST', '/language-versions', {
      body: version({ language: 'vi', title: 'Bản tiếng Việt' }),
      headers: { 'accept-language': 'vi' },
      token: translator,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).language).toBe('Bản ngôn ngữ phải khác ngôn ngữ của bản gốc (Tiếng Việt).')
  })

  it('refuses a version whose source does not exist', async () => {
    const { body, status } = await client.json('POST', '/language-versions', {
      body: version({ language: 'fr', source: { relationTo: 'articles', value: 99999 } }),
      token: translator,
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/source|Source/)
  })

  it("the source's edit view lists its language versions through the join field", async () => {
    await client.json('POST', '/language-versions', { body: version({ language: 'fr', title: 'Les élèves de Le Chan' }), token: translator })
    const { body } = await client.json('GET', `/articles/${sourceId}?depth=1`, { token: editor })
    const versions = body.languageVersions.docs as Array<{ language: string }>
    expect(versions.map((v) => v.language).sort()).toEqual(['en', 'fr'])
  })
})

describe('categories, users and settings', () => {
  it('a category needs a name; its slug comes from the Vietnamese name and names are per language', async () => {
    expect((await client.json('POST', '/categories', { body: {}, token: editor })).status).toBe(400)
    const created = await client.json('POST', '/categories?locale=vi', { body: { name: 'Hợp tác quốc tế' }, token: editor })
    expect(created.status).toBe(201)
    expect(created.body.doc.slug).toBe('hop-tac-quoc-te')
    await client.json('PATCH', `/categories/${created.body.doc.id}?locale=en`, { body: { name: 'International cooperation' }, token: editor })
    expect((await client.json('GET', `/categories/${created.body.doc.id}?locale=en`)).body.name).toBe('International cooperation')
    expect((await client.json('GET', `/categories/${created.body.doc.id}?locale=vi`)).body.name).toBe('Hợp tác quốc tế')
  })

  it('only an admin gives roles; a user cannot make themselves a leader', async () => {
    const me = await client.json('PATCH', `/users/${users.editor.id}`, { body: { roles: ['leader'] }, token: editor })
    expect(me.status).toBe(200)
    expect(me.body.doc.roles).toEqual(['editor'])
    const byAdmin = await client.json('PATCH', `/users/${users.viewer.id}`, { body: { roles: ['viewer', 'translator'] }, token: admin })
    expect(byAdmin.body.doc.roles).toEqual(['viewer', 'translator'])
    expect((await client.json('POST', '/users', { body: { email: 'x@y.z', name: 'X', password: 'abcdefgh1' }, token: editor })).status).toBe(403)
  })

  it('refuses an unknown role', async () => {
    const { status } = await client.json('PATCH', `/users/${users.viewer.id}`, { body: { roles: ['superuser'] }, token: admin })
    expect(status).toBe(400)
  })

  it('site settings keep the school name per language; publishing settings have the four-eyes rule on', async () => {
    const leader = await client.login(users.leader.email, PASSWORD)
    expect((await client.json('POST', '/globals/site-settings?locale=vi', { body: { schoolName: 'Trường THPT Lê Chân' }, token: leader })).status).toBe(200)
    await client.json('POST', '/globals/site-settings?locale=en', { body: { schoolName: 'Le Chan Upper Secondary School' }, token: leader })
    expect((await client.json('GET', '/globals/site-settings?locale=en')).body.schoolName).toBe('Le Chan Upper Secondary School')
    expect((await client.json('GET', '/globals/site-settings?locale=vi')).body.schoolName).toBe('Trường THPT Lê Chân')
    const settings = await client.json('GET', '/globals/publishing-settings', { token: editor })
    expect(settings.body.fourEyes).toBe(true)
    expect((await client.json('POST', '/globals/publishing-settings', { body: { fourEyes: false }, token: editor })).status).toBe(403)
    expect((await client.json('GET', '/globals/publishing-settings')).status).toBe(403)
  })

  it('refuses a checklist item key that is not camelCase', async () => {
    const { status } = await client.json('POST', '/globals/publishing-settings', {
      body: { extraChecklist: [{ key: 'Photo Credit', label: 'Ảnh có ghi nguồn' }] },
      token: admin,
    })
    expect(status).toBe(400)
  })
})
