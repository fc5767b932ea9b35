import type { CollectionConfig } from 'payload'

import { itemPath } from './urls'

type Preview = NonNullable<NonNullable<CollectionConfig['admin']>['preview']>

/**
 * The admin's Preview button: the item's future portal URL with `?preview=1`, which shows the
 * latest draft under a banner to signed-in staff only.
 */
export function previewUrl(publicUrl: string, collection: string): Preview {
  return (doc) => {
    const d = doc as { language?: string; slug?: string; source?: { relationTo?: string } }
    const sourceCollection = collection === 'language-versions' ? d.source?.relationTo : collection
    if (!d.slug || !d.language || !sourceCollection) return null
    return `${publicUrl}${itemPath(d.language, sourceCollection === 'achievements' ? 'achievement' : 'news', d.slug)}?preview=1`
  }
}
