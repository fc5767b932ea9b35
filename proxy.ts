import { type NextRequest, NextResponse } from 'next/server'

import { portalCsp } from './src/security/headers.mjs'
import { integrationKeyMessage, integrationKeyMisused } from './src/security/integrationKeys.mjs'

/**
 * The portal's Content-Security-Policy with a fresh script nonce per rendered page. Next.js
 * reads the nonce from the request's CSP header and puts it on its own scripts; any other
 * inline script (an injected one) does not run. Pages the production server keeps are kept with
 * their header, so the nonce in the page and the header always match.
 */
export function proxy(request: NextRequest) {
  // an integration's API key opens the pull API only: not the portal's previews, not the admin
  if (integrationKeyMisused(request.nextUrl.pathname, request.headers.get('authorization'))) {
    return NextResponse.json({ errors: [{ message: integrationKeyMessage(request.headers.get('accept-language')) }] }, { status: 403 })
  }
  if (request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const csp = portalCsp(nonce)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  // portal pages (not the API, Next's own files, nor any file name with a dot: sitemaps, favicon,
  // public files, which would otherwise each pay for the proxy), and the admin for the key check
  // alone (server.mjs makes that check for everything in production; this covers `npm run dev`)
  matcher: ['/((?!api|admin|_next|.*\\..*).*)', '/admin/:path*'],
}
