'use client'
import { useTranslation } from '@payloadcms/ui'

import { NAMESPACE } from '../i18n/namespace'

type Vars = Record<string, unknown>

/**
 * Our strings through Payload's own `t` (`bilingual:<key>`), so a host's `i18n.translations`
 * override reaches the admin components as it reaches the labels. `has` tells whether a key exists
 * (Payload's `t` answers a missing key with the key itself).
 */
export function useBilingualT() {
  const { i18n, t: payloadT } = useTranslation()
  const strings = (i18n.translations as unknown as Record<string, Record<string, string> | undefined>)[NAMESPACE] ?? {}
  const t = (key: string, vars?: Vars) => payloadT(`${NAMESPACE}:${key}` as never, vars as never) as string
  const has = (key: string) => typeof strings[key] === 'string'
  return { has, i18n, t }
}
