import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from '../types'

/**
 * Merge a host's override into a plugin collection. Hooks are appended after ours (ours run
 * first), access and admin are merged key by key, `fields` goes through the override's function.
 */
export function applyOverride(base: CollectionConfig, override: CollectionOverride | undefined): CollectionConfig {
  if (!override) return base
  const { access, admin, fields, hooks, ...rest } = override
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
