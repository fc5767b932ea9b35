/**
 * `npm run restore -- backups/lechan-backup-….tar.gz`: put the database and the media folder of
 * an archive back. Stop the server first. What is replaced is kept beside it
 * (`….before-restore-<time>`).
 */
import path from 'node:path'

import { restoreBackup } from '../school/backup'
import { chooseDatabase } from '../school/database'
import { APP_ROOT, SCHOOL_MEDIA_DIR } from '../school/paths'

async function main() {
  const archive = process.argv[2]
  if (!archive) throw new Error('restore: name the archive:  npm run restore -- backups/lechan-backup-….tar.gz')
  const choice = chooseDatabase(process.env.DATABASE_URI, APP_ROOT)
  const { kept, manifest } = await restoreBackup({ archive: path.resolve(archive), dbFile: choice.kind === 'sqlite' ? choice.file : null, mediaDir: SCHOOL_MEDIA_DIR })
  console.info(`restore: put back the backup of ${manifest.createdAt} (${manifest.files} media files).`)
  for (const file of kept) console.info(`restore: kept the replaced ${file}`)
}

// top-level await: `payload run` ends the process as soon as the module has finished evaluating
try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
