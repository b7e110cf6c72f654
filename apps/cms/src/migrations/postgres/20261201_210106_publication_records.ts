import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Edited after generation: DROP TABLE … CASCADE has already dropped the locked-document links'
// foreign key to rendered_outputs, so dropping it again needs IF EXISTS.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_published_files_encoding" AS ENUM('utf8', 'base64');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renderEntry' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renderAll' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renderEntry' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renderAll' BEFORE 'schedulePublish';
  CREATE TABLE "published_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"entry" varchar,
  	"locale" varchar NOT NULL,
  	"content_type" varchar NOT NULL,
  	"etag" varchar NOT NULL,
  	"size" numeric NOT NULL,
  	"encoding" "enum_published_files_encoding" NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feed_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"entry" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"newest_first" numeric NOT NULL,
  	"tags" varchar,
  	"related_ids" varchar,
  	"etag" varchar NOT NULL,
  	"renderer_version" numeric NOT NULL,
  	"item" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "rendered_outputs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rendered_outputs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_rendered_outputs_fk";
  
  DROP INDEX "payload_locked_documents_rels_rendered_outputs_id_idx";
  ALTER TABLE "payload_jobs" ADD COLUMN "concurrency_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "published_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feed_items_id" integer;
  CREATE UNIQUE INDEX "published_files_key_idx" ON "published_files" USING btree ("key");
  CREATE INDEX "published_files_entry_idx" ON "published_files" USING btree ("entry");
  CREATE INDEX "published_files_updated_at_idx" ON "published_files" USING btree ("updated_at");
  CREATE INDEX "published_files_created_at_idx" ON "published_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "feed_items_key_idx" ON "feed_items" USING btree ("key");
  CREATE INDEX "feed_items_entry_idx" ON "feed_items" USING btree ("entry");
  CREATE INDEX "feed_items_updated_at_idx" ON "feed_items" USING btree ("updated_at");
  CREATE INDEX "feed_items_created_at_idx" ON "feed_items" USING btree ("created_at");
  CREATE INDEX "locale_newestFirst_title_itemId_idx" ON "feed_items" USING btree ("locale","newest_first","title","item_id");
  CREATE INDEX "locale_title_itemId_idx" ON "feed_items" USING btree ("locale","title","item_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_published_files_fk" FOREIGN KEY ("published_files_id") REFERENCES "public"."published_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_items_fk" FOREIGN KEY ("feed_items_id") REFERENCES "public"."feed_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_locked_documents_rels_published_files_id_idx" ON "payload_locked_documents_rels" USING btree ("published_files_id");
  CREATE INDEX "payload_locked_documents_rels_feed_items_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_items_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rendered_outputs_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rendered_outputs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"markdown" varchar NOT NULL,
  	"json" varchar NOT NULL,
  	"pdf" varchar NOT NULL,
  	"feed_item" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "published_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feed_items" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "published_files" CASCADE;
  DROP TABLE "feed_items" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_published_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feed_items_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_concurrency_key_idx";
  DROP INDEX "payload_locked_documents_rels_published_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_feed_items_id_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rendered_outputs_id" integer;
  CREATE UNIQUE INDEX "rendered_outputs_hash_idx" ON "rendered_outputs" USING btree ("hash");
  CREATE INDEX "rendered_outputs_slug_idx" ON "rendered_outputs" USING btree ("slug");
  CREATE INDEX "rendered_outputs_updated_at_idx" ON "rendered_outputs" USING btree ("updated_at");
  CREATE INDEX "rendered_outputs_created_at_idx" ON "rendered_outputs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rendered_outputs_fk" FOREIGN KEY ("rendered_outputs_id") REFERENCES "public"."rendered_outputs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_rendered_outputs_id_idx" ON "payload_locked_documents_rels" USING btree ("rendered_outputs_id");
  ALTER TABLE "payload_jobs" DROP COLUMN "concurrency_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "published_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feed_items_id";
  DROP TYPE "public"."enum_published_files_encoding";`)
}
