import type { FeedMeta } from './model'
import { absoluteUrl } from '../publication/urls'

/** The feed metadata one item's ninjs needs outside a feed (a delivery, a package). Pure. */
export function singleItemMeta(site: { description: string; publicUrl: string; schoolName: string }, language: string, updated: Date): FeedMeta {
  const feed = (file: string) => absoluteUrl(site.publicUrl, `/api/feeds/${language}/${file}`)
  return {
    description: site.description,
    feedUrls: { atom: feed('atom.xml'), json: feed('feed.json'), ninjs: feed('ninjs.json'), rss: feed('rss.xml') },
    homeUrl: absoluteUrl(site.publicUrl, `/${language}`),
    language,
    publicUrl: site.publicUrl,
    publisher: site.schoolName,
    title: site.schoolName,
    updated,
  }
}
