/**
 * Global setup of the browser tests: start the production build on a fresh SQLite file, the way
 * `npm start` does (migrations first), seed the demo data, and stop it afterwards.
 * Set E2E_BASE_URL to test a server that is already running instead.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

const root = path.resolve(import.meta.dirname, '../..')
const port = process.env.E2E_PORT ?? '3100'
let server: ChildProcess | undefined

export async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`e2e: the server did not answer at ${url} within ${timeoutMs / 1000} s`)
}

/** The environment a server or script started by a test gets: the shell's, in production mode. */
export function serverEnvOf(publicUrl: string): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$|npm_|DEV$|PROD$|MODE$|BASE_URL$|SSR$|DATABASE_URI$)/.test(key)))
  return { ...inherited, NODE_ENV: 'production', PUBLIC_URL: publicUrl } as NodeJS.ProcessEnv
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    project.provide('baseURL', process.env.E2E_BASE_URL)
    return
  }
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`e2e: port ${port} is already in use; stop that server or set E2E_PORT.`)
  }
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('e2e: no production build found. Run `npm run build` first, then `npm run test:e2e`.')
  }
  const dir = path.join(root, 'data', 'e2e')
  fs.rmSync(dir, { force: true, recursive: true })
  fs.mkdirSync(dir, { recursive: true })
  // the server and the seed run as they would from a shell, not as children of vitest and npm:
  // with npm_lifecycle_event=test:e2e inherited, the seed's Payload never finished starting
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$|npm_|DEV$|PROD$|MODE$|BASE_URL$|SSR$)/.test(key)))
  const env = {
    ...inherited,
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    // the delivery test's receiver listens on loopback
    DELIVERY_ALLOW_PRIVATE_HOSTS: 'true',
    DEMO_PASSWORD: 'lechan-demo',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  } as NodeJS.ProcessEnv
  const stop = () => {
    if (!server?.pid) return
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const baseURL = `http://127.0.0.1:${port}`
  // what `npm run seed` runs: in production Payload applies the committed migrations as it
  // connects, then the demo data is seeded. Then serve the build.
  const seeded = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/seed.ts')], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
  if (seeded.status !== 0) throw new Error(`e2e: seeding the demo data failed (exit ${seeded.status})`)
  // the production server `npm start` runs (Next.js behind the cached-feed fast path)
  server = spawn(process.execPath, [path.join(root, 'server.mjs')], {
    cwd: root,
    detached: true,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  try {
    await waitFor(`${baseURL}/api/users/me`, 120_000)
  } catch (error) {
    stop()
    throw error
  }
  project.provide('baseURL', baseURL)
  // for tests that start a second server process or run a script on the same database
  project.provide('serverEnv', env as Record<string, string>)
  return stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    serverEnv?: Record<string, string>
  }
}
