/**
 * Guards every collection gets from the plugin: a malformed id is a 400 that says so (on SQLite
 * Payload would run a NaN query and answer 500), and anonymous reads are capped in size and depth.
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { requestLanguage, translate } from '../i18n'

/** What one anonymous request may ask for at most. */
export const ANONYMOUS_MAX_LIMIT = 100
export const ANONYMOUS_MAX_DEPTH = 2

export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const idType = req.payload.collections[collection.slug as 'users']?.customIDType ?? req.payload.db.defaultIDType
  if (idType !== 'number') return args
  // REST turns the URL's id into a number with parseFloat ("1'--" becomes 1): judge what was sent
  const routeId = req.routeParams?.id
  const sent = typeof routeId === 'string' && typeof id === 'number' && (parseFloat(routeId) === id || Number.isNaN(id)) ? routeId : String(id)
  if (!/^\d{1,15}$/.test(sent)) {
    const shown = sent.slice(0, 40)
    throw new APIError(translate(requestLanguage(req), 'errors.badId', { id: shown }), 400, { id: shown }, true)
  }
  return args
}

export const capAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  const a = args as { currentDepth?: number; depth?: unknown; limit?: unknown; pagination?: unknown }
  // staff, the plugin's own reads, and relationships being filled in are not capped
  if (req.user || overrideAccess || operation !== 'read' || a.currentDepth) return args
  if (a.limit !== undefined || a.pagination === false) {
    const limit = Number(a.limit)
    a.limit = limit > 0 && limit <= ANONYMOUS_MAX_LIMIT ? limit : ANONYMOUS_MAX_LIMIT
    a.pagination = true
  }
  if (a.depth !== undefined) {
    const depth = Number(a.depth)
    a.depth = depth >= 0 && depth <= ANONYMOUS_MAX_DEPTH ? depth : ANONYMOUS_MAX_DEPTH
  }
  return args
}
