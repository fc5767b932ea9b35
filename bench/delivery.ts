/**
 * Delivery, against baselines measured in the same run on the same loopback receiver:
 * - one delivery (read the row and destination, build the ninjs item, sign, POST, record) against
 *   a bare signed POST of the same body (Standard Webhooks signature, fetch): the goal is at
 *   least half the bare loop's throughput;
 * - building an item's package (DOCX, HTML, ninjs, photo, ZIP) against sharp reading its photo
 *   plus JSZip zipping it alone.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import JSZip from 'jszip'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'
import { Webhook } from 'standardwebhooks'

import { createDatabaseAdapter } from '../school/database'
import { createSchoolConfig } from '../school/config'
import { paragraphs } from '../school/seed/lexical'
import { attemptDelivery, runWorkflowAction } from '../src'
import { buildPackage } from '../src/package/build'
import { internalContext } from '../src/workflow/context'
import { type BenchResult, measure } from './measure'

export async function benchDelivery(rounds = Number(process.env.BENCH_ROUNDS ?? 150)): Promise<BenchResult[]> {
  process.env.DELIVERY_ALLOW_PRIVATE_HOSTS = 'true'
  const receiver = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(204)
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-bench-delivery-'))
  const config = await buildConfig(
    createSchoolConfig({
      db: createDatabaseAdapter({ file: path.join(dir, 'bench.db'), kind: 'sqlite' }, path.join(dir, 'migrations')),
      plugin: { media: { staticDir: path.join(dir, 'media') } },
      secret: 'bench',
    }),
  )
  const payload = await getPayload({ config, cron: false, key: 'bench-delivery' } as never)
  try {
    const secret = `whsec_${Buffer.from('bench-secret-bench-secret-0123').toString('base64')}`
    const destination = await payload.create({ collection: 'destinations', data: { channels: ['portal'], name: 'Bench', secret, url } as never, overrideAccess: true })
    const leader = await payload.create({ collection: 'users', data: { email: 'leader@bench.test', name: 'Leader', password: 'bench-password', roles: ['leader'] } as never })
    const jpeg = await sharp({ create: { background: { b: 120, g: 90, r: 60 }, channels: 3, height: 1200, width: 1800 }, noise: { mean: 128, sigma: 30, type: 'gaussian' } } as never).jpeg().toBuffer()
    const photo = await payload.create({ collection: 'media', data: { alt: 'Ảnh', caption: 'Chú thích', consentStatus: 'not-needed', credit: 'Bench' } as never, file: { data: jpeg, mimetype: 'image/jpeg', name: 'bench.jpg', size: jpeg.length }, overrideAccess: true })
    const article = await payload.create({
      collection: 'articles',
      context: internalContext(),
      data: { approvedBy: leader.id, approvedHash: 'x', author: leader.id, body: paragraphs('Nội dung thử.', 'Đoạn hai.'), channels: ['portal'], featuredImage: photo.id, planArea: 'ocop', summary: 'Tóm tắt.', title: 'Tin đo tốc độ', workflowState: 'approved' } as never,
      draft: true,
    })
    const approved = await payload.findByID({ collection: 'articles', draft: true, id: article.id })
    const { contentHash } = await import('../src/workflow/contentHash')
    const { mediaRefsOf } = await import('../src/workflow/facts')
    await payload.update({ collection: 'articles', context: internalContext(), data: { approvedHash: contentHash(approved as never, mediaRefsOf(approved as never)) } as never, draft: true, id: article.id })
    await runWorkflowAction(payload, { action: 'publish', collection: 'articles', id: article.id, user: leader as never })

    // one delivery end to end, against one bare signed POST of a body of the same size
    const sample = (await payload.find({ collection: 'deliveries', limit: 1, overrideAccess: true })).docs[0] as unknown as Record<string, unknown>
    // the publish's own delivery first: later ones of the same item wait for it (in order)
    await attemptDelivery(payload, sample.id as number)
    // the rows an outbox would have written at publish time: writing them is not part of sending
    const rows: Array<number | string> = []
    for (let i = 0; i < rounds + 10; i += 1) {
      const row = await payload.create({
        collection: 'deliveries',
        data: { ...sample, attempts: 0, createdAt: undefined, dedupeKey: `bench-${i}`, destination: destination.id, id: undefined, status: 'pending', updatedAt: undefined, webhookId: `msg_bench_${i}` } as never,
        overrideAccess: true,
      })
      rows.push(row.id)
    }
    let n = 0
    const body = JSON.stringify({ data: { title: 'x'.repeat(2000) }, timestamp: new Date().toISOString(), type: 'item.published' })
    const webhook = new Webhook(secret)
    const delivery = await measure({
      baseline: async () => {
        const now = new Date()
        await fetch(url, { body, headers: { 'content-type': 'application/json', 'webhook-id': `msg_${n}`, 'webhook-signature': webhook.sign(`msg_${n}`, now, body), 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)) }, method: 'POST' }).then((r) => r.arrayBuffer())
      },
      candidate: async () => {
        const id = rows[n]
        n += 1
        const result = await attemptDelivery(payload, id!)
        if (result !== 'delivered') throw new Error(`bench delivery: ${result}`)
      },
      rounds,
    })

    // an item's package, against its photo read by sharp and zipped alone
    const stored = path.join(dir, 'media', String((photo as { filename?: string }).filename))
    const pkg = await measure({
      baseline: async () => {
        const resized = await sharp(await fs.promises.readFile(stored)).resize({ width: 1920, withoutEnlargement: true }).jpeg().toBuffer()
        const zip = new JSZip()
        zip.file('photo.jpg', resized)
        zip.file('item.txt', 'Tin đo tốc độ')
        await zip.generateAsync({ compression: 'DEFLATE', type: 'nodebuffer' })
      },
      candidate: async () => {
        await buildPackage(payload, 'articles', String(article.id), 'vi')
      },
      rounds: Math.max(10, Math.floor(rounds / 5)),
      warmup: 3,
    })
    console.log(`delivery throughput vs a bare signed POST loop: ${(delivery.baselineMs / delivery.candidateMs).toFixed(2)}x (goal ≥ 0.5x; ${(1000 / delivery.candidateMs).toFixed(0)} vs ${(1000 / delivery.baselineMs).toFixed(0)} per second)`)
    return [
      { name: 'delivery (full attempt / bare signed POST)', ...delivery },
      { name: 'package build (DOCX+HTML+ninjs+ZIP / sharp+zip of its photo)', ...pkg },
    ]
  } finally {
    receiver.closeAllConnections()
    receiver.close()
    await payload.destroy()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
