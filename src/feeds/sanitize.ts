import sanitizeHtml from 'sanitize-html'

/**
 * Rich text HTML for feeds: the tags an article body uses, links and images on http(s) only,
 * no scripts, styles, event handlers or frames.
 */
const CONTENT_OPTIONS: sanitizeHtml.IOptions = {
  allowedAttributes: {
    a: ['href', 'title', 'hreflang'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'figure', 'figcaption'],
  disallowedTagsMode: 'discard',
}

export function sanitizeContent(html: string): string {
  return sanitizeHtml(html, CONTENT_OPTIONS)
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&gt;': '>', '&lt;': '<', '&quot;': '"', '&#39;': "'", '&#x27;': "'" }

/**
 * Plain text for titles, summaries, captions and credits: markup removed (with the text of
 * scripts and styles), entities decoded, repeated until stable so `&lt;script&gt;` cannot turn
 * back into a tag. Every output escapes the result for its own syntax.
 */
export function plainText(value: null | string | undefined): string {
  let text = value ?? ''
  for (let i = 0; i < 5; i += 1) {
    const next = sanitizeHtml(text, { allowedAttributes: {}, allowedTags: [] }).replace(/&(amp|gt|lt|quot|#39|#x27);/g, (m) => ENTITIES[m]!)
    if (next === text) break
    text = next
  }
  return text.replace(/\s+/g, ' ').trim()
}
