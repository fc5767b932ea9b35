/**
 * `npm start`: apply pending Payload migrations (migrations/) to the configured database, then
 * serve the production build on PORT (default 3000) with server.mjs. Run `npm run build` first.
 */

// the app's config before 'payload' itself (see scripts/seed.ts)
import config from '../payload.config'
import { spawn } from 'node:child_process'
import path from 'node:path'

import { getPayload } from 'payload'

import { applyMigrations } from './migrate'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT || '3000'

async function migrate() {
  const payload = await getPayload({ config, cron: false } as never)
  try {
    await applyMigrations(payload)
  } finally {
    await payload.destroy()
  }
}

if (!process.env.PAYLOAD_SECRET) {
  console.error('start: PAYLOAD_SECRET must be set in production, e.g.  PAYLOAD_SECRET=$(openssl rand -hex 32) npm start')
  process.exit(1)
}

migrate().then(
  () => {
    // server.mjs: Next.js with the cached-feed fast path in front
    const next = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(), PORT: port } as NodeJS.ProcessEnv,
      stdio: 'inherit',
    })
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
    next.on('exit', (code) => process.exit(code ?? 0))
  },
  (error: unknown) => {
    console.error('start: migrations failed; the server was not started.', error)
    process.exit(1)
  },
)
