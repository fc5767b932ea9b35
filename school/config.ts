import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import type { Config, DatabaseAdapterObj, EmailAdapter } from 'payload'
import sharp from 'sharp'

import { bilingualPublishing, type BilingualPublishingOptions } from '../src'
import { Users } from './collections/Users'
import { migrations } from '../migrations'
import { chooseDatabase, createDatabaseAdapter } from './database'
import { createEmailAdapter } from './email'
import { SCHOOL_MEDIA_DIR } from './paths'
import { resolveSecret } from './secret'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const DEMO_LANGUAGES = ['vi', 'en', 'zh', 'ko', 'ja', 'fr']

export type SchoolConfigOptions = {
  /** A database adapter to use instead of the one DATABASE_URI chooses (tests, benchmarks). */
  db?: DatabaseAdapterObj
  email?: EmailAdapter | Promise<EmailAdapter>
  /** Plugin options merged over the school's own. */
  plugin?: BilingualPublishingOptions
  secret?: string
}

/** The school's Payload config, unbuilt, so tests and benchmarks can swap the database. */
export function createSchoolConfig(options: SchoolConfigOptions = {}): Config {
  const db = options.db ?? createDatabaseAdapter(chooseDatabase(process.env.DATABASE_URI, root), path.resolve(root, 'migrations'), { prodMigrations: migrations })
  return {
    admin: {
      importMap: { baseDir: root },
      meta: { titleSuffix: ' · THPT Lê Chân' },
      user: Users.slug,
    },
    collections: [Users],
    db,
    editor: lexicalEditor(),
    email: options.email ?? createEmailAdapter(),
    graphQL: { schemaOutputFile: path.resolve(root, 'schema.graphql') },
    i18n: { fallbackLanguage: 'en', supportedLanguages: { en, vi } },
    plugins: [
      bilingualPublishing({
        languages: DEMO_LANGUAGES,
        media: { staticDir: SCHOOL_MEDIA_DIR },
        sourceLanguage: 'vi',
        ...options.plugin,
      }),
    ],
    secret: options.secret ?? resolveSecret(process.env, root),
    sharp,
    telemetry: false,
    typescript: {
      // outside production Payload starts `payload generate:types` at every start: in tests that is
      // one process per test file, writing the committed file; `npm run generate:types` does it
      autoGenerate: !process.env.VITEST,
      outputFile: path.resolve(root, 'payload-types.ts'),
    },
  }
}
