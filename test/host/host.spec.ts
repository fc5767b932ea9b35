/**
 * The plugin as another school installs it: `npm pack` here, then a fresh Payload app in a
 * temporary folder (outside this repository, so nothing can resolve back to it) installs the
 * tarball from npm's registry and cache, builds its admin and runs in production. Its users
 * collection is "staff", its languages English (source) and French, and it is written in plain
 * JavaScript. Run with `npm run test:host` (about five minutes; `.ci/run` runs it).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../e2e/browser'
import { api } from '../e2e/http'
import { serverEnvOf, waitFor } from '../e2e/server'

const root = path.resolve(import.meta.dirname, '../..')
const ours = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
  name: string
  peerDependencies: Record<string, string>
}
const port = Number(process.env.HOST_PORT ?? 3300)
const baseURL = `http://localhost:${port}`
const password = 'host-app-demo'
const secret = 'host-app-secret-0123456789abcdef'
let app = ''
let tarball = ''
let packed: string[] = []
let server: ChildProcess | undefined
let serverLog = ''

/** The shell's environment without vitest's NODE_ENV=test (npm and Next choose their own). */
function shellEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _omitted, ...env } = process.env
  return env as NodeJS.ProcessEnv
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now()
  try {
    const out = execFileSync(command, args, { cwd: app, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
    console.info(`host: ${command} ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return out
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string }
    throw new Error(`host: ${command} ${args.join(' ')} failed:\n${e.stdout?.slice(-4000) ?? ''}\n${e.stderr?.slice(-4000) ?? ''}`, { cause: error })
  }
}

/** A bearer token from the host's own auth collection, "staff". */
async function login(email: string): Promise<string> {
  const res = await api<{ token?: string }>(baseURL, 'POST', '/staff/login', undefined, { email, password })
  if (!res.body.token) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

const paragraph = (text: string) => ({
  root: {
    children: [
      { children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, textFormat: 0, type: 'paragraph', version: 1 },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

beforeAll(async () => {
  // 1. the package, as `npm publish` would make it (prepack compiles it into dist/)
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', os.tmpdir()], { cwd: root, encoding: 'utf8', env: shellEnv(), maxBuffer: 64 * 1024 * 1024 })
  const info = JSON.parse(out.slice(out.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = path.join(os.tmpdir(), info[0]!.filename)
  packed = info[0]!.files.map((f) => f.path)

  // 2. a fresh app beside nothing of ours: its files, then `npm install` of the tarball
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'bilingual-host-'))
  fs.cpSync(path.join(import.meta.dirname, 'app'), app, { recursive: true })
  const version = (name: string) => ours.devDependencies[name] ?? ours.peerDependencies[name]!
  const dependencies = Object.fromEntries(
    ['@payloadcms/db-sqlite', '@payloadcms/next', '@payloadcms/richtext-lexical', '@payloadcms/translations', '@payloadcms/ui', 'graphql', 'next', 'payload', 'react', 'react-dom', 'sharp'].map(
      (name) => [name, version(name)],
    ),
  )
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ dependencies: { ...dependencies, [ours.name]: `file:${tarball}` }, name: 'another-school', private: true, type: 'module' }, null, 2),
  )
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], shellEnv())

  // 3. its admin: the import map from the plugin's components, the schema, accounts, a production build
  // PAYLOAD_CONFIG_PATH: Payload's CLI otherwise needs a tsconfig.json to find the config (3.90)
  const env = { ...serverEnvOf(baseURL), HOST_PASSWORD: password, HOST_PUBLIC_URL: baseURL, PAYLOAD_CONFIG_PATH: 'payload.config.js', PAYLOAD_SECRET: secret }
  run('npx', ['payload', 'generate:importmap'], { ...env, NODE_ENV: 'development' })
  run('npx', ['payload', 'run', 'setup.js'], { ...env, NODE_ENV: 'development' })
  run('npx', ['next', 'build'], { ...env, NODE_ENV: 'production' })

  // 4. start it as production
  server = spawn('npx', ['next', 'start', '-p', String(port)], { cwd: app, detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stdout?.on('data', (d) => (serverLog += String(d)))
  server.stderr?.on('data', (d) => (serverLog += String(d)))
  await waitFor(`${baseURL}/admin/login`, 120_000)
}, 1_200_000)

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  if (process.env.HOST_KEEP !== 'true' && app) fs.rmSync(app, { force: true, recursive: true })
  if (tarball) fs.rmSync(tarball, { force: true })
  if (serverLog.includes('Error')) console.info(`host: the server's log:\n${serverLog.slice(-6000)}`)
})

describe('the package', () => {
  it('holds the compiled plugin, its types and package.json, and nothing of the school app, tests or seed', () => {
    expect(packed).toContain('dist/src/index.js')
    expect(packed).toContain('dist/src/index.d.ts')
    expect(packed).toContain('dist/src/exports/client.js')
    expect(packed).toContain('dist/src/exports/rsc.js')
    for (const file of packed) expect(file).toMatch(/^(dist\/(src|collections|globals)\/|package\.json$|README\.md$|LICENSE$|docs\/installing\.md$)/)
    expect(packed).toContain('docs/installing.md')
    expect(packed.some((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toBe(false)
  })

  it('is installed as a copy, and nothing in the host app points back at this repository', () => {
    const installed = path.join(app, 'node_modules', ours.name)
    expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false)
    const grep = spawnSync('grep', ['-rl', '--include=*.js', '--include=*.json', '--include=*.jsx', root, path.join(app, 'app'), installed, path.join(app, '.next', 'server')], { encoding: 'utf8' })
    // grep's status 1: no file names this repository's path
    expect(grep.stdout.trim()).toBe('')
    expect(grep.status).toBe(1)
  })

  it('the import map names the admin components by package specifier', () => {
    const importMap = fs.readFileSync(path.join(app, 'app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain(`from '${ours.name}/client'`)
    expect(importMap).toContain(`from '${ours.name}/rsc'`)
  })
})

describe('the plugin in the host app', () => {
  let articleId = 0
  const title = `Science fair ${Date.now()}`

  it('the workflow: an editor writes in English, submits; the leader approves and publishes; the editor cannot approve it', async () => {
    const editor = await login('editor@host.test')
    const leader = await login('leader@host.test')
    // the plugin's roles and fields went onto the host's own "staff" collection
    const me = await api<{ user: { roles: string[] } }>(baseURL, 'GET', '/staff/me', editor)
    expect(me.body.user.roles).toEqual(['editor'])

    const created = await api<{ doc: { id: number; language: string; workflowState: string } }>(baseURL, 'POST', '/articles', editor, {
      body: paragraph('Students showed their projects to the town.'),
      planArea: 'ocop',
      summary: 'The yearly science fair.',
      title,
    })
    expect(created.status).toBe(201)
    // the host's source language, not the plugin's default
    expect(created.body.doc).toMatchObject({ language: 'en', workflowState: 'draft' })
    articleId = created.body.doc.id

    const act = (token: string, body: Record<string, unknown>) => api<{ errors?: Array<{ message: string }>; state?: string }>(baseURL, 'POST', `/articles/${articleId}/workflow`, token, body)
    expect((await act(editor, { action: 'submit' })).status).toBe(200)
    const checklist = { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true }
    const own = await act(editor, { action: 'approve', checklist })
    expect(own.status).toBe(403)
    expect((await act(leader, { action: 'approve', checklist })).status).toBe(200)
    expect((await act(leader, { action: 'publish' })).status).toBe(200)

    const anonymous = await api<{ docs: Array<{ title: string }> }>(baseURL, 'GET', `/articles?where[id][equals]=${articleId}`)
    expect(anonymous.body.docs.map((d) => d.title)).toEqual([title])
  })

  it("the feeds: RSS and ninjs in English carry the article under the school's name; French is a valid, empty feed", async () => {
    await expect.poll(async () => (await fetch(`${baseURL}/api/feeds/en/rss.xml`)).text(), { interval: 500, timeout: 30_000 }).toContain(title)
    const rss = await fetch(`${baseURL}/api/feeds/en/rss.xml`)
    expect(rss.headers.get('content-type')).toContain('application/rss+xml')
    expect(await rss.text()).toContain('<title>Hon Gai High School')
    const ninjs = (await (await fetch(`${baseURL}/api/feeds/en/ninjs.json`)).json()) as { items?: Array<{ headlines?: Array<{ value: string }> }> }
    expect(JSON.stringify(ninjs)).toContain(title)
    const fr = await fetch(`${baseURL}/api/feeds/fr/atom.xml`)
    expect(fr.status).toBe(200)
    expect(await fr.text()).not.toContain(title)
    // a language the host does not publish in is a 404 with a message, not a 500
    const xx = await fetch(`${baseURL}/api/feeds/vi/rss.xml`)
    expect(xx.status).toBe(404)
  })

  it("the admin: the dashboard (server component) and the workflow panel (client component) come from the package, in English and in French with the host's own word", async () => {
    const browser = await launch()
    try {
      const page = await browser.newPage({ locale: 'en-GB' })
      await page.goto(`${baseURL}/admin/login`)
      await page.locator('input[name="email"]').fill('leader@host.test')
      await page.locator('input[name="password"]').fill(password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      await page.locator('[data-testid="work-dashboard"]').waitFor({ timeout: 60_000 })
      await page.goto(`${baseURL}/admin/collections/articles/${articleId}`)
      const panel = page.locator('[data-testid="workflow-panel"]')
      await panel.waitFor({ timeout: 60_000 })
      expect(await panel.innerText()).toMatch(/Published/i)
      expect(serverLog).not.toMatch(/PayloadComponent not found in importMap/)

      // a French browser: the plugin's French catalogue, and the host's override of one string
      const french = await browser.newPage({ locale: 'fr-FR' })
      await french.goto(`${baseURL}/admin/login`)
      await french.locator('input[name="email"]').fill('leader@host.test')
      await french.locator('input[name="password"]').fill(password)
      await french.locator('button[type="submit"]').click()
      await french.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      const dashboard = french.locator('[data-testid="work-dashboard"]')
      await dashboard.waitFor({ timeout: 60_000 })
      expect(await dashboard.innerText()).toContain('Mon travail au lycée')
      await french.goto(`${baseURL}/admin/collections/articles/${articleId}`)
      const frenchPanel = french.locator('[data-testid="workflow-panel"]')
      await frenchPanel.waitFor({ timeout: 60_000 })
      expect(await frenchPanel.innerText()).toContain('Publié')
    } finally {
      await browser.close()
    }
  })
})
