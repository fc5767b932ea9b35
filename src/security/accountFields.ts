import type { Field, FieldAccess } from 'payload'

import { hasRole, type RoleHolder } from '../access/roles'

/** A user reads their own account in full; admins read every account. */
export const selfOrAdmin: FieldAccess = ({ doc, id, req }) => {
  const user = req.user as RoleHolder
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const own = doc?.id ?? id
  return own !== undefined && own !== null && String(own) === String(user.id)
}

/**
 * Payload's own `email` field, with read access narrowed: staff see each other's names, not their
 * e-mail addresses (Payload merges this into its auth field of the same name).
 */
export function accountEmailField(): Field {
  return { name: 'email', type: 'email', access: { read: selfOrAdmin } } as Field
}
