/**
 * The review workflow as data: which action leads from which states to which state, and who may
 * take it. Pure: no Payload import, so it is tested alone and fuzzed.
 */
import type { Role } from '../constants'
import type { WorkflowAction, WorkflowState } from './states'

/** Who may take an action: holders of `roles`, and/or the item's author. */
export type Transition = {
  action: WorkflowAction
  /** The item's author may take it, whatever their roles. */
  author: boolean
  /** A comment must be given (request_changes, unpublish). */
  commentRequired: boolean
  from: readonly WorkflowState[]
  roles: readonly Role[]
  to: WorkflowState
}

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', author: true, commentRequired: false, from: ['draft', 'changes_requested'], roles: ['editor', 'translator'], to: 'in_review' },
  { action: 'request_changes', author: false, commentRequired: true, from: ['in_review'], roles: ['leader'], to: 'changes_requested' },
  { action: 'approve', author: false, commentRequired: false, from: ['in_review'], roles: ['leader'], to: 'approved' },
  { action: 'publish', author: false, commentRequired: false, from: ['approved'], roles: ['leader'], to: 'published' },
  { action: 'unpublish', author: false, commentRequired: true, from: ['published'], roles: ['leader'], to: 'unpublished' },
  { action: 'reopen', author: true, commentRequired: false, from: ['approved', 'unpublished'], roles: ['leader'], to: 'draft' },
]

export type WorkflowErrorCode = 'comment_required' | 'forbidden' | 'four_eyes' | 'invalid_transition' | 'unknown_action'

/** A refused action. `code` maps to the HTTP status: forbidden/four_eyes 403, invalid 409, comment 422. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'WorkflowError'
  }
}

export type Actor = { id: number | string; roles: readonly string[] }

export type TransitionRequest = {
  action: string
  actor: Actor
  /** Author of the item. */
  authorId?: number | string | null
  comment?: string | null
  /** Everyone who changed the content since the last approval. */
  contributorIds?: readonly (number | string)[] | null
  /** Nobody approves a revision they authored, last edited or changed since the last approval. @default true */
  fourEyes?: boolean
  /** Who last edited the revision under review. */
  lastEditedById?: number | string | null
  state: WorkflowState
}

/** Who wrote the revision: its author, its last editor, and all who changed it since the last approval. */
export type Authorship = Pick<TransitionRequest, 'authorId' | 'contributorIds' | 'lastEditedById'>

export function getTransition(action: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action)
}

const same = (a: number | string | null | undefined, b: number | string | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

/** Four-eyes: whether `actorId` had a hand in the revision, so may not approve it. */
export function isContributor(actorId: number | string, who: Authorship): boolean {
  return same(actorId, who.authorId) || same(actorId, who.lastEditedById) || (who.contributorIds ?? []).some((id) => same(actorId, id))
}

/** Whether `actor` may take `transition` on an item with this author (ignores the state). */
export function isAllowed(transition: Transition, actor: Actor, authorId?: number | string | null): boolean {
  if (transition.roles.some((role) => actor.roles.includes(role))) return true
  return transition.author && same(actor.id, authorId)
}

/**
 * Check one action against the state and the actor, and return the state it leads to.
 * Throws a WorkflowError naming the action and the state when it is not allowed.
 */
export function applyTransition(request: TransitionRequest): WorkflowState {
  const transition = getTransition(request.action)
  if (!transition) {
    throw new WorkflowError('unknown_action', `Unknown workflow action "${request.action}"`, { action: request.action })
  }
  if (!transition.from.includes(request.state)) {
    throw new WorkflowError('invalid_transition', `Action "${request.action}" is not possible from state "${request.state}"`, { action: request.action, state: request.state })
  }
  if (!isAllowed(transition, request.actor, request.authorId)) {
    throw new WorkflowError('forbidden', `Roles ${JSON.stringify(request.actor.roles)} may not "${request.action}"`, {
      action: request.action,
    })
  }
  if (transition.action === 'approve' && request.fourEyes !== false && isContributor(request.actor.id, request)) {
    throw new WorkflowError('four_eyes', 'Nobody approves a revision they authored, edited or changed since the last approval', {
      action: request.action,
    })
  }
  if (transition.commentRequired && !request.comment?.trim()) {
    throw new WorkflowError('comment_required', `Action "${request.action}" needs a comment`, { action: request.action })
  }
  return transition.to
}

/** The actions `actor` may take now: what the edit view shows as buttons. */
export function availableActions(state: WorkflowState, actor: Actor, who: Authorship, fourEyes = true): Transition[] {
  return TRANSITIONS.filter((t) => {
    if (!t.from.includes(state) || !isAllowed(t, actor, who.authorId)) return false
    if (t.action === 'approve' && fourEyes && isContributor(actor.id, who)) return false
    return true
  })
}
