import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Hand-written order: SQLite's index names are the schema's, so the status indexes of the one-language
  // columns go before indexes of those names are made on the locale tables (generated, they came after and failed).
  await db.run(sql`DROP INDEX \`career_paths__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_career_paths_v_version_version__status_idx\`;`)
  await db.run(sql`CREATE TABLE \`career_paths_forms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths_forms_order_idx\` ON \`career_paths_forms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_forms_parent_id_idx\` ON \`career_paths_forms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`career_paths_forms_locale_idx\` ON \`career_paths_forms\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`career_paths_locales\` (
  	\`title\` text,
  	\`definition\` text,
  	\`what_they_do\` text,
  	\`work_environment\` text,
  	\`working_conditions\` text,
  	\`difficulty\` text,
  	\`outlook\` text,
  	\`published\` text,
  	\`updated\` text,
  	\`translation_source_revision\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`career_paths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`career_paths__status_idx\` ON \`career_paths_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`career_paths_locales_locale_parent_id_unique\` ON \`career_paths_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_version_forms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_forms_order_idx\` ON \`_career_paths_v_version_forms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_forms_parent_id_idx\` ON \`_career_paths_v_version_forms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_forms_locale_idx\` ON \`_career_paths_v_version_forms\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_career_paths_v_locales\` (
  	\`version_title\` text,
  	\`version_definition\` text,
  	\`version_what_they_do\` text,
  	\`version_work_environment\` text,
  	\`version_working_conditions\` text,
  	\`version_difficulty\` text,
  	\`version_outlook\` text,
  	\`version_published\` text,
  	\`version_updated\` text,
  	\`version_translation_source_revision\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_career_paths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_version__status_idx\` ON \`_career_paths_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_career_paths_v_locales_locale_parent_id_unique\` ON \`_career_paths_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_locales\` (
  	\`feed_title\` text DEFAULT 'Career Paths' NOT NULL,
  	\`feed_description\` text DEFAULT 'Career-path guides.' NOT NULL,
  	\`call_to_action_label\` text DEFAULT 'Ready to start?' NOT NULL,
  	\`handout_footer\` text DEFAULT '',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`settings_locales_locale_parent_id_unique\` ON \`settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Hand-written: every existing value is the default locale's (en). The generated statements move the columns
  // by dropping them, so their values are copied to the locale tables first. The array rows that exist get
  // _locale 'en' from the column's default below (SQLite cannot add a NOT NULL column without one, nor drop
  // a default without rebuilding the table; Payload names the locale of every row it writes, so it is inert).
  await db.run(sql`INSERT INTO \`career_paths_locales\` (\`title\`, \`definition\`, \`what_they_do\`, \`work_environment\`, \`working_conditions\`, \`difficulty\`, \`outlook\`, \`published\`, \`updated\`, \`_status\`, \`_locale\`, \`_parent_id\`) SELECT \`title\`, \`definition\`, \`what_they_do\`, \`work_environment\`, \`working_conditions\`, \`difficulty\`, \`outlook\`, \`published\`, \`updated\`, \`_status\`, 'en', \`id\` FROM \`career_paths\`;`)
  await db.run(sql`INSERT INTO \`_career_paths_v_locales\` (\`version_title\`, \`version_definition\`, \`version_what_they_do\`, \`version_work_environment\`, \`version_working_conditions\`, \`version_difficulty\`, \`version_outlook\`, \`version_published\`, \`version_updated\`, \`version__status\`, \`_locale\`, \`_parent_id\`) SELECT \`version_title\`, \`version_definition\`, \`version_what_they_do\`, \`version_work_environment\`, \`version_working_conditions\`, \`version_difficulty\`, \`version_outlook\`, \`version_published\`, \`version_updated\`, \`version__status\`, 'en', \`id\` FROM \`_career_paths_v\`;`)
  await db.run(sql`INSERT INTO \`settings_locales\` (\`feed_title\`, \`feed_description\`, \`call_to_action_label\`, \`handout_footer\`, \`_locale\`, \`_parent_id\`) SELECT \`feed_title\`, \`feed_description\`, \`call_to_action_label\`, \`handout_footer\`, 'en', \`id\` FROM \`settings\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`definition\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`what_they_do\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`work_environment\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`working_conditions\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`difficulty\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`outlook\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`published\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`updated\`;`)
  await db.run(sql`ALTER TABLE \`career_paths\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_snapshot_idx\` ON \`_career_paths_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_published_locale_idx\` ON \`_career_paths_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_definition\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_what_they_do\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_work_environment\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_working_conditions\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_difficulty\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_outlook\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_published\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version_updated\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`career_paths_responsibilities\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`career_paths_responsibilities_locale_idx\` ON \`career_paths_responsibilities\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`career_paths_specializations\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`career_paths_specializations_locale_idx\` ON \`career_paths_specializations\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`career_paths_faqs\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`career_paths_faqs_locale_idx\` ON \`career_paths_faqs\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_career_paths_v_version_responsibilities\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_responsibilities_locale_idx\` ON \`_career_paths_v_version_responsibilities\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_career_paths_v_version_specializations\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_specializations_locale_idx\` ON \`_career_paths_v_version_specializations\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_career_paths_v_version_faqs\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_faqs_locale_idx\` ON \`_career_paths_v_version_faqs\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`feed_title\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`feed_description\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`call_to_action_label\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`handout_footer\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_definition\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_what_they_do\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_work_environment\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_working_conditions\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_difficulty\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_outlook\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_published\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version_updated\` text;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`definition\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`what_they_do\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`work_environment\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`working_conditions\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`difficulty\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`outlook\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`published\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`updated\` text;`)
  await db.run(sql`ALTER TABLE \`career_paths\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`feed_title\` text DEFAULT 'Career Paths' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`feed_description\` text DEFAULT 'Career-path guides.' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`call_to_action_label\` text DEFAULT 'Ready to start?' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`handout_footer\` text DEFAULT '';`)
  // Hand-written: back to one language, the default locale's values (the others have nowhere to go), copied
  // before the locale tables go; the status indexes are made after, as their names are free only then.
  await db.run(sql`UPDATE \`career_paths\` SET \`title\` = (SELECT l.\`title\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`definition\` = (SELECT l.\`definition\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`what_they_do\` = (SELECT l.\`what_they_do\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`work_environment\` = (SELECT l.\`work_environment\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`working_conditions\` = (SELECT l.\`working_conditions\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`difficulty\` = (SELECT l.\`difficulty\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`outlook\` = (SELECT l.\`outlook\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`published\` = (SELECT l.\`published\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`updated\` = (SELECT l.\`updated\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en'), \`_status\` = (SELECT l.\`_status\` FROM \`career_paths_locales\` l WHERE l.\`_parent_id\` = \`career_paths\`.\`id\` AND l.\`_locale\` = 'en');`)
  await db.run(sql`UPDATE \`_career_paths_v\` SET \`version_title\` = (SELECT l.\`version_title\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_definition\` = (SELECT l.\`version_definition\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_what_they_do\` = (SELECT l.\`version_what_they_do\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_work_environment\` = (SELECT l.\`version_work_environment\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_working_conditions\` = (SELECT l.\`version_working_conditions\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_difficulty\` = (SELECT l.\`version_difficulty\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_outlook\` = (SELECT l.\`version_outlook\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_published\` = (SELECT l.\`version_published\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version_updated\` = (SELECT l.\`version_updated\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en'), \`version__status\` = (SELECT l.\`version__status\` FROM \`_career_paths_v_locales\` l WHERE l.\`_parent_id\` = \`_career_paths_v\`.\`id\` AND l.\`_locale\` = 'en');`)
  await db.run(sql`UPDATE \`settings\` SET \`feed_title\` = (SELECT l.\`feed_title\` FROM \`settings_locales\` l WHERE l.\`_parent_id\` = \`settings\`.\`id\` AND l.\`_locale\` = 'en'), \`feed_description\` = (SELECT l.\`feed_description\` FROM \`settings_locales\` l WHERE l.\`_parent_id\` = \`settings\`.\`id\` AND l.\`_locale\` = 'en'), \`call_to_action_label\` = (SELECT l.\`call_to_action_label\` FROM \`settings_locales\` l WHERE l.\`_parent_id\` = \`settings\`.\`id\` AND l.\`_locale\` = 'en'), \`handout_footer\` = (SELECT l.\`handout_footer\` FROM \`settings_locales\` l WHERE l.\`_parent_id\` = \`settings\`.\`id\` AND l.\`_locale\` = 'en');`)
  await db.run(sql`DELETE FROM \`career_paths_responsibilities\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DELETE FROM \`career_paths_specializations\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DELETE FROM \`career_paths_faqs\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DELETE FROM \`_career_paths_v_version_responsibilities\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DELETE FROM \`_career_paths_v_version_specializations\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DELETE FROM \`_career_paths_v_version_faqs\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DROP TABLE \`career_paths_forms\`;`)
  await db.run(sql`DROP TABLE \`career_paths_locales\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_version_forms\`;`)
  await db.run(sql`DROP TABLE \`_career_paths_v_locales\`;`)
  await db.run(sql`DROP TABLE \`settings_locales\`;`)
  await db.run(sql`DROP INDEX \`career_paths_responsibilities_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`career_paths_responsibilities\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`career_paths_specializations_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`career_paths_specializations\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`career_paths_faqs_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`career_paths_faqs\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_career_paths_v_version_responsibilities_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v_version_responsibilities\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_career_paths_v_version_specializations_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v_version_specializations\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_career_paths_v_version_faqs_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v_version_faqs\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_career_paths_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_career_paths_v_published_locale_idx\`;`)
  await db.run(sql`CREATE INDEX \`_career_paths_v_version_version__status_idx\` ON \`_career_paths_v\` (\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_career_paths_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`CREATE INDEX \`career_paths__status_idx\` ON \`career_paths\` (\`_status\`);`)
}
