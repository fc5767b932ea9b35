/**
 * What a portal page tells the production server's page cache (school/server/responseMark.mjs):
 * `public` when it renders the same page for everyone, `private` (which wins) when what it shows
 * depends on who asks, as a draft preview does. Without the production server there is no mark.
 */
type Mark = { private: boolean; public: boolean }
type Storage = { getStore(): Mark | undefined }

const KEY = Symbol.for('bilingualPublishing.responseMark')

const mark = (): Mark | undefined => (globalThis as unknown as Record<symbol, Storage | undefined>)[KEY]?.getStore()

export function markPublicResponse(): void {
  const m = mark()
  if (m) m.public = true
}

export function markPrivateResponse(): void {
  const m = mark()
  if (m) m.private = true
}
