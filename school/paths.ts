import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The app's folder, and where its uploads are stored (the config and the backup scripts share it). */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SCHOOL_MEDIA_DIR = path.resolve(APP_ROOT, 'media')
