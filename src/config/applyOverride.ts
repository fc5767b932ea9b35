import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from '../types'

/**
 * Merge a host's override into a plugin collection. Hooks are appended after ours (ours run
 * first), access and admin are merged key by key, `fields` goes through the override's function.
 */
export function applyOverride(base: CollectionConfig, override: CollectionOverride | undefined): CollectionConfig {
  if (!override) return base
  // the slugs are the contract (feeds, URLs, the pull API, other programs name them): fixed
  if ('slug' in override && (override as { slug?: unknown }).slug !== base.slug) {
    throw new Error(
      `bilingualPublishing: the override of "${base.slug}" sets slug "${String((override as { slug?: unknown }).slug)}". The plugin's collection slugs are fixed (URLs, feeds and the pull API name them): remove "slug" from the override, and change its labels through "labels" or i18n.translations instead.`,
    )
  }
  const { access, admin, fields, hooks, ...rest } = override
  // the review workflow keeps what was approved as a version and publishes drafts (invariant 2)
  const versions = (rest as { versions?: CollectionConfig['versions'] }).versions
  if (base.versions && 'versions' in rest && (!versions || (typeof versions === 'object' && !versions.drafts))) {
    throw new Error(
      `bilingualPublishing: the override of "${base.slug}" switches off its versions or drafts. The review workflow needs both (what a leader approved is kept as a version, and edits wait as drafts): remove "versions" from the override, or set only options such as maxPerDoc.`,
    )
  }
  const mergedHooks: CollectionConfig['hooks'] = { ...base.hooks }
  for (const [name, list] of Object.entries(hooks ?? {})) {
    const key = name as keyof NonNullable<CollectionConfig['hooks']>
    mergedHooks[key] = [...((base.hooks?.[key] as unknown[]) ?? []), ...((list as unknown[]) ?? [])] as never
  }
  return {
    ...base,
    ...rest,
    access: { ...base.access, ...access },
    admin: { ...base.admin, ...admin },
    fields: fields ? fields({ defaultFields: base.fields }) : base.fields,
    hooks: mergedHooks,
    slug: base.slug,
  }
}
