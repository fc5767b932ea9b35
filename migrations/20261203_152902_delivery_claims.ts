import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`claimed_by\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`claimed_until\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_claimed_by_idx\` ON \`deliveries\` (\`claimed_by\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deliveries_claimed_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`claimed_by\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`claimed_until\`;`)
}
