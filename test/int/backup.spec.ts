import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { createBackup, restoreBackup } from '../../school/backup'
import { createSchoolConfig } from '../../school/config'
import { createDatabaseAdapter } from '../../school/database'
import { createMedia } from '../helpers/content'
import { createArticle, createUsers } from '../helpers/fixtures'
import { onMongo } from '../helpers/payload'

async function open(dir: string, key: string): Promise<Payload> {
  const config = await buildConfig(
    createSchoolConfig({
      db: createDatabaseAdapter({ file: path.join(dir, 'data', 'cms.db'), kind: 'sqlite' }, path.join(dir, 'migrations')),
      plugin: { media: { staticDir: path.join(dir, 'media') } },
      secret: 'backup',
    }),
  )
  return getPayload({ config, cron: false, key: `${key}-${dir}` } as never)
}

const counts = async (payload: Payload) =>
  Object.fromEntries(
    await Promise.all((['articles', 'media', 'users', 'workflow-events'] as const).map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs])),
  )

const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])

// SQLite-only: MongoDB is backed up with mongodump
describe.skipIf(onMongo)('backup and restore', () => {
  it('an archive taken while the app runs restores the same rows and files, and keeps what it replaced', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-backup-test-'))
    const media = path.join(dir, 'media')
    const dbFile = path.join(dir, 'data', 'cms.db')
    let payload = await open(dir, 'before')
    try {
      const users = await createUsers(payload)
      await createArticle(payload, users.editor.id, 'published', { title: 'Trước khi sao lưu' })
      await createMedia(payload, { name: 'truoc.jpg' })
      const before = await counts(payload)
      const beforeFiles = files(media)
      expect(beforeFiles.length).toBeGreaterThan(1) // the original and its renditions

      // taken with the database open and in use (WAL mode)
      const archive = await createBackup({ dbFile, mediaDir: media, now: new Date('2026-12-02T10:00:00Z'), outDir: path.join(dir, 'backups') })
      expect(path.basename(archive)).toBe('lechan-backup-20261202-100000.tar.gz')

      // life goes on after the backup: a new article, a new photo, a file lost
      await createArticle(payload, users.editor.id, 'draft', { title: 'Sau khi sao lưu' })
      await createMedia(payload, { name: 'sau.jpg' })
      fs.rmSync(path.join(media, beforeFiles[0]!))
      expect(await counts(payload)).not.toEqual(before)
      await payload.destroy()

      const { kept, manifest } = await restoreBackup({ archive, dbFile, mediaDir: media, now: new Date('2026-12-02T11:00:00Z') })
      expect(manifest).toMatchObject({ database: 'sqlite', files: beforeFiles.length, format: 1 })
      expect(kept.map((k) => path.basename(k)).sort()).toEqual(['cms.db.before-restore-20261202-110000', 'media.before-restore-20261202-110000'])

      payload = await open(dir, 'after')
      expect(await counts(payload)).toEqual(before)
      expect(files(media)).toEqual(beforeFiles)
      const titles = (await payload.find({ collection: 'articles', draft: true, overrideAccess: true })).docs.map((d) => d.title)
      expect(titles).toEqual(['Trước khi sao lưu'])
    } finally {
      await payload.destroy().catch(() => undefined)
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })

  it('refuses an archive that is not one of ours, and changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-restore-bad-'))
    try {
      const bogus = path.join(dir, 'bogus.tar.gz')
      const tar = await import('tar')
      fs.writeFileSync(path.join(dir, 'hello.txt'), 'hi')
      await tar.c({ cwd: dir, file: bogus, gzip: true }, ['hello.txt'])
      fs.mkdirSync(path.join(dir, 'media'))
      fs.writeFileSync(path.join(dir, 'media', 'keep.jpg'), 'x')
      await expect(restoreBackup({ archive: bogus, dbFile: path.join(dir, 'cms.db'), mediaDir: path.join(dir, 'media') })).rejects.toThrow(/not a backup of this app/)
      expect(files(path.join(dir, 'media'))).toEqual(['keep.jpg'])
      await expect(restoreBackup({ archive: path.join(dir, 'missing.tar.gz'), dbFile: null, mediaDir: path.join(dir, 'media') })).rejects.toThrow(/no archive/)
    } finally {
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })
})
