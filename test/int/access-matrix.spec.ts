/**
 * Every role × action × state, through REST and the local API. The expected outcome comes from
 * the rules as the issue states them, written out here independently of the machine's table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWorkflowAction } from '../../src'
import { WORKFLOW_ACTIONS, WORKFLOW_STATES, type WorkflowAction, type WorkflowState } from '../../src/workflow/states'
import { createArticle, createUsers, FULL_CHECKLIST, PASSWORD, putInState, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startApp('matrix')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  for (const key of Object.keys(users) as Array<keyof Users>) tokens[key] = await client.login(users[key].email, PASSWORD)
}, 300_000)
afterAll(async () => app?.cleanup())

const VALID_FROM: Record<WorkflowAction, WorkflowState[]> = {
  approve: ['in_review'],
  publish: ['approved'],
  reopen: ['approved', 'unpublished'],
  request_changes: ['in_review'],
  submit: ['draft', 'changes_requested'],
  unpublish: ['published'],
}

/** Who may: `submit` author, editor, translator; leader-only actions; `reopen` leader or author. */
function allowed(role: keyof Users, action: WorkflowAction): boolean {
  const isAuthor = role === 'editor' // every article here is written by `editor`
  if (action === 'submit') return isAuthor || ['editor', 'editor2', 'translator'].includes(role)
  if (action === 'reopen') return isAuthor || role === 'leader'
  return role === 'leader'
}

const expected = (role: keyof Users, action: WorkflowAction, state: WorkflowState) => (!VALID_FROM[action].includes(state) ? 409 : allowed(role, action) ? 200 : 403)

const ROLES: Array<keyof Users> = ['admin', 'leader', 'editor', 'editor2', 'translator', 'viewer']
const body = (action: WorkflowAction) => ({ action, checklist: FULL_CHECKLIST, comment: 'Ý kiến' })

describe('access matrix through REST', () => {
  for (const state of WORKFLOW_STATES) {
    it(`from "${state}": every role × action answers 200, 403 or 409 as the rules say`, async () => {
      const outcomes: string[] = []
      const wanted: string[] = []
      for (const role of ROLES) {
        for (const action of WORKFLOW_ACTIONS) {
          const article = await createArticle(app.payload, users.editor.id)
          await putInState(app.payload, 'articles', article.id, state, users.admin.id)
          const res = await client.json('POST', `/articles/${article.id}/workflow`, { body: body(action), token: tokens[role] })
          outcomes.push(`${role} ${action}: ${res.status}`)
          wanted.push(`${role} ${action}: ${expected(role, action, state)}`)
        }
      }
      expect(outcomes).toEqual(wanted)
    })
  }
})

describe('access matrix through the local API', () => {
  for (const state of WORKFLOW_STATES) {
    it(`from "${state}": the exported function gives the same answers`, async () => {
      const outcomes: string[] = []
      const wanted: string[] = []
      for (const role of ROLES) {
        const user = await app.payload.findByID({ collection: 'users', id: users[role].id })
        for (const action of WORKFLOW_ACTIONS) {
          const article = await createArticle(app.payload, users.editor.id)
          await putInState(app.payload, 'articles', article.id, state, users.admin.id)
          const status = await runWorkflowAction(app.payload, { ...body(action), collection: 'articles', id: article.id, user: user as never }).then(
            () => 200,
            (error: { status?: number }) => error.status ?? 500,
          )
          outcomes.push(`${role} ${action}: ${status}`)
          wanted.push(`${role} ${action}: ${expected(role, action, state)}`)
        }
      }
      expect(outcomes).toEqual(wanted)
    })
  }
})
