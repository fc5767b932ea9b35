import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload, type Payload } from 'payload'

import { getSite, type Site } from '../../../../school/portal/data'
import { markPublicResponse } from '../../../../school/portal/responseMark'
import { publicSettings } from '../../../../src/publication/settings'

/**
 * Payload and the site for a `[lang]` route; an unknown language is a 404. The layout asks with
 * `fallback`, so the 404 page itself renders in the default language's frame.
 */
export async function portalContext(lang: string, { fallback = false } = {}): Promise<{ payload: Payload; site: Site }> {
  const payload = await getPayload({ config })
  const site = (await getSite(payload, lang)) ?? (fallback ? await getSite(payload, publicSettings(payload).defaultLanguage) : null)
  if (!site) notFound()
  // the same for every visitor; a preview marks its response private on top of this
  markPublicResponse()
  return { payload, site }
}
