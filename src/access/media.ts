import { type Access, type CollectionBeforeOperationHook, Forbidden, type Where } from 'payload'

/**
 * What the public may see of the media library: items that need no consent, or whose consent is
 * obtained, covers the portal and has not expired. Anything else (a student's photo with missing
 * or withdrawn consent) is invisible to anonymous users, in lists, by id and as a file.
 * `scope` is the consent a use needs: `portal` for the site, `feeds` or `press` for other channels.
 */
export function publicMediaWhere(now: Date = new Date(), scope: string = 'portal'): Where {
  return {
    or: [
      { consentStatus: { equals: 'not-needed' } },
      {
        and: [
          { consentStatus: { equals: 'obtained' } },
          { consentScope: { in: [scope] } },
          { or: [{ consentExpiresAt: { exists: false } }, { consentExpiresAt: { greater_than: now.toISOString() } }] },
        ],
      },
    ],
  }
}

/**
 * Staff read the whole library. An anonymous reader reaches a photo (record, file, any rendition)
 * only while a live published item shows it (`liveUse`, kept by the publication sync) and its
 * consent covers the portal.
 */
export const readMedia: Access = ({ isReadingStaticFile, req }) => {
  // a file is served only for a stored media item (also for staff: a missing file is a 403, not a 500)
  const stored: Where = { id: { exists: true } }
  if (req.user) return isReadingStaticFile ? stored : true
  return { and: [publicMediaWhere(), { liveUse: { equals: true } }] } satisfies Where
}

/**
 * Anonymous readers cannot list or count media: only a photo by id, or its file. A relationship
 * being filled in (Payload's dataloader, `currentDepth` set) is not a listing.
 */
export const refuseAnonymousMediaList: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (req.user || overrideAccess) return args
  const { currentDepth, id } = args as { currentDepth?: number; id?: unknown }
  if (operation === 'count' || (operation === 'read' && (id === undefined || id === null) && !currentDepth)) throw new Forbidden(req.t)
  return args
}
