import type { Access, Where } from 'payload'

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

export const readMedia: Access = ({ req }) => (req.user ? true : publicMediaWhere())
