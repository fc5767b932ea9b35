import type { PayloadRequest, Where } from 'payload'

import { SOURCE_COLLECTIONS, type SourceCollection } from '../constants'
import { internalContext } from '../workflow/context'

/** Where an article or achievement shows a media item: featured image and gallery, or images. */
export function mediaUseWhere(collection: SourceCollection, mediaId: number | string): Where {
  return collection === 'articles'
    ? { or: [{ featuredImage: { equals: mediaId } }, { gallery: { in: [mediaId] } }] }
    : { images: { in: [mediaId] } }
}

/**
 * Recompute `liveUse` of these media items: true while a live (published) article or achievement
 * shows them. Anonymous readers reach a photo, its file and renditions only while it is true
 * (src/access/media.ts). Called by the publication sync in the same transaction as the publish.
 */
export function refreshLiveUse(req: PayloadRequest, mediaIds: Iterable<number | string>): Promise<void> {
  // Payload runs a bulk delete's documents in parallel: two syncs updating one photo at once
  // interleave its locale rows. One refresh at a time.
  const ids = [...mediaIds]
  const run = queue.then(() => refresh(req, ids))
  queue = run.catch(() => undefined)
  return run
}

let queue: Promise<void> = Promise.resolve()

async function refresh(req: PayloadRequest, mediaIds: Array<number | string>): Promise<void> {
  for (const id of new Set(mediaIds.map(String))) {
    let used = false
    for (const collection of SOURCE_COLLECTIONS) {
      const { totalDocs } = await req.payload.count({
        collection,
        overrideAccess: true,
        req,
        where: { and: [{ _status: { equals: 'published' } }, mediaUseWhere(collection, id)] },
      })
      if (totalDocs > 0) {
        used = true
        break
      }
    }
    const media = await req.payload.findByID({ collection: 'media', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: { liveUse: true } as never })
    if (!media || Boolean((media as { liveUse?: boolean }).liveUse) === used) continue
    await req.payload.update({ collection: 'media', context: internalContext(), data: { liveUse: used } as never, id, overrideAccess: true, req })
  }
}
