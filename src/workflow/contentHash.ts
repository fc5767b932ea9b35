import { createHash } from 'node:crypto'

import { type Ref, refId } from '../fields/refs'

/** JSON with object keys sorted, so equal content always gives equal text whatever the key order. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The text a translator translates. Fields absent from a collection count as empty. */
export type TranslatableText = {
  body?: unknown
  description?: unknown
  summary?: string | null
  title?: string | null
}

/**
 * Hash of the translatable text only (title, summary, body or description). A language version
 * is outdated when its source's text hash differs from the one it was made from; edits to tags,
 * channels or images do not make a translation outdated.
 */
export function textHash(doc: TranslatableText): string {
  return sha256(
    stableStringify({
      body: doc.body ?? null,
      description: doc.description ?? null,
      summary: (doc.summary ?? '').trim(),
      title: (doc.title ?? '').trim(),
    }),
  )
}

/**
 * Hash of what an approver approves: the translatable text plus every media item referenced.
 * Approval is tied to this exact hash.
 */
export function contentHash(doc: TranslatableText, mediaRefs: Ref[]): string {
  const media = [...new Set(mediaRefs.map(refId).filter((id): id is string => id !== null))].sort()
  return sha256(stableStringify({ media, text: textHash(doc) }))
}
