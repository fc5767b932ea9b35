import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, CollectionSlug, GlobalAfterChangeHook, Payload } from 'payload'

import { PUBLIC_READ } from './constants'

import { bumpGenerationAfterCommit, settleTransaction } from './generation'
import { syncPublication } from './sync'

const PUBLIC_STATES = new Set(['published', 'unpublished'])

const mayChangeWhatIsPublic = (doc: Record<string, unknown> | undefined) => Boolean(doc) && (doc!._status === 'published' || PUBLIC_STATES.has(String(doc!.workflowState)))

/**
 * After a write to an article, achievement or language version: when the item is or was public
 * and its state or status moved, re-sync its group in the publication index. Draft saves of an
 * unpublished item do nothing here.
 */
export const syncPublicationAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const moved = operation === 'create' || doc.workflowState !== previousDoc?.workflowState || doc._status !== previousDoc?._status
  if (moved && (mayChangeWhatIsPublic(doc) || mayChangeWhatIsPublic(previousDoc))) {
    await syncPublication(req, collection.slug, doc.id)
  }
  return doc
}

export const syncPublicationAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await syncPublication(req, collection.slug, doc.id, { deleted: true })
  return doc
}

/**
 * Staff reads say which items have a published version on the site (`live`), whatever their
 * newest revision: "Published · edits pending" in lists and the dashboard. One query for a whole
 * page of results, and only for the documents whose newest revision is a draft.
 */
export const markLive: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if ((operation !== 'find' && operation !== 'findByID') || !req.user || (args as { context?: Record<string, unknown> }).context?.[PUBLIC_READ] || req.context?.[PUBLIC_READ]) return result
  const docs = (operation === 'find' ? (result as { docs?: Record<string, unknown>[] }).docs : [result]) as Array<Record<string, unknown> | null | undefined>
  const drafts = docs.filter((doc): doc is Record<string, unknown> => Boolean(doc) && doc!.id !== undefined && doc!._status !== 'published')
  for (const doc of docs) if (doc && doc._status === 'published') doc.live = true
  if (!drafts.length) return result
  // through the adapter: no hooks (this one would run again), no access, the main rows only
  const { docs: live } = await req.payload.db.find({
    collection: collection.slug as CollectionSlug,
    limit: drafts.length,
    pagination: false,
    req,
    select: { id: true },
    where: { and: [{ id: { in: drafts.map((doc) => doc.id as number) } }, { _status: { equals: 'published' } }] },
  })
  const liveIds = new Set(live.map((doc) => String(doc.id)))
  for (const doc of drafts) doc.live = liveIds.has(String(doc.id))
  return result
}

/** Media captions, consent, category names and site settings show in public output too. */
export const invalidatePublicOutput: CollectionAfterChangeHook = ({ doc, req }) => {
  bumpGenerationAfterCommit(req.transactionID)
  return doc
}

export const invalidatePublicOutputGlobal: GlobalAfterChangeHook = ({ doc, req }) => {
  bumpGenerationAfterCommit(req.transactionID)
  return doc
}

/**
 * Bump the generation again once a transaction that changed public content commits (or rolls
 * back), so no cache keeps what a reader saw before the commit. Payload has no after-commit hook;
 * wrapping the adapter's two methods is the narrowest place to learn it.
 */
export function watchTransactions(payload: Payload): void {
  const db = payload.db as Payload['db'] & { bilingualWatched?: boolean }
  if (db.bilingualWatched) return
  db.bilingualWatched = true
  type Settle = (id: Parameters<Payload['db']['commitTransaction']>[0]) => Promise<void>
  const thenSettle =
    (method: Settle): Settle =>
    async (id) => {
      const resolved = await id
      try {
        return await method(resolved)
      } finally {
        settleTransaction(resolved)
      }
    }
  db.commitTransaction = thenSettle(db.commitTransaction.bind(db))
  db.rollbackTransaction = thenSettle(db.rollbackTransaction.bind(db))
}
