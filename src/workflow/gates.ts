/**
 * What must hold before an item is approved or published. Pure: the Payload glue gathers the
 * facts, this decides. Every problem is returned, not just the first, so a leader sees them all.
 */
import type { Channel, ConsentScope, ConsentStatus } from '../constants'

/** The four checklist items that are always there. */
export const BASE_CHECKLIST = ['noStateSecrets', 'sourcesVerified', 'spokespersonApproved', 'consentVerified'] as const

export type GateProblem = { code: string; values?: Record<string, unknown> }

export type ConsentSubject = {
  consentExpiresAt?: null | string
  consentScope?: null | readonly string[]
  consentStatus?: ConsentStatus | null | string
  /** Shows (or is) someone under 18. */
  minor: boolean
  /** How a person names it: a file name or a student's name. */
  name: string
}

export type GateFacts = {
  /** Alt text present for every image used, by image name. */
  altMissing: string[]
  channels: readonly Channel[] | readonly string[]
  checklist?: Record<string, unknown> | null
  /** Checklist keys required (the four plus configured ones). */
  checklistKeys: readonly string[]
  confirmUpToDate?: boolean
  consentSubjects: ConsentSubject[]
  now?: Date
  /** A language version whose source changed since it was made. */
  outdated: boolean
  /** Required text fields that are empty: title, summary, body. */
  textMissing: string[]
}

/** Which consent scope a channel needs. */
export const SCOPE_FOR_CHANNEL: Record<string, ConsentScope> = {
  doet: 'press',
  portal: 'portal',
  province: 'press',
  'vietnam-vn': 'feeds',
}

/**
 * Whether a person may be shown in a use needing `scope`: consent is obtained, covers the scope
 * and has not expired; or the person is not a minor and has not withdrawn. Students on the portal
 * follow it (photos follow the same rule as a query, src/access/media.ts).
 */
export function consentCovers(subject: Omit<ConsentSubject, 'name'>, scope: ConsentScope | string, now: Date = new Date()): boolean {
  if (subject.consentStatus === 'withdrawn') return false
  if (subject.consentStatus !== 'obtained') return !subject.minor
  if (subject.consentExpiresAt && new Date(subject.consentExpiresAt).getTime() <= now.getTime()) return false
  return (subject.consentScope ?? []).includes(scope)
}

/** Problems that block approving or publishing. Empty: the gates pass. */
export function checkGates(facts: GateFacts, options: { checklist: boolean }): GateProblem[] {
  const problems: GateProblem[] = []
  const now = facts.now ?? new Date()
  if (options.checklist) {
    const missing = facts.checklistKeys.filter((key) => facts.checklist?.[key] !== true)
    if (missing.length) problems.push({ code: 'checklist', values: { items: missing } })
  }
  for (const subject of facts.consentSubjects) {
    if (!subject.minor) continue
    if (subject.consentStatus !== 'obtained') {
      problems.push({ code: 'consentMissing', values: { name: subject.name, status: subject.consentStatus ?? 'missing' } })
      continue
    }
    if (subject.consentExpiresAt && new Date(subject.consentExpiresAt).getTime() <= now.getTime()) {
      problems.push({ code: 'consentExpired', values: { name: subject.name } })
      continue
    }
    const scopes = subject.consentScope ?? []
    const uncovered = facts.channels.filter((channel) => {
      const needed = SCOPE_FOR_CHANNEL[channel]
      return needed !== undefined && !scopes.includes(needed)
    })
    if (uncovered.length) problems.push({ code: 'consentScope', values: { channels: uncovered, name: subject.name } })
  }
  if (facts.outdated && !facts.confirmUpToDate) problems.push({ code: 'outdated' })
  for (const field of facts.textMissing) problems.push({ code: 'textMissing', values: { field } })
  for (const name of facts.altMissing) problems.push({ code: 'altMissing', values: { name } })
  return problems
}
