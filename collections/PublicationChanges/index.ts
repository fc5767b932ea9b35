import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access'
import { DELIVERY_EVENTS } from '../../src/delivery/constants'
import { PUBLICATION_CHANGES_SLUG } from '../../src/pull/changes'

/**
 * The change log the pull API reads: one row each time an item goes live, changes, or comes off
 * (hidden; written by the publication sync in the same transaction; nobody writes it through an API).
 */
export function getPublicationChangesCollection(): CollectionConfig {
  return {
    slug: PUBLICATION_CHANGES_SLUG,
    access: { create: nobody, delete: nobody, read: nobody, update: nobody },
    admin: { hidden: true },
    fields: [
      { name: 'event', type: 'select', options: [...DELIVERY_EVENTS], required: true },
      { name: 'key', type: 'text', index: true, required: true },
      { name: 'language', type: 'text', index: true, required: true },
      // `|portal|province|`: every channel the item was or is in; `withdrawnFrom` those it left
      { name: 'channels', type: 'text', index: true },
      { name: 'withdrawnFrom', type: 'text' },
      { name: 'contentHash', type: 'text' },
    ],
  }
}
