import type { CollectionAfterChangeHook, Where } from 'payload'

import { SOURCE_COLLECTIONS } from '../constants'
import { runWorkflowAction, SYSTEM_ACTOR } from '../workflow/service'

/**
 * When a photo's consent becomes `withdrawn`, every published item that shows it is unpublished
 * at once, with `system` as the actor and the media item named in the audit entry (their published
 * language versions follow, see runWorkflowAction).
 */
export const unpublishOnConsentWithdrawal: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.consentStatus !== 'withdrawn' || previousDoc?.consentStatus === 'withdrawn') return doc
  const comment = `consent withdrawn: ${doc.filename ?? doc.id}`
  for (const collection of SOURCE_COLLECTIONS) {
    const uses: Where =
      collection === 'articles'
        ? { or: [{ featuredImage: { equals: doc.id } }, { gallery: { in: [doc.id] } }] }
        : { images: { in: [doc.id] } }
    const published = await req.payload.find({
      collection,
      depth: 0,
      limit: 500,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ _status: { equals: 'published' } }, uses] },
    })
    for (const item of published.docs) {
      await runWorkflowAction(req.payload, { action: 'unpublish', collection, comment, id: item.id, mediaRef: doc.id, req, user: SYSTEM_ACTOR })
    }
  }
  return doc
}
