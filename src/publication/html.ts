import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import { sanitizeContent } from '../feeds/sanitize'

/**
 * Rich text to sanitized HTML with Payload's own Lexical HTML converter. Internal links point at
 * the portal's home (their targets are not loaded here); uploads inside the text are left out
 * unless populated, and the sanitizer removes anything unsafe that the text may hold.
 */
export function richTextToHtml(data: unknown, homeUrl: string): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  try {
    const html = convertLexicalToHTML({
      converters: ({ defaultConverters }) => ({ ...defaultConverters, ...LinkHTMLConverter({ internalDocToHref: () => homeUrl }) }),
      data: data as never,
      disableContainer: true,
    })
    return sanitizeContent(html)
  } catch {
    // Payload does not validate rich text (see PAYLOAD-FACTS.md): a malformed body shows empty
    return ''
  }
}
