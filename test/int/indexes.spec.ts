import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onMongo, startApp, type TestApp } from '../helpers/payload'

let app: TestApp
type Row = Record<string, unknown>
let sql: (query: string) => Promise<Row[]>

beforeAll(async () => {
  if (onMongo) return
  app = await startApp('indexes')
  const client = (app.payload.db as unknown as { client: { execute: (q: string) => Promise<{ rows: Row[] }> } }).client
  sql = async (query) => (await client.execute(query)).rows
})
afterAll(async () => app?.cleanup())

const indexedColumns = async (table: string) => {
  const indexes = await sql(`PRAGMA index_list('${table}')`)
  const columns: string[] = []
  for (const index of indexes) {
    const info = await sql(`PRAGMA index_info('${String(index.name)}')`)
    if (info[0]) columns.push(String(info[0].name))
  }
  return columns
}

// SQLite-only: MongoDB has no *_locales tables and no SQL migrations.
describe.skipIf(onMongo)('SQLite indexes for list and feed queries', () => {
  it('every *_locales table has an index on _parent_id', async () => {
    const tables = (await sql(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`)).map((r) => String(r.name))
    expect(tables).toEqual(expect.arrayContaining(['media_locales', 'categories_locales', 'site_settings_locales']))
    for (const table of tables) expect(await indexedColumns(table), table).toContain('_parent_id')
  })

  it('articles are indexed on what feeds and lists filter and sort on', async () => {
    const columns = await indexedColumns('articles')
    expect(columns).toEqual(expect.arrayContaining(['slug', 'language', 'workflow_state', 'published_at', 'plan_area', 'category_id', 'updated_at', 'created_at', '_status']))
  })

  it('the query plan of a feed-like query uses an index, not a full scan', async () => {
    const plan = await sql(`EXPLAIN QUERY PLAN SELECT id FROM articles WHERE _status = 'published' AND language = 'vi' ORDER BY published_at DESC LIMIT 50`)
    const detail = plan.map((r) => String(r.detail)).join(' | ')
    expect(detail).toMatch(/USING (COVERING )?INDEX/)
    const locales = await sql(`EXPLAIN QUERY PLAN SELECT alt FROM media_locales WHERE _parent_id = 1`)
    expect(locales.map((r) => String(r.detail)).join(' ')).toMatch(/USING INDEX media_locales_parent_id_idx/)
  })

  it('the feed query on the publication index walks the (language, published_at) index with no sort', async () => {
    for (const where of ["language = 'vi'", "language = 'vi' AND lower(channels) LIKE '%|vietnam-vn|%'", "language = 'en' AND kind = 'news'"]) {
      const plan = (await sql(`EXPLAIN QUERY PLAN SELECT id FROM published_entries WHERE ${where} ORDER BY published_at DESC LIMIT 50`)).map((r) => String(r.detail)).join(' | ')
      expect(plan, where).toMatch(/USING (COVERING )?INDEX language_(kind_)?publishedAt_idx/)
      expect(plan, where).not.toMatch(/TEMP B-TREE/)
    }
  })
})
