/** Pure helpers that read workflow facts out of plain documents. */
import { refIds } from '../fields/refs'

/** True when a Lexical editor state holds no text at all. */
export function isRichTextEmpty(value: unknown): boolean {
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return true
    const n = node as { children?: unknown[]; text?: unknown; type?: string }
    if (typeof n.text === 'string' && n.text.trim()) return false
    if (n.type === 'upload' || n.type === 'relationship') return false
    return (n.children ?? []).every(walk)
  }
  if (!value || typeof value !== 'object') return true
  return walk((value as { root?: unknown }).root)
}

type Ref = number | string | { id?: number | string | null } | null | undefined

export { refIds } from '../fields/refs'

/** Who had a hand in an item's current revision, for the four-eyes rule. */
export function authorshipOf(item: object) {
  const doc = item as Record<string, unknown>
  return {
    authorId: refIds(doc.author as Ref)[0],
    contributorIds: refIds(doc.contributors as Ref[]),
    lastEditedById: refIds(doc.lastEditedBy as Ref)[0],
  }
}

/** Media ids an item shows: featured image and gallery (articles), images (achievements). */
export function mediaRefsOf(item: object): Array<number | string> {
  const doc = item as Record<string, unknown>
  return [...refIds(doc.featuredImage as Ref), ...refIds(doc.gallery as Ref[]), ...refIds(doc.images as Ref[])]
}

/** The translatable text of any workflow document, for hashing and the missing-text gate. */
export function textOf(item: object) {
  const doc = item as Record<string, unknown>
  return {
    body: doc.body ?? doc.description ?? null,
    summary: (doc.summary as null | string | undefined) ?? null,
    title: (doc.title as null | string | undefined) ?? null,
  }
}

/** Which of title, summary and body are empty. */
export function missingText(item: object): string[] {
  const doc = item as Record<string, unknown>
  const text = textOf(doc)
  const missing: string[] = []
  if (!text.title?.trim()) missing.push('title')
  if (!text.summary?.trim()) missing.push('summary')
  if (isRichTextEmpty(text.body)) missing.push('body')
  return missing
}
