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
  // interleave its locale rows. One refresh at a time per transaction (or outside any): a refresh
  // inside a workflow action's transaction must not wait behind a refresh outside it, which waits
  // for that transaction to end (src/db/sqliteTransactions.ts).
  const ids = [...mediaIds]
  const key = typeof req.transactionID === 'string' || typeof req.transactionID === 'number' ? req.transactionID : 'none'
  const run = (queues.get(key) ?? Promise.resolve()).then(() => refresh(req, ids))
  const settled = run.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}

const queues = new Map<number | string, Promise<void>>()

async function refresh(req: PayloadRequest, mediaIds: Array<number | string>): Promise<void> {
  const ids = [...new Set(mediaIds.map(String))]
  if (!ids.length) return
  const { docs } = await req.payload.find({ collection: 'media', depth: 0, limit: ids.length, overrideAccess: true, pagination: false, req, select: { liveUse: true } as never, where: { id: { in: ids } } })
  for (const media of docs as Array<{ id: number | string; liveUse?: boolean | null }>) {
    let used = false
    for (const collection of SOURCE_COLLECTIONS) {
      const { totalDocs } = await req.payload.count({
        collection,
        overrideAccess: true,
        req,
        where: { and: [{ _status: { equals: 'published' } }, mediaUseWhere(collection, media.id)] },
      })
      if (totalDocs > 0) {
        used = true
        break
      }
    }
    if (Boolean(media.liveUse) === used) continue
    await req.payload.update({ collection: 'media', context: internalContext(), data: { liveUse: used } as never, id: media.id, overrideAccess: true, req })
  }
}
