/* `/`: to the portal in the visitor's language (Accept-Language) when the school publishes in it, else the default. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { publicSettings } from '../../publication/settings'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const { defaultLanguage, languages } = publicSettings(await getPayload({ config }))
  const wanted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase().split('-')[0]!)
    .find((code) => languages.includes(code))
  return new Response(null, { headers: { location: `/${wanted ?? defaultLanguage}`, vary: 'accept-language' }, status: 307 })
}
