import { message, type MessageRequest } from '../i18n'

type ValidateOptions = {
  data?: Record<string, unknown>
  req: MessageRequest
  siblingData?: Record<string, unknown>
}

/** An absolute http(s) URL, or nothing. */
export function validateUrl(value: unknown, options: ValidateOptions): string | true {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return message(options.req, 'validation.url')
}

/** Two consecutive years, "2025-2026". */
export function validateSchoolYear(value: unknown, options: ValidateOptions): string | true {
  if (value === null || value === undefined || value === '') return true
  const match = /^(\d{4})-(\d{4})$/.exec(String(value))
  if (match && Number(match[2]) === Number(match[1]) + 1) return true
  return message(options.req, 'validation.schoolYear')
}

/** `unpublishAt`, when given with `publishAt`, comes after it. */
export function validateUnpublishAfterPublish(value: unknown, options: ValidateOptions): string | true {
  const publishAt = options.data?.publishAt ?? options.siblingData?.publishAt
  if (!value || !publishAt) return true
  if (new Date(String(value)).getTime() > new Date(String(publishAt)).getTime()) return true
  return message(options.req, 'validation.unpublishBeforePublish')
}

/** A date not before the sibling date field `field` (an end after its start). */
export const validateNotBefore =
  (field: string) =>
  (value: unknown, options: ValidateOptions & { siblingData?: Record<string, unknown> }): string | true => {
    const start = options.siblingData?.[field]
    if (!value || !start) return true
    return new Date(String(value)).getTime() >= new Date(String(start)).getTime() ? true : message(options.req, 'validation.endBeforeStart')
  }
