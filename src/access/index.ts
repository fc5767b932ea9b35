import type { Access, FieldAccess, Where } from 'payload'

import type { Role } from '../constants'
import { hasRole, type RoleHolder } from './roles'

export { hasRole } from './roles'

const userOf = (req: { user?: unknown }): RoleHolder => req.user as RoleHolder

/** Access for users holding any of `roles`. */
export const allowRoles =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(userOf(req), ...roles)

/** Field access for users holding any of `roles`. */
export const allowRolesField =
  (...roles: Role[]): FieldAccess =>
  ({ req }) =>
    hasRole(userOf(req), ...roles)

export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

export const nobody: Access = () => false

export const anyone: Access = () => true

/** Signed-in staff read everything; the public reads only what is published (REST and GraphQL). */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

/**
 * Leaders and admins edit anything; editors and translators (as `authorRoles`) edit what they
 * authored. The workflow issue narrows this further by state.
 */
export const ownOrLeader =
  (...authorRoles: Role[]): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    if (hasRole(user, 'admin', 'leader')) return true
    if (hasRole(user, ...authorRoles)) return { author: { equals: user.id } } satisfies Where
    return false
  }

/** Admins delete anything; authors delete their own items while they are still drafts. */
export const deleteOwnDraftOrAdmin =
  (...authorRoles: Role[]): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (hasRole(user, ...authorRoles)) {
      const where: Where = { and: [{ author: { equals: user.id } }, { workflowState: { equals: 'draft' } }] }
      return where
    }
    return false
  }

/** Every operation, reads of versions included, for users holding any of `roles` (the registers). */
export function everyOperationFor(...roles: Role[]) {
  const access = allowRoles(...roles)
  return { create: access, delete: access, read: access, readVersions: access, update: access }
}
