import { js2xml } from 'xml-js'

import type { FeedMeta, PublicItem } from '../model'

type Attributes = Record<string, number | string | undefined>
type XmlElement = { _attributes?: Attributes; _text?: string; [child: string]: unknown }

const text = (value: string, attributes?: Attributes): XmlElement => ({ ...(attributes ? { _attributes: attributes } : {}), _text: value })
const link = (attributes: Attributes): XmlElement => ({ _attributes: attributes })

/** One entry: its page first (in its language), the photo, then its published translations. */
function entry(item: PublicItem): XmlElement {
  const image = item.images[0]
  const links = [
    link({ href: item.url, hreflang: item.language, rel: 'alternate', type: 'text/html' }),
    ...(image ? [link({ href: image.original.url, length: image.original.filesize ?? 0, rel: 'enclosure', type: image.original.mimeType ?? 'image/jpeg' })] : []),
    // Translations carry the charset parameter: readers built on the Universal Feed Parser take the
    // last plain `text/html` alternate as the entry's link, so this keeps the entry's own page as
    // its link there, while parsers that take the first alternate get it too.
    ...item.alternates.map((alternate) => link({ href: alternate.url, hreflang: alternate.language, rel: 'alternate', title: alternate.title, type: 'text/html; charset=utf-8' })),
  ]
  const categories = [
    ...(item.category ? [{ _attributes: { label: item.category.name, term: item.category.slug } }] : []),
    ...(item.planArea ? [{ _attributes: { label: item.planArea.name, term: item.planArea.code } }] : []),
  ]
  return {
    title: text(item.title, { type: 'text' }),
    id: text(item.guid),
    link: links,
    updated: text(item.modified.toISOString()),
    summary: text(item.summary, { type: 'text' }),
    content: text(item.contentHtml, { type: 'html' }),
    author: item.authors.map((name) => ({ name: text(name) })),
    ...(categories.length ? { category: categories } : {}),
    published: text(item.published.toISOString()),
  }
}

/**
 * Atom 1.0 (RFC 4287), built as one tree and written once: the feed's language, its self, home
 * and hub links, and per entry its page, photo (with its real media type) and the other published
 * language versions as `link rel="alternate" hreflang`. Titles and summaries are plain text;
 * the body is escaped HTML, so no CDATA section can be cut short by `]]>`.
 */
export function toAtom(meta: FeedMeta, items: readonly PublicItem[]): string {
  const feed: XmlElement = {
    _attributes: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': meta.language },
    id: text(meta.homeUrl),
    title: text(meta.title),
    updated: text(meta.updated.toISOString()),
    generator: text('bilingual-publishing'),
    author: { name: text(meta.publisher), uri: text(meta.homeUrl) },
    link: [link({ rel: 'alternate', href: meta.homeUrl }), link({ rel: 'self', href: meta.feedUrls.atom }), ...(meta.hub ? [link({ rel: 'hub', href: meta.hub })] : [])],
    subtitle: text(meta.description),
    rights: text(`© ${meta.publisher}`),
    entry: items.map(entry),
  }
  return js2xml(
    { _declaration: { _attributes: { version: '1.0', encoding: 'utf-8' } }, feed },
    {
      // xml-js escapes text but only quotes in attributes
      attributeValueFn: (value) =>
        value
          .replace(/&(?!quot;)/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;'),
      compact: true,
      spaces: 4,
    },
  )
}
