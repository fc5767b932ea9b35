import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { createArticle, createUsers, FULL_CHECKLIST, PASSWORD, type Users } from '../helpers/fixtures'
import { flushNotifications } from '../../src'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editor: string
let translator: string
let leader: string
let admin: string

beforeAll(async () => {
  app = await startApp('outdated')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editor = await client.login(users.editor.email, PASSWORD)
  translator = await client.login(users.translator.email, PASSWORD)
  leader = await client.login(users.leader.email, PASSWORD)
  admin = await client.login(users.admin.email, PASSWORD)
})
afterAll(async () => app?.cleanup())

async function sourceWithEnglish() {
  const source = await createArticle(app.payload, users.editor.id, 'draft', { title: `Bài gốc ${Math.random()}` })
  const { body } = await client.json('POST', '/language-versions', {
    body: {
      body: paragraphs('English text.'),
      language: 'en',
      source: { relationTo: 'articles', value: source.id },
      summary: 'English summary.',
      title: `English ${source.id}`,
    },
    token: translator,
  })
  return { source, version: body.doc }
}

const outdatedOf = async (id: number | string) => (await client.json('GET', `/language-versions/${id}?draft=true`, { token: translator })).body.outdated

/** The editor submits the source as it stands, and a leader approves it (through REST, as in the admin). */
async function approveSource(id: number | string) {
  const submit = await client.json('POST', `/articles/${id}/workflow`, { body: { action: 'submit' }, token: editor })
  expect(submit.status, JSON.stringify(submit.body)).toBe(200)
  const approve = await client.json('POST', `/articles/${id}/workflow`, { body: { action: 'approve', checklist: FULL_CHECKLIST }, token: leader })
  expect(approve.status, JSON.stringify(approve.body)).toBe(200)
}

describe("a translation is outdated when its source's approved text changes", () => {
  it('is up to date when made', async () => {
    const { version } = await sourceWithEnglish()
    expect(version.outdated).toBe(false)
    expect(await outdatedOf(version.id)).toBe(false)
  })

  it.each([
    ['title', { title: 'Tiêu đề đã đổi' }],
    ['summary', { summary: 'Tóm tắt mới' }],
    ['body', { body: paragraphs('Nội dung đã thay đổi.') }],
  ])('a draft edit of the source %s does not count; its approval does, and the translator gets an e-mail', async (_field, change) => {
    const { source, version } = await sourceWithEnglish()
    const res = await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: change, token: editor })
    expect(res.status).toBe(200)
    expect(await outdatedOf(version.id), 'an unapproved draft edit').toBe(false)
    app.mails.length = 0
    await approveSource(source.id)
    expect(await outdatedOf(version.id), 'after the approval').toBe(true)
    await flushNotifications(app.payload)
    const mail = app.mails.find((m) => m.to === users.translator.email && m.subject.includes(version.title))
    expect(mail?.subject).toMatch(/^\[(Needs update|Cần cập nhật)\]/)
    expect(mail?.text).toContain(`/admin/collections/language-versions/${version.id}`)
  })

  it('approving the text it was made from does not flag it', async () => {
    const { source, version } = await sourceWithEnglish()
    await approveSource(source.id)
    expect(await outdatedOf(version.id)).toBe(false)
  })

  it('stays up to date when only tags, channels or the byline change', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, {
      body: { byline: 'Tổ Ngữ văn', channels: ['portal', 'vietnam-vn'], tags: ['Hạ Long'] },
      token: editor,
    })
    await approveSource(source.id)
    expect(await outdatedOf(version.id)).toBe(false)
  })

  it('editing the translation alone does not clear the flag; syncWithSource does', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: { title: 'Tiêu đề mới hơn' }, token: editor })
    await approveSource(source.id)
    await client.json('PATCH', `/language-versions/${version.id}?draft=true`, { body: { title: 'English, edited' }, token: translator })
    expect(await outdatedOf(version.id)).toBe(true)
    const synced = await client.json('PATCH', `/language-versions/${version.id}?draft=true`, { body: { syncWithSource: true }, token: translator })
    expect(synced.status).toBe(200)
    expect(await outdatedOf(version.id)).toBe(false)
    expect(synced.body.doc.sourceRevision).not.toBe(version.sourceRevision)
  })

  it('shows in lists, and the list filters on it', async () => {
    const { source, version } = await sourceWithEnglish()
    const fresh = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: { summary: 'Đổi tóm tắt' }, token: editor })
    await approveSource(source.id)
    const list = await client.json('GET', `/language-versions?where[id][equals]=${version.id}&draft=true`, { token: translator })
    expect(list.body.docs[0].outdated).toBe(true)
    const filtered = await client.json('GET', `/language-versions?where[outdated][equals]=true&draft=true&limit=100`, { token: translator })
    const ids = filtered.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(version.id)
    expect(ids).not.toContain(fresh.version.id)
  })

  it('a client cannot write the flag or the recorded source hash', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: { title: 'Lại đổi' }, token: editor })
    await approveSource(source.id)
    await client.json('PATCH', `/language-versions/${version.id}?draft=true`, {
      body: { outdated: false, sourceHash: 'forged' },
      token: translator,
    })
    expect(await outdatedOf(version.id)).toBe(true)
  })
})

describe('"Mark as up to date": the translator and leaders, recorded', () => {
  async function outdatedVersion() {
    const made = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${made.source.id}?draft=true`, { body: { title: `Đổi ${Math.random()}` }, token: editor })
    await approveSource(made.source.id)
    expect(await outdatedOf(made.version.id)).toBe(true)
    return made
  }

  it.each([
    ['the translator', () => translator, 'translator'],
    ['a leader', () => leader, 'leader'],
    ['an admin', () => admin, 'admin'],
  ] as const)('%s marks it up to date; the audit log says who and why', async (_who, token, name) => {
    const { version } = await outdatedVersion()
    const res = await client.json('POST', `/language-versions/${version.id}/up-to-date`, { body: { comment: 'Đã đối chiếu' }, token: token() })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await outdatedOf(version.id)).toBe(false)
    const events = await app.payload.find({
      collection: 'workflow-events',
      overrideAccess: true,
      where: { and: [{ documentId: { equals: String(version.id) } }, { action: { equals: 'marked_up_to_date' } }] },
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({ actorLabel: name, comment: 'Đã đối chiếu' })
  })

  it("another editor cannot (403, in the caller's language), and nothing changes", async () => {
    const { version } = await outdatedVersion()
    const res = await client.json('POST', `/language-versions/${version.id}/up-to-date`, { body: {}, headers: { 'accept-language': 'vi' }, token: editor })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/người dịch bản này, lãnh đạo hoặc quản trị/)
    expect(await outdatedOf(version.id)).toBe(true)
  })

  it('without a session it is a 401, and a form post is refused (415)', async () => {
    const { version } = await outdatedVersion()
    expect((await client.json('POST', `/language-versions/${version.id}/up-to-date`, { body: {} })).status).toBe(401)
    const form = await client.request('POST', `/language-versions/${version.id}/up-to-date`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      rawBody: 'comment=x',
      token: translator,
    })
    expect(form.status).toBe(415)
    expect(await outdatedOf(version.id)).toBe(true)
  })

  it('a live version stays live and keeps its approval when marked', async () => {
    const { version } = await outdatedVersion()
    const { putInState } = await import('../helpers/fixtures')
    await putInState(app.payload, 'language-versions', version.id, 'published', users.leader.id)
    const res = await client.json('POST', `/language-versions/${version.id}/up-to-date`, { body: {}, token: translator })
    expect(res.status).toBe(200)
    const live = await app.payload.findByID({ collection: 'language-versions', id: version.id, overrideAccess: true })
    expect(live).toMatchObject({ _status: 'published', outdated: false, workflowState: 'published' })
    expect(live.approvedHash).toBeTruthy()
  })
})
