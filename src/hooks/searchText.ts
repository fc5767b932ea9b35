import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { foldForSearch } from '../text'
import { richTextToPlainText } from '../text/richText'

/**
 * Keep `searchText` as the folded title, summary and body (or description), so searches ignore
 * tone marks and đ and find words that are only in the body.
 */
export const setSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const title = (data.title ?? originalDoc?.title ?? '') as string
  const summary = (data.summary ?? originalDoc?.summary ?? '') as string
  const body = richTextToPlainText(data.body ?? originalDoc?.body ?? data.description ?? originalDoc?.description)
  data.searchText = foldForSearch(`${title} ${summary} ${body}`)
  return data
}

const SEARCH_OPERATORS = ['like', 'contains', 'equals']

/** Fold every `searchText` condition in a where clause, in place. */
export function foldSearchConditions(where: unknown): void {
  if (!where || typeof where !== 'object') return
  if (Array.isArray(where)) return where.forEach(foldSearchConditions)
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'searchText' && value && typeof value === 'object') {
      const condition = value as Record<string, unknown>
      for (const op of SEARCH_OPERATORS) if (typeof condition[op] === 'string') condition[op] = foldForSearch(condition[op] as string)
    } else if (key === 'and' || key === 'or') {
      foldSearchConditions(value)
    }
  }
}

/**
 * Reads fold what is searched for, as `searchText` is folded: the admin's list search for
 * "Đông Triều", "dong trieu" or "Dong Triều" finds the same items.
 */
export const foldSearchQuery: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'read' || operation === 'count') foldSearchConditions((args as { where?: unknown }).where)
  return args
}
