/**
 * Fill the database with published articles quickly, through the database adapter: one real
 * article is created through Payload (hooks, publication entry and all), then its rows are copied
 * in multi-row INSERTs. 100,000 items take seconds instead of the hours one-by-one creation would.
 */
import type { Payload } from 'payload'

import { internalContext } from '../src/workflow/context'

type Client = { execute(stmt: { args: unknown[]; sql: string }): Promise<{ rows: Record<string, unknown>[] }> }

const BATCH = 400

async function rowOf(client: Client, table: string, where: string, arg: unknown) {
  const { rows } = await client.execute({ args: [arg], sql: `SELECT * FROM "${table}" WHERE ${where} LIMIT 1` })
  if (!rows[0]) throw new Error(`bench: no template row in ${table}`)
  return { ...rows[0] }
}

async function insertMany(client: Client, table: string, rows: Record<string, unknown>[]) {
  if (!rows.length) return
  const columns = Object.keys(rows[0]!)
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH)
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',')
    await client.execute({
      args: chunk.flatMap((row) => columns.map((c) => row[c] ?? null)),
      sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${placeholders}`,
    })
  }
}

export type Template = { article: Record<string, unknown>; entry: Record<string, unknown> }

/** Create the one real published article the copies are made from. */
export async function createTemplate(payload: Payload, data: Record<string, unknown>): Promise<Template> {
  const doc = await payload.create({
    collection: 'articles',
    context: internalContext(),
    data: { ...data, _status: 'published', publishedAt: new Date(Date.UTC(2020, 0, 1)).toISOString(), workflowState: 'published' } as never,
    overrideAccess: true,
  })
  const client = (payload.db as unknown as { client: Client }).client
  return {
    article: await rowOf(client, 'articles', 'id = ?', doc.id),
    entry: await rowOf(client, 'published_entries', 'key = ?', `articles:${doc.id}`),
  }
}

/** Add published copies until the database holds `total` copies; returns how many there are. */
export async function growTo(payload: Payload, template: Template, from: number, total: number): Promise<number> {
  const client = (payload.db as unknown as { client: Client }).client
  const { rows } = await client.execute({ args: [], sql: 'SELECT max(id) AS id FROM articles' })
  let nextId = Number(rows[0]?.id ?? 0) + 1
  const start = Date.UTC(2021, 0, 1)
  for (let n = from; n < total; n += BATCH * 10) {
    const articles: Record<string, unknown>[] = []
    const entries: Record<string, unknown>[] = []
    for (let i = n; i < Math.min(total, n + BATCH * 10); i += 1) {
      const id = nextId++
      // spread over five years, so the newest 50 move as the archive grows
      const published = new Date(start + Math.floor((i * 5 * 365 * 24 * 3600 * 1000) / Math.max(total, 1))).toISOString()
      const title = `${template.article.title} ${i}`
      const slug = `${template.article.slug}-${i}`
      articles.push({ ...template.article, id, published_at: published, slug, title, updated_at: published, created_at: published })
      const { id: _omit, ...entry } = template.entry
      entries.push({ ...entry, doc_id: String(id), group_key: `articles:${id}`, key: `articles:${id}`, modified_at: published, published_at: published, slug, title })
    }
    await insertMany(client, 'articles', articles)
    await insertMany(client, 'published_entries', entries)
  }
  return total
}
