import type { CollectionSlug, PayloadRequest } from 'payload'

import { PUBLIC_READ, PUBLISHED_ENTRIES_SLUG } from './constants'
import { recordDeliveries } from '../delivery/outbox'
import { recordChanges } from '../pull/changes'
import type { PlanChange } from '../delivery/plan'
import { refreshLiveUse } from '../media/uses'
import { diffEntries, entriesForGroup, idOf, type LiveDoc, mediaOfEntry, type PublicationEntry, type SourceCollection } from './entry'
import { bumpGenerationAfterCommit } from './generation'

const ENTRIES = PUBLISHED_ENTRIES_SLUG as CollectionSlug

/** Whether the item's live row is published (a pending draft revision does not change that). */
export async function isLive(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    overrideAccess: true,
    req,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}

async function liveDoc(req: PayloadRequest, collection: string, id: number | string): Promise<LiveDoc | null> {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    context: { [PUBLIC_READ]: true },
    depth: 0,
    draft: false,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { equals: id } },
  })
  return (docs[0] as unknown as LiveDoc | undefined) ?? null
}

/**
 * Bring the publication index of one item's group (its source and every language version) in
 * line with their live rows. Called after any write that may change what is public; cheap
 * (a group is a handful of rows) and idempotent.
 */
export async function syncPublication(req: PayloadRequest, collection: string, id: number | string, { deleted = false }: { deleted?: boolean } = {}): Promise<void> {
  const groups = new Set<string>()
  const media = new Set<string>()
  const changes: PlanChange[] = []
  let sourceRef: { collection: SourceCollection; id: number | string } | null = null
  if (collection === 'language-versions') {
    const version = deleted ? null : await liveDoc(req, collection, id)
    const source = version?.source
    const value = idOf(source?.value)
    if (source?.relationTo && value !== null) sourceRef = { collection: source.relationTo as SourceCollection, id: value }
    // the version may have moved to another source, or been deleted: drop its own entry first
    const { docs } = await req.payload.find({ collection: ENTRIES, depth: 0, limit: 5, overrideAccess: true, pagination: false, req, where: { key: { equals: `${collection}:${id}` } } })
    for (const row of docs as unknown as PublicationEntry[]) groups.add(row.groupKey)
  } else {
    sourceRef = { collection: collection as SourceCollection, id }
  }
  if (sourceRef) groups.add(`${sourceRef.collection}:${sourceRef.id}`)

  for (const groupKey of groups) {
    const [sourceCollection, sourceId] = groupKey.split(':') as [SourceCollection, string]
    const source = deleted && collection === sourceCollection && String(id) === sourceId ? null : await liveDoc(req, sourceCollection, sourceId)
    const versions = source
      ? ((
          await req.payload.find({
            collection: 'language-versions' as CollectionSlug,
            context: { [PUBLIC_READ]: true },
            depth: 0,
            draft: false,
            limit: 100,
            overrideAccess: true,
            pagination: false,
            req,
            where: { and: [{ 'source.relationTo': { equals: sourceCollection } }, { 'source.value': { equals: source.id } }] },
          })
        ).docs as unknown as LiveDoc[])
      : []
    const wanted = entriesForGroup(source, sourceCollection, versions)
    const existing = (await req.payload.find({ collection: ENTRIES, depth: 0, limit: 200, overrideAccess: true, pagination: false, req, where: { groupKey: { equals: groupKey } } }))
      .docs as unknown as (PublicationEntry & { id: number | string })[]
    for (const entry of [...existing, ...wanted]) for (const id of mediaOfEntry(entry)) media.add(id)
    const { create, remove, update } = diffEntries(existing, wanted)
    // what the change means for delivery destinations: what is now live, with its approved hash
    const hashes = new Map<string, string>()
    for (const doc of [...(source ? [{ collection: sourceCollection, doc: source }] : []), ...versions.map((doc) => ({ collection: 'language-versions', doc }))]) {
      hashes.set(`${doc.collection}:${doc.doc.id}`, String((doc.doc as { approvedHash?: null | string }).approvedHash ?? ''))
    }
    if (create.length || remove.length || update.length) {
      const before = new Map(existing.map((row) => [row.key, row]))
      const after = new Map(wanted.map((entry) => [entry.key, entry]))
      changes.push(
        ...[...new Set([...before.keys(), ...after.keys()])].map((key) => {
          const now = after.get(key)
          return { after: now ? { ...now, contentHash: hashes.get(key) ?? '' } : undefined, before: before.get(key), key }
        }),
      )
    }
    for (const row of remove) await req.payload.delete({ collection: ENTRIES, id: row, overrideAccess: true, req })
    for (const { data, id: rowId } of update) await req.payload.update({ collection: ENTRIES, data: data as never, id: rowId, overrideAccess: true, req })
    for (const data of create) await req.payload.create({ collection: ENTRIES, data: data as never, overrideAccess: true, req })
  }
  // photos that went live or stopped being live with this group
  await refreshLiveUse(req, media)
  // the outbox: deliveries to portals, in the same transaction (src/delivery/outbox.ts)
  await recordDeliveries(req, changes)
  // and the change log the pull API reads (src/pull/changes.ts)
  await recordChanges(req, changes)
  bumpGenerationAfterCommit(req.transactionID)
}

/**
 * Re-sync every published source's group (used by the migration that added `media` to the
 * index and `liveUse` to media, so photos of items published before it stay public).
 */
export async function resyncAllPublished(req: PayloadRequest): Promise<number> {
  let groups = 0
  for (const collection of ['articles', 'achievements'] as const) {
    const { docs } = await req.payload.find({ collection, depth: 0, draft: false, limit: 0, overrideAccess: true, pagination: false, req, select: {}, where: { _status: { equals: 'published' } } })
    for (const doc of docs) {
      await syncPublication(req, collection, doc.id)
      groups += 1
    }
  }
  return groups
}
