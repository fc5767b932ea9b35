/**
 * `npm start`: apply pending Payload migrations (migrations/) to the configured database, then
 * serve the production build on PORT (default 3000). Run `npm run build` first.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT || '3000'
Object.assign(process.env, { NODE_ENV: 'production' })

if (!process.env.PAYLOAD_SECRET) {
  console.error('start: PAYLOAD_SECRET must be set in production, e.g.  PAYLOAD_SECRET=$(openssl rand -hex 32) npm start')
  process.exit(1)
}

async function migrate() {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { applyMigrations } = await import('./migrate')
  const payload = await getPayload({ config, cron: false } as never)
  try {
    await applyMigrations(payload)
  } finally {
    await payload.destroy()
  }
}

migrate().then(
  () => {
    const next = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--port', port], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() } as NodeJS.ProcessEnv,
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
