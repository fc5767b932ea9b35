/** Workflow states and actions (DESIGN.md, "Workflow"). The machine itself builds on these. */

export const WORKFLOW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_ACTIONS = ['submit', 'request_changes', 'approve', 'publish', 'unpublish', 'reopen'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Fields only workflow actions may write (invariant 4). */
export const WORKFLOW_FIELDS = ['workflowState', 'approvedBy', 'approvedAt', 'approvedHash', 'publishRequestedBy', 'publishedAt', 'contributors', 'approvedTextHash'] as const
