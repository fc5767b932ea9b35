import type { CollectionAfterChangeHook } from 'payload'

import { SOURCE_COLLECTIONS } from '../constants'
import { runWorkflowAction, SYSTEM_ACTOR } from '../workflow/service'
import { newlyWithdrawnStudents } from './index'
import { mediaUseWhere } from '../media/uses'
import { isLive } from '../publication/sync'

/**
 * When a photo's consent becomes `withdrawn`, every published item that shows it is unpublished
 * at once, with `system` as the actor and the media item named in the audit entry (their published
 * language versions follow, see runWorkflowAction).
 */
export const unpublishOnConsentWithdrawal: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.consentStatus !== 'withdrawn' || previousDoc?.consentStatus === 'withdrawn') return doc
  const comment = `consent withdrawn: ${doc.filename ?? doc.id}`
  for (const collection of SOURCE_COLLECTIONS) {
    const published = await req.payload.find({
      collection,
      depth: 0,
      limit: 500,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ _status: { equals: 'published' } }, mediaUseWhere(collection, doc.id)] },
    })
    for (const item of published.docs) {
      await runWorkflowAction(req.payload, { action: 'unpublish', collection, comment, id: item.id, mediaRef: doc.id, req, user: SYSTEM_ACTOR })
    }
  }
  return doc
}

/**
 * When a student's consent becomes `withdrawn` in an achievement that is live, the achievement is
 * unpublished at once (actor `system`, the student named in the audit entry), as for a photo. The
 * edit itself is a draft revision, so without this the live page would keep showing the student.
 */
export const unpublishOnStudentConsentWithdrawal: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const withdrawn = newlyWithdrawnStudents(doc, previousDoc)
  if (!withdrawn.length) return doc
  if (!(await isLive(req, collection.slug, doc.id))) return doc
  const comment = `consent withdrawn: ${withdrawn.join(', ')}`
  await runWorkflowAction(req.payload, { action: 'unpublish', collection: 'achievements', comment, id: doc.id, req, user: SYSTEM_ACTOR })
  return doc
}
