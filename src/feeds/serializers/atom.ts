import { js2xml, xml2js } from 'xml-js'

import type { FeedMeta, PublicItem } from '../model'
import { createFeed, cdataSafe, feedItem } from './feedBase'

type XmlElement = { _attributes?: Record<string, unknown>; [key: string]: unknown }

/**
 * Atom 1.0 from the `feed` package, extended with what it cannot say: each entry's other
 * published language versions as `link rel="alternate" hreflang`, the language on the feed, and
 * the image's real media type on its enclosure link.
 * The package has no per-entry extensions for Atom, so its output is parsed and amended.
 */
export function toAtom(meta: FeedMeta, items: readonly PublicItem[]): string {
  const feed = createFeed(meta, 'atom')
  for (const item of items) feed.addItem(cdataSafe(feedItem(item)))
  const doc = xml2js(feed.atom1(), { compact: true }) as { feed: XmlElement & { entry?: XmlElement | XmlElement[] } }
  doc.feed._attributes = { ...doc.feed._attributes, 'xml:lang': meta.language }
  const entries = doc.feed.entry === undefined ? [] : Array.isArray(doc.feed.entry) ? doc.feed.entry : [doc.feed.entry]
  entries.forEach((entry, i) => {
    const item = items[i]!
    const links = (Array.isArray(entry.link) ? entry.link : [entry.link]) as XmlElement[]
    links[0]!._attributes = { ...links[0]!._attributes, hreflang: item.language, rel: 'alternate', type: 'text/html' }
    // the package guesses an enclosure's type from the file extension ("image/jpg"): use the real one
    const image = item.images[0]
    for (const link of links) {
      if (link._attributes?.rel === 'enclosure' && image?.original.mimeType) link._attributes.type = image.original.mimeType
    }
    // Translations carry the charset parameter: readers built on the Universal Feed Parser take the
    // last plain `text/html` alternate as the entry's link, so this keeps the entry's own page as its
    // link there, while parsers that take the first alternate get it too.
    for (const alternate of item.alternates) {
      links.push({
        _attributes: { href: alternate.url, hreflang: alternate.language, rel: 'alternate', title: alternate.title, type: 'text/html; charset=utf-8' },
      })
    }
    entry.link = links
  })
  // xml-js decodes attributes when it parses and escapes only quotes when it writes
  return js2xml(doc, {
    attributeValueFn: (value) => value.replace(/&(?!quot;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    compact: true,
    spaces: 4,
  })
}
