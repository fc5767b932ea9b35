/**
 * Consent of the people an item shows (photos in the media library, students in achievements):
 * only leaders and admins change it, every change is in the audit log, staff alone read a
 * student's consent details, and the public sees only students whose consent covers the portal.
 */
import type { CollectionAfterChangeHook, CollectionBeforeReadHook, CollectionBeforeValidateHook, FieldAccess } from 'payload'

import { hasRole, type RoleHolder } from '../access/roles'
import { consentCovers } from '../workflow/gates'
import { recordConsentChange } from './audit'

/** Field access: consent is written by leaders and admins only (others' values are dropped). */
export const consentWrite: FieldAccess = ({ req }) => hasRole(req.user as RoleHolder, 'admin', 'leader')

/** Field access: consent details are staff-only. */
export const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

type Student = { className?: null | string; consentExpiresAt?: null | string; consentScope?: null | string[]; consentStatus?: null | string; id?: string; isMinor?: boolean | null; name?: string }

/** The students the public may see on the portal. */
export const publicStudents = <T extends Student>(students: readonly T[] | null | undefined, now = new Date()): T[] =>
  (students ?? []).filter((s) => consentCovers({ ...s, minor: s.isMinor !== false }, 'portal', now))

/**
 * Anonymous REST and GraphQL readers get only students they may see, and no consent details. It
 * runs before Payload's field access strips the consent fields it decides by; the plugin's own
 * local-API reads (gates, portal, feeds) see every student.
 */
export const filterStudentsForPublic: CollectionBeforeReadHook = ({ doc, overrideAccess, req }) => {
  if (req.user || overrideAccess || !Array.isArray(doc?.students)) return doc
  doc.students = publicStudents(doc.students as Student[]).map(({ className, id, name }) => ({ className, id, name }))
  return doc
}

/**
 * A photo of a minor uploaded by someone who may not write consent starts as "missing", so a
 * leader must record it (the field's own default, "not needed", is refused for minors).
 */
export const defaultConsentForMinors: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (!data || operation !== 'create' || hasRole(req.user as RoleHolder, 'admin', 'leader')) return data
  if (data.depictsMinors && (!data.consentStatus || data.consentStatus === 'not-needed')) data.consentStatus = 'missing'
  return data
}

const MEDIA_CONSENT_FIELDS = ['depictsMinors', 'consentStatus', 'consentScope', 'consentExpiresAt'] as const
const STUDENT_CONSENT_FIELDS = ['isMinor', 'consentStatus', 'consentScope', 'consentExpiresAt'] as const

const show = (value: unknown): string =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length) ? '—' : Array.isArray(value) ? value.join(', ') : String(value)

/** "field: before → after" for each consent field that changed. */
export function describeConsentChange(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.filter((f) => show(before[f]) !== show(after[f])).map((f) => `${f}: ${show(before[f])} → ${show(after[f])}`)
}

/** Media: every change of consent (and a new photo's consent, unless none is needed) is audited. */
export const auditMediaConsent: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const before = operation === 'create' ? {} : (previousDoc ?? {})
  if (operation === 'create' && doc.consentStatus === 'not-needed' && !doc.depictsMinors) return doc
  const changes = describeConsentChange(before, doc, MEDIA_CONSENT_FIELDS)
  if (changes.length) {
    await recordConsentChange(req, { collection: 'media', comment: `${doc.filename ?? doc.id}: ${changes.join('; ')}`, id: doc.id, mediaRef: doc.id })
  }
  return doc
}

const studentKey = (s: Student) => s.id ?? s.name ?? ''

const studentsByKey = (doc: { students?: unknown } | undefined) => new Map(((doc?.students ?? []) as Student[]).map((s) => [studentKey(s), s]))

/** Achievements: every change of a student's consent is audited. */
export const auditStudentConsent: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = studentsByKey(previousDoc)
  const lines: string[] = []
  for (const student of (doc.students ?? []) as Student[]) {
    const changes = describeConsentChange((before.get(studentKey(student)) ?? {}) as Record<string, unknown>, student as Record<string, unknown>, STUDENT_CONSENT_FIELDS)
    if (changes.length && before.has(studentKey(student))) lines.push(`${student.name}: ${changes.join('; ')}`)
  }
  if (lines.length) await recordConsentChange(req, { collection: 'achievements', comment: lines.join('\n'), id: doc.id })
  return doc
}

/** Students whose consent is withdrawn in `doc` but was not in `previousDoc`. */
export function newlyWithdrawnStudents(doc: { students?: unknown }, previousDoc: { students?: unknown } | undefined): string[] {
  const before = studentsByKey(previousDoc)
  return ((doc.students ?? []) as Student[]).filter((s) => s.consentStatus === 'withdrawn' && before.get(studentKey(s))?.consentStatus !== 'withdrawn').map((s) => String(s.name ?? ''))
}
