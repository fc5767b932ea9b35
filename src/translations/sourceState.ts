import type { PayloadRequest } from 'payload'

import type { SourceCollection } from '../constants'

export type SourceRef = { relationTo: SourceCollection; value: number | string | { id: number | string } }

export type SourceState = {
  /** The source's language. */
  language: string
  /** Id of the source's latest saved revision (its newest entry in the versions table). */
  revision: string | null
  /** Hash of the source's translatable text in that revision. */
  textHash: string
  /** Hash of the text a leader last approved ('' when never approved). */
  approvedTextHash: string
}

export function sourceId(ref: SourceRef): number | string {
  return typeof ref.value === 'object' ? ref.value.id : ref.value
}

/**
 * The current state of a language version's source, read once per request and source (lists of
 * language versions otherwise read the same source again and again).
 */
export async function getSourceState(req: PayloadRequest, ref: SourceRef): Promise<SourceState | null> {
  const key = `bilingual:source:${ref.relationTo}:${sourceId(ref)}`
  const cache = req.context as Record<string, unknown>
  if (cache[key] !== undefined) return cache[key] as SourceState | null
  const id = sourceId(ref)
  const doc = await req.payload.findByID({
    collection: ref.relationTo,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    overrideAccess: true,
    req,
    select: { approvedTextHash: true, language: true, textHash: true },
  })
  let state: SourceState | null = null
  if (doc) {
    const versions = await req.payload.findVersions({
      collection: ref.relationTo,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    state = {
      approvedTextHash: String(doc.approvedTextHash ?? ''),
      language: String(doc.language ?? ''),
      revision: versions.docs[0] ? String(versions.docs[0].id) : null,
      textHash: String(doc.textHash ?? ''),
    }
  }
  cache[key] = state
  return state
}

/** Forget a cached source state (after the source changed within the same request). */
export function forgetSourceState(req: PayloadRequest, ref: SourceRef): void {
  delete (req.context as Record<string, unknown>)[`bilingual:source:${ref.relationTo}:${sourceId(ref)}`]
}
