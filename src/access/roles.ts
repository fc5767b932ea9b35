import type { Role } from '../constants'

/** The part of a user the access rules read. */
export type RoleHolder = { id: number | string; roles?: (Role | string)[] | null } | null | undefined

/** True when the user holds at least one of `roles`. */
export function hasRole(user: RoleHolder, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}
