import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createDatabaseAdapter } from '../../school/database'
import { createSchoolConfig } from '../../school/config'
import { internalContext } from '../../src/workflow/context'
import { articleData, makeJpeg } from '../helpers/fixtures'
import { onMongo } from '../helpers/payload'
import { paragraphs } from '../../school/seed/lexical'
import { migrations as committedMigrations } from '../../migrations'
import { runMigrations } from '../../scripts/migrate'

// SQLite-only: MongoDB has no *_locales tables and no SQL migrations.
describe.skipIf(onMongo)('the committed migrations create the whole schema', () => {
  it('a fresh database migrated without schema push stores every kind of content', async () => {
    const os = await import('node:os')
    const fs = await import('node:fs')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-migrate-'))
    const { buildConfig, getPayload } = await import('payload')
    const config = await buildConfig(
      createSchoolConfig({
        db: createDatabaseAdapter({ file: path.join(dir, 'prod.db'), kind: 'sqlite' }, path.resolve(import.meta.dirname, '../../migrations'), { push: false }),
        plugin: { media: { staticDir: path.join(dir, 'media') } },
        secret: 'migrations',
      }),
    )
    const payload = await getPayload({ config, cron: false, key: `migrations-${dir}` } as never)
    try {
      await runMigrations(payload, committedMigrations)
      const user = await payload.create({ collection: 'users', data: { email: 'm@lechan.test', name: 'M', password: 'migrate-pass', roles: ['editor'] } as never })
      const file = await makeJpeg()
      const media = await payload.create({
        collection: 'media',
        data: { alt: 'Ảnh', consentScope: ['portal'], consentStatus: 'obtained', depictsMinors: true } as never,
        file: { data: file, mimetype: 'image/jpeg', name: 'm.jpg', size: file.length },
      })
      const category = await payload.create({ collection: 'categories', data: { name: 'Tin tức' } })
      const article = await payload.create({
        collection: 'articles',
        context: internalContext(),
        data: { ...articleData(), category: category.id, channels: ['portal', 'doet'], featuredImage: media.id, gallery: [media.id], tags: ['a'], author: user.id } as never,
        draft: true,
      })
      const version = await payload.create({
        collection: 'language-versions',
        data: { body: paragraphs('x'), language: 'en', source: { relationTo: 'articles', value: article.id }, title: 'English' } as never,
        draft: true,
      })
      await payload.create({
        collection: 'achievements',
        data: {
          award: 'Nhất',
          competition: 'HSG',
          description: paragraphs('x'),
          level: 'province',
          schoolYear: '2025-2026',
          students: [{ consentScope: ['portal'], consentStatus: 'obtained', name: 'An' }],
          teachers: [{ name: 'B' }],
        } as never,
        draft: true,
      })
      await payload.create({
        collection: 'workflow-events',
        data: { action: 'submit', actorLabel: 'M', at: new Date().toISOString(), documentCollection: 'articles', documentId: String(article.id), to: 'in_review' } as never,
      })
      await payload.updateGlobal({ data: { schoolName: 'Lê Chân' } as never, slug: 'site-settings' })
      expect(version.outdated).toBe(false)
      const withJoin = await payload.findByID({ collection: 'articles', id: article.id })
      expect(withJoin.languageVersions?.docs?.length).toBe(1)
      const migrations = await payload.find({ collection: 'payload-migrations' })
      expect(migrations.docs.map((m) => m.name).sort()).toEqual(committedMigrations.map((m) => m.name).sort())
    } finally {
      await payload.destroy()
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })

  it("upgrading keeps the audit log's links to its documents, though a migration rebuilds that table", async () => {
    const os = await import('node:os')
    const fs = await import('node:fs')
    const { sql } = await import('@payloadcms/db-sqlite')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-upgrade-'))
    const { buildConfig, getPayload } = await import('payload')
    const config = await buildConfig(
      createSchoolConfig({
        db: createDatabaseAdapter({ file: path.join(dir, 'prod.db'), kind: 'sqlite' }, path.resolve(import.meta.dirname, '../../migrations'), { push: false }),
        plugin: { media: { staticDir: path.join(dir, 'media') } },
        secret: 'upgrade',
      }),
    )
    const payload = await getPayload({ config, cron: false, key: `upgrade-${dir}` } as never)
    const db = (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<unknown[]>; run: (q: unknown) => Promise<unknown> } }).drizzle
    try {
      // the database as the release before this one left it: an article and an audit entry linked to it
      await runMigrations(payload, committedMigrations.slice(0, 3))
      await db.run(sql`INSERT INTO articles (id, title, _status, workflow_state) VALUES (1, 'Bài cũ', 'draft', 'in_review')`)
      await db.run(
        sql`INSERT INTO workflow_events (id, document_collection, document_id, actor_label, at, "to", action) VALUES (1, 'articles', '1', 'M', '2026-11-01T00:00:00.000Z', 'in_review', 'submit')`,
      )
      await db.run(sql`INSERT INTO workflow_events_rels (id, "order", parent_id, path, articles_id) VALUES (1, 1, 1, 'document', 1)`)
      await runMigrations(payload, committedMigrations)
      expect(await db.all(sql`SELECT parent_id, articles_id FROM workflow_events_rels`)).toEqual([{ articles_id: 1, parent_id: 1 }])
      const event = await payload.findByID({ collection: 'workflow-events', depth: 0, id: 1 })
      expect(event.document).toEqual({ relationTo: 'articles', value: 1 })
    } finally {
      await payload.destroy()
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })
})
