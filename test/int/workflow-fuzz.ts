/**
 * Random sequences of actions and edits through the local API on a real SQLite database, checking
 * the invariants after every step. Two spec files run 100 sequences each, from different seeds, so
 * they run side by side (workflow-fuzz.spec.ts, workflow-fuzz-2.spec.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWorkflowAction } from '../../src'
import { contentHash } from '../../src/workflow/contentHash'
import { mediaRefsOf } from '../../src/workflow/facts'
import { TRANSITIONS } from '../../src/workflow/machine'
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../src/workflow/states'
import { createArticle, createUsers, FULL_CHECKLIST, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'

let app: TestApp
let users: Users
let people: Array<Record<string, any>>

function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function fuzz(seed: number, sequences: number) {
  beforeAll(async () => {
    app = await startApp(`fuzz`)
    users = await createUsers(app.payload)
    const second = await app.payload.create({
      collection: 'users',
      data: { email: 'leader2@test.lechan', name: 'leader2', password: 'x-password-1', roles: ['leader'] } as never,
    })
    people = [...(await Promise.all(Object.values(users).map((u) => app.payload.findByID({ collection: 'users', id: u.id })))), second]
  })
  afterAll(async () => app?.cleanup())
  describe(`fuzz: random actions and edits through the local API (seed ${seed})`, () => {
    it(`keeps invariants 1–4 after every one of ${sequences} sequences`, async () => {
      const rand = random(seed)
      const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
      let successes = 0
      for (let sequence = 0; sequence < sequences; sequence += 1) {
        const author = pick(people.filter((p) => p.roles.includes('editor') || p.roles.includes('leader')))
        const article = await createArticle(app.payload, author.id, 'draft', { title: `Bài ${sequence}` })
        let expectedEvents = 0
        let state = 'draft'
        for (let step = 0; step < 8; step += 1) {
          const actor = pick(people)
          if (rand() < 0.2) {
            // an edit by someone allowed to edit, through the access-controlled local API
            await app.payload.update({ collection: 'articles', data: { title: `Bài ${sequence} sửa ${step}` }, id: article.id, overrideAccess: false, user: actor }).catch(() => undefined)
          } else {
            // mostly an action the state allows (so sequences get somewhere), sometimes any action
            const possible = TRANSITIONS.filter((t) => (t.from as readonly string[]).includes(state)).map((t) => t.action)
            const action = possible.length && rand() < 0.75 ? pick(possible) : pick(WORKFLOW_ACTIONS)
            const ok = await runWorkflowAction(app.payload, { action, checklist: FULL_CHECKLIST, collection: 'articles', comment: 'Ý kiến', id: article.id, user: actor as never }).then(
              () => true,
              (error: { status?: number }) => {
                expect([403, 409, 422]).toContain(error.status)
                return false
              },
            )
            if (ok) {
              expectedEvents += 1
              successes += 1
            }
          }
          const live = (await app.payload.findByID({ collection: 'articles', depth: 0, id: article.id })) as Record<string, any>
          const latest = (await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })) as Record<string, any>
          expect(WORKFLOW_STATES).toContain(latest.workflowState)
          state = latest.workflowState
          // 1. nothing public unless a leader other than its author approved exactly this content
          if (live._status === 'published') {
            const approver = people.find((p) => String(p.id) === String(live.approvedBy))
            expect(approver?.roles).toContain('leader')
            expect(String(live.approvedBy)).not.toBe(String(live.author))
            expect(live.approvedHash).toBe(contentHash(live, mediaRefsOf(live)))
          }
          // 2. an approval never survives an edit
          if (['approved', 'published'].includes(latest.workflowState)) {
            expect(latest.approvedHash).toBe(contentHash(latest, mediaRefsOf(latest)))
          }
          // 3. one audit entry per state change
          const events = await app.payload.count({ collection: 'workflow-events', where: { documentId: { equals: String(article.id) } } })
          expect(events.totalDocs).toBe(expectedEvents)
        }
      }
      // most sequences get somewhere (about 1.3 successful actions per sequence)
      expect(successes).toBeGreaterThan(sequences)
    }, 600_000)
  })
}
