// A school that is not THPT Lê Chân: its own config, its own users collection ("staff"), English
// and French. Written in JavaScript, so the plugin must work without TypeScript in the host.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import { bilingualPublishing } from 'payload-plugin-bilingual-publishing'
import { addSqliteIndexes } from 'payload-plugin-bilingual-publishing/sqlite'
import sharp from 'sharp'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { importMap: { baseDir: dirname }, user: 'staff' },
  collections: [{ slug: 'staff', auth: true, fields: [{ name: 'displayName', type: 'text' }] }],
  db: sqliteAdapter({
    afterSchemaInit: [addSqliteIndexes],
    client: { url: `file:${path.join(dirname, 'host.db')}` },
    transactionOptions: { behavior: 'immediate' },
  }),
  editor: lexicalEditor(),
  // the plugin brings its French words; the school changes one of them
  i18n: { fallbackLanguage: 'en', supportedLanguages: { en, fr }, translations: { fr: { bilingual: { 'workflow.dashboard.title': 'Mon travail au lycée' } } } },
  plugins: [
    bilingualPublishing({
      languages: ['en', 'fr'],
      media: { staticDir: path.join(dirname, 'uploads') },
      publicUrl: process.env.HOST_PUBLIC_URL ?? 'http://localhost:3000',
      sourceLanguage: 'en',
      usersCollection: 'staff',
    }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? '',
  sharp,
})
