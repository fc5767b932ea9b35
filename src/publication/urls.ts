import type { EntryKind } from './entry'

/** Path segment of each kind on the portal (DESIGN.md, "Public outputs"). */
export const KIND_PATH: Record<EntryKind, string> = { achievement: 'achievements', news: 'news' }

export const itemPath = (language: string, kind: EntryKind, slug: string) => `/${language}/${KIND_PATH[kind]}/${encodeURIComponent(slug)}`

export const categoryPath = (language: string, slug: string) => `/${language}/categories/${encodeURIComponent(slug)}`

/** An absolute URL under the public address; `&` is percent-encoded so XML attributes stay valid. */
export function absoluteUrl(publicUrl: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path.replaceAll('&', '%26')
  return `${publicUrl}${path.startsWith('/') ? '' : '/'}${path}`.replaceAll('&', '%26')
}
