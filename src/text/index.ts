/**
 * Vietnamese text utilities. Pure: no Payload import, so they are testable alone and reusable in
 * feeds, portal search and reports.
 */

/** Compose text into NFC. Word on Windows and some Mac input methods paste decomposed (NFD) text. */
export function normalizeText(value: string): string {
  return value.normalize('NFC')
}

/**
 * Walk any JSON-like value (a document, a Lexical tree) and NFC-normalize every string in it.
 * Returns a new value; objects that are not plain (Dates, Buffers, files) are kept as they are.
 */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return normalizeText(value) as T
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key] = normalizeDeep(item)
    }
    return out as T
  }
  return value
}

/**
 * Remove tone marks and other diacritics, and turn đ/Đ into d/D. NFD alone does not decompose đ
 * (it is a letter of its own, U+0111), which is why it needs its explicit step.
 */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

/** Fold text for search: no tone marks, no đ, lower case, single spaces. "Lê Chân" → "le chan". */
export function foldForSearch(value: string): string {
  return stripDiacritics(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** True when every word of `query` appears, folded, in `text`. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = ` ${foldForSearch(text)} `
  const words = foldForSearch(query).split(' ').filter(Boolean)
  return words.length > 0 && words.every((word) => haystack.includes(word))
}

export type SlugifyOptions = {
  /** Longest slug kept, cut at a word boundary. @default 80 */
  maxLength?: number
}

/** "Đông Triều – 2026!" → "dong-trieu-2026". Emoji and punctuation are dropped. */
export function slugify(value: string, { maxLength = 80 }: SlugifyOptions = {}): string {
  const slug = stripDiacritics(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}

/**
 * The first of `base`, `base-2`, `base-3`, … for which `isTaken` answers false.
 * `isTaken` is given by the caller, so this stays free of any database.
 */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean> | boolean, maxTries = 1000): Promise<string> {
  for (let n = 1; n <= maxTries; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await isTaken(candidate))) return candidate
  }
  throw new Error(`No free slug for "${base}" after ${maxTries} tries`)
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/** Compare two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b)
}

/**
 * Compare two Vietnamese personal names the way school lists are ordered: by given name (the last
 * word), then by the rest from family name onwards. "Trần Văn An" comes before "Lê Thị Bình".
 */
export function compareVietnameseNames(a: string, b: string): number {
  const split = (name: string) => {
    const words = normalizeText(name).trim().split(/\s+/)
    return { given: words[words.length - 1] ?? '', rest: words.slice(0, -1).join(' ') }
  }
  const left = split(a)
  const right = split(b)
  return collator.compare(left.given, right.given) || collator.compare(left.rest, right.rest)
}

/** A sorted copy of `names`, in school-list order. */
export function sortVietnameseNames(names: readonly string[]): string[] {
  return [...names].sort(compareVietnameseNames)
}
