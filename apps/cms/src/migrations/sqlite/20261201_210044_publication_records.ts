import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited after generation: drizzle-kit copied the locked-document links' new columns from the old
// table, which has none of them; only the columns both tables have are copied (locks of renders: none).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`published_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`entry\` text,
  	\`locale\` text NOT NULL,
  	\`content_type\` text NOT NULL,
  	\`etag\` text NOT NULL,
  	\`size\` numeric NOT NULL,
  	\`encoding\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`published_files_key_idx\` ON \`published_files\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`published_files_entry_idx\` ON \`published_files\` (\`entry\`);`)
  await db.run(sql`CREATE INDEX \`published_files_updated_at_idx\` ON \`published_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_files_created_at_idx\` ON \`published_files\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feed_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`entry\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`newest_first\` numeric NOT NULL,
  	\`tags\` text,
  	\`related_ids\` text,
  	\`etag\` text NOT NULL,
  	\`renderer_version\` numeric NOT NULL,
  	\`item\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feed_items_key_idx\` ON \`feed_items\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`feed_items_entry_idx\` ON \`feed_items\` (\`entry\`);`)
  await db.run(sql`CREATE INDEX \`feed_items_updated_at_idx\` ON \`feed_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feed_items_created_at_idx\` ON \`feed_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_newestFirst_title_itemId_idx\` ON \`feed_items\` (\`locale\`,\`newest_first\`,\`title\`,\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`locale_title_itemId_idx\` ON \`feed_items\` (\`locale\`,\`title\`,\`item_id\`);`)
  await db.run(sql`DROP TABLE \`rendered_outputs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`career_paths_id\` integer,
  	\`users_id\` integer,
  	\`published_files_id\` integer,
  	\`feed_items_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_paths_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_files_id\`) REFERENCES \`published_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feed_items_id\`) REFERENCES \`feed_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "career_paths_id", "users_id") SELECT "id", "order", "parent_id", "path", "career_paths_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_career_paths_id_idx\` ON \`payload_locked_documents_rels\` (\`career_paths_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_files_id_idx\` ON \`payload_locked_documents_rels\` (\`published_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_items_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_items_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`DROP TABLE \`published_files\`;`)
  await db.run(sql`DROP TABLE \`feed_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "career_paths_id", "users_id") SELECT "id", "order", "parent_id", "path", "career_paths_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_career_paths_id_idx\` ON \`payload_locked_documents_rels\` (\`career_paths_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rendered_outputs_id_idx\` ON \`payload_locked_documents_rels\` (\`rendered_outputs_id\`);`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
}
