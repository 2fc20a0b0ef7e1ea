import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proposals and requests from mayors and the population (issue #16, first part): the proposal
 * with its text as written and masked (personal data flagged at submission), its author's optional
 * e-mail, the hash of its private link's token, its moderation and its triage (an answer, or a case
 * it was merged into or that was opened from it); the secret that signs the public form's tokens,
 * drawn here so that every process of the platform shares it.
 */
export class Dialogue1796910000000 implements MigrationInterface {
  name = 'Dialogue1796910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TYPE "public"."proposal_category" AS ENUM('TRANQUILLITE', 'INCIVILITES', 'SECURITE_ROUTIERE', 'STUPEFIANTS', 'AMENAGEMENT_ECLAIRAGE', 'VIDEOPROTECTION', 'PRESENCE_POLICIERE', 'PREVENTION', 'AUTRE')`,
    );
    await q(
      `CREATE TYPE "public"."proposal_status" AS ENUM('PENDING', 'REJECTED', 'RELEASED', 'ANSWERED', 'MERGED', 'CASE_OPENED')`,
    );
    await q(`CREATE TYPE "public"."proposal_source" AS ENUM('PUBLIC', 'MAIRIE')`);
    await q(`CREATE SEQUENCE "proposal_numbers"`);
    await q(`CREATE TABLE "proposals" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "number" bigint NOT NULL DEFAULT nextval('proposal_numbers'),
      "source" "public"."proposal_source" NOT NULL,
      "status" "public"."proposal_status" NOT NULL DEFAULT 'PENDING',
      "commune_code" character varying(5) NOT NULL,
      "longitude" double precision,
      "latitude" double precision,
      "category" "public"."proposal_category" NOT NULL,
      "body" text NOT NULL,
      "masked_body" text NOT NULL,
      "personal_data" jsonb NOT NULL DEFAULT '[]',
      "author_email" text,
      "author_user_id" uuid,
      "author_organization_id" uuid,
      "token_hash" character(64),
      "moderated_at" TIMESTAMP WITH TIME ZONE,
      "moderated_by_user_id" uuid,
      "moderated_by_label" text,
      "moderation_note" text,
      "answer" text,
      "triaged_at" TIMESTAMP WITH TIME ZONE,
      "triaged_by_user_id" uuid,
      "triaged_by_label" text,
      "case_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_proposals" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_proposals_number" UNIQUE ("number"),
      CONSTRAINT "UQ_proposals_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "CHK_proposals_point" CHECK (("longitude" IS NULL) = ("latitude" IS NULL)),
      CONSTRAINT "CHK_proposals_author" CHECK (("source" = 'MAIRIE') = ("author_organization_id" IS NOT NULL)),
      CONSTRAINT "CHK_proposals_body" CHECK (char_length("body") BETWEEN 1 AND 16000),
      CONSTRAINT "CHK_proposals_case" CHECK (("status" IN ('MERGED', 'CASE_OPENED')) = ("case_id" IS NOT NULL)),
      CONSTRAINT "CHK_proposals_answered" CHECK ("status" <> 'ANSWERED' OR "answer" IS NOT NULL),
      CONSTRAINT "CHK_proposals_triaged" CHECK (("status" IN ('ANSWERED', 'MERGED', 'CASE_OPENED')) = ("triaged_at" IS NOT NULL)),
      CONSTRAINT "FK_proposals_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT,
      CONSTRAINT "FK_proposals_author_user" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_proposals_author_organization" FOREIGN KEY ("author_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_proposals_moderated_by" FOREIGN KEY ("moderated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_proposals_triaged_by" FOREIGN KEY ("triaged_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_proposals_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT
    )`);
    await q(`CREATE INDEX "IDX_proposals_status_created" ON "proposals" ("status", "created_at")`);
    await q(`CREATE INDEX "IDX_proposals_commune" ON "proposals" ("commune_code", "created_at")`);
    await q(`CREATE INDEX "IDX_proposals_author_organization" ON "proposals" ("author_organization_id")`);
    await q(`CREATE INDEX "IDX_proposals_case" ON "proposals" ("case_id") WHERE "case_id" IS NOT NULL`);

    // One row: the key that signs the public form's tokens (two v4 UUIDs: 244 random bits).
    await q(`CREATE TABLE "dialogue_settings" (
      "id" smallint NOT NULL DEFAULT 1,
      "form_secret" text NOT NULL,
      CONSTRAINT "PK_dialogue_settings" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_dialogue_settings_one" CHECK ("id" = 1)
    )`);
    await q(
      `INSERT INTO "dialogue_settings" ("form_secret") VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "dialogue_settings"`);
    await q(`DROP TABLE "proposals"`);
    await q(`DROP SEQUENCE "proposal_numbers"`);
    await q(`DROP TYPE "public"."proposal_source"`);
    await q(`DROP TYPE "public"."proposal_status"`);
    await q(`DROP TYPE "public"."proposal_category"`);
  }
}
