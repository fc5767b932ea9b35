import { type NextRequest, NextResponse } from 'next/server'

import { portalCsp } from './security/headers.mjs'

/**
 * The portal's Content-Security-Policy with a fresh script nonce per rendered page. Next.js
 * reads the nonce from the request's CSP header and puts it on its own scripts; any other
 * inline script (an injected one) does not run. Pages the production server keeps are kept with
 * their header, so the nonce in the page and the header always match.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const csp = portalCsp(nonce)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  // portal pages only: not the API, the admin, Next's own files, nor any file name with a dot
  // (sitemaps, favicon, public files), which would otherwise each pay for the proxy
  matcher: ['/((?!api|admin|_next|.*\\..*).*)'],
}
