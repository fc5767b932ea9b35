/**
 * `req.context` flag set by the plugin's own writes (workflow actions, jobs, the demo seed).
 * REST and GraphQL cannot set `req.context`, so only server code can carry it.
 */
export const INTERNAL_WRITE = 'bilingualInternalWrite'

/** A fresh context for an internal write. Payload writes into the object, so never reuse one. */
export function internalContext(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { [INTERNAL_WRITE]: true, ...extra }
}
