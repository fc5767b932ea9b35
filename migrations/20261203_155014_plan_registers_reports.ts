import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plan_tasks_occasions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_tasks_occasions_order_idx\` ON \`plan_tasks_occasions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plan_tasks_occasions_parent_id_idx\` ON \`plan_tasks_occasions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`code\` text NOT NULL,
  	\`area\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`responsible_unit\` text NOT NULL,
  	\`recurrence\` text DEFAULT 'once' NOT NULL,
  	\`deadline\` text,
  	\`status\` text DEFAULT 'not-started' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_tasks_year_idx\` ON \`plan_tasks\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`plan_tasks_area_idx\` ON \`plan_tasks\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`plan_tasks_deadline_idx\` ON \`plan_tasks\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`plan_tasks_status_idx\` ON \`plan_tasks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`plan_tasks_updated_at_idx\` ON \`plan_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_tasks_created_at_idx\` ON \`plan_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_tasks_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_tasks_texts_order_parent\` ON \`plan_tasks_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_monitoring\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`found_at\` text NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text,
  	\`topic\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`assessment\` text NOT NULL,
  	\`action_taken\` text DEFAULT 'none' NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`action_details\` text,
  	\`reported_to\` text,
  	\`reported_at\` text,
  	\`response_article_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`response_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`press_monitoring_found_at_idx\` ON \`press_monitoring\` (\`found_at\`);`)
  await db.run(sql`CREATE INDEX \`press_monitoring_response_article_idx\` ON \`press_monitoring\` (\`response_article_id\`);`)
  await db.run(sql`CREATE INDEX \`press_monitoring_updated_at_idx\` ON \`press_monitoring\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_monitoring_created_at_idx\` ON \`press_monitoring\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`foreign_press_visits_publications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`foreign_press_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`foreign_press_visits_publications_order_idx\` ON \`foreign_press_visits_publications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`foreign_press_visits_publications_parent_id_idx\` ON \`foreign_press_visits_publications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`foreign_press_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`purpose\` text NOT NULL,
  	\`permission_reference\` text NOT NULL,
  	\`escort\` text,
  	\`spokesperson_present\` integer,
  	\`materials_provided\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`foreign_press_visits_start_date_idx\` ON \`foreign_press_visits\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`foreign_press_visits_updated_at_idx\` ON \`foreign_press_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`foreign_press_visits_created_at_idx\` ON \`foreign_press_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`foreign_press_visits_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`foreign_press_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`foreign_press_visits_texts_order_parent\` ON \`foreign_press_visits_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`summary_line\` text NOT NULL,
  	\`number\` text,
  	\`place\` text,
  	\`issued_on\` text,
  	\`parent_agency\` text,
  	\`school\` text,
  	\`results\` text,
  	\`limitations\` text,
  	\`next_tasks\` text,
  	\`signing_mode\` text DEFAULT 'principal' NOT NULL,
  	\`signer_title\` text,
  	\`on_behalf_of\` text,
  	\`signer_name\` text,
  	\`recipients\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`figures\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`implementation_reports_updated_at_idx\` ON \`implementation_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`implementation_reports_created_at_idx\` ON \`implementation_reports\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`plan_task_id\` integer REFERENCES plan_tasks(id);`)
  await db.run(sql`CREATE INDEX \`articles_plan_task_idx\` ON \`articles\` (\`plan_task_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_plan_task_id\` integer REFERENCES plan_tasks(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_plan_task_idx\` ON \`_articles_v\` (\`version_plan_task_id\`);`)
  await db.run(sql`ALTER TABLE \`achievements\` ADD \`plan_task_id\` integer REFERENCES plan_tasks(id);`)
  await db.run(sql`CREATE INDEX \`achievements_plan_task_idx\` ON \`achievements\` (\`plan_task_id\`);`)
  await db.run(sql`ALTER TABLE \`_achievements_v\` ADD \`version_plan_task_id\` integer REFERENCES plan_tasks(id);`)
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_plan_task_idx\` ON \`_achievements_v\` (\`version_plan_task_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plan_tasks_id\` integer REFERENCES plan_tasks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_monitoring_id\` integer REFERENCES press_monitoring(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`foreign_press_visits_id\` integer REFERENCES foreign_press_visits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`implementation_reports_id\` integer REFERENCES implementation_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_monitoring_id_idx\` ON \`payload_locked_documents_rels\` (\`press_monitoring_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_foreign_press_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`foreign_press_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_implementation_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`implementation_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`plan_tasks_occasions\`;`)
  await db.run(sql`DROP TABLE \`plan_tasks\`;`)
  await db.run(sql`DROP TABLE \`plan_tasks_texts\`;`)
  await db.run(sql`DROP TABLE \`press_monitoring\`;`)
  await db.run(sql`DROP TABLE \`foreign_press_visits_publications\`;`)
  await db.run(sql`DROP TABLE \`foreign_press_visits\`;`)
  await db.run(sql`DROP TABLE \`foreign_press_visits_texts\`;`)
  await db.run(sql`DROP TABLE \`implementation_reports\`;`)
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
  	\`publish_requested_by_id\` integer,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`text_hash\` text,
  	\`approved_text_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publish_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "language", "summary", "body", "category_id", "plan_area", "featured_image_id", "video_url", "byline", "event_date", "publish_at", "unpublish_at", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "publish_requested_by_id", "published_at", "search_text", "text_hash", "approved_text_hash", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "language", "summary", "body", "category_id", "plan_area", "featured_image_id", "video_url", "byline", "event_date", "publish_at", "unpublish_at", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "publish_requested_by_id", "published_at", "search_text", "text_hash", "approved_text_hash", "updated_at", "created_at", "_status" FROM \`articles\`;`)
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
  await db.run(sql`CREATE INDEX \`articles_publish_requested_by_idx\` ON \`articles\` (\`publish_requested_by_id\`);`)
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
  	\`version_publish_requested_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_text_hash\` text,
  	\`version_approved_text_hash\` text,
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
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publish_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_body", "version_category_id", "version_plan_area", "version_featured_image_id", "version_video_url", "version_byline", "version_event_date", "version_publish_at", "version_unpublish_at", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_publish_requested_by_id", "version_published_at", "version_search_text", "version_text_hash", "version_approved_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_body", "version_category_id", "version_plan_area", "version_featured_image_id", "version_video_url", "version_byline", "version_event_date", "version_publish_at", "version_unpublish_at", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_publish_requested_by_id", "version_published_at", "version_search_text", "version_text_hash", "version_approved_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_requested_by_idx\` ON \`_articles_v\` (\`version_publish_requested_by_id\`);`)
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
  	\`publish_requested_by_id\` integer,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`text_hash\` text,
  	\`approved_text_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`related_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publish_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_achievements\`("id", "title", "slug", "language", "summary", "description", "competition", "level", "award", "subject", "school_year", "date", "related_article_id", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "publish_requested_by_id", "published_at", "search_text", "text_hash", "approved_text_hash", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "language", "summary", "description", "competition", "level", "award", "subject", "school_year", "date", "related_article_id", "workflow_state", "author_id", "last_edited_by_id", "approved_by_id", "approved_at", "approved_hash", "publish_requested_by_id", "published_at", "search_text", "text_hash", "approved_text_hash", "updated_at", "created_at", "_status" FROM \`achievements\`;`)
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
  await db.run(sql`CREATE INDEX \`achievements_publish_requested_by_idx\` ON \`achievements\` (\`publish_requested_by_id\`);`)
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
  	\`version_publish_requested_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_text_hash\` text,
  	\`version_approved_text_hash\` text,
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
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publish_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__achievements_v\`("id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_description", "version_competition", "version_level", "version_award", "version_subject", "version_school_year", "version_date", "version_related_article_id", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_publish_requested_by_id", "version_published_at", "version_search_text", "version_text_hash", "version_approved_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_language", "version_summary", "version_description", "version_competition", "version_level", "version_award", "version_subject", "version_school_year", "version_date", "version_related_article_id", "version_workflow_state", "version_author_id", "version_last_edited_by_id", "version_approved_by_id", "version_approved_at", "version_approved_hash", "version_publish_requested_by_id", "version_published_at", "version_search_text", "version_text_hash", "version_approved_text_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_achievements_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_achievements_v_version_version_publish_requested_by_idx\` ON \`_achievements_v\` (\`version_publish_requested_by_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`published_entries_id\` integer,
  	\`destinations_id\` integer,
  	\`deliveries_id\` integer,
  	\`integrations_id\` integer,
  	\`publication_changes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`achievements_id\`) REFERENCES \`achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`language_versions_id\`) REFERENCES \`language_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_entries_id\`) REFERENCES \`published_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`destinations_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrations_id\`) REFERENCES \`integrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publication_changes_id\`) REFERENCES \`publication_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "articles_id", "achievements_id", "language_versions_id", "categories_id", "media_id", "workflow_events_id", "published_entries_id", "destinations_id", "deliveries_id", "integrations_id", "publication_changes_id") SELECT "id", "order", "parent_id", "path", "users_id", "articles_id", "achievements_id", "language_versions_id", "categories_id", "media_id", "workflow_events_id", "published_entries_id", "destinations_id", "deliveries_id", "integrations_id", "publication_changes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`published_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_destinations_id_idx\` ON \`payload_locked_documents_rels\` (\`destinations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_integrations_id_idx\` ON \`payload_locked_documents_rels\` (\`integrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publication_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`publication_changes_id\`);`)
}
