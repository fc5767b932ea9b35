/** For hosts on SQLite: the indexes the plugin's queries use (`sqliteAdapter({ afterSchemaInit: [addSqliteIndexes] })`). */
export { addSqliteIndexes } from '../db/sqliteIndexes'
