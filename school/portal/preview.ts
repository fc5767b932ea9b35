import type { CollectionSlug, Payload } from 'payload'

import { hasRole } from '../../src/access'
import { ROLES } from '../../src/constants'
import { PUBLIC_READ } from '../../src/publication/constants'
import { type EntryKind, entryFor, idOf, type LiveDoc, type SourceCollection } from '../../src/publication/entry'
import { loadItems } from '../../src/publication/items'
import { itemPath } from '../../src/publication/urls'
import type { ItemPage, Site } from './data'

const SOURCE_OF: Record<EntryKind, SourceCollection> = { achievement: 'achievements', news: 'articles' }

/**
 * A draft at its future URL, for signed-in staff only (never cached). The latest revision is
 * read with the user's own access, so a user sees exactly the drafts the admin would show them.
 */
export async function getPreviewPage(payload: Payload, site: Site, kind: EntryKind, slug: string, headers: Headers): Promise<ItemPage | null> {
  const { user } = await payload.auth({ headers })
  if (!user || !hasRole(user as never, ...ROLES)) return null
  const sourceCollection = SOURCE_OF[kind]
  const read = async (collection: string, extra: Record<string, unknown>[]) => {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      context: { [PUBLIC_READ]: true },
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      user,
      where: { and: [{ slug: { equals: slug } }, { language: { equals: site.language } }, ...extra] } as never,
    })
    return (docs[0] as unknown as LiveDoc | undefined) ?? null
  }
  let doc = await read(sourceCollection, [])
  let collection: string = sourceCollection
  let source = doc
  if (!doc) {
    doc = await read('language-versions', [{ 'source.relationTo': { equals: sourceCollection } }])
    collection = 'language-versions'
    const sourceId = idOf(doc?.source?.value)
    if (!doc || sourceId === null) return null
    const found = await payload.find({
      collection: sourceCollection as CollectionSlug,
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      user,
      where: { id: { equals: sourceId } },
    })
    source = (found.docs[0] as unknown as LiveDoc | undefined) ?? null
  }
  if (!doc || !source) return null
  const entry = { ...entryFor(doc, collection as never, source, sourceCollection), id: 'preview' }
  const [loaded] = await loadItems(payload, [entry], { channel: 'portal', language: site.language, publicUrl: site.publicUrl, publisher: site.schoolName }, [
    { collection, doc: doc as never },
    { collection: sourceCollection, doc: source as never },
  ])
  if (!loaded) return null
  return { alternates: { [site.language]: itemPath(site.language, kind, slug) }, doc: loaded.doc, item: loaded.item, source: loaded.source }
}
