import { describe, expect, it } from 'vitest'

import { checkGates } from '../../src/workflow/gates'
import { type Actor, applyTransition, availableActions, TRANSITIONS, WorkflowError } from '../../src/workflow/machine'
import { WORKFLOW_ACTIONS, WORKFLOW_STATES, type WorkflowState } from '../../src/workflow/states'

const editor: Actor = { id: 'e1', roles: ['editor'] }
const translator: Actor = { id: 't1', roles: ['translator'] }
const leader: Actor = { id: 'l1', roles: ['leader'] }
const leader2: Actor = { id: 'l2', roles: ['leader'] }
const viewer: Actor = { id: 'v1', roles: ['viewer'] }
const admin: Actor = { id: 'a1', roles: ['admin'] }

describe('the workflow machine', () => {
  it('has exactly the transitions of the contract', () => {
    expect(TRANSITIONS.map((t) => [t.action, [...t.from], t.to])).toEqual([
      ['submit', ['draft', 'changes_requested'], 'in_review'],
      ['request_changes', ['in_review'], 'changes_requested'],
      ['approve', ['in_review'], 'approved'],
      ['publish', ['approved'], 'published'],
      ['unpublish', ['published'], 'unpublished'],
      ['reopen', ['approved', 'unpublished'], 'draft'],
    ])
  })

  it('walks an item from draft to published and back', () => {
    let state: WorkflowState = 'draft'
    state = applyTransition({ action: 'submit', actor: editor, authorId: 'e1', state })
    state = applyTransition({ action: 'request_changes', actor: leader, authorId: 'e1', comment: 'Thiếu nguồn', state })
    state = applyTransition({ action: 'submit', actor: editor, authorId: 'e1', state })
    state = applyTransition({ action: 'approve', actor: leader, authorId: 'e1', lastEditedById: 'e1', state })
    state = applyTransition({ action: 'publish', actor: leader, authorId: 'e1', state })
    expect(state).toBe('published')
    state = applyTransition({ action: 'unpublish', actor: leader, comment: 'Sai số liệu', state })
    expect(applyTransition({ action: 'reopen', actor: editor, authorId: 'e1', state })).toBe('draft')
  })

  it('an invalid action throws an error naming the action and the state', () => {
    expect(() => applyTransition({ action: 'publish', actor: leader, state: 'draft' })).toThrow('Action "publish" is not possible from state "draft"')
    // caught outside the catch, so the test fails if nothing is thrown
    let caught: unknown = null
    try {
      applyTransition({ action: 'approve', actor: leader, state: 'published' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(WorkflowError)
    expect((caught as WorkflowError).code).toBe('invalid_transition')
    expect((caught as WorkflowError).details).toEqual({ action: 'approve', state: 'published' })
    expect(() => applyTransition({ action: 'delete', actor: leader, state: 'draft' })).toThrow(/Unknown workflow action "delete"/)
  })

  it('nobody approves their own work, leaders included', () => {
    expect(() => applyTransition({ action: 'approve', actor: leader, authorId: 'l1', state: 'in_review' })).toThrow(/authored, edited or changed since the last approval/)
    expect(() => applyTransition({ action: 'approve', actor: leader, authorId: 'e1', lastEditedById: 'l1', state: 'in_review' })).toThrow(/authored, edited or changed since the last approval/)
    expect(applyTransition({ action: 'approve', actor: leader2, authorId: 'l1', lastEditedById: 'l1', state: 'in_review' })).toBe('approved')
    expect(applyTransition({ action: 'approve', actor: leader, authorId: 'l1', fourEyes: false, state: 'in_review' })).toBe('approved')
  })

  it('requesting changes and unpublishing need a comment', () => {
    expect(() => applyTransition({ action: 'request_changes', actor: leader, comment: '  ', state: 'in_review' })).toThrow(/needs a comment/)
    expect(() => applyTransition({ action: 'unpublish', actor: leader, state: 'published' })).toThrow(/needs a comment/)
  })

  it('editors, translators, viewers and admins never approve or publish', () => {
    for (const actor of [editor, translator, viewer, admin]) {
      expect(() => applyTransition({ action: 'approve', actor, authorId: 'x', state: 'in_review' })).toThrow(WorkflowError)
      expect(() => applyTransition({ action: 'publish', actor, authorId: 'x', state: 'approved' })).toThrow(WorkflowError)
    }
  })

  it('a leader may reopen; an author may reopen their own; nobody else', () => {
    expect(applyTransition({ action: 'reopen', actor: leader, authorId: 'e1', state: 'approved' })).toBe('draft')
    expect(applyTransition({ action: 'reopen', actor: editor, authorId: 'e1', state: 'unpublished' })).toBe('draft')
    expect(() => applyTransition({ action: 'reopen', actor: { id: 'e2', roles: ['editor'] }, authorId: 'e1', state: 'approved' })).toThrow(/may not "reopen"/)
  })

  it('the edit view is offered only the actions the user may take', () => {
    expect(availableActions('in_review', editor, { authorId: 'e1' }).map((t) => t.action)).toEqual([])
    expect(availableActions('in_review', leader, { authorId: 'e1' }).map((t) => t.action)).toEqual(['request_changes', 'approve'])
    expect(availableActions('in_review', leader, { authorId: 'l1' }).map((t) => t.action)).toEqual(['request_changes'])
    expect(availableActions('in_review', leader, { authorId: 'e1', contributorIds: ['e1', 'l1'] }).map((t) => t.action)).toEqual(['request_changes'])
    expect(availableActions('draft', editor, { authorId: 'e1' }).map((t) => t.action)).toEqual(['submit'])
  })

  it('a leader who changed the content since the last approval may not approve it, even when someone else acted last', () => {
    const revision = { authorId: 'e1', contributorIds: ['e1', 'l1'], lastEditedById: 'e1' }
    expect(() => applyTransition({ action: 'approve', actor: leader, ...revision, state: 'in_review' })).toThrow(/changed since the last approval/)
    expect(applyTransition({ action: 'approve', actor: leader2, ...revision, state: 'in_review' })).toBe('approved')
    expect(applyTransition({ action: 'approve', actor: leader, ...revision, fourEyes: false, state: 'in_review' })).toBe('approved')
  })
})

/** A small seeded random generator, so a failing sequence can be replayed. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('fuzz: 10,000 random action sequences through the pure machine', () => {
  it('never reaches a state the rules do not allow', () => {
    const actors = [editor, translator, leader, leader2, viewer, admin, { id: 'x', roles: ['leader', 'editor'] }]
    const rand = random(20261126)
    let transitions = 0
    // 120,000 steps: plain checks that collect what broke (vitest's expect per step cost 14 s)
    const broken: string[] = []
    const check = (ok: boolean, what: string) => {
      if (!ok && broken.length < 20) broken.push(what)
    }
    for (let sequence = 0; sequence < 10_000; sequence += 1) {
      let state: WorkflowState = 'draft'
      const author = actors[Math.floor(rand() * actors.length)]!
      let lastEditor = author
      let approvedBy: Actor | null = null
      for (let step = 0; step < 12; step += 1) {
        const actor = actors[Math.floor(rand() * actors.length)]!
        const action = WORKFLOW_ACTIONS[Math.floor(rand() * WORKFLOW_ACTIONS.length)]!
        const before = state
        const where = `sequence ${sequence} step ${step}: ${actor.id} ${action} from ${before}`
        let next: WorkflowState | undefined
        try {
          next = applyTransition({ action, actor, authorId: author.id, comment: rand() < 0.8 ? 'ý kiến' : '', lastEditedById: lastEditor.id, state })
        } catch (error) {
          check(error instanceof WorkflowError, `${where}: threw ${String(error)}, not a WorkflowError`)
        }
        if (next !== undefined) {
          state = next
          transitions += 1
          const transition = TRANSITIONS.find((t) => t.action === action)!
          check((transition.from as readonly string[]).includes(before), `${where}: allowed from a state not in its "from"`)
          check(state === transition.to, `${where}: went to ${state}, not ${transition.to}`)
          if (action === 'approve') {
            check(actor.roles.includes('leader'), `${where}: approved by someone who is not a leader`)
            check(actor.id !== author.id, `${where}: the author approved their own work`)
            check(actor.id !== lastEditor.id, `${where}: the last editor approved their own edit`)
            approvedBy = actor
          }
          if (action === 'publish') {
            check(before === 'approved', `${where}: published without approval`)
            check(approvedBy !== null, `${where}: published with no approver`)
            check(actor.roles.includes('leader'), `${where}: published by someone who is not a leader`)
          }
          if (action === 'reopen') approvedBy = null
        }
        // sometimes someone edits the draft in between
        if ((state === 'draft' || state === 'changes_requested') && rand() < 0.3) lastEditor = actors[Math.floor(rand() * actors.length)]!
        check((WORKFLOW_STATES as readonly string[]).includes(state), `${where}: reached unknown state ${state}`)
      }
    }
    expect(broken).toEqual([])
    expect(transitions).toBeGreaterThan(5_000)
  })
})

describe('gates', () => {
  const base = {
    altMissing: [],
    channels: ['portal'],
    checklist: { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true },
    checklistKeys: ['noStateSecrets', 'sourcesVerified', 'spokespersonApproved', 'consentVerified'],
    consentSubjects: [],
    outdated: false,
    textMissing: [],
  }

  it('pass when everything is in place', () => {
    expect(checkGates(base, { checklist: true })).toEqual([])
  })

  it('list every problem at once', () => {
    const problems = checkGates(
      {
        ...base,
        altMissing: ['a.jpg'],
        channels: ['portal', 'vietnam-vn'],
        checklist: { noStateSecrets: true },
        consentSubjects: [
          { consentStatus: 'missing', minor: true, name: 'lop-10a.jpg' },
          { consentScope: ['portal'], consentStatus: 'obtained', minor: true, name: 'Nguyễn An' },
          { consentExpiresAt: '2020-01-01', consentScope: ['portal', 'feeds'], consentStatus: 'obtained', minor: true, name: 'old.jpg' },
          { consentStatus: 'not-needed', minor: false, name: 'vinh.jpg' },
        ],
        outdated: true,
        textMissing: ['summary'],
      },
      { checklist: true },
    )
    expect(problems.map((p) => p.code)).toEqual(['checklist', 'consentMissing', 'consentScope', 'consentExpired', 'outdated', 'textMissing', 'altMissing'])
    expect(problems[0]!.values).toEqual({ items: ['sourcesVerified', 'spokespersonApproved', 'consentVerified'] })
    expect(problems[2]!.values).toEqual({ channels: ['vietnam-vn'], name: 'Nguyễn An' })
  })

  it('an outdated version passes once its translator confirms it', () => {
    expect(checkGates({ ...base, confirmUpToDate: true, outdated: true }, { checklist: true })).toEqual([])
  })

  it('publishing does not ask for the checklist again', () => {
    expect(checkGates({ ...base, checklist: null }, { checklist: false })).toEqual([])
  })
})
