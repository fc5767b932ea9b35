/**
 * Workflow e-mails go through Payload's jobs queue: an action writes them as jobs, the runner
 * sends them, a failed send is tried again later, and a restart between the action and the
 * sending loses nothing.
 */
import path from 'node:path'

import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWorkflowAction } from '../../src'
import { MAIL_BACKOFF_MS, MAIL_QUEUE, MAIL_TASK, runMailQueue } from '../../src/workflow/mail'
import { createSchoolConfig } from '../../school/config'
import { createDatabaseAdapter } from '../../school/database'
import { createEmailAdapter } from '../../school/email'
import { createArticle, createUsers, type Users } from '../helpers/fixtures'
import { onMongo, startApp, type TestApp } from '../helpers/payload'

type Sent = { subject: string; to: string }
let app: TestApp
let users: Users
/** When true, the SMTP server refuses every message. */
let smtpDown = false
const sent: Sent[] = []

const transport = {
  sendMail: async (message: { subject?: string; to?: unknown }) => {
    if (smtpDown) throw new Error('connect ECONNREFUSED 127.0.0.1:25')
    sent.push({ subject: String(message.subject), to: String(message.to) })
    return { messageId: `<${sent.length}@test>` }
  },
}

beforeAll(async () => {
  app = await startApp('mail-queue', { email: createEmailAdapter({}, transport as never) })
  users = await createUsers(app.payload)
})
afterAll(async () => app?.cleanup())

const mailJobs = async (payload: Payload = app.payload) =>
  (await payload.find({ collection: 'payload-jobs', limit: 100, overrideAccess: true, where: { queue: { equals: MAIL_QUEUE } } })).docs as Array<Record<string, any>>

async function submitted(payload: Payload = app.payload) {
  const article = await createArticle(payload, users.editor.id)
  const editor = await payload.findByID({ collection: 'users', id: users.editor.id, overrideAccess: true })
  await runWorkflowAction(payload, { action: 'submit', collection: 'articles', id: article.id, user: editor as never })
  return article
}

describe('workflow e-mails on the jobs queue', () => {
  it('an action queues its e-mails as jobs; the runner sends them', async () => {
    sent.length = 0
    await submitted()
    const queued = (await mailJobs()).filter((job) => !job.completedAt)
    // one per leader, addressed and worded already
    expect(queued.map((job) => job.input.to).sort()).toEqual([users.leader.email].sort())
    expect(queued[0]!.taskSlug).toBe(MAIL_TASK)
    expect(sent).toEqual([])
    await runMailQueue(app.payload)
    expect(sent.map((m) => m.to)).toEqual([users.leader.email])
    expect((await mailJobs()).every((job) => job.completedAt)).toBe(true)
  })

  it('a failed send stays queued and goes out on a later run, after the backoff', async () => {
    sent.length = 0
    smtpDown = true
    await submitted()
    await runMailQueue(app.payload)
    expect(sent).toEqual([])
    const [job] = (await mailJobs()).filter((j) => !j.completedAt)
    expect(job, 'the job is still there').toBeTruthy()
    expect(job!.totalTried).toBe(1)
    expect(job!.hasError).not.toBe(true)
    // not before the backoff
    expect(new Date(job!.waitUntil).getTime()).toBeGreaterThanOrEqual(Date.now() + MAIL_BACKOFF_MS / 2)
    smtpDown = false
    await runMailQueue(app.payload)
    expect(sent, 'still waiting for the backoff').toEqual([])
    // the backoff has passed
    await app.payload.update({ collection: 'payload-jobs', data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never, id: job!.id, overrideAccess: true })
    await runMailQueue(app.payload)
    expect(sent.map((m) => m.to)).toEqual([users.leader.email])
  })

  it.skipIf(onMongo)('a restart between the action and the sending loses nothing', async () => {
    sent.length = 0
    const before = (await mailJobs()).length
    await submitted()
    expect((await mailJobs()).length).toBe(before + 1)
    // a send cut off by a stop: the job stays marked as running
    const [pending] = (await mailJobs()).filter((j) => !j.completedAt)
    await app.payload.db.updateOne({ collection: 'payload-jobs', data: { processing: true, updatedAt: new Date(Date.now() - 10 * 60_000).toISOString() }, id: pending!.id, req: {} as never })
    await app.payload.destroy()

    // a new process on the same database
    const again: Sent[] = []
    const config = await buildConfig(
      createSchoolConfig({
        db: createDatabaseAdapter({ file: path.join(app.dir, 'test.db'), kind: 'sqlite' }, path.join(app.dir, 'migrations')),
        email: createEmailAdapter({}, { sendMail: async (m: { to?: unknown; subject?: string }) => again.push({ subject: String(m.subject), to: String(m.to) }) } as never),
        plugin: { media: { staticDir: path.join(app.dir, 'media') } },
        secret: 'test-secret-mail-queue',
      }),
    )
    const restarted = await getPayload({ config, cron: false, key: `mail-queue-restart-${app.dir}` } as never)
    try {
      await runMailQueue(restarted)
      expect(again.map((m) => m.to)).toEqual([users.leader.email])
      expect((await mailJobs(restarted)).every((job) => job.completedAt)).toBe(true)
    } finally {
      app.payload = restarted
    }
  })
})
