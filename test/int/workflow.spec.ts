import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { flushNotifications, runWorkflowAction } from '../../src'
import { internalContext } from '../../src/workflow/context'
import { createArticle, createUsers, FULL_CHECKLIST, makeJpeg, PASSWORD, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startApp('workflow')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  await app.payload.update({ collection: 'users', data: { preferredLanguage: 'en' } as never, id: users.translator.id, overrideAccess: true })
  for (const key of Object.keys(users) as Array<keyof Users>) tokens[key] = await client.login(users[key].email, PASSWORD)
})
afterAll(async () => app?.cleanup())

async function act(collection: string, id: number | string, who: keyof Users | null, body: Record<string, unknown>, language = 'en') {
  const res = await client.json('POST', `/${collection}/${id}/workflow`, { body, headers: { 'accept-language': language }, token: who ? tokens[who] : undefined })
  await flushNotifications(app.payload) // e-mails are queued by the action and sent by the runner
  return res
}

const events = async (collection: string, id: number | string) =>
  (
    await app.payload.find({
      collection: 'workflow-events',
      pagination: false,
      sort: 'at',
      where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    })
  ).docs

describe("an article goes from an editor's draft to the portal", () => {
  it('submit, request changes, resubmit, approve with the checklist, publish', async () => {
    const { body: created } = await client.json('POST', '/articles', {
      body: { body: paragraphs('Nội dung bài.'), planArea: 'ocop', summary: 'Tóm tắt.', title: 'Sản phẩm OCOP Quảng Ninh' },
      token: tokens.editor,
    })
    const id = created.doc.id
    app.mails.length = 0

    let res = await act('articles', id, 'editor', { action: 'submit' })
    expect(res.status).toBe(200)
    expect(res.body.state).toBe('in_review')
    // leaders are told, in their language (Vietnamese by default)
    expect(app.mails.map((m) => m.to)).toEqual([users.leader.email])
    expect(app.mails[0]!.subject).toBe('[Chờ duyệt] Sản phẩm OCOP Quảng Ninh')

    res = await act('articles', id, 'leader', { action: 'request_changes' }, 'vi')
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toBe('Hãy ghi ý kiến nêu lý do (thao tác "Yêu cầu chỉnh sửa" cần ý kiến).')

    app.mails.length = 0
    res = await act('articles', id, 'leader', { action: 'request_changes', comment: 'Bổ sung nguồn ảnh.' })
    expect(res.body.state).toBe('changes_requested')
    expect(app.mails).toHaveLength(1)
    expect(app.mails[0]!.to).toBe(users.editor.email)
    expect(app.mails[0]!.text).toContain('Bổ sung nguồn ảnh.')

    await client.json('PATCH', `/articles/${id}`, { body: { summary: 'Tóm tắt đã sửa.' }, token: tokens.editor })
    expect((await act('articles', id, 'editor', { action: 'submit' })).body.state).toBe('in_review')

    res = await act('articles', id, 'leader', { action: 'approve', checklist: { noStateSecrets: true } })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toMatch(/tick every item of the approval checklist \(Sources verified; .*Consent in place for every person shown\)/)

    res = await act('articles', id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    expect(res.status).toBe(200)
    expect(res.body.state).toBe('approved')
    expect((await client.json('GET', `/articles/${id}`)).status).toBe(404)

    res = await act('articles', id, 'leader', { action: 'publish' })
    expect(res.body.state).toBe('published')
    const live = await client.json('GET', `/articles/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.summary).toBe('Tóm tắt đã sửa.')

    const log = await events('articles', id)
    expect(log.map((e) => `${e.from}->${e.to}`)).toEqual(['draft->in_review', 'in_review->changes_requested', 'changes_requested->in_review', 'in_review->approved', 'approved->published'])
    expect(log[1]!.comment).toBe('Bổ sung nguồn ảnh.')
    expect(log.every((e) => /^[0-9a-f]{64}$/.test(String(e.contentHash)))).toBe(true)
    expect(log[4]!.contentHash).toBe(log[3]!.contentHash)
  })

  it('answers 401 to anonymous callers and 400 to a body that is not JSON', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    expect((await act('articles', article.id, null, { action: 'submit' })).status).toBe(401)
    const res = await client.request('POST', `/articles/${article.id}/workflow`, { headers: { 'content-type': 'application/json' }, token: tokens.editor })
    expect(res.status).toBe(400)
  })

  it('accepts only JSON, so a form on another site cannot submit an action, and refuses an over-long comment before writing', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const body = JSON.stringify({ action: 'submit' })
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json', '']) {
      const res = await client.request('POST', `/articles/${article.id}/workflow`, { headers: type ? { 'content-type': type } : {}, rawBody: body, token: tokens.editor })
      expect(res.status, type).toBe(415)
    }
    const long = await act('articles', article.id, 'editor', { action: 'submit', comment: 'x'.repeat(2001) }, 'vi')
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toBe('Ý kiến dài 2001 ký tự; tối đa là 2000 ký tự. Hãy rút gọn.')
    const doc = await app.payload.findByID({ collection: 'articles', draft: true, id: article.id })
    expect(doc.workflowState).toBe('draft')
    expect(await events('articles', article.id)).toHaveLength(0)
  })

  it('answers 409 for an action the state does not allow, naming both', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const res = await act('articles', article.id, 'leader', { action: 'publish' })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toBe('"Publish" is not possible while the item is "Draft".')
  })

  it('answers 404 for an item that does not exist', async () => {
    expect((await act('articles', 987654, 'leader', { action: 'submit' })).status).toBe(404)
  })
})

describe('four-eyes: nobody approves their own work', () => {
  it('a leader who wrote an item cannot approve it; another leader can', async () => {
    const article = await createArticle(app.payload, users.leader.id)
    await putInState(app.payload, 'articles', article.id, 'in_review')
    const res = await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST }, 'vi')
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Bạn không thể duyệt phiên bản do chính mình viết hoặc đã sửa từ lần duyệt trước. Hãy nhờ một lãnh đạo khác duyệt.')
    const second = await app.payload.create({
      collection: 'users',
      data: { email: 'leader2@test.lechan', name: 'leader2', password: PASSWORD, roles: ['leader'] } as never,
      overrideAccess: true,
    })
    const approved = await runWorkflowAction(app.payload, { action: 'approve', checklist: FULL_CHECKLIST, collection: 'articles', id: article.id, user: second as never })
    expect(approved.state).toBe('approved')
  })

  it('a leader who last edited the revision cannot approve it', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await client.json('PATCH', `/articles/${article.id}`, { body: { title: 'Lãnh đạo sửa tiêu đề' }, token: tokens.leader })
    await putInState(app.payload, 'articles', article.id, 'in_review')
    expect((await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(403)
  })

  it('a leader who changed the text cannot launder it by letting the author act last (REST)', async () => {
    const { body: created } = await client.json('POST', '/articles', {
      body: { body: paragraphs('Nội dung của tác giả.'), planArea: 'ocop', summary: 'Tóm tắt.', title: 'Bài của biên tập viên' },
      token: tokens.editor,
    })
    const id = created.doc.id
    // the leader rewrites the body as a draft save, then the author submits it unchanged
    const edit = await client.json('PATCH', `/articles/${id}?draft=true`, { body: { body: paragraphs('Nội dung lãnh đạo viết lại.') }, token: tokens.leader })
    expect(edit.status).toBe(200)
    expect((await act('articles', id, 'editor', { action: 'submit' })).status).toBe(200)
    const refused = await act('articles', id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/changed since the last approval/)
    // the panel does not offer it either
    const panel = await client.json('GET', `/articles/${id}/workflow`, { token: tokens.leader })
    expect(panel.body.actions.map((a: { action: string }) => a.action)).not.toContain('approve')
    // an edit by the author after the leader's does not wash the leader's change out
    await client.json('PATCH', `/articles/${id}?draft=true`, { body: { title: 'Tác giả sửa tiêu đề sau' }, token: tokens.editor })
    expect((await act('articles', id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(403)
  })

  it('a leader who changed the content through the local API with a user cannot approve it; one who only acted can', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await app.payload.update({ collection: 'articles', data: { summary: 'Lãnh đạo sửa tóm tắt.' } as never, draft: true, id: article.id, overrideAccess: true, user: users.leader })
    await putInState(app.payload, 'articles', article.id, 'in_review')
    expect((await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(403)

    // request changes is an action, not an edit: the leader may approve the author's fixed revision
    const other = await createArticle(app.payload, users.editor.id)
    await putInState(app.payload, 'articles', other.id, 'in_review')
    expect((await act('articles', other.id, 'leader', { action: 'request_changes', comment: 'Bổ sung nguồn.' })).status).toBe(200)
    await client.json('PATCH', `/articles/${other.id}?draft=true`, { body: { summary: 'Tác giả bổ sung nguồn.' }, token: tokens.editor })
    expect((await act('articles', other.id, 'editor', { action: 'submit' })).status).toBe(200)
    expect((await act('articles', other.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(200)
  })

  it('a save that changes nothing is not a change to the content, and an approval starts the count again', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const before = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })
    // the leader saves the form without changing the text, then the author edits last
    await client.json('PATCH', `/articles/${article.id}?draft=true`, { body: { title: before.title }, token: tokens.leader })
    await client.json('PATCH', `/articles/${article.id}?draft=true`, { body: { summary: 'Tác giả sửa tóm tắt.' }, token: tokens.editor })
    let doc = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })
    expect((doc as { contributors?: unknown[] }).contributors).toEqual([users.editor.id])
    await putInState(app.payload, 'articles', article.id, 'in_review')
    expect((await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(200)
    doc = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })
    expect((doc as { contributors?: unknown[] }).contributors).toEqual([])
  })

  it('the list of who changed the content cannot be written directly', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await client.json('PATCH', `/articles/${article.id}?draft=true`, { body: { summary: 'Lãnh đạo sửa.' }, token: tokens.leader })
    for (const contributors of [[], [users.editor.id], null]) {
      const res = await client.json('PATCH', `/articles/${article.id}?draft=true`, { body: { contributors }, token: tokens.leader })
      expect(res.status).toBe(403)
    }
    const gql = await client.gql(`mutation { updateArticle(id: ${article.id}, draft: true, data: { contributors: [] }) { id } }`, { token: tokens.leader })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const doc = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })
    expect((doc as { contributors?: unknown[] }).contributors).toEqual([users.leader.id])
  })

  it('the rule can be turned off in the publishing settings', async () => {
    await app.payload.updateGlobal({ data: { fourEyes: false } as never, slug: 'publishing-settings' })
    try {
      const article = await createArticle(app.payload, users.leader.id)
      await putInState(app.payload, 'articles', article.id, 'in_review')
      expect((await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(200)
    } finally {
      await app.payload.updateGlobal({ data: { fourEyes: true } as never, slug: 'publishing-settings' })
    }
  })
})

describe('gates: approving or publishing fails with 422 and every problem', () => {
  async function image(data: Record<string, unknown>) {
    const file = await makeJpeg({ height: 200, width: 300 })
    return app.payload.create({
      collection: 'media',
      data: { alt: 'Ảnh', ...data } as never,
      file: { data: file, mimetype: 'image/jpeg', name: `g-${Math.random().toString(36).slice(2)}.jpg`, size: file.length },
      overrideAccess: true,
    })
  }

  it('a photo of minors without consent blocks approval, and so does consent that does not cover a channel', async () => {
    const missing = await image({ consentStatus: 'missing', depictsMinors: true })
    const portalOnly = await image({ consentScope: ['portal'], consentStatus: 'obtained', depictsMinors: true })
    const article = await createArticle(app.payload, users.editor.id, 'draft', {
      channels: ['portal', 'vietnam-vn'],
      featuredImage: missing.id,
      gallery: [portalOnly.id],
    })
    await putInState(app.payload, 'articles', article.id, 'in_review')
    const res = await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    expect(res.status).toBe(422)
    const problems = res.body.errors[0].data.problems.map((p: { code: string }) => p.code)
    expect(problems.sort()).toEqual(['consentMissing', 'consentScope'])
    expect(res.body.errors[0].message).toContain(`${portalOnly.filename} does not cover Vietnam.vn`)
  })

  it('a student whose consent is missing blocks an achievement', async () => {
    const { body } = await client.json('POST', '/achievements', {
      body: {
        award: 'Giải Ba',
        competition: 'HSG tỉnh',
        description: paragraphs('Mô tả.'),
        level: 'province',
        schoolYear: '2025-2026',
        students: [{ consentStatus: 'missing', name: 'Trần Bình' }],
        summary: 'Tóm tắt.',
        title: 'Giải Ba môn Hóa',
      },
      token: tokens.editor,
    })
    await putInState(app.payload, 'achievements', body.doc.id, 'in_review')
    const res = await act('achievements', body.doc.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST }, 'vi')
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toContain('Trần Bình có học sinh dưới 18 tuổi')
  })

  it("missing text and missing alt text in the version's language block it", async () => {
    const noAlt = await image({ alt: 'Chỉ có tiếng Việt', consentStatus: 'not-needed' })
    const article = await createArticle(app.payload, users.editor.id, 'draft', { featuredImage: noAlt.id })
    const { body } = await client.json('POST', '/language-versions', {
      body: { body: paragraphs('Text.'), language: 'en', source: { relationTo: 'articles', value: article.id }, title: 'English' },
      token: tokens.translator,
    })
    await putInState(app.payload, 'language-versions', body.doc.id, 'in_review')
    const res = await act('language-versions', body.doc.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].data.problems.map((p: { code: string }) => p.code)).toEqual(['textMissing', 'altMissing'])
  })

  it('an outdated version is blocked until its translator confirms it; a leader cannot confirm for them', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published')
    const { body } = await client.json('POST', '/language-versions', {
      body: { body: paragraphs('Text.'), language: 'en', source: { relationTo: 'articles', value: article.id }, summary: 'S.', title: 'English' },
      token: tokens.translator,
    })
    const versionId = body.doc.id
    await client.json('PATCH', `/articles/${article.id}`, { body: { title: 'Tiêu đề mới' }, token: tokens.editor })
    // translations follow approved text: the edit counts once a leader approves it
    expect((await act('articles', article.id, 'editor', { action: 'submit' })).status).toBe(200)
    expect((await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })).status).toBe(200)
    await putInState(app.payload, 'language-versions', versionId, 'in_review')
    let res = await act('language-versions', versionId, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toContain('this translation is outdated')
    res = await act('language-versions', versionId, 'leader', { action: 'approve', checklist: FULL_CHECKLIST, confirmUpToDate: true })
    expect(res.status).toBe(403)
    await putInState(app.payload, 'language-versions', versionId, 'changes_requested')
    res = await act('language-versions', versionId, 'translator', { action: 'submit', confirmUpToDate: true })
    expect(res.status).toBe(200)
    res = await act('language-versions', versionId, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    expect(res.status).toBe(200)
    const log = await events('language-versions', versionId)
    expect(log.at(-1)!.sourceRevision).toBeTruthy()
  })
})

describe('e-mails go to the right people in their language', () => {
  it('a translator who prefers English is told in English when their version is approved and published', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published')
    const version = await app.payload.create({
      collection: 'language-versions',
      context: internalContext(),
      data: {
        author: users.translator.id,
        body: paragraphs('Text.'),
        language: 'en',
        source: { relationTo: 'articles', value: article.id },
        summary: 'Summary.',
        title: 'Le Chan news',
        workflowState: 'in_review',
      } as never,
      draft: true,
    })
    app.mails.length = 0
    await act('language-versions', version.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    await act('language-versions', version.id, 'leader', { action: 'publish' })
    expect(app.mails.map((m) => [m.to, m.subject])).toEqual([
      [users.translator.email, '[Approved] Le Chan news'],
      [users.translator.email, '[Published] Le Chan news'],
    ])
  })
})

describe('the local API', () => {
  it('runs the same checks and writes the same audit entry', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    const editor = await app.payload.findByID({ collection: 'users', id: users.editor.id })
    await expect(runWorkflowAction(app.payload, { action: 'approve', collection: 'articles', id: article.id, user: editor as never })).rejects.toMatchObject({
      status: 409,
    })
    const result = await runWorkflowAction(app.payload, { action: 'submit', collection: 'articles', id: article.id, user: editor as never })
    expect(result).toMatchObject({ from: 'draft', state: 'in_review' })
    expect((await events('articles', article.id)).map((e) => e.action)).toEqual(['submit'])
  })
})

describe('what the edit view is told', () => {
  it("lists only the user's actions, the checklist, the history, and the revisions to compare", async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await act('articles', article.id, 'editor', { action: 'submit' })
    const forEditor = await client.json('GET', `/articles/${article.id}/workflow`, { token: tokens.editor })
    expect(forEditor.body.actions).toEqual([])
    const forLeader = await client.json('GET', `/articles/${article.id}/workflow`, { headers: { 'accept-language': 'vi' }, token: tokens.leader })
    expect(forLeader.body.actions.map((a: { action: string }) => a.action)).toEqual(['request_changes', 'approve'])
    expect(forLeader.body.actions[0]).toMatchObject({ commentRequired: true, label: 'Yêu cầu chỉnh sửa' })
    expect(forLeader.body.checklist.map((c: { key: string }) => c.key)).toEqual(['noStateSecrets', 'sourcesVerified', 'spokespersonApproved', 'consentVerified'])
    expect(forLeader.body.history.map((e: { action: string }) => e.action)).toEqual(['submit'])
    expect(forLeader.body.compare.approved).toBeNull()
    await act('articles', article.id, 'leader', { action: 'approve', checklist: FULL_CHECKLIST })
    await client.json('PATCH', `/articles/${article.id}`, { body: { title: 'Sửa sau duyệt' }, token: tokens.editor })
    const after = await client.json('GET', `/articles/${article.id}/workflow`, { token: tokens.leader })
    expect(after.body.compare.approved).toBeTruthy()
    expect(after.body.compare.latest).not.toBe(after.body.compare.approved)
    expect((await client.json('GET', `/articles/${article.id}/workflow`)).status).toBe(401)
  })
  it('staff lists and reads say which items are live, a pending edit included; the public never gets the field', async () => {
    const live = await createArticle(app.payload, users.editor.id, 'published', { title: 'Đang trên trang' })
    await client.json('PATCH', `/articles/${live.id}`, { body: { summary: 'Bản sửa chờ duyệt.' }, token: tokens.editor })
    const draft = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Chưa từng đăng' })
    const list = await client.json('GET', `/articles?draft=true&limit=100&where[id][in]=${live.id},${draft.id}`, { token: tokens.editor })
    const byId = Object.fromEntries(list.body.docs.map((d: { id: number; live: boolean; workflowState: string }) => [d.id, d]))
    expect(byId[live.id]).toMatchObject({ live: true, workflowState: 'draft' })
    expect(byId[draft.id]).toMatchObject({ live: false })
    expect((await client.json('GET', `/articles/${live.id}?draft=true`, { token: tokens.editor })).body.live).toBe(true)
    expect((await client.json('GET', `/articles/${live.id}`)).body.live).toBeUndefined()
  })
})

describe('unpublishing a source', () => {
  it('takes its published language versions off the site too, with "system" as their actor', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await putInState(app.payload, 'articles', article.id, 'published', users.leader.id)
    const version = await app.payload.create({
      collection: 'language-versions',
      context: internalContext(),
      data: { _status: 'published', body: paragraphs('T'), language: 'en', source: { relationTo: 'articles', value: article.id }, title: 'EN', workflowState: 'published' } as never,
    })
    expect((await client.json('GET', `/language-versions/${version.id}`)).status).toBe(200)
    const res = await act('articles', article.id, 'leader', { action: 'unpublish', comment: 'Thông tin chưa chính xác' })
    expect(res.status).toBe(200)
    expect((await client.json('GET', `/language-versions/${version.id}`)).status).toBe(404)
    const log = await events('language-versions', version.id)
    expect(log.map((e) => [e.action, e.actorLabel, e.comment])).toEqual([['unpublish', 'system', 'Thông tin chưa chính xác']])
  })
})
