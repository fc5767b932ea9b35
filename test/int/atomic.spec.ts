/**
 * One transaction per workflow action, on SQLite as on MongoDB: a failure at any step (after the
 * state is written, while writing the audit entry, in the cascade to language versions, while
 * queueing the e-mails) leaves nothing changed, and no e-mail is queued. The failures are injected
 * with hooks on the app's own collections, through the plugin's overrides, keyed by text a test
 * puts in the item, and on the jobs collection. Writes by others during the transaction wait and
 * are kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flushNotifications, runWorkflowAction } from '../../src'
import { MAIL_QUEUE } from '../../src/workflow/mail'
import { createArticle, createUsers, FULL_CHECKLIST, putInState, type Users } from '../helpers/fixtures'
import { languageVersion } from '../helpers/content'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users

const fail = (what: string) => {
  throw new Error(`injected failure: ${what}`)
}

beforeAll(async () => {
  app = await startApp('atomic', {
    plugin: {
      overrides: {
        articles: {
          hooks: {
            afterChange: [
              ({ doc }: { doc: Record<string, unknown> }) => {
                if (doc.title === 'FAIL AFTER STATE' && doc.workflowState !== 'published' && doc.workflowState !== 'in_review') fail('after the state was written')
                return doc
              },
            ],
          },
        },
        languageVersions: {
          hooks: {
            beforeChange: [
              ({ data }: { data: Record<string, unknown> }) => {
                if (data.title === 'FAIL CASCADE' && data.workflowState === 'unpublished') fail('in the cascade')
                return data
              },
            ],
          },
        },
        workflowEvents: {
          hooks: {
            beforeChange: [
              ({ data }: { data: Record<string, unknown> }) => {
                if (data.comment === 'FAIL AUDIT') fail('writing the audit entry')
                return data
              },
            ],
          },
        },
      },
    },
  })
  client = createClient(app.config)
  users = await createUsers(app.payload)
  // the e-mail step: Payload writes jobs with the adapter directly (no hooks), so the failure is
  // injected there while `failMailJobs` is set
  const db = app.payload.db as unknown as { create: (args: { collection: string; data: { queue?: string } }) => Promise<unknown> }
  const create = db.create.bind(db)
  db.create = async (args) => {
    if (failMailJobs && args.collection === 'payload-jobs' && args.data.queue === MAIL_QUEUE) fail('queueing the e-mails')
    return create(args)
  }
})
let failMailJobs = false
afterAll(async () => app?.cleanup())

const leader = () => app.payload.findByID({ collection: 'users', id: users.leader.id, overrideAccess: true })

/** What a failed action must leave exactly as it was. */
async function state(articleId: number | string, versionId?: number | string) {
  const live = await app.payload.findByID({ collection: 'articles', depth: 0, draft: false, id: articleId, overrideAccess: true })
  const latest = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: articleId, overrideAccess: true })
  const version = versionId ? await app.payload.findByID({ collection: 'language-versions', depth: 0, draft: false, id: versionId, overrideAccess: true }) : null
  const events = await app.payload.count({ collection: 'workflow-events', overrideAccess: true })
  const mailJobs = await app.payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { queue: { equals: MAIL_QUEUE } } })
  const entries = await app.payload.find({ collection: 'published-entries' as 'articles', depth: 0, limit: 100, overrideAccess: true, pagination: false, sort: 'key' } as never)
  return {
    entries: entries.docs.map((e) => (e as unknown as { key: string }).key),
    events: events.totalDocs,
    mailJobs: mailJobs.totalDocs,
    latest: { approvedBy: latest.approvedBy ?? null, state: latest.workflowState },
    live: { status: live._status, state: live.workflowState },
    public: (await client.json('GET', `/articles/${articleId}`)).status,
    version: version ? { status: version._status, state: version.workflowState } : null,
  }
}

describe('a workflow action is one transaction', () => {
  it('a failure while writing the audit entry of an unpublish leaves the article and its versions live, with no e-mail', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'Bài đang đăng' })
    const version = await languageVersion(app.payload, { collection: 'articles', id: article.id }, 'en')
    const before = await state(article.id, version.id)
    expect(before.live.status).toBe('published')
    expect(before.version?.status).toBe('published')
    app.mails.length = 0
    await expect(runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'FAIL AUDIT', id: article.id, user: (await leader()) as never })).rejects.toThrow(
      /injected failure: writing the audit entry/,
    )
    await flushNotifications(app.payload)
    expect(await state(article.id, version.id)).toEqual(before)
    expect(app.mails).toEqual([])
  })

  it('a failure after the state was written undoes the state and its publication index rows', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'FAIL AFTER STATE' })
    const before = await state(article.id)
    await expect(runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ bài', id: article.id, user: (await leader()) as never })).rejects.toThrow(
      /after the state was written/,
    )
    expect(await state(article.id)).toEqual(before)
    expect(before.public).toBe(200)
  })

  it('a failure in the cascade to a language version leaves the source published too', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'Bài có bản dịch' })
    const version = await languageVersion(app.payload, { collection: 'articles', id: article.id }, 'en', { title: 'FAIL CASCADE' })
    const before = await state(article.id, version.id)
    await expect(runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ bài', id: article.id, user: (await leader()) as never })).rejects.toThrow(/in the cascade/)
    expect(await state(article.id, version.id)).toEqual(before)
  })

  it('an approval whose audit entry fails is not an approval; over REST the caller gets a 500 and nothing changed', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await putInState(app.payload, 'articles', article.id, 'in_review')
    const before = await state(article.id)
    await expect(
      runWorkflowAction(app.payload, { action: 'approve', checklist: FULL_CHECKLIST, collection: 'articles', comment: 'FAIL AUDIT', id: article.id, user: (await leader()) as never }),
    ).rejects.toThrow()
    expect(await state(article.id)).toEqual(before)
    const token = await client.login(users.leader.email, 'test-password-1')
    const res = await client.json('POST', `/articles/${article.id}/workflow`, { body: { action: 'approve', checklist: FULL_CHECKLIST, comment: 'FAIL AUDIT' }, token })
    expect(res.status).toBe(500)
    expect(await state(article.id)).toEqual(before)
  })

  it('a failure while queueing the e-mails undoes the state, the audit entry and the cascade', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'Bài gửi thư lỗi' })
    const version = await languageVersion(app.payload, { collection: 'articles', id: article.id }, 'en')
    const before = await state(article.id, version.id)
    failMailJobs = true
    try {
      await expect(runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ bài', id: article.id, user: (await leader()) as never })).rejects.toThrow(
        /queueing the e-mails/,
      )
    } finally {
      failMailJobs = false
    }
    expect(await state(article.id, version.id)).toEqual(before)
  })

  it('writes by others while an action is open wait for it and are all kept', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'Gỡ giữa lúc ghi' })
    const version = await languageVersion(app.payload, { collection: 'articles', id: article.id }, 'en')
    const others = await Promise.all([1, 2, 3, 4, 5].map((n) => createArticle(app.payload, users.editor.id, 'draft', { title: `Bài khác ${n}` })))
    const [result] = await Promise.all([
      runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Gỡ bài', id: article.id, user: (await leader()) as never }),
      ...others.map((other, n) => app.payload.update({ collection: 'articles', data: { summary: `Sửa lúc đang gỡ ${n}` }, draft: true, id: other.id, overrideAccess: true })),
    ])
    expect(result.state).toBe('unpublished')
    const after = await state(article.id, version.id)
    expect(after.live.state).toBe('unpublished')
    expect(after.version?.state).toBe('unpublished')
    for (const [n, other] of others.entries()) {
      const saved = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: other.id, overrideAccess: true })
      expect(saved.summary).toBe(`Sửa lúc đang gỡ ${n}`)
    }
  })

  it('a successful action sends its e-mails after it commits', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'published', { title: 'Gỡ thật' })
    await flushNotifications(app.payload) // what earlier tests queued
    app.mails.length = 0
    const result = await runWorkflowAction(app.payload, { action: 'unpublish', collection: 'articles', comment: 'Hết hạn', id: article.id, user: (await leader()) as never })
    expect(result.state).toBe('unpublished')
    await flushNotifications(app.payload)
    expect(app.mails.map((m) => m.to)).toEqual([users.editor.email])
  })
})
