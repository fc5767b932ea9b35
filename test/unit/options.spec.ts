import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { createSchoolConfig } from '../../school/config'
import { chooseDatabase, createDatabaseAdapter } from '../../school/database'
import { bilingualPublishing } from '../../src'
import { resolveOptions } from '../../src/defaults'

describe('plugin options', () => {
  it('defaults to the six demo languages with Vietnamese as the source', () => {
    const options = resolveOptions()
    expect(options.languages).toEqual(['vi', 'en', 'zh', 'ko', 'ja', 'fr'])
    expect(options.sourceLanguage).toBe('vi')
    expect(options.usersCollection).toBe('users')
    expect(options.delivery.timeoutMs).toBe(15_000)
  })

  it.each([
    [{ languages: ['vi', 'xx'] }, /option "languages\[1\]" has unknown language code "xx"/],
    [{ languages: ['vi', 'not a code!'] }, /"languages\[1\]" has "not a code!", which is not a BCP 47 language code/],
    [{ languages: ['vi', 'en', 'vi'] }, /lists "vi" twice/],
    [{ languages: [] }, /at least one language/],
    [{ sourceLanguage: 'de' }, /option "sourceLanguage" is "de", which is not in "languages"/],
    [{ media: { maxUploadBytes: 0 } }, /media.maxUploadBytes/],
    [{ delivery: { timeoutMs: 500 } }, /"delivery.timeoutMs" must be a whole number of milliseconds from 1000 to 120000/],
    [{ delivery: { timeoutMs: '15000' } }, /"delivery.timeoutMs"/],
  ])('refuses %j at start-up with an error naming the option', (options, message) => {
    expect(() => resolveOptions(options as never)).toThrow(message)
  })

  it('fails at start-up when the users collection is missing or is not an auth collection', () => {
    const base = { collections: [], secret: 'x' }
    expect(() => bilingualPublishing()(base as never)).toThrow(/option "usersCollection" is "users", but the config has no collection with that slug/)
    expect(() => bilingualPublishing({ usersCollection: 'staff' })({ ...base, collections: [{ slug: 'staff', fields: [] }] } as never)).toThrow(/"staff", which is not an auth collection/)
  })

  it("adds its collections and user fields without dropping the host's", () => {
    const config = bilingualPublishing()({
      collections: [
        { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] },
        { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
      ],
      // nested or flat: both spellings of our keys reach Payload's flat namespace
      i18n: { translations: { en: { bilingual: { 'actions.submit': 'Send up', states: { draft: 'Sketch' } } } } },
      secret: 'x',
    } as never)
    const slugs = config.collections!.map((c) => c.slug)
    expect(slugs).toEqual(expect.arrayContaining(['users', 'pages', 'articles', 'achievements', 'language-versions', 'categories', 'media', 'workflow-events']))
    const users = config.collections!.find((c) => c.slug === 'users')!
    expect(users.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['name', 'roles', 'unit', 'preferredLanguage', 'email'])
    const translations = config.i18n!.translations as Record<string, { bilingual: Record<string, string> }>
    expect(translations.en!.bilingual['states.draft']).toBe('Sketch')
    expect(translations.en!.bilingual['actions.submit']).toBe('Send up')
    expect(translations.en!.bilingual['states.published']).toBe('Published')
    expect(config.globals!.map((g) => g.slug)).toEqual(['site-settings', 'publishing-settings'])
  })

  it('refuses to replace a host collection that has one of its slugs', () => {
    expect(() =>
      bilingualPublishing()({
        collections: [
          { slug: 'users', auth: true, fields: [] },
          { slug: 'articles', fields: [] },
        ],
        secret: 'x',
      } as never),
    ).toThrow(/already has a collection "articles"/)
  })

  it('lets a host override fields of a plugin collection', () => {
    const config = bilingualPublishing({
      overrides: { categories: { fields: ({ defaultFields }) => [...defaultFields, { name: 'color', type: 'text' }] } },
    })({ collections: [{ slug: 'users', auth: true, fields: [] }], secret: 'x' } as never)
    const categories = config.collections!.find((c) => c.slug === 'categories')!
    expect(categories.fields.map((f) => ('name' in f ? f.name : ''))).toContain('color')
  })

  it('refuses an override that renames a collection, and says what to do instead', () => {
    const host = { collections: [{ slug: 'users', auth: true, fields: [] }], secret: 'x' } as never
    expect(() => bilingualPublishing({ overrides: { articles: { slug: 'news' } as never } })(host)).toThrow(/sets slug "news".*slugs are fixed.*remove "slug"/)
    expect(() => bilingualPublishing({ overrides: { articles: { labels: { plural: 'News', singular: 'News item' } } } })(host)).not.toThrow()
  })

  it('refuses an override that switches off versions or drafts of a workflow collection, and says why', () => {
    const host = { collections: [{ slug: 'users', auth: true, fields: [] }], secret: 'x' } as never
    for (const versions of [false, { drafts: false }, { maxPerDoc: 5 }]) {
      expect(() => bilingualPublishing({ overrides: { articles: { versions } as never } })(host)).toThrow(/switches off its versions or drafts.*review workflow needs both/)
    }
    // keeping drafts is fine
    const config = bilingualPublishing({ overrides: { languageVersions: { versions: { drafts: true, maxPerDoc: 5 } } as never } })(host)
    expect(config.collections!.find((c) => c.slug === 'language-versions')!.versions).toMatchObject({ drafts: true, maxPerDoc: 5 })
  })
})

describe('database choice from DATABASE_URI', () => {
  it('uses the embedded SQLite file data/cms.db when unset', () => {
    expect(chooseDatabase(undefined, '/srv/app')).toEqual({ file: '/srv/app/data/cms.db', kind: 'sqlite' })
    expect(chooseDatabase('  ', '/srv/app')).toEqual({ file: '/srv/app/data/cms.db', kind: 'sqlite' })
  })

  it("makes the SQLite file's folder when it is missing, as on a fresh clone", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-clone-'))
    try {
      const choice = chooseDatabase(undefined, dir)
      expect(fs.existsSync(path.join(dir, 'data'))).toBe(false)
      createDatabaseAdapter(choice, path.join(dir, 'migrations'))
      expect(fs.statSync(path.join(dir, 'data')).isDirectory()).toBe(true)
    } finally {
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })

  it('builds the MongoDB adapter for mongodb:// and mongodb+srv:// URIs', () => {
    for (const url of ['mongodb://127.0.0.1:27017/lechan', 'mongodb+srv://user:pw@cluster.example/lechan']) {
      const choice = chooseDatabase(url)
      expect(choice).toEqual({ kind: 'mongodb', url })
      const adapter = createDatabaseAdapter(choice, '/tmp/migrations')
      expect(adapter.name).toBe('mongoose')
      expect(adapter.defaultIDType).toBe('text')
    }
    expect(createDatabaseAdapter(chooseDatabase(undefined), '/tmp/m').name).toBe('sqlite')
  })

  it('stops with a message naming the scheme and what is accepted for anything else', () => {
    expect(() => chooseDatabase('postgres://localhost/lechan')).toThrow(
      'DATABASE_URI uses the scheme "postgres:", which this app does not support. Leave it unset for the embedded SQLite database (data/cms.db), or use mongodb://…, mongodb+srv://… or file:path/to/file.db.',
    )
    expect(() => chooseDatabase('just-a-name')).toThrow(/"just-a-name" is not a database URI/)
  })

  it('the school app built with DATABASE_URI=mongodb://… runs on the MongoDB adapter', async () => {
    const before = process.env.DATABASE_URI
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/never-connected'
    try {
      const config = await buildConfig(createSchoolConfig({ secret: 'x' }))
      expect(config.db.name).toBe('mongoose')
      expect(config.collections.map((c) => c.slug)).toContain('language-versions')
    } finally {
      if (before === undefined) delete process.env.DATABASE_URI
      else process.env.DATABASE_URI = before
    }
  })

  it('the school app refuses to build with an unsupported DATABASE_URI', () => {
    const before = process.env.DATABASE_URI
    process.env.DATABASE_URI = 'mysql://localhost/lechan'
    try {
      expect(() => createSchoolConfig({ secret: 'x' })).toThrow(/DATABASE_URI uses the scheme "mysql:"/)
    } finally {
      if (before === undefined) delete process.env.DATABASE_URI
      else process.env.DATABASE_URI = before
    }
  })
})
