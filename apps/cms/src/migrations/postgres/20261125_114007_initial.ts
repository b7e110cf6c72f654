import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_career_paths_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__career_paths_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "career_paths_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "career_paths_specializations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "career_paths_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb
  );
  
  CREATE TABLE "career_paths" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"definition" jsonb,
  	"what_they_do" jsonb,
  	"work_environment" jsonb,
  	"working_conditions" jsonb,
  	"difficulty" jsonb,
  	"outlook" jsonb,
  	"occupation_code" varchar,
  	"published" varchar,
  	"updated" varchar,
  	"feed_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_career_paths_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "career_paths_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "career_paths_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"career_paths_id" integer
  );
  
  CREATE TABLE "_career_paths_v_version_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_career_paths_v_version_specializations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_career_paths_v_version_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_career_paths_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_definition" jsonb,
  	"version_what_they_do" jsonb,
  	"version_work_environment" jsonb,
  	"version_working_conditions" jsonb,
  	"version_difficulty" jsonb,
  	"version_outlook" jsonb,
  	"version_occupation_code" varchar,
  	"version_published" varchar,
  	"version_updated" varchar,
  	"version_feed_id" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__career_paths_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_career_paths_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_career_paths_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"career_paths_id" integer
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"career_paths_id" integer,
  	"users_id" integer,
  	"rendered_outputs_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT 'Canyon Careers' NOT NULL,
  	"base_url" varchar DEFAULT 'http://localhost:3000' NOT NULL,
  	"language" varchar DEFAULT 'en' NOT NULL,
  	"feed_title" varchar DEFAULT 'Career Paths' NOT NULL,
  	"feed_description" varchar DEFAULT 'Career-path guides.' NOT NULL,
  	"call_to_action_label" varchar DEFAULT 'Ready to start?' NOT NULL,
  	"call_to_action_url" varchar DEFAULT 'https://example.com' NOT NULL,
  	"handout_footer" varchar DEFAULT '',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "career_paths_responsibilities" ADD CONSTRAINT "career_paths_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_paths_specializations" ADD CONSTRAINT "career_paths_specializations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_paths_faqs" ADD CONSTRAINT "career_paths_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_paths_texts" ADD CONSTRAINT "career_paths_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_paths_rels" ADD CONSTRAINT "career_paths_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_paths_rels" ADD CONSTRAINT "career_paths_rels_career_paths_fk" FOREIGN KEY ("career_paths_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_version_responsibilities" ADD CONSTRAINT "_career_paths_v_version_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_version_specializations" ADD CONSTRAINT "_career_paths_v_version_specializations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_version_faqs" ADD CONSTRAINT "_career_paths_v_version_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v" ADD CONSTRAINT "_career_paths_v_parent_id_career_paths_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."career_paths"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_career_paths_v_texts" ADD CONSTRAINT "_career_paths_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_rels" ADD CONSTRAINT "_career_paths_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_career_paths_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_paths_v_rels" ADD CONSTRAINT "_career_paths_v_rels_career_paths_fk" FOREIGN KEY ("career_paths_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_career_paths_fk" FOREIGN KEY ("career_paths_id") REFERENCES "public"."career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rendered_outputs_fk" FOREIGN KEY ("rendered_outputs_id") REFERENCES "public"."rendered_outputs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "career_paths_responsibilities_order_idx" ON "career_paths_responsibilities" USING btree ("_order");
  CREATE INDEX "career_paths_responsibilities_parent_id_idx" ON "career_paths_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "career_paths_specializations_order_idx" ON "career_paths_specializations" USING btree ("_order");
  CREATE INDEX "career_paths_specializations_parent_id_idx" ON "career_paths_specializations" USING btree ("_parent_id");
  CREATE INDEX "career_paths_faqs_order_idx" ON "career_paths_faqs" USING btree ("_order");
  CREATE INDEX "career_paths_faqs_parent_id_idx" ON "career_paths_faqs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "career_paths_slug_idx" ON "career_paths" USING btree ("slug");
  CREATE INDEX "career_paths_updated_at_idx" ON "career_paths" USING btree ("updated_at");
  CREATE INDEX "career_paths_created_at_idx" ON "career_paths" USING btree ("created_at");
  CREATE INDEX "career_paths__status_idx" ON "career_paths" USING btree ("_status");
  CREATE INDEX "career_paths_texts_order_parent" ON "career_paths_texts" USING btree ("order","parent_id");
  CREATE INDEX "career_paths_rels_order_idx" ON "career_paths_rels" USING btree ("order");
  CREATE INDEX "career_paths_rels_parent_idx" ON "career_paths_rels" USING btree ("parent_id");
  CREATE INDEX "career_paths_rels_path_idx" ON "career_paths_rels" USING btree ("path");
  CREATE INDEX "career_paths_rels_career_paths_id_idx" ON "career_paths_rels" USING btree ("career_paths_id");
  CREATE INDEX "_career_paths_v_version_responsibilities_order_idx" ON "_career_paths_v_version_responsibilities" USING btree ("_order");
  CREATE INDEX "_career_paths_v_version_responsibilities_parent_id_idx" ON "_career_paths_v_version_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "_career_paths_v_version_specializations_order_idx" ON "_career_paths_v_version_specializations" USING btree ("_order");
  CREATE INDEX "_career_paths_v_version_specializations_parent_id_idx" ON "_career_paths_v_version_specializations" USING btree ("_parent_id");
  CREATE INDEX "_career_paths_v_version_faqs_order_idx" ON "_career_paths_v_version_faqs" USING btree ("_order");
  CREATE INDEX "_career_paths_v_version_faqs_parent_id_idx" ON "_career_paths_v_version_faqs" USING btree ("_parent_id");
  CREATE INDEX "_career_paths_v_parent_idx" ON "_career_paths_v" USING btree ("parent_id");
  CREATE INDEX "_career_paths_v_version_version_slug_idx" ON "_career_paths_v" USING btree ("version_slug");
  CREATE INDEX "_career_paths_v_version_version_updated_at_idx" ON "_career_paths_v" USING btree ("version_updated_at");
  CREATE INDEX "_career_paths_v_version_version_created_at_idx" ON "_career_paths_v" USING btree ("version_created_at");
  CREATE INDEX "_career_paths_v_version_version__status_idx" ON "_career_paths_v" USING btree ("version__status");
  CREATE INDEX "_career_paths_v_created_at_idx" ON "_career_paths_v" USING btree ("created_at");
  CREATE INDEX "_career_paths_v_updated_at_idx" ON "_career_paths_v" USING btree ("updated_at");
  CREATE INDEX "_career_paths_v_latest_idx" ON "_career_paths_v" USING btree ("latest");
  CREATE INDEX "_career_paths_v_autosave_idx" ON "_career_paths_v" USING btree ("autosave");
  CREATE INDEX "_career_paths_v_texts_order_parent" ON "_career_paths_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_career_paths_v_rels_order_idx" ON "_career_paths_v_rels" USING btree ("order");
  CREATE INDEX "_career_paths_v_rels_parent_idx" ON "_career_paths_v_rels" USING btree ("parent_id");
  CREATE INDEX "_career_paths_v_rels_path_idx" ON "_career_paths_v_rels" USING btree ("path");
  CREATE INDEX "_career_paths_v_rels_career_paths_id_idx" ON "_career_paths_v_rels" USING btree ("career_paths_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "rendered_outputs_hash_idx" ON "rendered_outputs" USING btree ("hash");
  CREATE INDEX "rendered_outputs_slug_idx" ON "rendered_outputs" USING btree ("slug");
  CREATE INDEX "rendered_outputs_updated_at_idx" ON "rendered_outputs" USING btree ("updated_at");
  CREATE INDEX "rendered_outputs_created_at_idx" ON "rendered_outputs" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_career_paths_id_idx" ON "payload_locked_documents_rels" USING btree ("career_paths_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_rendered_outputs_id_idx" ON "payload_locked_documents_rels" USING btree ("rendered_outputs_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "career_paths_responsibilities" CASCADE;
  DROP TABLE "career_paths_specializations" CASCADE;
  DROP TABLE "career_paths_faqs" CASCADE;
  DROP TABLE "career_paths" CASCADE;
  DROP TABLE "career_paths_texts" CASCADE;
  DROP TABLE "career_paths_rels" CASCADE;
  DROP TABLE "_career_paths_v_version_responsibilities" CASCADE;
  DROP TABLE "_career_paths_v_version_specializations" CASCADE;
  DROP TABLE "_career_paths_v_version_faqs" CASCADE;
  DROP TABLE "_career_paths_v" CASCADE;
  DROP TABLE "_career_paths_v_texts" CASCADE;
  DROP TABLE "_career_paths_v_rels" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "rendered_outputs" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TYPE "public"."enum_career_paths_status";
  DROP TYPE "public"."enum__career_paths_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
