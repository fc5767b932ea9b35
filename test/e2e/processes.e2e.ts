/**
 * More than one process on one database: a second server process, and a script writing beside
 * the servers (what a seed or a job runner is). A change made by any process shows on the writer
 * at once and on every other process within the stated bound (2 s: publication/sharedGeneration),
 * in the feeds and portal pages each process keeps in memory.
 */
import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, apiLogin } from './http'
import { serverEnvOf, waitFor } from './server'

const root = path.resolve(import.meta.dirname, '../..')
const baseURL = inject('baseURL')
const env = inject('serverEnv') as NodeJS.ProcessEnv | undefined
const PORT_B = String(Number(new URL(baseURL).port) + 2)
const baseB = `http://127.0.0.1:${PORT_B}`
/** The promised bound, with room for a busy machine to answer the request that checks it. */
const BOUND_MS = 2000
const CHECK_UNTIL_MS = BOUND_MS + 1500

/**
 * Run a script to its end without blocking this process: a blocked event loop keeps fetch's idle
 * keep-alive sockets after the server has closed them, and the next request fails with "other side closed".
 */
function runScript(args: string[], options: SpawnOptions): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), args, options)
    child.on('error', reject)
    child.on('exit', (code) => resolve(code))
  })
}

/** The Vietnamese feed (JSON Feed, through the cache) of a server. */
async function feed(url: string): Promise<string> {
  const res = await fetch(`${url}/api/feeds/vi/feed.json`)
  expect(res.status).toBe(200)
  return res.text()
}

/** How long until the server's feed shows `text` (ms), or Infinity when it did not in time. */
async function timeUntilShown(url: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < CHECK_UNTIL_MS) {
    if ((await feed(url)).includes(text)) return Date.now() - since
    await new Promise((r) => setTimeout(r, 100))
  }
  return Number.POSITIVE_INFINITY
}

// needs the database of the server the global setup started (not there with E2E_BASE_URL)
describe.skipIf(!env)('two server processes and a script on one database', () => {
  let serverB: ChildProcess | undefined
  let token = ''
  let category: { id: number; name: string } | undefined

  beforeAll(async () => {
    serverB = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      detached: true,
      env: { ...env, PORT: PORT_B, PUBLIC_URL: baseB } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitFor(`${baseB}/api/users/me`, 120_000)
    token = await apiLogin(baseURL, 'admin@lechan.test')
    // a category that a published item of the Vietnamese feed shows
    const items = JSON.parse(await feed(baseURL)).items as { tags?: string[] }[]
    const shown = new Set(items.flatMap((item) => item.tags ?? []))
    const { body } = await api(baseURL, 'GET', '/categories?limit=100&locale=vi', token)
    category = (body.docs as { id: number; name: string }[]).find((c) => shown.has(c.name))
    expect(category, 'the demo feed shows a category').toBeTruthy()
  })

  afterAll(async () => {
    if (category) await api(baseURL, 'PATCH', `/categories/${category.id}?locale=vi`, token, { name: category.name })
    if (serverB?.pid) process.kill(-serverB.pid, 'SIGTERM')
  })

  it('a change through one server shows on that server at once and on the other within 2 s', async () => {
    // both servers have the feed in memory
    expect(await feed(baseURL)).toContain(category!.name)
    expect(await feed(baseB)).toContain(category!.name)
    expect(await feed(baseB)).toContain(category!.name)

    const renamed = `${category!.name} (server A ${Date.now()})`
    const res = await api(baseURL, 'PATCH', `/categories/${category!.id}?locale=vi`, token, { name: renamed })
    expect(res.status).toBe(200)
    const since = Date.now()
    expect(await feed(baseURL), 'the writing process serves the change at once').toContain(renamed)
    const delay = await timeUntilShown(baseB, renamed, since)
    console.info(`processes: the other server served the change after ${delay} ms`)
    expect(delay).toBeLessThanOrEqual(CHECK_UNTIL_MS)
  })

  it('a script writing beside the servers (a seed, a job runner) is seen by both within 2 s', async () => {
    expect(await feed(baseURL)).not.toContain('(script ')
    const renamed = `${category!.name} (script ${Date.now()})`
    const status = await runScript([path.join(import.meta.dirname, 'fixtures/rename-category.ts'), String(category!.id), renamed], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    expect(status).toBe(0)
    const since = Date.now()
    const delays = [await timeUntilShown(baseURL, renamed, since), await timeUntilShown(baseB, renamed, since)]
    console.info(`processes: after the script ended, the servers served its change after ${delays.join(' and ')} ms`)
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(CHECK_UNTIL_MS)
  })
})

describe('a fresh clone: npm start with only PAYLOAD_SECRET (and DEMO_PASSWORD for a demo), and a seed beside it', () => {
  let server: ChildProcess | undefined
  const port = String(Number(new URL(baseURL).port) + 3)
  const base = `http://127.0.0.1:${port}`
  const dir = path.join(root, 'data', 'e2e-fresh', String(Date.now()))
  afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 1000))
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('makes the data folder, applies the migrations, seeds the demo and serves it', async () => {
    server = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      detached: true,
      // nothing else: the folder of the database does not exist yet
      env: { ...serverEnvOf(base), DATABASE_URI: `file:${path.join(dir, 'nested', 'cms.db')}`, DEMO_PASSWORD: 'fresh-demo-password', PAYLOAD_SECRET: 'fresh-clone-secret', PORT: port },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitFor(`${base}/api/users/me`, 180_000)
    const token = await apiLogin(base, 'admin@lechan.test', 'fresh-demo-password')
    expect(token).toBeTruthy()
    const items = JSON.parse(await feed(base)).items as unknown[]
    expect(items.length).toBeGreaterThan(0)
    expect((await fetch(`${base}/vi`)).status).toBe(200)
  })

  it('a seed run beside the running server (`npm run seed`) shows on it within 2 s', async () => {
    const env = { ...serverEnvOf(base), DATABASE_URI: `file:${path.join(dir, 'nested', 'cms.db')}`, DEMO_PASSWORD: 'fresh-demo-password', PAYLOAD_SECRET: 'fresh-clone-secret' }
    // a change on the server the seed will undo
    const token = await apiLogin(base, 'admin@lechan.test', 'fresh-demo-password')
    const items = JSON.parse(await feed(base)).items as { tags?: string[] }[]
    const shown = items.flatMap((item) => item.tags ?? [])[0]!
    const { body } = await api(base, 'GET', `/categories?limit=1&locale=vi&where[name][equals]=${encodeURIComponent(shown)}`, token)
    const renamed = `${shown} (trước khi seed lại)`
    expect((await api(base, 'PATCH', `/categories/${body.docs[0].id}?locale=vi`, token, { name: renamed })).status).toBe(200)
    expect(await feed(base)).toContain(renamed)

    expect(await runScript([path.join(root, 'scripts/seed.ts')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })).toBe(0)
    const since = Date.now()
    let delay = Number.POSITIVE_INFINITY
    while (Date.now() - since < CHECK_UNTIL_MS) {
      const now = await feed(base)
      if (!now.includes(renamed) && now.includes(shown)) {
        delay = Date.now() - since
        break
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    console.info(`processes: the server served the reseeded data after ${delay} ms`)
    expect(delay).toBeLessThanOrEqual(CHECK_UNTIL_MS)
  })
})
