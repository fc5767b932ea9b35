import type { CollectionBeforeChangeHook } from 'payload'

/** Record who created an item and who last edited it. Internal writes keep what they pass. */
export const setAuthorship: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const userId = req.user?.id
  if (userId === undefined || req.user?.collection === undefined) return data
  if (operation === 'create' && !data.author) data.author = userId
  data.lastEditedBy = userId
  return data
}
