/** Slugs and vocabularies of the plan, the registers and the reports (part of the contract in DESIGN.md). */
export const PLAN_TASKS_SLUG = 'plan-tasks'
export const PRESS_MONITORING_SLUG = 'press-monitoring'
export const FOREIGN_PRESS_VISITS_SLUG = 'foreign-press-visits'
export const IMPLEMENTATION_REPORTS_SLUG = 'implementation-reports'

/** Registers: leaders and admins only, never public, never in feeds, exports or search. */
export const REGISTER_SLUGS = [PRESS_MONITORING_SLUG, FOREIGN_PRESS_VISITS_SLUG] as const

export const TASK_STATUSES = ['not-started', 'in-progress', 'done'] as const
export const TASK_RECURRENCES = ['once', 'monthly', 'quarterly', 'each-holiday', 'school-year'] as const
export const MONITORING_PLATFORMS = ['press', 'facebook', 'youtube', 'tiktok', 'zalo', 'other'] as const
export const MONITORING_ASSESSMENTS = ['accurate', 'inaccurate', 'distorted', 'hostile'] as const
export const MONITORING_ACTIONS = ['none', 'reported', 'response-published', 'correction-requested', 'removal-requested'] as const
export const MONITORING_STATUSES = ['open', 'reported', 'resolved'] as const
export const REPORT_FORMATS = ['json', 'xlsx', 'docx'] as const
export const SIGNING_MODES = ['principal', 'on-behalf', 'deputy'] as const
