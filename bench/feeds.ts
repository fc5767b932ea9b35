/**
 * Public output speed, in one run:
 * - uncached feed build (query, item model, serializer) at 1k, 10k and 100k published items,
 *   in-process; goal: the 100k figure at most 1.5 × the 1k figure;
 * - against the running production server (`npm start`'s server.mjs), with autocannon: the cached feed
 *   against the same bytes served as a static file by that server (goal ≥ 0.8×), the cached feed
 *   against Payload's REST `find` of the same 50 documents (goal ≥ 10×), and a portal article page,
 *   cached and rendered, against the static file (reported).
 * Needs `npm run build` first (it runs it when no build is found).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import { buildConfig, getPayload, type Payload } from 'payload'

import { migrations } from '../migrations'
import { runMigrations } from '../scripts/migrate'
import { createDatabaseAdapter } from '../school/database'
import { createSchoolConfig } from '../school/config'
import { paragraphs } from '../school/seed/lexical'
import { buildFeed } from '../src/feeds/build'
import { clearPublicCache } from '../src/publication/cache'
import { makeJpeg } from '../test/helpers/fixtures'
import type { BenchResult } from './measure'
import { createTemplate, growTo } from './seedPublished'

const root = path.resolve(import.meta.dirname, '..')
const PORT = Number(process.env.BENCH_PORT ?? 3300)
const PUBLIC_URL = `http://127.0.0.1:${PORT}`
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function uncachedBuildMs(payload: Payload, rounds = 25): Promise<number> {
  const request = { category: null, channel: null, file: 'rss.xml', language: 'vi', uiLanguage: 'en' }
  for (let i = 0; i < 5; i += 1) {
    clearPublicCache()
    await buildFeed(payload, request, new Date())
  }
  const times: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    clearPublicCache() // uncached: the item model is built again each time
    const start = performance.now()
    await buildFeed(payload, request, new Date())
    times.push(performance.now() - start)
  }
  return median(times)
}

async function rps(url: string, headers: Record<string, string> = {}): Promise<{ bytes: number; rps: number }> {
  const result = await autocannon({ connections: 10, duration: DURATION, headers, url })
  if (result.non2xx || result.errors) throw new Error(`bench: ${url} answered ${result.non2xx} non-2xx and ${result.errors} errors`)
  return { bytes: result.throughput.average / Math.max(result.requests.average, 1), rps: result.requests.average }
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // the server `npm start` runs: Next.js behind the cached-feed fast path (server.mjs)
  const server = spawn(process.execPath, [path.join(root, 'server.mjs')], { cwd: root, detached: true, env: { ...env, PORT: String(PORT) }, stdio: ['ignore', 'ignore', 'inherit'] })
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    if (
      await fetch(`${PUBLIC_URL}/vi`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return server
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('bench: the server did not start')
}

export async function benchFeeds(): Promise<BenchResult[]> {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-bench-feeds-'))
  const dbFile = path.join(dir, 'bench.db')
  const config = await buildConfig(
    createSchoolConfig({
      // the committed migrations, as production has them (and a schema push in one process happens
      // only once: Payload skips it when the schema equals the last one it pushed)
      db: createDatabaseAdapter({ file: dbFile, kind: 'sqlite' }, path.join(root, 'migrations'), { push: false }),
      plugin: { media: { staticDir: path.join(root, 'media') }, publicUrl: PUBLIC_URL },
      secret: 'bench',
    }),
  )
  const payload = await getPayload({ config, cron: false, key: 'bench-feeds' } as never)
  await runMigrations(payload, migrations)
  const results: BenchResult[] = []
  let server: ChildProcess | undefined
  const staticFile = path.join(root, 'public', 'bench', 'feed-vi-rss.xml')
  try {
    await payload.updateGlobal({ slug: 'site-settings', data: { schoolName: 'Trường THPT Lê Chân' } as never, locale: 'vi' })
    const jpeg = await makeJpeg({ height: 900, width: 1600 }) // big enough for every rendition
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Học sinh trên sân khấu', caption: 'Chung kết tranh biện', consentStatus: 'not-needed', credit: 'Tổ Truyền thông' } as never,
      file: { data: jpeg, mimetype: 'image/jpeg', name: `bench-${Date.now()}.jpg`, size: jpeg.length },
      locale: 'vi',
    })
    const template = await createTemplate(payload, {
      body: paragraphs(...Array.from({ length: 6 }, (_, i) => `Đoạn ${i + 1}: học sinh trường THPT Lê Chân giới thiệu vịnh Hạ Long, di sản thiên nhiên thế giới, với bạn bè quốc tế.`)),
      byline: 'Trần Thị Bình',
      channels: ['portal', 'vietnam-vn'],
      featuredImage: photo.id,
      planArea: 'province-image',
      summary: 'Buổi giao lưu văn hóa tại Hạ Long của học sinh khối 11.',
      title: 'Giao lưu văn hóa với học sinh Nhật Bản',
    })

    // 1. the server benchmarks, on the first size
    let count = await growTo(payload, template, 0, SIZES[0]!)
    const bytes = (await buildFeed(payload, { category: null, channel: null, file: 'rss.xml', language: 'vi', uiLanguage: 'en' }, new Date())).body
    fs.mkdirSync(path.dirname(staticFile), { recursive: true })
    fs.writeFileSync(staticFile, bytes) // Next lists public files when it starts: write before
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_ENV$)/.test(k)))
    server = await startServer({ ...env, DATABASE_URI: `file:${dbFile}`, NODE_ENV: 'production', PAYLOAD_SECRET: 'bench-secret', PUBLIC_URL })
    const feedUrl = `${PUBLIC_URL}/api/feeds/vi/rss.xml`
    const served = await fetch(feedUrl).then((r) => r.text())
    if (served !== bytes) throw new Error('bench: the server’s feed differs from the static copy; the comparison would not be fair')
    const restUrl = `${PUBLIC_URL}/api/articles?limit=50&depth=1&sort=-publishedAt&where[_status][equals]=published`
    const rest = await fetch(restUrl).then((r) => r.json())
    if (rest.docs?.length !== 50) throw new Error('bench: REST find did not return 50 documents')
    const firstItem = bytes.match(/<link>([^<]+\/vi\/news\/[^<]+)<\/link>/)?.[1]
    const pageUrl = firstItem!.replace(/^https?:\/\/[^/]+/, PUBLIC_URL)
    // warm every path first (JIT, the feed cache, Next's route modules), then measure
    for (const url of [`${PUBLIC_URL}/bench/feed-vi-rss.xml`, feedUrl, restUrl, pageUrl]) await autocannon({ connections: 10, duration: 2, url })
    const staticRun = await rps(`${PUBLIC_URL}/bench/feed-vi-rss.xml`)
    const feedRun = await rps(feedUrl)
    const restRun = await rps(restUrl)
    const pageRun = await rps(pageUrl)
    // a signed-in user's cookie bypasses the page cache: what rendering the page costs
    const renderRun = await rps(pageUrl, { cookie: 'payload-token=bench' })
    const toMs = (r: { rps: number }) => 1000 / r.rps
    results.push(
      {
        baselineMs: toMs(staticRun),
        candidateMs: toMs(feedRun),
        name: `cached feed, ${(bytes.length / 1024).toFixed(0)} KB, 50 items (requests/s: static file ${staticRun.rps.toFixed(0)} / feed ${feedRun.rps.toFixed(0)}; goal ≥ 0.8)`,
        ratio: feedRun.rps / staticRun.rps,
      },
      {
        baselineMs: toMs(restRun),
        candidateMs: toMs(feedRun),
        name: `cached feed vs REST find of the same 50 documents (requests/s: feed ${feedRun.rps.toFixed(0)} / REST ${restRun.rps.toFixed(0)}; goal ≥ 10)`,
        ratio: feedRun.rps / restRun.rps,
      },
      {
        baselineMs: toMs(staticRun),
        candidateMs: toMs(pageRun),
        name: `portal article page, cached, vs static file (requests/s: page ${pageRun.rps.toFixed(0)} / static ${staticRun.rps.toFixed(0)})`,
        ratio: pageRun.rps / staticRun.rps,
      },
      {
        baselineMs: toMs(staticRun),
        candidateMs: toMs(renderRun),
        name: `portal article page, rendered (cache bypassed), vs static file (requests/s: page ${renderRun.rps.toFixed(0)} / static ${staticRun.rps.toFixed(0)})`,
        ratio: renderRun.rps / staticRun.rps,
      },
    )
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // gone
    }
    server = undefined
    await new Promise((resolve) => setTimeout(resolve, 3000)) // let the server exit before timing in-process

    // 2. uncached builds as the archive grows
    const build: Record<number, number> = {}
    for (const size of SIZES) {
      count = await growTo(payload, template, count, size)
      build[size] = await uncachedBuildMs(payload)
      console.log(`  uncached feed build at ${size} published items: median ${build[size]!.toFixed(1)} ms`)
    }
    const first = SIZES[0]!
    const last = SIZES[SIZES.length - 1]!
    results.push({
      baselineMs: build[first]!,
      candidateMs: build[last]!,
      name: `uncached feed build, ${last} / ${first} published items (goal ≤ 1.5)`,
      ratio: build[last]! / build[first]!,
    })
    return results
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // gone
      }
    }
    fs.rmSync(staticFile, { force: true })
    await payload.destroy()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
