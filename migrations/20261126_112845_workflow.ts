import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_publish_requested_by_idx\` ON \`articles\` (\`publish_requested_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_requested_by_idx\` ON \`_articles_v\` (\`version_publish_requested_by_id\`);`)
  await db.run(sql`ALTER TABLE \`achievements\` ADD \`publish_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`achievements_publish_requested_by_idx\` ON \`achievements\` (\`publish_requested_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_achievements_v\` ADD \`version_publish_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_publish_requested_by_idx\` ON \`_achievements_v\` (\`version_publish_requested_by_id\`);`)
  await db.run(sql`ALTER TABLE \`language_versions\` ADD \`publish_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`language_versions_publish_requested_by_idx\` ON \`language_versions\` (\`publish_requested_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_language_versions_v\` ADD \`version_publish_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_language_versions_v_version_version_publish_requested_b_idx\` ON \`_language_versions_v\` (\`version_publish_requested_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
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
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "language", "summary", "body", "category_id", "plan_area", "featured_image_id", "video_url", "byline", "event_date", "publish_at", "unpublish_at", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "published_at", "search_text", "text_hash", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "language", "summary", "body", "category_id", "plan_area", "featured_image_id", "video_url", "byline", "event_date", "publish_at", "unpublish_at", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "published_at", "search_text", "text_hash", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
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
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_body", "version_category_id", "version_plan_area", "version_featured_image_id", "version_video_url", "version_byline", "version_event_date", "version_publish_at", "version_unpublish_at", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_published_at", "version_search_text", "version_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_body", "version_category_id", "version_plan_area", "version_featured_image_id", "version_video_url", "version_byline", "version_event_date", "version_publish_at", "version_unpublish_at", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_published_at", "version_search_text", "version_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_achievements\` (
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
  await db.run(sql`INSERT INTO \`__new_achievements\`("id", "title", "slug", "language", "summary", "description", "competition", "level", "award", "subject", "school_year", "date", "related_article_id", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "published_at", "search_text", "text_hash", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "language", "summary", "description", "competition", "level", "award", "subject", "school_year", "date", "related_article_id", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "published_at", "search_text", "text_hash", "updated_at", "created_at", "_status" FROM \`achievements\`;`)
  await db.run(sql`DROP TABLE \`achievements\`;`)
  await db.run(sql`ALTER TABLE \`__new_achievements\` RENAME TO \`achievements\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__achievements_v\` (
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
  await db.run(sql`INSERT INTO \`__new__achievements_v\`("id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_description", "version_competition", "version_level", "version_award", "version_subject", "version_school_year", "version_date", "version_related_article_id", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_published_at", "version_search_text", "version_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_description", "version_competition", "version_level", "version_award", "version_subject", "version_school_year", "version_date", "version_related_article_id", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_published_at", "version_search_text", "version_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_achievements_v\`;`)
  await db.run(sql`DROP TABLE \`_achievements_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__achievements_v\` RENAME TO \`_achievements_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_language_versions\` (
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
  await db.run(sql`INSERT INTO \`__new_language_versions\`("id", "language", "title", "slug", "summary", "body", "translator_id", "method", "source_revision", "source_hash", "source_key", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "published_at", "search_text", "updated_at", "created_at", "_status") SELECT "id", "language", "title", "slug", "summary", "body", "translator_id", "method", "source_revision", "source_hash", "source_key", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "published_at", "search_text", "updated_at", "created_at", "_status" FROM \`language_versions\`;`)
  await db.run(sql`DROP TABLE \`language_versions\`;`)
  await db.run(sql`ALTER TABLE \`__new_language_versions\` RENAME TO \`language_versions\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__language_versions_v\` (
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
  await db.run(sql`INSERT INTO \`__new__language_versions_v\`("id", "parent_id", "version_language", "version_title", "version_slug", "version_summary", "version_body", "version_translator_id", "version_method", "version_source_revision", "version_source_hash", "version_source_key", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_language", "version_title", "version_slug", "version_summary", "version_body", "version_translator_id", "version_method", "version_source_revision", "version_source_hash", "version_source_key", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_language_versions_v\`;`)
  await db.run(sql`DROP TABLE \`_language_versions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__language_versions_v\` RENAME TO \`_language_versions_v\`;`)
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
}
