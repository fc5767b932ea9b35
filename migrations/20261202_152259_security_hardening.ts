import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { resyncAllPublished } from '../src/publication/sync'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`action\` text NOT NULL,
  	\`comment\` text,
  	\`content_hash\` text,
  	\`source_revision\` text,
  	\`media_ref_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`media_ref_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "document_collection", "document_id", "actor_id", "actor_label", "at", "from", "to", "action", "comment", "content_hash", "source_revision", "media_ref_id", "updated_at", "created_at") SELECT "id", "document_collection", "document_id", "actor_id", "actor_label", "at", "from", "to", "action", "comment", "content_hash", "source_revision", "media_ref_id", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_media_ref_idx\` ON \`workflow_events\` (\`media_ref_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`achievements_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_users_id_idx\` ON \`achievements_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_achievements_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_users_id_idx\` ON \`_achievements_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`language_versions_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_users_id_idx\` ON \`language_versions_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_language_versions_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_users_id_idx\` ON \`_language_versions_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`live_use\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_live_use_idx\` ON \`media\` (\`live_use\`);`)
  await db.run(sql`ALTER TABLE \`published_entries\` ADD \`media\` text;`)
  // photos of items published before this migration stay public: fill `media` and `liveUse`
  await resyncAllPublished(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_achievements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_achievements_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`achievements_rels\`;`)
  await db.run(sql`DROP TABLE \`achievements_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_achievements_rels\` RENAME TO \`achievements_rels\`;`)
  await db.run(sql`CREATE INDEX \`achievements_rels_order_idx\` ON \`achievements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_parent_idx\` ON \`achievements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_path_idx\` ON \`achievements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_media_id_idx\` ON \`achievements_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__achievements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_achievements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__achievements_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_achievements_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__achievements_v_rels\` RENAME TO \`_achievements_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_order_idx\` ON \`_achievements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_parent_idx\` ON \`_achievements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_path_idx\` ON \`_achievements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_media_id_idx\` ON \`_achievements_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_language_versions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`achievements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`language_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`achievements_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_language_versions_rels\`("id", "order", "parent_id", "path", "articles_id", "achievements_id") SELECT "id", "order", "parent_id", "path", "articles_id", "achievements_id" FROM \`language_versions_rels\`;`)
  await db.run(sql`DROP TABLE \`language_versions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_language_versions_rels\` RENAME TO \`language_versions_rels\`;`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_order_idx\` ON \`language_versions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_parent_idx\` ON \`language_versions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_path_idx\` ON \`language_versions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_articles_id_idx\` ON \`language_versions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_achievements_id_idx\` ON \`language_versions_rels\` (\`achievements_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__language_versions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`achievements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_language_versions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`achievements_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__language_versions_v_rels\`("id", "order", "parent_id", "path", "articles_id", "achievements_id") SELECT "id", "order", "parent_id", "path", "articles_id", "achievements_id" FROM \`_language_versions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_language_versions_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__language_versions_v_rels\` RENAME TO \`_language_versions_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_order_idx\` ON \`_language_versions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_parent_idx\` ON \`_language_versions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_path_idx\` ON \`_language_versions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_articles_id_idx\` ON \`_language_versions_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_achievements_id_idx\` ON \`_language_versions_v_rels\` (\`achievements_id\`);`)
  await db.run(sql`DROP INDEX \`media_live_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`live_use\`;`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`comment\` text,
  	\`content_hash\` text,
  	\`source_revision\` text,
  	\`media_ref_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`media_ref_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "document_collection", "document_id", "actor_id", "actor_label", "at", "from", "to", "action", "comment", "content_hash", "source_revision", "media_ref_id", "updated_at", "created_at") SELECT "id", "document_collection", "document_id", "actor_id", "actor_label", "at", "from", "to", "action", "comment", "content_hash", "source_revision", "media_ref_id", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_media_ref_idx\` ON \`workflow_events\` (\`media_ref_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`published_entries\` DROP COLUMN \`media\`;`)
}
