/**
 * `npm start`: apply pending Payload migrations to the configured database, then serve the
 * production build on PORT (default 3000). Run `npm run build` first.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT || '3000'
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
} as NodeJS.ProcessEnv

if (!process.env.PAYLOAD_SECRET) {
  console.error('start: PAYLOAD_SECRET must be set in production, e.g.  PAYLOAD_SECRET=$(openssl rand -hex 32) npm start')
  process.exit(1)
}

const migrated = spawnSync(bin('payload'), ['migrate', '--forceAcceptWarning'], { cwd: root, env, stdio: 'inherit' })
if (migrated.status !== 0) {
  console.error('start: migrations failed; the server was not started.')
  process.exit(migrated.status ?? 1)
}

const next = spawn(bin('next'), ['start', '--port', port], { cwd: root, env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
