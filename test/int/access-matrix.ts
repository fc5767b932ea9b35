/**
 * The shared part of the two access-matrix specs (REST, local API): the rules as the issue states
 * them, written out here independently of the machine's table, and the walk through every
 * role × action from one state.
 */
import { expect } from 'vitest'

import { WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowState } from '../../src/workflow/states'
import { createArticle, createUsers, FULL_CHECKLIST, putInState, type Users } from '../helpers/fixtures'
import type { TestApp } from '../helpers/payload'

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

export const ROLES: Array<keyof Users> = ['admin', 'leader', 'editor', 'editor2', 'translator', 'viewer']
export const body = (action: WorkflowAction) => ({ action, checklist: FULL_CHECKLIST, comment: 'Ý kiến' })

export { createUsers }

/**
 * Every role × action on an article in `state`. A refusal must change nothing, so the same
 * article takes the next attempt (another user acting on it in between is part of the test); after
 * an action that went through, a fresh article is put in `state`.
 */
export async function walkMatrix(app: TestApp, users: Users, state: WorkflowState, attempt: (role: keyof Users, action: WorkflowAction, id: number | string) => Promise<number>) {
  const fresh = async () => {
    const article = await createArticle(app.payload, users.editor.id)
    await putInState(app.payload, 'articles', article.id, state, users.admin.id)
    return article.id
  }
  let id = await fresh()
  const outcomes: string[] = []
  const wanted: string[] = []
  for (const role of ROLES) {
    for (const action of WORKFLOW_ACTIONS) {
      const status = await attempt(role, action, id)
      outcomes.push(`${role} ${action}: ${status}`)
      wanted.push(`${role} ${action}: ${expected(role, action, state)}`)
      if (status === 200) id = await fresh()
    }
  }
  expect(outcomes).toEqual(wanted)
  // and the refusals left the article as it was: still in `state`
  const last = await app.payload.findByID({ collection: 'articles', depth: 0, draft: true, id })
  expect(last.workflowState).toBe(state)
}
