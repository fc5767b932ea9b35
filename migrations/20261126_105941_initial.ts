import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_value_idx\` ON \`users_roles\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`unit\` text,
  	\`preferred_language\` text DEFAULT 'vi',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`articles_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_channels_order_idx\` ON \`articles_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_channels_parent_idx\` ON \`articles_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_channels_value_idx\` ON \`articles_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`language\` text DEFAULT 'vi',
  	\`summary\` text,
  	\`body\` text,
  	\`category_id\` integer,
  	\`plan_area\` text,
  	\`featured_image_id\` integer,
  	\`video_url\` text,
  	\`byline\` text,
  	\`event_date\` text,
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`approved_hash\` text,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`text_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_language_idx\` ON \`articles\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_plan_area_idx\` ON \`articles\` (\`plan_area\`);`)
  await db.run(sql`CREATE INDEX \`articles_featured_image_idx\` ON \`articles\` (\`featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_publish_at_idx\` ON \`articles\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_unpublish_at_idx\` ON \`articles\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_by_idx\` ON \`articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_search_text_idx\` ON \`articles\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_order_idx\` ON \`_articles_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_parent_idx\` ON \`_articles_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_value_idx\` ON \`_articles_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_language\` text DEFAULT 'vi',
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_category_id\` integer,
  	\`version_plan_area\` text,
  	\`version_featured_image_id\` integer,
  	\`version_video_url\` text,
  	\`version_byline\` text,
  	\`version_event_date\` text,
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_approved_hash\` text,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_text_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_language_idx\` ON \`_articles_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_plan_area_idx\` ON \`_articles_v\` (\`version_plan_area\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_featured_image_idx\` ON \`_articles_v\` (\`version_featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_at_idx\` ON \`_articles_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unpublish_at_idx\` ON \`_articles_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_approved_by_idx\` ON \`_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_search_text_idx\` ON \`_articles_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`achievements_students_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`achievements_students\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`achievements_students_consent_scope_order_idx\` ON \`achievements_students_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`achievements_students_consent_scope_parent_idx\` ON \`achievements_students_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`achievements_students\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`class_name\` text,
  	\`is_minor\` integer DEFAULT true,
  	\`consent_status\` text DEFAULT 'missing',
  	\`consent_expires_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`achievements_students_order_idx\` ON \`achievements_students\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`achievements_students_parent_id_idx\` ON \`achievements_students\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`achievements_teachers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`subject\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`achievements_teachers_order_idx\` ON \`achievements_teachers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`achievements_teachers_parent_id_idx\` ON \`achievements_teachers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`achievements_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`achievements_channels_order_idx\` ON \`achievements_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`achievements_channels_parent_idx\` ON \`achievements_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_channels_value_idx\` ON \`achievements_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`achievements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`language\` text DEFAULT 'vi',
  	\`summary\` text,
  	\`description\` text,
  	\`competition\` text,
  	\`level\` text,
  	\`award\` text,
  	\`subject\` text,
  	\`school_year\` text,
  	\`date\` text,
  	\`related_article_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`approved_hash\` text,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`text_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`related_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`achievements_slug_idx\` ON \`achievements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`achievements_language_idx\` ON \`achievements\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`achievements_level_idx\` ON \`achievements\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`achievements_school_year_idx\` ON \`achievements\` (\`school_year\`);`)
  await db.run(sql`CREATE INDEX \`achievements_date_idx\` ON \`achievements\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`achievements_related_article_idx\` ON \`achievements\` (\`related_article_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_workflow_state_idx\` ON \`achievements\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`achievements_author_idx\` ON \`achievements\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_last_edited_by_idx\` ON \`achievements\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_approved_by_idx\` ON \`achievements\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_published_at_idx\` ON \`achievements\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`achievements_search_text_idx\` ON \`achievements\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`achievements_updated_at_idx\` ON \`achievements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`achievements_created_at_idx\` ON \`achievements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`achievements__status_idx\` ON \`achievements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`achievements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`achievements_rels_order_idx\` ON \`achievements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_parent_idx\` ON \`achievements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_path_idx\` ON \`achievements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`achievements_rels_media_id_idx\` ON \`achievements_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_achievements_v_version_students_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_achievements_v_version_students\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_students_consent_scope_order_idx\` ON \`_achievements_v_version_students_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_students_consent_scope_parent_idx\` ON \`_achievements_v_version_students_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_achievements_v_version_students\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`class_name\` text,
  	\`is_minor\` integer DEFAULT true,
  	\`consent_status\` text DEFAULT 'missing',
  	\`consent_expires_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_achievements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_students_order_idx\` ON \`_achievements_v_version_students\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_students_parent_id_idx\` ON \`_achievements_v_version_students\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_achievements_v_version_teachers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`subject\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_achievements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_teachers_order_idx\` ON \`_achievements_v_version_teachers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_teachers_parent_id_idx\` ON \`_achievements_v_version_teachers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_achievements_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_achievements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_channels_order_idx\` ON \`_achievements_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_channels_parent_idx\` ON \`_achievements_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_channels_value_idx\` ON \`_achievements_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_achievements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_language\` text DEFAULT 'vi',
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_competition\` text,
  	\`version_level\` text,
  	\`version_award\` text,
  	\`version_subject\` text,
  	\`version_school_year\` text,
  	\`version_date\` text,
  	\`version_related_article_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_approved_hash\` text,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_text_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_related_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_achievements_v_parent_idx\` ON \`_achievements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_slug_idx\` ON \`_achievements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_language_idx\` ON \`_achievements_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_level_idx\` ON \`_achievements_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_school_year_idx\` ON \`_achievements_v\` (\`version_school_year\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_date_idx\` ON \`_achievements_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_related_article_idx\` ON \`_achievements_v\` (\`version_related_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_workflow_state_idx\` ON \`_achievements_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_author_idx\` ON \`_achievements_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_last_edited_by_idx\` ON \`_achievements_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_approved_by_idx\` ON \`_achievements_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_published_at_idx\` ON \`_achievements_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_search_text_idx\` ON \`_achievements_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_updated_at_idx\` ON \`_achievements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_created_at_idx\` ON \`_achievements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version__status_idx\` ON \`_achievements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_created_at_idx\` ON \`_achievements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_updated_at_idx\` ON \`_achievements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_snapshot_idx\` ON \`_achievements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_published_locale_idx\` ON \`_achievements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_latest_idx\` ON \`_achievements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_achievements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_achievements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_order_idx\` ON \`_achievements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_parent_idx\` ON \`_achievements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_path_idx\` ON \`_achievements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_rels_media_id_idx\` ON \`_achievements_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`language_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translator_id\` integer,
  	\`method\` text DEFAULT 'human',
  	\`source_revision\` text,
  	\`source_hash\` text,
  	\`source_key\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`approved_hash\` text,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`translator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`language_versions_language_idx\` ON \`language_versions\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_slug_idx\` ON \`language_versions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_translator_idx\` ON \`language_versions\` (\`translator_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`language_versions_source_key_idx\` ON \`language_versions\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_workflow_state_idx\` ON \`language_versions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_author_idx\` ON \`language_versions\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_last_edited_by_idx\` ON \`language_versions\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_approved_by_idx\` ON \`language_versions\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_published_at_idx\` ON \`language_versions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_search_text_idx\` ON \`language_versions\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_updated_at_idx\` ON \`language_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_created_at_idx\` ON \`language_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`language_versions__status_idx\` ON \`language_versions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`language_versions_rels\` (
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
  await db.run(sql`CREATE INDEX \`language_versions_rels_order_idx\` ON \`language_versions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_parent_idx\` ON \`language_versions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_path_idx\` ON \`language_versions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_articles_id_idx\` ON \`language_versions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`language_versions_rels_achievements_id_idx\` ON \`language_versions_rels\` (\`achievements_id\`);`)
  await db.run(sql`CREATE TABLE \`_language_versions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_language\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translator_id\` integer,
  	\`version_method\` text DEFAULT 'human',
  	\`version_source_revision\` text,
  	\`version_source_hash\` text,
  	\`version_source_key\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_approved_hash\` text,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`language_versions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_translator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_language_versions_v_parent_idx\` ON \`_language_versions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_language_idx\` ON \`_language_versions_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_slug_idx\` ON \`_language_versions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_translator_idx\` ON \`_language_versions_v\` (\`version_translator_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_source_key_idx\` ON \`_language_versions_v\` (\`version_source_key\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_workflow_state_idx\` ON \`_language_versions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_author_idx\` ON \`_language_versions_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_last_edited_by_idx\` ON \`_language_versions_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_approved_by_idx\` ON \`_language_versions_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_published_at_idx\` ON \`_language_versions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_search_text_idx\` ON \`_language_versions_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_updated_at_idx\` ON \`_language_versions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_created_at_idx\` ON \`_language_versions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version__status_idx\` ON \`_language_versions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_created_at_idx\` ON \`_language_versions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_updated_at_idx\` ON \`_language_versions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_snapshot_idx\` ON \`_language_versions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_published_locale_idx\` ON \`_language_versions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_latest_idx\` ON \`_language_versions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_language_versions_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_order_idx\` ON \`_language_versions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_parent_idx\` ON \`_language_versions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_path_idx\` ON \`_language_versions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_articles_id_idx\` ON \`_language_versions_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_rels_achievements_id_idx\` ON \`_language_versions_v_rels\` (\`achievements_id\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_locales_parent_id_idx\` ON \`categories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_consent_scope_order_idx\` ON \`media_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_consent_scope_parent_idx\` ON \`media_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`depicts_minors\` integer DEFAULT false,
  	\`consent_status\` text DEFAULT 'not-needed' NOT NULL,
  	\`consent_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	\`sizes_portal_url\` text,
  	\`sizes_portal_width\` numeric,
  	\`sizes_portal_height\` numeric,
  	\`sizes_portal_mime_type\` text,
  	\`sizes_portal_filesize\` numeric,
  	\`sizes_portal_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_depicts_minors_idx\` ON \`media\` (\`depicts_minors\`);`)
  await db.run(sql`CREATE INDEX \`media_consent_status_idx\` ON \`media\` (\`consent_status\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_portal_sizes_portal_filename_idx\` ON \`media\` (\`sizes_portal_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
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
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_media_ref_idx\` ON \`workflow_events\` (\`media_ref_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`achievements_id\` integer,
  	\`language_versions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`achievements_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`language_versions_id\`) REFERENCES \`language_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_order_idx\` ON \`workflow_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_parent_idx\` ON \`workflow_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_path_idx\` ON \`workflow_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_articles_id_idx\` ON \`workflow_events_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_achievements_id_idx\` ON \`workflow_events_rels\` (\`achievements_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_language_versions_id_idx\` ON \`workflow_events_rels\` (\`language_versions_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`articles_id\` integer,
  	\`achievements_id\` integer,
  	\`language_versions_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`workflow_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`achievements_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`language_versions_id\`) REFERENCES \`language_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_achievements_id_idx\` ON \`payload_locked_documents_rels\` (\`achievements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_language_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`language_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_contacts_order_idx\` ON \`site_settings_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_contacts_parent_id_idx\` ON \`site_settings_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_contacts_locales\` (
  	\`label\` text NOT NULL,
  	\`address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_contacts_locales_locale_parent_id_unique\` ON \`site_settings_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_contacts_locales_parent_id_idx\` ON \`site_settings_contacts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`logo_id\` integer,
  	\`public_url\` text,
  	\`spokesperson_user_id\` integer,
  	\`spokesperson_name\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`spokesperson_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_spokesperson_spokesperson_user_idx\` ON \`site_settings\` (\`spokesperson_user_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`school_name\` text NOT NULL,
  	\`description\` text,
  	\`spokesperson_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_id_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publishing_settings_extra_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publishing_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publishing_settings_extra_checklist_order_idx\` ON \`publishing_settings_extra_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publishing_settings_extra_checklist_parent_id_idx\` ON \`publishing_settings_extra_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publishing_settings_extra_checklist_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publishing_settings_extra_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publishing_settings_extra_checklist_locales_locale_parent_id\` ON \`publishing_settings_extra_checklist_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publishing_settings_extra_checklist_locales_parent_id_idx\` ON \`publishing_settings_extra_checklist_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publishing_settings_default_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publishing_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publishing_settings_default_channels_order_idx\` ON \`publishing_settings_default_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publishing_settings_default_channels_parent_idx\` ON \`publishing_settings_default_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publishing_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`four_eyes\` integer DEFAULT true,
  	\`feed_item_limit\` numeric DEFAULT 50,
  	\`news_publication_name\` text DEFAULT 'THPT Lê Chân',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`articles_channels\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`achievements_students_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`achievements_students\`;`)
  await db.run(sql`DROP TABLE \`achievements_teachers\`;`)
  await db.run(sql`DROP TABLE \`achievements_channels\`;`)
  await db.run(sql`DROP TABLE \`achievements\`;`)
  await db.run(sql`DROP TABLE \`achievements_rels\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v_version_students_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v_version_students\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v_version_teachers\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v_rels\`;`)
  await db.run(sql`DROP TABLE \`language_versions\`;`)
  await db.run(sql`DROP TABLE \`language_versions_rels\`;`)
  await db.run(sql`DROP TABLE \`_language_versions_v\`;`)
  await db.run(sql`DROP TABLE \`_language_versions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`media_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_contacts\`;`)
  await db.run(sql`DROP TABLE \`site_settings_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`publishing_settings_extra_checklist\`;`)
  await db.run(sql`DROP TABLE \`publishing_settings_extra_checklist_locales\`;`)
  await db.run(sql`DROP TABLE \`publishing_settings_default_channels\`;`)
  await db.run(sql`DROP TABLE \`publishing_settings\`;`)
}
