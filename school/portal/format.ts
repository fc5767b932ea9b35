import { translatePortal } from '../../src/i18n'

/** Portal strings: the catalogue closest to the page's language (vi, else en). */
export const t = (language: string, key: string, values?: Record<string, unknown>) => translatePortal(language, `portal.${key}`, values)

export function formatDate(language: string, date: Date | string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(date))
}

/** A language's name in that language: "Tiếng Việt", "English", "中文". */
export function languageName(code: string, inLanguage: string = code): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1)
}

/** Portal links stay on the site being browsed: strip the configured public address. */
export function sitePath(url: string, publicUrl: string): string {
  return url.startsWith(publicUrl) ? url.slice(publicUrl.length) || '/' : url
}
