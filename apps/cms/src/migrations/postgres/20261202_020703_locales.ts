import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es', 'de', 'pl');
  CREATE TYPE "public"."enum__career_paths_v_published_locale" AS ENUM('en', 'es', 'de', 'pl');
  CREATE TABLE "career_paths_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "career_paths_locales" (
  	"title" varchar,
  	"definition" jsonb,
  	"what_they_do" jsonb,
  	"work_environment" jsonb,
  	"working_conditions" jsonb,
  	"difficulty" jsonb,
  	"outlook" jsonb,
  	"published" varchar,
  	"updated" varchar,
  	"translation_source_revision" varchar,
  	"_status" "enum_career_paths_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_career_paths_v_version_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_career_paths_v_locales" (
  	"version_title" varchar,
  	"version_definition" jsonb,
  	"version_what_they_do" jsonb,
  	"version_work_environment" jsonb,
  	"version_working_conditions" jsonb,
  	"version_difficulty" jsonb,
  	"version_outlook" jsonb,
  	"version_published" varchar,
  	"version_updated" varchar,
  	"version_translation_source_revision" varchar,
  	"version__status" "enum__career_paths_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "settings_locales" (
  	"feed_title" varchar DEFAULT 'Career Paths' NOT NULL,
  	"feed_description" varchar DEFAULT 'Career-path guides.' NOT NULL,
  	"call_to_action_label" varchar DEFAULT 'Ready to start?' NOT NULL,
  	"handout_footer" varchar DEFAULT '',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DROP INDEX "career_paths__status_idx";
  DROP INDEX "_career_paths_v_version_version__status_idx";
  ALTER TABLE "career_paths_responsibilities" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "career_paths_specializations" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "career_paths_faqs" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_career_paths_v_version_responsibilities" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_career_paths_v_version_specializations" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_career_paths_v_version_faqs" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_career_paths_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_career_paths_v" ADD COLUMN "published_locale" "enum__career_paths_v_published_locale";
  ALTER TABLE "career_paths_forms" ADD CONSTRAINT "career_paths_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_paths_locales" ADD CONSTRAINT "career_paths_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_version_forms" ADD CONSTRAINT "_career_paths_v_version_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_locales" ADD CONSTRAINT "_career_paths_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_locales" ADD CONSTRAINT "settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "career_paths_forms_order_idx" ON "career_paths_forms" USING btree ("_order");
  CREATE INDEX "career_paths_forms_parent_id_idx" ON "career_paths_forms" USING btree ("_parent_id");
  CREATE INDEX "career_paths_forms_locale_idx" ON "career_paths_forms" USING btree ("_locale");
  CREATE INDEX "career_paths__status_idx" ON "career_paths_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "career_paths_locales_locale_parent_id_unique" ON "career_paths_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_career_paths_v_version_forms_order_idx" ON "_career_paths_v_version_forms" USING btree ("_order");
  CREATE INDEX "_career_paths_v_version_forms_parent_id_idx" ON "_career_paths_v_version_forms" USING btree ("_parent_id");
  CREATE INDEX "_career_paths_v_version_forms_locale_idx" ON "_career_paths_v_version_forms" USING btree ("_locale");
  CREATE INDEX "_career_paths_v_version_version__status_idx" ON "_career_paths_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_career_paths_v_locales_locale_parent_id_unique" ON "_career_paths_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "settings_locales_locale_parent_id_unique" ON "settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "career_paths_responsibilities_locale_idx" ON "career_paths_responsibilities" USING btree ("_locale");
  CREATE INDEX "career_paths_specializations_locale_idx" ON "career_paths_specializations" USING btree ("_locale");
  CREATE INDEX "career_paths_faqs_locale_idx" ON "career_paths_faqs" USING btree ("_locale");
  CREATE INDEX "_career_paths_v_version_responsibilities_locale_idx" ON "_career_paths_v_version_responsibilities" USING btree ("_locale");
  CREATE INDEX "_career_paths_v_version_specializations_locale_idx" ON "_career_paths_v_version_specializations" USING btree ("_locale");
  CREATE INDEX "_career_paths_v_version_faqs_locale_idx" ON "_career_paths_v_version_faqs" USING btree ("_locale");
  CREATE INDEX "_career_paths_v_snapshot_idx" ON "_career_paths_v" USING btree ("snapshot");
  CREATE INDEX "_career_paths_v_published_locale_idx" ON "_career_paths_v" USING btree ("published_locale");
  -- Hand-written: every existing value is the default locale's (en). Payload's generated statements move the
  -- columns by dropping them, so their values are copied to the locale tables first, and the array rows that
  -- exist get _locale = 'en' (the column's default above, dropped again below: new rows always name their locale).
  INSERT INTO "career_paths_locales" ("title", "definition", "what_they_do", "work_environment", "working_conditions", "difficulty", "outlook", "published", "updated", "_status", "_locale", "_parent_id")
    SELECT "title", "definition", "what_they_do", "work_environment", "working_conditions", "difficulty", "outlook", "published", "updated", "_status", 'en', "id" FROM "career_paths";
  INSERT INTO "_career_paths_v_locales" ("version_title", "version_definition", "version_what_they_do", "version_work_environment", "version_working_conditions", "version_difficulty", "version_outlook", "version_published", "version_updated", "version__status", "_locale", "_parent_id")
    SELECT "version_title", "version_definition", "version_what_they_do", "version_work_environment", "version_working_conditions", "version_difficulty", "version_outlook", "version_published", "version_updated", "version__status", 'en', "id" FROM "_career_paths_v";
  INSERT INTO "settings_locales" ("feed_title", "feed_description", "call_to_action_label", "handout_footer", "_locale", "_parent_id")
    SELECT "feed_title", "feed_description", "call_to_action_label", "handout_footer", 'en', "id" FROM "settings";
  ALTER TABLE "career_paths_responsibilities" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "career_paths_specializations" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "career_paths_faqs" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_career_paths_v_version_responsibilities" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_career_paths_v_version_specializations" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_career_paths_v_version_faqs" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "career_paths" DROP COLUMN "title";
  ALTER TABLE "career_paths" DROP COLUMN "definition";
  ALTER TABLE "career_paths" DROP COLUMN "what_they_do";
  ALTER TABLE "career_paths" DROP COLUMN "work_environment";
  ALTER TABLE "career_paths" DROP COLUMN "working_conditions";
  ALTER TABLE "career_paths" DROP COLUMN "difficulty";
  ALTER TABLE "career_paths" DROP COLUMN "outlook";
  ALTER TABLE "career_paths" DROP COLUMN "published";
  ALTER TABLE "career_paths" DROP COLUMN "updated";
  ALTER TABLE "career_paths" DROP COLUMN "_status";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_title";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_definition";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_what_they_do";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_work_environment";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_working_conditions";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_difficulty";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_outlook";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_published";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version_updated";
  ALTER TABLE "_career_paths_v" DROP COLUMN "version__status";
  ALTER TABLE "settings" DROP COLUMN "feed_title";
  ALTER TABLE "settings" DROP COLUMN "feed_description";
  ALTER TABLE "settings" DROP COLUMN "call_to_action_label";
  ALTER TABLE "settings" DROP COLUMN "handout_footer";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "career_paths_responsibilities_locale_idx";
  DROP INDEX "career_paths_specializations_locale_idx";
  DROP INDEX "career_paths_faqs_locale_idx";
  DROP INDEX "_career_paths_v_version_responsibilities_locale_idx";
  DROP INDEX "_career_paths_v_version_specializations_locale_idx";
  DROP INDEX "_career_paths_v_version_faqs_locale_idx";
  DROP INDEX "_career_paths_v_snapshot_idx";
  DROP INDEX "_career_paths_v_published_locale_idx";
  ALTER TABLE "career_paths" ADD COLUMN "title" varchar;
  ALTER TABLE "career_paths" ADD COLUMN "definition" jsonb;
  ALTER TABLE "career_paths" ADD COLUMN "what_they_do" jsonb;
  ALTER TABLE "career_paths" ADD COLUMN "work_environment" jsonb;
  ALTER TABLE "career_paths" ADD COLUMN "working_conditions" jsonb;
  ALTER TABLE "career_paths" ADD COLUMN "difficulty" jsonb;
  ALTER TABLE "career_paths" ADD COLUMN "outlook" jsonb;
  ALTER TABLE "career_paths" ADD COLUMN "published" varchar;
  ALTER TABLE "career_paths" ADD COLUMN "updated" varchar;
  ALTER TABLE "career_paths" ADD COLUMN "_status" "enum_career_paths_status" DEFAULT 'draft';
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_definition" jsonb;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_what_they_do" jsonb;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_work_environment" jsonb;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_working_conditions" jsonb;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_difficulty" jsonb;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_outlook" jsonb;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_published" varchar;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version_updated" varchar;
  ALTER TABLE "_career_paths_v" ADD COLUMN "version__status" "enum__career_paths_v_version_status" DEFAULT 'draft';
  ALTER TABLE "settings" ADD COLUMN "feed_title" varchar DEFAULT 'Career Paths' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "feed_description" varchar DEFAULT 'Career-path guides.' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "call_to_action_label" varchar DEFAULT 'Ready to start?' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "handout_footer" varchar DEFAULT '';
  -- Hand-written: back to one language, the default locale's values (the others have nowhere to go), copied
  -- before the locale tables go; the status indexes are made after, as their names are free only then.
  UPDATE "career_paths" SET "title" = l."title", "definition" = l."definition", "what_they_do" = l."what_they_do", "work_environment" = l."work_environment", "working_conditions" = l."working_conditions", "difficulty" = l."difficulty", "outlook" = l."outlook", "published" = l."published", "updated" = l."updated", "_status" = l."_status" FROM "career_paths_locales" l WHERE l."_parent_id" = "career_paths"."id" AND l."_locale" = 'en';
  UPDATE "_career_paths_v" SET "version_title" = l."version_title", "version_definition" = l."version_definition", "version_what_they_do" = l."version_what_they_do", "version_work_environment" = l."version_work_environment", "version_working_conditions" = l."version_working_conditions", "version_difficulty" = l."version_difficulty", "version_outlook" = l."version_outlook", "version_published" = l."version_published", "version_updated" = l."version_updated", "version__status" = l."version__status" FROM "_career_paths_v_locales" l WHERE l."_parent_id" = "_career_paths_v"."id" AND l."_locale" = 'en';
  UPDATE "settings" SET "feed_title" = l."feed_title", "feed_description" = l."feed_description", "call_to_action_label" = l."call_to_action_label", "handout_footer" = l."handout_footer" FROM "settings_locales" l WHERE l."_parent_id" = "settings"."id" AND l."_locale" = 'en';
  DELETE FROM "career_paths_responsibilities" WHERE "_locale" <> 'en';
  DELETE FROM "career_paths_specializations" WHERE "_locale" <> 'en';
  DELETE FROM "career_paths_faqs" WHERE "_locale" <> 'en';
  DELETE FROM "_career_paths_v_version_responsibilities" WHERE "_locale" <> 'en';
  DELETE FROM "_career_paths_v_version_specializations" WHERE "_locale" <> 'en';
  DELETE FROM "_career_paths_v_version_faqs" WHERE "_locale" <> 'en';
  ALTER TABLE "career_paths_responsibilities" DROP COLUMN "_locale";
  ALTER TABLE "career_paths_specializations" DROP COLUMN "_locale";
  ALTER TABLE "career_paths_faqs" DROP COLUMN "_locale";
  ALTER TABLE "_career_paths_v_version_responsibilities" DROP COLUMN "_locale";
  ALTER TABLE "_career_paths_v_version_specializations" DROP COLUMN "_locale";
  ALTER TABLE "_career_paths_v_version_faqs" DROP COLUMN "_locale";
  ALTER TABLE "_career_paths_v" DROP COLUMN "snapshot";
  ALTER TABLE "_career_paths_v" DROP COLUMN "published_locale";
  ALTER TABLE "career_paths_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "career_paths_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_career_paths_v_version_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_career_paths_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "career_paths_forms" CASCADE;
  DROP TABLE "career_paths_locales" CASCADE;
  DROP TABLE "_career_paths_v_version_forms" CASCADE;
  DROP TABLE "_career_paths_v_locales" CASCADE;
  DROP TABLE "settings_locales" CASCADE;
  CREATE INDEX "career_paths__status_idx" ON "career_paths" USING btree ("_status");
  CREATE INDEX "_career_paths_v_version_version__status_idx" ON "_career_paths_v" USING btree ("version__status");
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum__career_paths_v_published_locale";`)
}
