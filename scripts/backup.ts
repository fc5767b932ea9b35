/**
 * `npm run backup`: one archive in backups/ with a consistent copy of the SQLite database and the
 * media folder; prints its path. Safe while the server runs. On MongoDB, run `mongodump` for the
 * database (see README); the archive then holds the media folder.
 */
import path from 'node:path'

import { createBackup } from '../school/backup'
import { chooseDatabase } from '../school/database'
import { APP_ROOT, SCHOOL_MEDIA_DIR } from '../school/paths'

async function main() {
  const choice = chooseDatabase(process.env.DATABASE_URI, APP_ROOT)
  const outDir = path.resolve(APP_ROOT, process.env.BACKUP_DIR ?? 'backups')
  const archive = await createBackup({ dbFile: choice.kind === 'sqlite' ? choice.file : null, mediaDir: SCHOOL_MEDIA_DIR, outDir })
  if (choice.kind === 'mongodb') console.info('backup: the database is MongoDB: back it up with  mongodump --uri "$DATABASE_URI" --archive=… ; this archive holds the media folder.')
  console.info(archive)
}

// top-level await: `payload run` ends the process as soon as the module has finished evaluating
try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
