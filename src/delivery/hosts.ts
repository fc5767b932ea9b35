/**
 * Where deliveries may go: public addresses only, unless DELIVERY_ALLOW_PRIVATE_HOSTS=true. The
 * host is resolved and every address it resolves to is checked (a name pointing at 127.0.0.1 is
 * as private as 127.0.0.1), at save time and again before every send (the answer can change).
 */
import { lookup } from 'node:dns/promises'

import ipaddr from 'ipaddr.js'

export type HostCheck = { ok: true } | { ok: false; reason: 'private' | 'scheme' | 'unresolved'; address?: string }

/** Whether one IP address is on the public internet (IPv4-mapped IPv6 is judged as IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'unicast'
}

export function allowPrivateHosts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DELIVERY_ALLOW_PRIVATE_HOSTS === 'true'
}

/** Check a destination URL: http(s) only, and only public addresses unless private ones are allowed. */
export async function checkDestinationUrl(url: string, allowPrivate = allowPrivateHosts()): Promise<HostCheck> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, reason: 'scheme' }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, reason: 'scheme' }
  if (allowPrivate) return { ok: true }
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)
  } catch {
    return { ok: false, reason: 'unresolved' }
  }
  const blocked = addresses.find((address) => !isPublicAddress(address))
  return blocked === undefined && addresses.length ? { ok: true } : { ok: false, address: blocked, reason: addresses.length ? 'private' : 'unresolved' }
}
