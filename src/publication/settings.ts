import type { Payload } from 'payload'

import { pluginSettings } from '../workflow/notify'

export type PublicSiteSettings = { publicUrl: string; schoolName: string; description: string; logoId: null | number | string }

/**
 * What public output needs from the config and the site settings: the languages, the public
 * address (the plugin's `publicUrl` option, from PUBLIC_URL), and the school's name per language.
 */
export function publicSettings(payload: Payload) {
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  const { publicUrl } = pluginSettings(payload)
  return {
    defaultLanguage: payload.config.localization ? payload.config.localization.defaultLocale : pluginSettings(payload).sourceLanguage,
    languages: locales,
    async load(language: string): Promise<PublicSiteSettings> {
      const site = (await payload.findGlobal({ slug: 'site-settings' as never, depth: 0, locale: language as never, overrideAccess: true })) as Record<string, unknown>
      return {
        description: String(site.description ?? ''),
        logoId: (site.logo as null | number | string | undefined) ?? null,
        publicUrl,
        // until the school's name is in the site settings: its address, which says whose site it is
        schoolName: String(site.schoolName || new URL(publicUrl).host),
      }
    },
  }
}
