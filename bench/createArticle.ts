/**
 * Creating an article through the plugin (NFC, slug uniqueness, authorship, search fold, text hash,
 * access) against creating one in a bare Payload collection with the same fields and the same
 * drafts/versions settings, on the same SQLite database, in the same run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, type CollectionConfig, getPayload } from 'payload'

import { getArticlesCollection } from '../collections/Articles'
import { createDatabaseAdapter } from '../school/database'
import { createSchoolConfig, DEMO_LANGUAGES } from '../school/config'
import { paragraphs } from '../school/seed/lexical'
import { resolveOptions } from '../src/defaults'
import { measure, type BenchResult } from './measure'

export async function benchCreateArticle(rounds = Number(process.env.BENCH_ROUNDS ?? 150)): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-bench-'))
  const ours = getArticlesCollection(resolveOptions({ languages: DEMO_LANGUAGES }))
  const bare: CollectionConfig = {
    slug: 'bare-articles',
    fields: ours.fields.filter((f) => f.type !== 'join'),
    versions: ours.versions,
  }
  const base = createSchoolConfig({
    db: createDatabaseAdapter({ file: path.join(dir, 'bench.db'), kind: 'sqlite' }, path.join(dir, 'migrations')),
    plugin: { media: { staticDir: path.join(dir, 'media') } },
    secret: 'bench',
  })
  const config = await buildConfig({ ...base, collections: [...(base.collections ?? []), bare] })
  const payload = await getPayload({ config, cron: false, key: 'bench-create-article' } as never)
  try {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'bench@lechan.test', name: 'Bench', password: 'bench-password', roles: ['editor'] } as never,
    })
    const data = (i: number) => ({
      body: paragraphs('Học sinh trường THPT Lê Chân giới thiệu vịnh Hạ Long với bạn bè quốc tế.', `Đoạn ${i}.`),
      planArea: 'province-image',
      summary: 'Buổi giao lưu văn hóa tại Hạ Long.',
      title: `Giao lưu văn hóa với học sinh Nhật Bản ${i % 10}`,
    })
    let i = 0
    const result = await measure({
      baseline: async () => {
        await payload.create({ collection: 'bare-articles' as 'articles', data: data(i++) as never, draft: true })
      },
      candidate: async () => {
        await payload.create({ collection: 'articles', data: data(i++) as never, draft: true, overrideAccess: false, user: { ...editor, collection: 'users' } as never })
      },
      rounds,
    })
    return [{ name: 'create-article (plugin / bare Payload collection)', ...result }]
  } finally {
    await payload.destroy()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
