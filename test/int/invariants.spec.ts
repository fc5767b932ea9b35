/**
 * Invariants 1–4 of DESIGN.md on every write path that is not a workflow action: REST PATCH and
 * POST, GraphQL, the local API, version restore, autosave, bulk update, direct field writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { runWorkflowAction } from '../../src'
import { articleData, createArticle, createUsers, FULL_CHECKLIST, PASSWORD, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editor: string
let leader: string

beforeAll(async () => {
  app = await startApp('invariants')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editor = await client.login(users.editor.email, PASSWORD)
  leader = await client.login(users.leader.email, PASSWORD)
})
afterAll(async () => app?.cleanup())

const liveTitle = async (id: number | string) => (await client.json('GET', `/articles/${id}`)).body.title as string | undefined
const publicStatus = async (id: number | string) => (await client.json('GET', `/articles/${id}`)).status
const eventCount = async () => (await app.payload.count({ collection: 'workflow-events' })).totalDocs

describe('invariant 1: nothing is public unless a leader approved exactly that content', () => {
  it.each([
    ['REST PATCH', (id: number | string) => client.json('PATCH', `/articles/${id}`, { body: { _status: 'published' }, token: leader })],
    ['REST PATCH ?draft=true', (id: number | string) => client.json('PATCH', `/articles/${id}?draft=true`, { body: { _status: 'published' }, token: leader })],
    ['autosave', (id: number | string) => client.json('PATCH', `/articles/${id}?draft=true&autosave=true`, { body: { _status: 'published', title: 'Autosave' }, token: leader })],
    ['bulk PATCH by where', (id: number | string) => client.json('PATCH', `/articles?where[id][equals]=${id}`, { body: { _status: 'published' }, token: leader })],
  ])('%s with _status: published is refused and the draft stays private', async (_path, attempt) => {
    const article = await createArticle(app.payload, users.editor.id)
    const res = await attempt(article.id)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(await publicStatus(article.id)).toBe(404)
  })

  it('REST POST with _status: published is refused with a message saying how to publish', async () => {
    const res = await client.json('POST', '/articles', { body: { ...articleData(), _status: 'published' }, token: leader })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Publishing goes through the review workflow: submit the item, then a leader approves and publishes it.')
    expect((await client.json('GET', '/articles')).body.totalDocs).toBe(0)
  })

  it('GraphQL create and update with _status: published are refused', async () => {
    const created = await client.gql(
      `mutation { createArticle(data: { title: "GQL", summary: "s", planArea: vietnam_vn, _status: published, body: ${JSON.stringify(JSON.stringify(paragraphs('x')))} }) { id } }`,
      { token: leader },
    )
    expect(created.body.errors?.length).toBeGreaterThan(0)
    const article = await createArticle(app.payload, users.editor.id)
    const updated = await client.gql(`mutation { updateArticle(id: ${article.id}, data: { _status: published }) { id _status } }`, { token: leader })
    expect(updated.body.errors?.length).toBeGreaterThan(0)
    expect(await publicStatus(article.id)).toBe(404)
  })

  it('the local API, with or without access control, cannot publish either', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const leaderUser = await app.payload.findByID({ collection: 'users', id: users.leader.id })
    await expect(app.payload.update({ collection: 'articles', data: { _status: 'published' } as never, id: article.id, overrideAccess: false, user: leaderUser })).rejects.toThrow(/quy trình duyệt/)
    await expect(app.payload.update({ collection: 'articles', data: { _status: 'published' } as never, id: article.id })).rejects.toThrow(/review workflow/)
    await expect(app.payload.create({ collection: 'articles', data: { ...articleData(), _status: 'published' } as never })).rejects.toThrow(/review workflow/)
    expect(await publicStatus(article.id)).toBe(404)
  })

  it('restoring a published version does not republish unapproved or withdrawn content', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'Bản đã đăng' })
    await putInState(app.payload, 'articles', article.id, 'published', users.leader.id)
    const unpublished = await runWorkflowAction(app.payload, {
      action: 'unpublish',
      collection: 'articles',
      comment: 'Sai thông tin',
      id: article.id,
      user: (await app.payload.findByID({ collection: 'users', id: users.leader.id })) as never,
    })
    expect(unpublished.state).toBe('unpublished')
    expect(await publicStatus(article.id)).toBe(404)
    const versions = await app.payload.findVersions({ collection: 'articles', where: { and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }] } })
    const published = versions.docs[0]!
    const asPublished = await client.json('POST', `/articles/versions/${published.id}`, { token: leader })
    expect(asPublished.status).toBeGreaterThanOrEqual(400)
    expect(await publicStatus(article.id)).toBe(404)
    const asDraft = await client.json('POST', `/articles/versions/${published.id}?draft=true`, { token: leader })
    expect(asDraft.status).toBe(200)
    expect(await publicStatus(article.id)).toBe(404)
    const latest = await app.payload.findByID({ collection: 'articles', draft: true, id: article.id })
    expect(latest.workflowState).toBe('draft')
    expect(latest.approvedHash).toBeNull()
  })
})

describe('invariant 2: an edit to approved or published content starts a new draft revision', () => {
  it('the live article keeps the approved text until the new revision is approved and published', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Bản được duyệt' })
    await putInState(app.payload, 'articles', article.id, 'published', users.leader.id)
    expect(await liveTitle(article.id)).toBe('Bản được duyệt')

    // a plain PATCH (no ?draft=true), which in plain Payload would overwrite or unpublish the live row
    const edit = await client.json('PATCH', `/articles/${article.id}`, { body: { title: 'Bản sửa chưa duyệt' }, token: editor })
    expect(edit.status).toBe(200)
    expect(await liveTitle(article.id)).toBe('Bản được duyệt')
    const latest = await app.payload.findByID({ collection: 'articles', draft: true, id: article.id })
    expect(latest.title).toBe('Bản sửa chưa duyệt')
    expect(latest.workflowState).toBe('draft')
    expect(latest.approvedHash).toBeNull()

    // a PATCH without _status while the latest version is a draft must not unpublish
    await client.json('PATCH', `/articles/${article.id}`, { body: { summary: 'Sửa lần hai' }, token: editor })
    expect(await publicStatus(article.id)).toBe(200)
    expect(await liveTitle(article.id)).toBe('Bản được duyệt')

    const editorUser = await app.payload.findByID({ collection: 'users', id: users.editor.id })
    const leaderUser = await app.payload.findByID({ collection: 'users', id: users.leader.id })
    await runWorkflowAction(app.payload, { action: 'submit', collection: 'articles', id: article.id, user: editorUser as never })
    await runWorkflowAction(app.payload, { action: 'approve', checklist: FULL_CHECKLIST, collection: 'articles', id: article.id, user: leaderUser as never })
    expect(await liveTitle(article.id)).toBe('Bản được duyệt')
    await runWorkflowAction(app.payload, { action: 'publish', collection: 'articles', id: article.id, user: leaderUser as never })
    expect(await liveTitle(article.id)).toBe('Bản sửa chưa duyệt')
  })

  it('editing an approved item sends it back to draft: the approval does not carry over', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await putInState(app.payload, 'articles', article.id, 'approved', users.leader.id)
    await client.json('PATCH', `/articles/${article.id}?draft=true`, { body: { title: 'Sửa sau khi duyệt' }, token: editor })
    const res = await client.json('POST', `/articles/${article.id}/workflow`, { body: { action: 'publish' }, token: leader })
    expect(res.status).toBe(409)
  })
})

describe('invariants 3 and 4: audit entries for every change; workflow fields only through actions', () => {
  it.each([
    ['workflowState', 'published'],
    ['approvedBy', 'LEADER'],
    ['approvedHash', 'forged'],
    ['publishedAt', '2026-01-01T00:00:00.000Z'],
  ])('writing %s directly is refused with 403 on REST, GraphQL and the local API', async (field, value) => {
    const article = await createArticle(app.payload, users.editor.id)
    const sent = value === 'LEADER' ? users.leader.id : value
    const rest = await client.json('PATCH', `/articles/${article.id}`, { body: { [field]: sent }, token: leader })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toContain(field)
    await expect(app.payload.update({ collection: 'articles', data: { [field]: sent } as never, id: article.id })).rejects.toThrow(field)
    const bulk = await client.json('PATCH', `/articles?where[id][equals]=${article.id}`, { body: { [field]: sent }, token: leader })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const latest = await app.payload.findByID({ collection: 'articles', draft: true, id: article.id })
    expect(latest.workflowState).toBe('draft')
    expect(latest.approvedHash ?? null).toBeNull()
  })

  it('GraphQL cannot write workflowState', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const res = await client.gql(`mutation { updateArticle(id: ${article.id}, data: { workflowState: approved }) { id workflowState } }`, { token: leader })
    expect(res.body.errors?.length).toBeGreaterThan(0)
    expect((await app.payload.findByID({ collection: 'articles', draft: true, id: article.id })).workflowState).toBe('draft')
  })

  it('sending back the unchanged values, as the admin form does, is allowed', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const res = await client.json('PATCH', `/articles/${article.id}`, { body: { approvedBy: null, title: 'Sửa', workflowState: 'draft' }, token: editor })
    expect(res.status).toBe(200)
  })

  it('failed actions write nothing; successful ones write exactly one entry each', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const before = await eventCount()
    await client.json('POST', `/articles/${article.id}/workflow`, { body: { action: 'approve' }, token: leader })
    await client.json('POST', `/articles/${article.id}/workflow`, { body: { action: 'submit' }, token: leader })
    expect(await eventCount()).toBe(before)
    await client.json('POST', `/articles/${article.id}/workflow`, { body: { action: 'submit' }, token: editor })
    expect(await eventCount()).toBe(before + 1)
  })
})
