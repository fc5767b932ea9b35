/**
 * Backups of the school's data: one `.tar.gz` with a consistent copy of the SQLite database
 * (`VACUUM INTO`, safe while the server runs), the media folder, and a manifest. Restoring puts
 * both back, keeping what it replaces beside it. MongoDB is backed up with `mongodump` (README);
 * its archive then carries the media folder only.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'

export type BackupManifest = { createdAt: string; database: 'mongodb' | 'sqlite'; files: number; format: 1 }

const DB_NAME = 'database.sqlite'
const MEDIA_NAME = 'media'
const MANIFEST = 'manifest.json'

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
}

/** Write one archive into `outDir`; returns its path. `dbFile` null: MongoDB (media only). */
export async function createBackup(options: { dbFile: null | string; mediaDir: string; now?: Date; outDir: string }): Promise<string> {
  const now = options.now ?? new Date()
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-backup-'))
  try {
    if (options.dbFile) {
      if (!fs.existsSync(options.dbFile)) throw new Error(`backup: there is no database at ${options.dbFile}`)
      const client = createClient({ url: `file:${options.dbFile}` })
      try {
        // a consistent copy of the live database, WAL included, without stopping the server
        await client.execute({ args: [path.join(stage, DB_NAME)], sql: 'VACUUM INTO ?' })
      } finally {
        client.close()
      }
    }
    if (fs.existsSync(options.mediaDir)) fs.cpSync(options.mediaDir, path.join(stage, MEDIA_NAME), { recursive: true })
    else fs.mkdirSync(path.join(stage, MEDIA_NAME))
    const manifest: BackupManifest = { createdAt: now.toISOString(), database: options.dbFile ? 'sqlite' : 'mongodb', files: countFiles(path.join(stage, MEDIA_NAME)), format: 1 }
    fs.writeFileSync(path.join(stage, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.mkdirSync(options.outDir, { recursive: true })
    const archive = path.join(options.outDir, `lechan-backup-${stamp(now)}.tar.gz`)
    await tar.c({ cwd: stage, file: archive, gzip: true, portable: true }, fs.readdirSync(stage))
    return archive
  } finally {
    fs.rmSync(stage, { force: true, recursive: true })
  }
}

/**
 * Put an archive back: the database file (its -wal and -shm files removed) and the media folder.
 * What they replace is kept as `….before-restore-<time>`. Stop the server first.
 */
export async function restoreBackup(options: { archive: string; dbFile: null | string; mediaDir: string; now?: Date }): Promise<{ kept: string[]; manifest: BackupManifest }> {
  if (!fs.existsSync(options.archive)) throw new Error(`restore: there is no archive at ${options.archive}`)
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-restore-'))
  const suffix = `.before-restore-${stamp(options.now ?? new Date())}`
  const kept: string[] = []
  try {
    await tar.x({ cwd: stage, file: options.archive, strict: true })
    const manifestFile = path.join(stage, MANIFEST)
    if (!fs.existsSync(manifestFile)) throw new Error(`restore: ${options.archive} is not a backup of this app (no ${MANIFEST})`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
    if (manifest.format !== 1) throw new Error(`restore: unknown backup format ${String(manifest.format)}`)
    if (manifest.database === 'sqlite') {
      if (!options.dbFile) throw new Error('restore: this archive holds a SQLite database, but DATABASE_URI points at MongoDB')
      fs.mkdirSync(path.dirname(options.dbFile), { recursive: true })
      if (fs.existsSync(options.dbFile)) {
        fs.renameSync(options.dbFile, `${options.dbFile}${suffix}`)
        kept.push(`${options.dbFile}${suffix}`)
      }
      for (const extra of ['-wal', '-shm']) fs.rmSync(`${options.dbFile}${extra}`, { force: true })
      fs.copyFileSync(path.join(stage, DB_NAME), options.dbFile)
    }
    if (fs.existsSync(options.mediaDir)) {
      fs.renameSync(options.mediaDir, `${options.mediaDir}${suffix}`)
      kept.push(`${options.mediaDir}${suffix}`)
    }
    fs.cpSync(path.join(stage, MEDIA_NAME), options.mediaDir, { recursive: true })
    return { kept, manifest }
  } finally {
    fs.rmSync(stage, { force: true, recursive: true })
  }
}
