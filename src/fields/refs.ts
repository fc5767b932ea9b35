/**
 * Ids out of relationship and upload values, however Payload gives them: an id, a populated
 * document (`{ id }`), a polymorphic reference (`{ relationTo, value }`, its value either of
 * those), or a list of any of these. Pure; the one helper for it.
 */
export type Ref = number | string | { id?: unknown; relationTo?: string; value?: unknown } | null | undefined

function one(ref: unknown): number | string | null {
  if (ref === null || ref === undefined || ref === '') return null
  if (typeof ref === 'number' || typeof ref === 'string') return ref
  if (typeof ref === 'object') {
    const r = ref as { id?: unknown; relationTo?: unknown; value?: unknown }
    if ('relationTo' in r && 'value' in r) return one(r.value)
    return one(r.id)
  }
  return null
}

/** Every id in a relationship value (one or many), in order, as stored (numbers stay numbers). */
export function refIds(refs: unknown): Array<number | string> {
  return (Array.isArray(refs) ? refs : [refs]).map(one).filter((id): id is number | string => id !== null)
}

/** The id of a single relationship value as text, or null when there is none. */
export function refId(ref: unknown): null | string {
  const id = one(ref)
  return id === null ? null : String(id)
}
