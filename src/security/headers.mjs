/**
 * The security headers of every response, in one place: next.config.mjs sends them for what
 * Next.js answers, server.mjs for what it answers itself, and proxy.ts adds the portal's
 * per-request script nonce. Plain JavaScript so that both config files can load it.
 */

const production = () => process.env.NODE_ENV === 'production'

/** Sent with every response. */
export function baseHeaders() {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ...(production() ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']] : []),
  ]
}

/**
 * The admin: what Payload's React admin needs and no more. Its scripts and styles are inline
 * (no nonce support in Payload's admin), so 'unsafe-inline'; no other origin for anything; it may
 * frame only itself (live preview), and only itself may frame it. Development adds 'unsafe-eval'
 * for Next's hot reload.
 */
export function adminCsp() {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production() ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/**
 * The public portal: scripts only with this response's nonce (Next.js puts it on its own
 * scripts), no inline script otherwise; React's inline styles need 'unsafe-inline' for styles
 * (style attributes cannot carry a nonce). Nobody may frame the portal.
 */
export function portalCsp(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production() ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The API answers data and files: nothing in them may run or be framed. */
export const API_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"

/** Headers for next.config.mjs `headers()`. The portal's CSP comes from proxy.ts (it needs a nonce). */
export function nextConfigHeaders() {
  const base = baseHeaders().map(([key, value]) => ({ key, value }))
  return [
    { headers: [...base, { key: 'X-Frame-Options', value: 'DENY' }], source: '/:path*' },
    {
      headers: [
        { key: 'Content-Security-Policy', value: adminCsp() },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
      source: '/admin/:path*',
    },
    {
      headers: [
        { key: 'Content-Security-Policy', value: adminCsp() },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
      source: '/admin',
    },
    { headers: [{ key: 'Content-Security-Policy', value: API_CSP }], source: '/api/:path*' },
  ]
}
