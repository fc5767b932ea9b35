import type { CollectionBeforeValidateHook, GlobalBeforeValidateHook } from 'payload'

import { normalizeDeep } from '../text'

/** Every string written (titles, Lexical text nodes, alt text) is stored in NFC. */
export const normalizeTextHook: CollectionBeforeValidateHook = ({ data }) => (data ? normalizeDeep(data) : data)

export const normalizeGlobalTextHook: GlobalBeforeValidateHook = ({ data }) => (data ? normalizeDeep(data) : data)
