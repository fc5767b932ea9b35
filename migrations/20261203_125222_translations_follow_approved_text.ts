import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approved_text_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approved_text_hash\` text;`)
  await db.run(sql`ALTER TABLE \`achievements\` ADD \`approved_text_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_achievements_v\` ADD \`version_approved_text_hash\` text;`)
  await db.run(sql`ALTER TABLE \`language_versions\` ADD \`outdated\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`language_versions_outdated_idx\` ON \`language_versions\` (\`outdated\`);`)
  await db.run(sql`ALTER TABLE \`_language_versions_v\` ADD \`version_outdated\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_outdated_idx\` ON \`_language_versions_v\` (\`version_outdated\`);`)
  // what was approved before this change: its text is the approved text translations follow
  for (const table of ['articles', 'achievements']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`approved_text_hash\` = \`text_hash\` WHERE \`approved_hash\` IS NOT NULL`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_approved_text_hash\` = \`version_text_hash\` WHERE \`version_approved_hash\` IS NOT NULL`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`language_versions_outdated_idx\`;`)
  await db.run(sql`ALTER TABLE \`language_versions\` DROP COLUMN \`outdated\`;`)
  await db.run(sql`DROP INDEX \`_language_versions_v_version_version_outdated_idx\`;`)
  await db.run(sql`ALTER TABLE \`_language_versions_v\` DROP COLUMN \`version_outdated\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`approved_text_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_approved_text_hash\`;`)
  await db.run(sql`ALTER TABLE \`achievements\` DROP COLUMN \`approved_text_hash\`;`)
  await db.run(sql`ALTER TABLE \`_achievements_v\` DROP COLUMN \`version_approved_text_hash\`;`)
}
