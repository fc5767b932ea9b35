import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET: required in production; in development one is generated once and kept in
 * data/.payload-secret, so `npm run dev` works with no .env and sessions survive restarts.
 */
export function resolveSecret(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // `next build` loads the config to collect pages; no request is served with this value
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-served'
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production (a long random string, e.g. `openssl rand -hex 32`).')
  }
  const file = path.resolve(cwd, 'data/.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const secret = randomBytes(32).toString('hex')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}
