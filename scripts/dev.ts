/**
 * `npm run dev`: create the embedded database and seed it when empty, print the demo logins, then
 * start Next in development mode on PORT (default 3000).
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT || '3000'
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

const seeded = spawnSync(bin('tsx'), [path.join(root, 'scripts/seed.ts'), '--if-empty'], { cwd: root, stdio: 'inherit' })
if (seeded.status !== 0) process.exit(seeded.status ?? 1)

console.info(`\nAdmin: http://localhost:${port}/admin\n`)
const next = spawn(bin('next'), ['dev', '--port', port], {
  cwd: root,
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() } as NodeJS.ProcessEnv,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
