/**
 * `npm run soak`: a bounded soak test on loopback. Two production server processes (server.mjs on
 * the build) share one fresh SQLite database seeded with the demo data; for SOAK_SECONDS (default
 * 180) editors create, edit and submit articles, leaders approve, publish and unpublish them,
 * readers fetch pages and feeds from both servers, and the servers' job runners send the e-mails.
 * Then it waits for the queue to drain and checks the invariants on the database.
 *
 * It prints the errors (must be 0), p95 latencies per kind of request, the servers' memory growth
 * after warm-up, and each invariant; it exits 1 when there was an error or an invariant broke.
 * Needs `npm run build` first (runs it when no build is found).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload, type Payload } from 'payload'

import { createDatabaseAdapter } from '../school/database'
import { createSchoolConfig } from '../school/config'
import { paragraphs } from '../school/seed/lexical'
import { contentHash } from '../src/workflow/contentHash'
import { mediaRefsOf } from '../src/workflow/facts'
import { MAIL_QUEUE } from '../src/workflow/mail'

const root = path.resolve(import.meta.dirname, '..')
const SECONDS = Number(process.env.SOAK_SECONDS ?? 180)
const WARMUP_SECONDS = Math.min(20, SECONDS / 4)
const PORTS = [Number(process.env.SOAK_PORT ?? 3400), Number(process.env.SOAK_PORT ?? 3400) + 1]
const PASSWORD = 'lechan-demo'
const CHECKLIST = { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true }

type Sample = { kind: string; ms: number }
const samples: Sample[] = []
/** Requests answered as expected, per kind. */
const succeeded = new Map<string, number>()
/** E-mails the servers sent (without SMTP_URL they write one log line each). */
let mailsSent = 0
const errors: string[] = []
let stopping = false

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? 0
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** One request, timed; anything but the expected status is an error. */
async function call(kind: string, url: string, init: RequestInit = {}, expected = [200, 201, 304]): Promise<Response | undefined> {
  const started = performance.now()
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
    const body = await res.arrayBuffer()
    samples.push({ kind, ms: performance.now() - started })
    if (!expected.includes(res.status)) {
      errors.push(`${kind} ${init.method ?? 'GET'} ${url}: ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`)
      return undefined
    }
    succeeded.set(kind, (succeeded.get(kind) ?? 0) + 1)
    return new Response(body.byteLength ? body : null, { headers: res.headers, status: res.status })
  } catch (error) {
    errors.push(`${kind} ${url}: ${(error as Error).message}`)
    return undefined
  }
}

async function json<T>(kind: string, url: string, token: string, method = 'GET', body?: unknown): Promise<T | undefined> {
  const res = await call(kind, url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'accept-language': 'vi', authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    method,
  })
  return res ? ((await res.json()) as T) : undefined
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email, password: PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`soak: login ${email} failed: ${res.status}`)
  return body.token
}

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, 'server.mjs')], {
    cwd: root,
    detached: true,
    env: { ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let rest = ''
  server.stdout!.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n')
    rest = lines.pop() ?? ''
    mailsSent += lines.filter((line) => line.includes('[email] to=')).length
  })
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/users/me`).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return server
    await sleep(500)
  }
  throw new Error(`soak: the server on port ${port} did not start`)
}

/** An editor: create a draft, edit it, submit it; again until the end. */
async function editor(base: string, token: string, who: string, made: Set<number>) {
  for (let n = 1; !stopping; n += 1) {
    const created = await json<{ doc: { id: number } }>('editor: create', `${base}/api/articles?draft=true`, token, 'POST', {
      body: paragraphs(`Bài thử tải ${who} số ${n}: học sinh THPT Lê Chân ở Đông Triều.`),
      planArea: 'province-image',
      summary: `Tóm tắt ${who} ${n}`,
      title: `Bài thử tải ${who} ${n}`,
    })
    if (!created) continue
    made.add(created.doc.id)
    await json('editor: save', `${base}/api/articles/${created.doc.id}?draft=true`, token, 'PATCH', { summary: `Tóm tắt ${who} ${n}, đã sửa` })
    await json('workflow: submit', `${base}/api/articles/${created.doc.id}/workflow`, token, 'POST', { action: 'submit' })
    await sleep(200)
  }
}

/** A leader: approve and publish what is waiting (their half of the ids), unpublish one in five. */
async function leader(base: string, token: string, half: number, made: Set<number>) {
  let round = 0
  while (!stopping) {
    const waiting = await json<{ docs: Array<{ id: number }> }>('leader: queue', `${base}/api/articles?draft=true&depth=0&limit=20&where[workflowState][equals]=in_review`, token)
    for (const doc of waiting?.docs ?? []) {
      if (stopping) break
      if (doc.id % 2 !== half || !made.has(doc.id)) continue
      const approved = await json('workflow: approve', `${base}/api/articles/${doc.id}/workflow`, token, 'POST', { action: 'approve', checklist: CHECKLIST })
      if (!approved) continue
      await json('workflow: publish', `${base}/api/articles/${doc.id}/workflow`, token, 'POST', { action: 'publish' })
      round += 1
      if (round % 5 === 0) await json('workflow: unpublish', `${base}/api/articles/${doc.id}/workflow`, token, 'POST', { action: 'unpublish', comment: 'Gỡ thử' })
    }
    await sleep(300)
  }
}

/** A reader: pages and feeds, in Vietnamese and English, and the articles the feed lists. */
async function reader(bases: string[]) {
  const paths = ['/vi', '/en', '/api/feeds/vi/rss.xml', '/api/feeds/vi/feed.json', '/api/feeds/en/atom.xml', '/vi/search?q=dong+trieu']
  for (let n = 0; !stopping; n += 1) {
    const base = bases[n % bases.length]!
    const target = paths[n % paths.length]!
    const kind = target.startsWith('/api/feeds') ? 'reader: feed' : 'reader: page'
    const res = await call(kind, `${base}${target}`)
    if (res && target.endsWith('feed.json')) {
      const items = ((await res.json()) as { items: Array<{ url: string }> }).items
      const item = items[n % Math.max(items.length, 1)]
      // the item may have been unpublished since the feed was built: 404 is a right answer then
      if (item) await call('reader: article', item.url, {}, [200, 404])
    }
  }
}

type Check = { name: string; ok: boolean; detail?: string }

/** The invariants, on the database once the load has stopped and the queue has drained. */
async function invariants(payload: Payload, bases: string[]): Promise<Check[]> {
  const checks: Check[] = []
  const live = await payload.find({ collection: 'articles', depth: 0, draft: false, limit: 0, overrideAccess: true, pagination: false, where: { _status: { equals: 'published' } } })
  const notApproved = live.docs.filter((doc) => doc.workflowState !== 'published' || doc.approvedHash !== contentHash(doc as never, mediaRefsOf(doc as never)))
  checks.push({ detail: notApproved.map((d) => d.id).join(', '), name: `every live article (${live.docs.length}) is published with exactly the approved content`, ok: notApproved.length === 0 })

  const drafts = await payload.find({ collection: 'articles', depth: 0, draft: true, limit: 0, overrideAccess: true, pagination: false })
  const events = await payload.find({ collection: 'workflow-events', depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'at', where: { documentCollection: { equals: 'articles' } } })
  const lastEvent = new Map<string, { to?: null | string }>()
  for (const event of events.docs as Array<{ action: string; documentId: string; to?: null | string }>) if (event.action !== 'consent_changed') lastEvent.set(event.documentId, event)
  const unaudited = drafts.docs.filter((doc) => doc.workflowState !== 'draft' && lastEvent.get(String(doc.id))?.to !== doc.workflowState)
  checks.push({ detail: unaudited.map((d) => `${d.id}:${d.workflowState}`).join(', '), name: "every article's state is the one its last audit entry records", ok: unaudited.length === 0 })

  const entries = await payload.find({
    collection: 'published-entries' as 'articles',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { docCollection: { equals: 'articles' } },
  } as never)
  const indexed = new Set((entries.docs as unknown as Array<{ docId: string }>).map((e) => String(e.docId)))
  const liveIds = new Set(live.docs.map((d) => String(d.id)))
  const mismatch = [...liveIds].filter((id) => !indexed.has(id)).concat([...indexed].filter((id) => !liveIds.has(id)))
  checks.push({ detail: mismatch.join(', '), name: 'the publication index lists exactly the live articles', ok: mismatch.length === 0 })

  // Payload deletes a job once it completed: what is left was not sent, or failed for good
  const jobs = await payload.find({ collection: 'payload-jobs', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { queue: { equals: MAIL_QUEUE } } })
  const unsent = jobs.docs.filter((job) => !job.completedAt || job.hasError)
  checks.push({ detail: unsent.map((j) => j.id).join(', '), name: 'no e-mail job is left unsent or failed', ok: unsent.length === 0 })
  // submit: the two leaders; approve, publish, unpublish: the author
  const count = (kind: string) => succeeded.get(kind) ?? 0
  const expected = 2 * count('workflow: submit') + count('workflow: approve') + count('workflow: publish') + count('workflow: unpublish')
  checks.push({ detail: `${mailsSent} sent, ${expected} expected`, name: 'every e-mail the actions asked for was sent exactly once', ok: mailsSent === expected })

  const feeds = await Promise.all(bases.map(async (base) => ((await (await fetch(`${base}/api/feeds/vi/feed.json`)).json()) as { items: Array<{ id: string }> }).items.map((i) => i.id).join()))
  checks.push({ name: 'both servers serve the same feed', ok: feeds.every((f) => f === feeds[0]) })
  return checks
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-soak-'))
  const dbFile = path.join(dir, 'soak.db')
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_ENV$)/.test(k)))
  const env = { ...inherited, DATABASE_URI: `file:${dbFile}`, DEMO_PASSWORD: PASSWORD, NODE_ENV: 'production', PAYLOAD_SECRET: 'soak-secret' } as NodeJS.ProcessEnv
  const seeded = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/seed.ts')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (seeded.status !== 0) throw new Error('soak: seeding failed')
  const servers: ChildProcess[] = []
  try {
    for (const port of PORTS) servers.push(await startServer(env, port))
    const bases = PORTS.map((port) => `http://127.0.0.1:${port}`)
    const made = new Set<number>()
    const [e1, e2, l1, l2] = await Promise.all(['editor@lechan.test', 'editor2@lechan.test', 'leader@lechan.test', 'leader2@lechan.test'].map((email, i) => login(bases[i % 2]!, email)))
    console.info(`soak: ${SECONDS} s on ${bases.join(' and ')}, one database (${dbFile})`)
    const load = [editor(bases[0]!, e1!, 'A', made), editor(bases[1]!, e2!, 'B', made), leader(bases[1]!, l1!, 0, made), leader(bases[0]!, l2!, 1, made), ...[0, 1, 2, 3].map(() => reader(bases))]
    await sleep(WARMUP_SECONDS * 1000)
    const memoryAtWarmup = servers.map((s) => rssKiB(s.pid!))
    // the servers' memory every 30 s: growth that flattens is warm-up, growth that keeps its pace is a leak
    const memory: number[][] = [memoryAtWarmup]
    for (let left = SECONDS - WARMUP_SECONDS; left > 0; left -= 30) {
      await sleep(Math.min(30, left) * 1000)
      memory.push(servers.map((s) => rssKiB(s.pid!)))
    }
    const memoryAtEnd = memory.at(-1)!
    stopping = true
    await Promise.all(load)
    // the runners send every 5 s; give the last e-mails time to go
    await sleep(12_000)

    const config = await buildConfig(createSchoolConfig({ db: createDatabaseAdapter({ file: dbFile, kind: 'sqlite' }, path.join(root, 'migrations'), { push: false }), secret: 'soak-secret' }))
    const payload = await getPayload({ config, cron: false, key: 'soak' } as never)
    const checks = await invariants(payload, bases)
    await payload.destroy()

    const kinds = [...new Set(samples.map((s) => s.kind))].sort()
    console.info(`\nsoak: ${samples.length} requests in ${SECONDS} s, ${made.size} articles created, ${errors.length} errors`)
    for (const kind of kinds) {
      const times = samples.filter((s) => s.kind === kind).map((s) => s.ms)
      console.info(`  ${kind.padEnd(22)} ${String(times.length).padStart(6)} requests   p95 ${p95(times).toFixed(0).padStart(5)} ms`)
    }
    servers.forEach((_, i) =>
      console.info(
        `  server ${i + 1} memory (RSS): ${(memoryAtWarmup[i]! / 1024).toFixed(0)} MiB after warm-up, ${(memoryAtEnd[i]! / 1024).toFixed(0)} MiB at the end (+${(((memoryAtEnd[i]! - memoryAtWarmup[i]!) / memoryAtWarmup[i]!) * 100).toFixed(0)} %); every 30 s: ${memory.map((m) => (m[i]! / 1024).toFixed(0)).join(', ')} MiB`,
      ),
    )
    for (const error of errors.slice(0, 20)) console.info(`  error: ${error}`)
    for (const check of checks) console.info(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.detail && !check.ok ? `: ${check.detail}` : check.detail ? ` (${check.detail})` : ''}`)
    const failed = errors.length > 0 || checks.some((c) => !c.ok)
    console.info(failed ? 'soak: FAILED' : 'soak: passed')
    return failed ? 1 : 0
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM')
    fs.rmSync(dir, { force: true, recursive: true })
  }
}

try {
  process.exit(await main())
} catch (error) {
  console.error(error)
  process.exit(1)
}
