import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of presence hours from a CSV (issue #15): small files, checked in one request and kept
 * with their report until the organisation decides to import the valid lines or nothing. The same
 * bytes sent again by the same organisation are the same import (unique on the content's hash).
 */
export class PresenceImports1796905000000 implements MigrationInterface {
  name = 'PresenceImports1796905000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."presence_import_status" AS ENUM('PENDING', 'IMPORTED', 'DISCARDED')`);
    await q(`CREATE TABLE "presence_imports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "content_hash" character(64) NOT NULL,
      "file_name" text NOT NULL,
      "status" "public"."presence_import_status" NOT NULL DEFAULT 'PENDING',
      "line_count" integer NOT NULL,
      "valid_lines" jsonb NOT NULL DEFAULT '[]',
      "rejections" jsonb NOT NULL DEFAULT '[]',
      "imported_count" integer NOT NULL DEFAULT 0,
      "created_by_label" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "decided_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_presence_imports" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_presence_imports_content" UNIQUE ("organization_id", "content_hash"),
      CONSTRAINT "CHK_presence_imports_decided" CHECK (("status" = 'PENDING') = ("decided_at" IS NULL)),
      CONSTRAINT "FK_presence_imports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
    )`);
    await q(
      `ALTER TABLE "presence_records" ADD CONSTRAINT "FK_presence_records_import" FOREIGN KEY ("import_id") REFERENCES "presence_imports"("id") ON DELETE SET NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "presence_records" DROP CONSTRAINT "FK_presence_records_import"`);
    await queryRunner.query(`DROP TABLE "presence_imports"`);
    await queryRunner.query(`DROP TYPE "public"."presence_import_status"`);
  }
}
