/** Vocabularies of the content model. Their values are part of the contract in DESIGN.md. */

export const ROLES = ['admin', 'leader', 'editor', 'translator', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const CHANNELS = ['portal', 'vietnam-vn', 'province', 'doet'] as const
export type Channel = (typeof CHANNELS)[number]

/** The six task areas of the school's yearly foreign-information plan. */
export const PLAN_AREAS = ['resolution-47', 'human-rights', 'vietnam-vn', 'province-image', 'integration-sovereignty', 'ocop'] as const
export type PlanArea = (typeof PLAN_AREAS)[number]

export const ACHIEVEMENT_LEVELS = ['school', 'province', 'national', 'international'] as const

export const TRANSLATION_METHODS = ['human', 'machine-assisted'] as const

export const CONSENT_STATUSES = ['not-needed', 'obtained', 'missing', 'withdrawn'] as const
export type ConsentStatus = (typeof CONSENT_STATUSES)[number]

export const CONSENT_SCOPES = ['portal', 'feeds', 'press'] as const
export type ConsentScope = (typeof CONSENT_SCOPES)[number]

/** Collections that carry the review workflow. */
export const WORKFLOW_COLLECTIONS = ['articles', 'achievements', 'language-versions'] as const
export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

/** Collections a language version may translate. */
export const SOURCE_COLLECTIONS = ['articles', 'achievements'] as const
export type SourceCollection = (typeof SOURCE_COLLECTIONS)[number]
