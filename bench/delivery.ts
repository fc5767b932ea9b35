/**
 * Delivery, against baselines measured in the same run on the same loopback receiver:
 * - 100 due deliveries sent by the queue as the server runs it (the job, the sweep of the outbox,
 *   claiming the rows, reading destinations, building the ninjs items, signing, POSTing, recording)
 *   against 100 bare signed POSTs (Standard Webhooks signature, fetch) in a loop: the goal is at
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
import { runDeliveryQueue, runWorkflowAction } from '../src'
import { DELIVERY_QUEUE } from '../src/delivery/constants'
import { queueDeliverySweep } from '../src/delivery/outbox'
import { buildPackage } from '../src/package/build'
import { internalContext } from '../src/workflow/context'
import { type BenchResult, measure } from './measure'

export async function benchDelivery(rounds = Number(process.env.BENCH_ROUNDS ?? 150)): Promise<BenchResult[]> {
  process.env.DELIVERY_ALLOW_PRIVATE_HOSTS = 'true'
  // the receiver keeps the last body it got: the bare loop sends that same body
  let lastBody = ''
  const receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      lastBody = body
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
    const jpeg = await sharp({ create: { background: { b: 120, g: 90, r: 60 }, channels: 3, height: 1200, width: 1800 }, noise: { mean: 128, sigma: 30, type: 'gaussian' } } as never)
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh', caption: 'Chú thích', consentStatus: 'not-needed', credit: 'Bench' } as never,
      file: { data: jpeg, mimetype: 'image/jpeg', name: 'bench.jpg', size: jpeg.length },
      overrideAccess: true,
    })
    const { contentHash } = await import('../src/workflow/contentHash')
    const { mediaRefsOf } = await import('../src/workflow/facts')
    /** An article approved and published through the workflow (so it is in the publication index). */
    const published = async (title: string) => {
      const created = await payload.create({
        collection: 'articles',
        context: internalContext(),
        data: {
          approvedBy: leader.id,
          approvedHash: 'x',
          author: leader.id,
          body: paragraphs('Nội dung thử.', 'Đoạn hai.'),
          channels: ['portal'],
          featuredImage: photo.id,
          planArea: 'ocop',
          summary: 'Tóm tắt.',
          title,
          workflowState: 'approved',
        } as never,
        draft: true,
      })
      const approved = await payload.findByID({ collection: 'articles', draft: true, id: created.id })
      await payload.update({
        collection: 'articles',
        context: internalContext(),
        data: { approvedHash: contentHash(approved as never, mediaRefsOf(approved as never)) } as never,
        draft: true,
        id: created.id,
      })
      await runWorkflowAction(payload, { action: 'publish', collection: 'articles', id: created.id, user: leader as never })
      return created
    }
    const article = await published('Tin đo tốc độ')

    // the queue as the server runs it: 100 due deliveries (20 items, each to 5 portals) drained by
    // the jobs runner, against the same number of signed POSTs sent one after another in a bare loop
    const sample = (await payload.find({ collection: 'deliveries', limit: 1, overrideAccess: true })).docs[0] as unknown as Record<string, unknown>
    const portals: Array<number | string> = [destination.id]
    for (let i = 1; i < 5; i += 1)
      portals.push((await payload.create({ collection: 'destinations', data: { channels: ['portal'], name: `Bench ${i}`, secret, url } as never, overrideAccess: true })).id)
    const items: string[] = []
    for (let i = 0; i < 20; i += 1) items.push(`articles:${(await published(`Tin ${i}`)).id}`)
    await runDeliveryQueue(payload)
    // a real delivery's body (an item's ninjs), so both sides send the same bytes
    const body = lastBody
    if (!body.includes('"ninjs') && !body.includes('"uri"')) throw new Error('bench delivery: no delivery reached the receiver')
    console.log(`delivery body: ${body.length} bytes`)
    const webhook = new Webhook(secret)
    const BATCH = 100
    let round = 0
    const delivery = await measure({
      baseline: async () => {
        for (let i = 0; i < BATCH; i += 1) {
          const now = new Date()
          const id = `msg_${round}_${i}`
          await fetch(url, {
            body,
            headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-signature': webhook.sign(id, now, body), 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)) },
            method: 'POST',
          }).then((r) => r.arrayBuffer())
        }
      },
      // what the server's runner does every 5 s
      candidate: async () => {
        await payload.jobs.run({ limit: 50, queue: DELIVERY_QUEUE })
      },
      // the rows an outbox would have written at publish time, and its one job: writing them is not part of sending
      prepare: async () => {
        round += 1
        for (let i = 0; i < BATCH; i += 1) {
          await payload.db.create({
            collection: 'deliveries',
            data: {
              ...sample,
              attempts: 0,
              createdAt: undefined,
              dedupeKey: `bench-${round}-${i}`,
              destination: portals[i % 5],
              id: undefined,
              item: undefined,
              itemKey: items[Math.floor(i / 5)],
              status: 'pending',
              updatedAt: undefined,
              webhookId: `msg_bench_${round}_${i}`,
            },
            returning: false,
          })
        }
        await queueDeliverySweep(payload, { reason: 'bench' })
      },
      rounds: Math.max(3, Math.floor(rounds / 30)),
      warmup: 1,
    })
    const left = await payload.count({ collection: 'deliveries', overrideAccess: true, where: { status: { not_equals: 'delivered' } } })
    if (left.totalDocs) throw new Error(`bench delivery: ${left.totalDocs} deliveries were not delivered`)

    // an item's package, against its photo read by sharp and zipped alone
    const stored = path.join(dir, 'media', String((photo as { filename?: string }).filename))
    const pkg = await measure({
      baseline: async () => {
        const resized = await sharp(await fs.promises.readFile(stored))
          .resize({ width: 1920, withoutEnlargement: true })
          .jpeg()
          .toBuffer()
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
    console.log(
      `delivery throughput vs a bare signed POST loop: ${(delivery.baselineMs / delivery.candidateMs).toFixed(2)}x (goal ≥ 0.5x; ${((1000 * BATCH) / delivery.candidateMs).toFixed(0)} vs ${((1000 * BATCH) / delivery.baselineMs).toFixed(0)} per second)`,
    )
    return [
      { name: 'delivery (100 due deliveries through the queue / 100 bare signed POSTs in a loop)', ...delivery },
      { name: 'package build (DOCX+HTML+ninjs+ZIP / sharp+zip of its photo)', ...pkg },
    ]
  } finally {
    receiver.closeAllConnections()
    receiver.close()
    await payload.destroy()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
