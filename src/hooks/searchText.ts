import type { CollectionBeforeChangeHook } from 'payload'

import { foldForSearch } from '../text'

/** Keep `searchText` as the folded title and summary, so searches ignore tone marks and đ. */
export const setSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const title = (data.title ?? originalDoc?.title ?? '') as string
  const summary = (data.summary ?? originalDoc?.summary ?? '') as string
  data.searchText = foldForSearch(`${title} ${summary}`)
  return data
}
