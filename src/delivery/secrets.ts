/**
 * Signing secrets of destinations: Standard Webhooks keys (`whsec_` + base64 of 24 random bytes),
 * stored encrypted (AES-256-GCM) with a key derived from PAYLOAD_SECRET, so a copy of the database
 * alone does not let anyone sign deliveries. Only node:crypto.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

import { LRUCache } from 'lru-cache'

const PREFIX = 'enc:v1:'

// one PAYLOAD_SECRET per process (a test may boot a few): the derivation is done once for each
const keys = new LRUCache<string, Buffer>({ max: 8 })

function keyFrom(payloadSecret: string): Buffer {
  let key = keys.get(payloadSecret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', payloadSecret, 'bilingual-publishing', 'destination-signing-secrets', 32))
    keys.set(payloadSecret, key)
  }
  return key
}

/** A new signing secret in the Standard Webhooks format. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`
}

/** Whether a secret has the Standard Webhooks shape: `whsec_` then base64 of 24 to 64 bytes. */
export function isSigningSecret(value: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value)
  if (!match) return false
  const bytes = Buffer.from(match[1]!, 'base64').length
  return bytes >= 24 && bytes <= 64
}

export function encryptSecret(secret: string, payloadSecret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(payloadSecret), iv)
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`
}

export function isEncrypted(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX)
}

/** The secret back, or null when it was encrypted with another PAYLOAD_SECRET (or tampered with). */
export function decryptSecret(stored: string, payloadSecret: string): null | string {
  if (!isEncrypted(stored)) return null
  try {
    const raw = Buffer.from(stored.slice(PREFIX.length), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(payloadSecret), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
