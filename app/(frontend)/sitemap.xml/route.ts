import config from '@payload-config'
import { getPayload } from 'payload'

import { buildSitemap } from '../../../school/portal/sitemaps'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const body = await buildSitemap(await getPayload({ config }))
  return new Response(body, { headers: { 'cache-control': 'public, no-cache', 'content-type': 'application/xml; charset=utf-8' } })
}
