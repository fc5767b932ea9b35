import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'

import { bumpGenerationAfterCommit, settleTransaction } from './generation'
import { syncPublication } from './sync'

const PUBLIC_STATES = new Set(['published', 'unpublished'])

const mayChangeWhatIsPublic = (doc: Record<string, unknown> | undefined) =>
  Boolean(doc) && (doc!._status === 'published' || PUBLIC_STATES.has(String(doc!.workflowState)))

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
