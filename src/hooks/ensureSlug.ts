import type { CollectionBeforeValidateHook, Where } from 'payload'

import { slugify, uniqueSlug } from '../text'

/**
 * Fill an empty slug from the title, and make it unique among items of the same collection and
 * language by adding -2, -3, …. A slug once set is kept when the title changes, so links stay.
 */
export function ensureSlug(collection: string): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req }) => {
    if (!data) return data
    const title: unknown = data.title ?? originalDoc?.title
    const language: unknown = data.language ?? originalDoc?.language
    const wanted = (data.slug as string | undefined) || (originalDoc?.slug as string | undefined) || (typeof title === 'string' ? slugify(title) : '')
    if (!wanted) return data
    const id = originalDoc?.id as number | string | undefined
    data.slug = await uniqueSlug(wanted, async (candidate) => {
      const and: Where[] = [{ slug: { equals: candidate } }]
      if (typeof language === 'string') and.push({ language: { equals: language } })
      if (id !== undefined) and.push({ id: { not_equals: id } })
      const { totalDocs } = await req.payload.count({
        collection: collection as 'articles',
        overrideAccess: true,
        req,
        where: { and },
      })
      return totalDocs > 0
    })
    return data
  }
}
