/**
 * Who is asking, for rate limits. The production server (server.mjs) writes the peer address
 * into CLIENT_HEADER on every request, overwriting whatever the client sent, so it cannot be
 * forged through server.mjs. Without it (next dev, tests) every request counts as one client.
 */
export const CLIENT_HEADER = 'x-bilingual-client'

export function clientKey(headers: Headers): string {
  return headers.get(CLIENT_HEADER)?.trim() || 'local'
}
