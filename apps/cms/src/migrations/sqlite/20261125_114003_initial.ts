import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`career_paths_responsibilities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths_responsibilities_order_idx\` ON \`career_paths_responsibilities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_responsibilities_parent_id_idx\` ON \`career_paths_responsibilities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`career_paths_specializations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths_specializations_order_idx\` ON \`career_paths_specializations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_specializations_parent_id_idx\` ON \`career_paths_specializations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`career_paths_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths_faqs_order_idx\` ON \`career_paths_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_faqs_parent_id_idx\` ON \`career_paths_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`career_paths\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`definition\` text,
  	\`what_they_do\` text,
  	\`work_environment\` text,
  	\`working_conditions\` text,
  	\`difficulty\` text,
  	\`outlook\` text,
  	\`occupation_code\` text,
  	\`published\` text,
  	\`updated\` text,
  	\`feed_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`career_paths_slug_idx\` ON \`career_paths\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_updated_at_idx\` ON \`career_paths\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_created_at_idx\` ON \`career_paths\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`career_paths__status_idx\` ON \`career_paths\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`career_paths_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths_texts_order_parent\` ON \`career_paths_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`career_paths_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`career_paths_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_paths_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths_rels_order_idx\` ON \`career_paths_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_rels_parent_idx\` ON \`career_paths_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_rels_path_idx\` ON \`career_paths_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_rels_career_paths_id_idx\` ON \`career_paths_rels\` (\`career_paths_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_version_responsibilities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_responsibilities_order_idx\` ON \`_career_paths_v_version_responsibilities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_responsibilities_parent_id_idx\` ON \`_career_paths_v_version_responsibilities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_version_specializations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_specializations_order_idx\` ON \`_career_paths_v_version_specializations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_specializations_parent_id_idx\` ON \`_career_paths_v_version_specializations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_version_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_faqs_order_idx\` ON \`_career_paths_v_version_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_faqs_parent_id_idx\` ON \`_career_paths_v_version_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_definition\` text,
  	\`version_what_they_do\` text,
  	\`version_work_environment\` text,
  	\`version_working_conditions\` text,
  	\`version_difficulty\` text,
  	\`version_outlook\` text,
  	\`version_occupation_code\` text,
  	\`version_published\` text,
  	\`version_updated\` text,
  	\`version_feed_id\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_parent_idx\` ON \`_career_paths_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_version_slug_idx\` ON \`_career_paths_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_version_updated_at_idx\` ON \`_career_paths_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_version_created_at_idx\` ON \`_career_paths_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_version__status_idx\` ON \`_career_paths_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_created_at_idx\` ON \`_career_paths_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_updated_at_idx\` ON \`_career_paths_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_latest_idx\` ON \`_career_paths_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_autosave_idx\` ON \`_career_paths_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_texts_order_parent\` ON \`_career_paths_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`career_paths_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_paths_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_rels_order_idx\` ON \`_career_paths_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_rels_parent_idx\` ON \`_career_paths_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_rels_path_idx\` ON \`_career_paths_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_rels_career_paths_id_idx\` ON \`_career_paths_v_rels\` (\`career_paths_id\`);`)
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
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
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
  await db.run(sql`CREATE TABLE \`rendered_outputs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`markdown\` text NOT NULL,
  	\`json\` text NOT NULL,
  	\`pdf\` text NOT NULL,
  	\`feed_item\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rendered_outputs_hash_idx\` ON \`rendered_outputs\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`rendered_outputs_slug_idx\` ON \`rendered_outputs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`rendered_outputs_updated_at_idx\` ON \`rendered_outputs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rendered_outputs_created_at_idx\` ON \`rendered_outputs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
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
  	\`career_paths_id\` integer,
  	\`users_id\` integer,
  	\`rendered_outputs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_paths_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rendered_outputs_id\`) REFERENCES \`rendered_outputs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_career_paths_id_idx\` ON \`payload_locked_documents_rels\` (\`career_paths_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rendered_outputs_id_idx\` ON \`payload_locked_documents_rels\` (\`rendered_outputs_id\`);`)
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
  await db.run(sql`CREATE TABLE \`settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'Canyon Careers' NOT NULL,
  	\`base_url\` text DEFAULT 'http://localhost:3000' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`feed_title\` text DEFAULT 'Career Paths' NOT NULL,
  	\`feed_description\` text DEFAULT 'Career-path guides.' NOT NULL,
  	\`call_to_action_label\` text DEFAULT 'Ready to start?' NOT NULL,
  	\`call_to_action_url\` text DEFAULT 'https://example.com' NOT NULL,
  	\`handout_footer\` text DEFAULT '',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`career_paths_responsibilities\`;`)
  await db.run(sql`DROP TABLE \`career_paths_specializations\`;`)
  await db.run(sql`DROP TABLE \`career_paths_faqs\`;`)
  await db.run(sql`DROP TABLE \`career_paths\`;`)
  await db.run(sql`DROP TABLE \`career_paths_texts\`;`)
  await db.run(sql`DROP TABLE \`career_paths_rels\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_version_responsibilities\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_version_specializations\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_version_faqs\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_rels\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`rendered_outputs\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
}
