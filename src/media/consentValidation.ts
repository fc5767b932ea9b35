import { translate } from '../i18n'

type Options = { req: { i18n?: { language?: string } }; siblingData?: Record<string, unknown> }

/** A photo of students under 18 must say whether consent exists; "not needed" is not an answer. */
export function validateConsentStatus(value: unknown, { req, siblingData }: Options): string | true {
  if (siblingData?.depictsMinors && (value === 'not-needed' || !value)) {
    return translate(req.i18n?.language, 'validation.minorNeedsConsent')
  }
  return true
}

/** Consent that is obtained must say what it covers. */
export function validateConsentScope(value: unknown, { req, siblingData }: Options): string | true {
  if (siblingData?.consentStatus === 'obtained' && (!Array.isArray(value) || value.length === 0)) {
    return translate(req.i18n?.language, 'validation.consentScopeNeeded')
  }
  return true
}
