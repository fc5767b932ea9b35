/**
 * The documents the plugin reads and writes, as the plugin sees them. A host has its own generated
 * `payload-types.ts` (with its own users collection and slugs), so the plugin cannot import ours:
 * these plugin-local shapes say which fields the plugin relies on. Relationships are ids at depth 0,
 * documents when populated; src/fields/refs.ts reads ids out of them.
 */
import type { WorkflowState } from './workflow/states'

export type Id = number | string

/** A relationship as stored (an id), or populated (a document with its id). */
export type Relation<T extends { id: Id } = { id: Id }> = Id | T | null | undefined

/** A polymorphic relationship (`relationTo` several collections). */
export type PolyRef = { relationTo: string; value: Relation } | null | undefined

/** An account of the host's users collection, with the fields the plugin adds. */
export interface UserDoc {
  email?: null | string
  id: Id
  name?: null | string
  preferredLanguage?: null | string
  roles?: null | string[]
  unit?: null | string
}

/** The workflow fields every workflow collection carries (src/fields/workflow.ts). */
export interface WorkflowFields {
  _status?: 'draft' | 'published' | null
  approvedAt?: null | string
  approvedBy?: Relation<UserDoc>
  approvedHash?: null | string
  approvedTextHash?: null | string
  author?: Relation<UserDoc>
  contributors?: Array<Relation<UserDoc>> | null
  lastEditedBy?: Relation<UserDoc>
  live?: boolean | null
  publishAt?: null | string
  publishedAt?: null | string
  publishRequestedBy?: Relation<UserDoc>
  unpublishAt?: null | string
  workflowState?: null | WorkflowState
}

/** A student named on an achievement, with the consent the portal and feeds follow. */
export interface StudentRow {
  className?: null | string
  consentExpiresAt?: null | string
  consentScope?: null | string[]
  consentStatus?: null | string
  id?: null | string
  isMinor?: boolean | null
  name?: null | string
}

/** An image of the media library, with its consent. */
export interface MediaDoc {
  alt?: null | string
  caption?: null | string
  consentExpiresAt?: null | string
  consentScope?: null | string[]
  consentStatus?: null | string
  credit?: null | string
  depictsMinors?: boolean | null
  filename?: null | string
  filesize?: null | number
  height?: null | number
  id: Id
  mimeType?: null | string
  /** the renditions sharp made (thumbnail, card, og, portal) */
  sizes?: null | Record<string, { filesize?: null | number; height?: null | number; mimeType?: null | string; url?: null | string; width?: null | number } | undefined>
  url?: null | string
  width?: null | number
}

/** An article, an achievement or a language version: what the workflow, feeds and delivery read. */
export interface ItemDoc extends WorkflowFields {
  body?: unknown
  category?: Relation
  channels?: null | string[]
  createdAt?: string
  featuredImage?: Relation
  id: Id
  language?: null | string
  outdated?: boolean | null
  slug?: null | string
  source?: PolyRef
  /** a language version: the text hash and revision of the source it was made from */
  sourceHash?: null | string
  sourceRevision?: null | string
  students?: null | StudentRow[]
  summary?: null | string
  /** hash of the translatable text (title, summary, body) */
  textHash?: null | string
  title?: null | string
  translator?: Relation<UserDoc>
  updatedAt?: string
}

/** An entry of the audit log (`workflow-events`). */
export interface WorkflowEventDoc {
  action: string
  actorLabel?: null | string
  at: string
  comment?: null | string
  contentHash?: null | string
  documentCollection: string
  documentId: string
  from?: null | string
  id: Id
  to?: null | string
}

/** A row of the delivery log, which is also the queue (src/delivery/send.ts). */
export interface DeliveryDoc {
  attempts?: null | number
  claimedBy?: null | string
  claimedUntil?: null | string
  contentHash?: null | string
  dedupeKey?: null | string
  deliveredAt?: null | string
  destination: Relation<DestinationDoc>
  event: 'published' | 'updated' | 'withdrawn'
  id: Id
  item?: PolyRef
  itemKey: string
  language: string
  lastError?: null | string
  lastStatusCode?: null | number
  nextAttemptAt?: null | string
  status: 'dead' | 'delivered' | 'failed' | 'pending'
  webhookId?: null | string
}

/** A portal or e-mail destination. */
export interface DestinationDoc {
  categories?: Array<Relation> | null
  channels?: null | string[]
  disabledReason?: null | string
  emails?: null | string[]
  enabled?: boolean | null
  id: Id
  kind?: 'email' | 'webhook' | null
  languages?: null | string[]
  name?: null | string
  secret?: null | string
  url?: null | string
}
