import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_changes_type" AS ENUM('published', 'unpublished', 'deleted');
  CREATE TABLE "changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence" numeric NOT NULL,
  	"type" "enum_changes_type" NOT NULL,
  	"entry" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "changes_id" integer;
  CREATE UNIQUE INDEX "changes_sequence_idx" ON "changes" USING btree ("sequence");
  CREATE INDEX "changes_entry_idx" ON "changes" USING btree ("entry");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_changes_fk" FOREIGN KEY ("changes_id") REFERENCES "public"."changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("changes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "changes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_changes_fk";
  
  DROP INDEX "payload_locked_documents_rels_changes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "changes_id";
  DROP TYPE "public"."enum_changes_type";`)
}
