import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { consentCovers } from '../../src/workflow/gates'
import { internalContext } from '../../src/workflow/context'
import { createUsers, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startApp('consent')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  for (const who of ['editor', 'leader'] as const) tokens[who] = await client.login(users[who].email, PASSWORD)
})
afterAll(async () => app?.cleanup())

const STUDENTS = [
  { className: '12A1', consentScope: ['portal', 'feeds'], consentStatus: 'obtained', name: 'Nguyễn An' },
  { className: '12A2', consentStatus: 'withdrawn', name: 'Trần Bình' },
  { className: '11A1', consentExpiresAt: '2020-01-01T00:00:00.000Z', consentScope: ['portal'], consentStatus: 'obtained', name: 'Lê Chi' },
  { className: '12A3', consentScope: ['feeds'], consentStatus: 'obtained', name: 'Phạm Dũng' },
  { className: '12A4', consentStatus: 'missing', isMinor: false, name: 'Hoàng Em' },
]

async function publishedAchievement(title: string) {
  return app.payload.create({
    collection: 'achievements',
    context: internalContext(),
    data: {
      _status: 'published',
      award: 'Giải Nhất',
      competition: 'Học sinh giỏi tỉnh',
      description: paragraphs('Thành tích của học sinh.'),
      level: 'province',
      schoolYear: '2025-2026',
      students: STUDENTS,
      summary: 'Tóm tắt.',
      title,
      workflowState: 'published',
    } as never,
    overrideAccess: true,
  })
}

describe('the consent rule for people shown', () => {
  it('shows a person only with consent obtained for the use and not expired, or an adult who has not withdrawn', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    const table: [Record<string, unknown>, string, boolean][] = [
      [{ consentScope: ['portal'], consentStatus: 'obtained', minor: true }, 'portal', true],
      [{ consentScope: ['feeds'], consentStatus: 'obtained', minor: true }, 'portal', false],
      [{ consentExpiresAt: '2026-11-30T00:00:00Z', consentScope: ['portal'], consentStatus: 'obtained', minor: true }, 'portal', false],
      [{ consentExpiresAt: '2027-01-01T00:00:00Z', consentScope: ['portal'], consentStatus: 'obtained', minor: true }, 'portal', true],
      [{ consentStatus: 'missing', minor: true }, 'portal', false],
      [{ consentStatus: 'withdrawn', minor: false }, 'portal', false],
      [{ consentStatus: 'missing', minor: false }, 'portal', true],
      [{ consentStatus: 'not-needed', minor: false }, 'portal', true],
    ]
    for (const [subject, scope, expected] of table) expect(consentCovers(subject as never, scope, now), JSON.stringify(subject)).toBe(expected)
  })
})

describe("students' consent", () => {
  it('the public sees only students whose consent covers the portal, and no consent details; staff see all', async () => {
    const doc = await publishedAchievement('Giải Nhất học sinh giỏi tỉnh')
    const anonymous = await client.json('GET', `/achievements/${doc.id}`)
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(200)
    expect(anonymous.body.students.map((s: { name: string }) => s.name)).toEqual(['Nguyễn An', 'Hoàng Em'])
    for (const student of anonymous.body.students) {
      expect(Object.keys(student).sort()).toEqual(['className', 'id', 'name'])
    }
    const gql = await client.gql(`{ Achievement(id: ${doc.id}) { students { name consentStatus } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('Trần Bình')
    expect(JSON.stringify(gql.body)).not.toContain('withdrawn')

    const staff = await client.json('GET', `/achievements/${doc.id}`, { token: tokens.editor })
    expect(staff.body.students.map((s: { consentStatus: string }) => s.consentStatus)).toEqual(['obtained', 'withdrawn', 'obtained', 'obtained', 'missing'])
  })

  it("only leaders and admins change a student's consent; each change is in the audit log", async () => {
    const doc = await app.payload.create({
      collection: 'achievements',
      data: {
        author: users.editor.id,
        award: 'Giải Ba',
        competition: 'Khoa học kỹ thuật',
        description: paragraphs('Dự án.'),
        level: 'province',
        schoolYear: '2025-2026',
        students: [{ consentStatus: 'missing', name: 'Vũ Giang' }],
        title: 'Dự án khoa học',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const student = (doc as { students: { id: string }[] }).students[0]!
    const edited = await client.json('PATCH', `/achievements/${doc.id}?draft=true`, {
      body: { students: [{ consentScope: ['portal'], consentStatus: 'obtained', id: student.id, name: 'Vũ Giang' }] },
      token: tokens.editor,
    })
    expect(edited.status).toBe(200)
    let stored = await app.payload.findByID({ collection: 'achievements', draft: true, id: doc.id })
    expect((stored as { students: { consentStatus: string }[] }).students[0]!.consentStatus).toBe('missing')

    const recorded = await client.json('PATCH', `/achievements/${doc.id}?draft=true`, {
      body: { students: [{ consentScope: ['portal'], consentStatus: 'obtained', id: student.id, name: 'Vũ Giang' }] },
      token: tokens.leader,
    })
    expect(recorded.status).toBe(200)
    stored = await app.payload.findByID({ collection: 'achievements', draft: true, id: doc.id })
    expect((stored as { students: { consentStatus: string }[] }).students[0]!.consentStatus).toBe('obtained')
    const events = await app.payload.find({ collection: 'workflow-events', depth: 0, where: { and: [{ documentId: { equals: String(doc.id) } }, { action: { equals: 'consent_changed' } }] } })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({ actor: users.leader.id, documentCollection: 'achievements' })
    expect(events.docs[0]!.comment).toContain('Vũ Giang: consentStatus: missing → obtained; consentScope: — → portal')
  })

  it("withdrawing a student's consent takes a live achievement off the site at once, naming the student", async () => {
    const doc = await publishedAchievement('Giải Nhì Olympic tiếng Anh')
    expect((await client.json('GET', `/achievements/${doc.id}`)).status).toBe(200)
    const students = (doc as { students: Array<Record<string, unknown>> }).students.map((s) => (s.name === 'Nguyễn An' ? { ...s, consentStatus: 'withdrawn' } : s))
    const res = await client.json('PATCH', `/achievements/${doc.id}?draft=true`, { body: { students }, token: tokens.leader })
    expect(res.status).toBe(200)
    expect((await client.json('GET', `/achievements/${doc.id}`)).status).toBe(404)
    const unpublish = await app.payload.find({ collection: 'workflow-events', where: { and: [{ documentId: { equals: String(doc.id) } }, { action: { equals: 'unpublish' } }] } })
    expect(unpublish.docs[0]).toMatchObject({ actorLabel: 'system', to: 'unpublished' })
    expect(unpublish.docs[0]!.comment).toBe('consent withdrawn: Nguyễn An')
  })
})
