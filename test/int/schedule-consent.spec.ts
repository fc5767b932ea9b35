import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { runWorkflowAction } from '../../src'
import { internalContext } from '../../src/workflow/context'
import { SCHEDULE_QUEUE, SCHEDULE_TASK } from '../../src/workflow/jobs'
import { createArticle, createUsers, FULL_CHECKLIST, makeJpeg, PASSWORD, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let leader: Record<string, any>

beforeAll(async () => {
  app = await startApp('schedule')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  leader = await app.payload.findByID({ collection: 'users', id: users.leader.id })
})
afterAll(async () => app?.cleanup())

const runQueue = async () => {
  await app.payload.jobs.queue({ input: {}, queue: SCHEDULE_QUEUE, task: SCHEDULE_TASK } as never)
  await app.payload.jobs.run({ queue: SCHEDULE_QUEUE })
  const failed = await app.payload.find({ collection: 'payload-jobs', where: { hasError: { equals: true } } })
  expect(failed.docs.map((job) => job.log)).toEqual([])
}
const publicStatus = async (collection: string, id: number | string) => (await client.json('GET', `/${collection}/${id}`)).status

describe('scheduled publishing on the jobs queue', () => {
  it('a publish scheduled for later keeps the item approved; when its time has passed the queue publishes it', async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await putInState(app.payload, 'articles', article.id, 'in_review')
    await runWorkflowAction(app.payload, { action: 'approve', checklist: FULL_CHECKLIST, collection: 'articles', id: article.id, user: leader as never })
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    const token = await client.login(users.leader.email, PASSWORD)
    const res = await client.json('POST', `/articles/${article.id}/workflow`, { body: { action: 'publish', publishAt: inAnHour }, token })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ scheduledFor: inAnHour, state: 'approved' })

    await runQueue()
    expect(await publicStatus('articles', article.id)).toBe(404)

    // the server was down while the time passed: the schedule is simply overdue now
    await app.payload.update({
      collection: 'articles',
      context: internalContext(),
      data: { publishAt: new Date(Date.now() - 5 * 60 * 1000).toISOString() } as never,
      draft: true,
      id: article.id,
    })
    await runQueue()
    expect(await publicStatus('articles', article.id)).toBe(200)
    const events = await app.payload.find({ collection: 'workflow-events', sort: '-at', where: { documentId: { equals: String(article.id) } } })
    expect(events.docs[0]).toMatchObject({ action: 'publish', actorLabel: 'leader', to: 'published' })
  })

  it('an unpublish time that has passed unpublishes, with "system" as the actor', async () => {
    const article = await createArticle(app.payload, users.editor.id, 'draft', { unpublishAt: new Date(Date.now() - 60_000).toISOString() })
    await putInState(app.payload, 'articles', article.id, 'published', users.leader.id)
    expect(await publicStatus('articles', article.id)).toBe(200)
    await runQueue()
    expect(await publicStatus('articles', article.id)).toBe(404)
    const events = await app.payload.find({ collection: 'workflow-events', where: { documentId: { equals: String(article.id) } } })
    expect(events.docs[0]).toMatchObject({ action: 'unpublish', actorLabel: 'system', to: 'unpublished' })
  })

  it('the app registers the task on its own queue, run every minute without a developer doing anything', () => {
    const autoRun = app.config.jobs.autoRun as Array<{ cron: string; queue: string }>
    expect(autoRun).toEqual(expect.arrayContaining([expect.objectContaining({ cron: '0 * * * * *', queue: SCHEDULE_QUEUE })]))
    expect(app.config.jobs.tasks?.map((t) => t.slug)).toContain(SCHEDULE_TASK)
  })
})

describe('consent withdrawal', () => {
  it('unpublishes every published item that shows the photo, and its language versions, naming the photo in the audit log', async () => {
    const file = await makeJpeg()
    const photo = await app.payload.create({
      collection: 'media',
      data: { alt: 'Học sinh lớp 10A1', consentScope: ['portal', 'feeds'], consentStatus: 'obtained', depictsMinors: true } as never,
      file: { data: file, mimetype: 'image/jpeg', name: 'lop-10a1.jpg', size: file.length },
    })
    const article = await createArticle(app.payload, users.editor.id, 'draft', { featuredImage: photo.id })
    await putInState(app.payload, 'articles', article.id, 'published', users.leader.id)
    const other = await createArticle(app.payload, users.editor.id, 'draft', { gallery: [photo.id], title: 'Bài khác' })
    await putInState(app.payload, 'articles', other.id, 'published', users.leader.id)
    const version = await app.payload.create({
      collection: 'language-versions',
      context: internalContext(),
      data: {
        _status: 'published',
        body: paragraphs('Text'),
        language: 'en',
        source: { relationTo: 'articles', value: article.id },
        title: 'English',
        workflowState: 'published',
      } as never,
    })
    const untouched = await createArticle(app.payload, users.editor.id, 'draft', { title: 'Không dùng ảnh' })
    await putInState(app.payload, 'articles', untouched.id, 'published', users.leader.id)
    expect(await publicStatus('articles', article.id)).toBe(200)

    const admin = await client.login(users.admin.email, PASSWORD)
    const res = await client.json('PATCH', `/media/${photo.id}`, { body: { consentStatus: 'withdrawn' }, token: admin })
    expect(res.status).toBe(200)

    expect(await publicStatus('articles', article.id)).toBe(404)
    expect(await publicStatus('articles', other.id)).toBe(404)
    expect(await publicStatus('language-versions', version.id)).toBe(404)
    expect(await publicStatus('articles', untouched.id)).toBe(200)
    const events = await app.payload.find({ collection: 'workflow-events', depth: 0, where: { and: [{ mediaRef: { equals: photo.id } }, { action: { equals: 'unpublish' } }] } })
    expect(events.docs).toHaveLength(3)
    // the withdrawal itself is in the audit log, with who did it and what changed
    const consent = await app.payload.find({ collection: 'workflow-events', depth: 0, sort: '-at', where: { and: [{ mediaRef: { equals: photo.id } }, { action: { equals: 'consent_changed' } }] } })
    expect(consent.docs[0]).toMatchObject({ actor: users.admin.id, documentCollection: 'media', documentId: String(photo.id) })
    expect(consent.docs[0]!.comment).toContain('consentStatus: obtained → withdrawn')
    for (const event of events.docs) {
      expect(event).toMatchObject({ action: 'unpublish', actorLabel: 'system', to: 'unpublished' })
      expect(event.comment).toContain('lop-10a1.jpg')
    }
  })
})
