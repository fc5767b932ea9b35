import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * SQLite indexes Payload does not make on its own. Localized fields live in `*_locales` tables
 * that have no index on `_parent_id`, so every list that reads them scanned the whole table.
 * Pass to `sqliteAdapter({ afterSchemaInit: [addSqliteIndexes] })`; migrations pick them up.
 */
export const addSqliteIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    const columns = table as unknown as Record<string, unknown>
    if (!columns._parentID) continue
    extendTable({
      extraConfig: (t) => ({
        [`${name}_parent_id_idx`]: index(`${name}_parent_id_idx`).on(t._parentID),
      }),
      table,
    })
  }
  return schema
}
