/* `/`: to the portal in the visitor's language (Accept-Language) when the school publishes in it, else the default. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { publicSettings } from '../../src/publication/settings'
import { negotiateLanguage } from '../../src/i18n/negotiate.mjs'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const { defaultLanguage, languages } = publicSettings(await getPayload({ config }))
  const wanted = negotiateLanguage(request.headers.get('accept-language'), languages, defaultLanguage)
  return new Response(null, { headers: { location: `/${wanted}`, vary: 'accept-language' }, status: 307 })
}
