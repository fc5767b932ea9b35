import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { createArticle, createUsers, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editor: string
let translator: string

beforeAll(async () => {
  app = await startApp('outdated')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editor = await client.login(users.editor.email, PASSWORD)
  translator = await client.login(users.translator.email, PASSWORD)
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

const outdatedOf = async (id: number | string) =>
  (await client.json('GET', `/language-versions/${id}?draft=true`, { token: translator })).body.outdated

describe('a translation is flagged outdated when its source text changes', () => {
  it('is up to date when made', async () => {
    const { version } = await sourceWithEnglish()
    expect(version.outdated).toBe(false)
    expect(await outdatedOf(version.id)).toBe(false)
  })

  it.each([
    ['title', { title: 'Tiêu đề đã đổi' }],
    ['summary', { summary: 'Tóm tắt mới' }],
    ['body', { body: paragraphs('Nội dung đã thay đổi.') }],
  ])('becomes outdated when the source %s changes', async (_field, change) => {
    const { source, version } = await sourceWithEnglish()
    const res = await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: change, token: editor })
    expect(res.status).toBe(200)
    expect(await outdatedOf(version.id)).toBe(true)
  })

  it('stays up to date when only tags, channels or the byline change', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, {
      body: { byline: 'Tổ Ngữ văn', channels: ['portal', 'vietnam-vn'], tags: ['Hạ Long'] },
      token: editor,
    })
    expect(await outdatedOf(version.id)).toBe(false)
  })

  it('editing the translation alone does not clear the flag; marking it up to date does', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: { title: 'Tiêu đề mới hơn' }, token: editor })
    await client.json('PATCH', `/language-versions/${version.id}?draft=true`, { body: { title: 'English, edited' }, token: translator })
    expect(await outdatedOf(version.id)).toBe(true)
    const synced = await client.json('PATCH', `/language-versions/${version.id}?draft=true`, { body: { syncWithSource: true }, token: translator })
    expect(synced.status).toBe(200)
    expect(await outdatedOf(version.id)).toBe(false)
    expect(synced.body.doc.sourceRevision).not.toBe(version.sourceRevision)
  })

  it('shows in the source\'s list of language versions and in the versions list', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: { summary: 'Đổi tóm tắt' }, token: editor })
    const list = await client.json('GET', `/language-versions?where[id][equals]=${version.id}&draft=true`, { token: translator })
    expect(list.body.docs[0].outdated).toBe(true)
  })

  it('a client cannot write the flag or the recorded source hash', async () => {
    const { source, version } = await sourceWithEnglish()
    await client.json('PATCH', `/articles/${source.id}?draft=true`, { body: { title: 'Lại đổi' }, token: editor })
    await client.json('PATCH', `/language-versions/${version.id}?draft=true`, {
      body: { outdated: false, sourceHash: 'forged' },
      token: translator,
    })
    expect(await outdatedOf(version.id)).toBe(true)
  })
})
