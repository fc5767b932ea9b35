import { message, type MessageRequest } from '../i18n'

type Options = { req: MessageRequest; siblingData?: Record<string, unknown> }

/** A photo of students under 18 must say whether consent exists; "not needed" is not an answer. */
export function validateConsentStatus(value: unknown, { req, siblingData }: Options): string | true {
  if (siblingData?.depictsMinors && (value === 'not-needed' || !value)) {
    return message(req, 'validation.minorNeedsConsent')
  }
  return true
}

/** Consent that is obtained must say what it covers. */
export function validateConsentScope(value: unknown, { req, siblingData }: Options): string | true {
  if (siblingData?.consentStatus === 'obtained' && (!Array.isArray(value) || value.length === 0)) {
    return message(req, 'validation.consentScopeNeeded')
  }
  return true
}
