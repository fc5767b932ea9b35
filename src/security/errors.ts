import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Keep the message (and data) of every 4xx error a person must read. In the production build
 * Payload's formatErrors cannot recognise errors thrown from the bundled app code (its
 * `instanceof APIError` sees another copy of the class, and the minified class has no name), so
 * it answered "An unknown error occurred." to every refusal the plugin gives.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const e = error as { data?: unknown; isPublic?: boolean; message?: unknown; status?: unknown }
  if (typeof e?.status !== 'number' || e.status >= 500 || typeof e.message !== 'string' || !e.message) return
  const shown = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message
  if (shown && shown !== UNKNOWN) return
  const data = e.data && typeof e.data === 'object' ? { data: e.data as Record<string, unknown> } : {}
  return { response: { errors: [{ ...data, message: e.message }] }, status: e.status }
}
