import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracts of the continuum (issue #16): a CSI or the « sécurité » section of a PVD convention,
 * its communes (an EPCI's are stored one by one, the EPCI kept for display), its parties, its
 * commitments (an owner organisation each, a deadline, a status only moving forward) and what they
 * link to (case actions, coordinated operations). A commitment overdue raises an alert of its own
 * topic, added here to `alert_topic`.
 */
export class Contracts1796940000000 implements MigrationInterface {
  name = 'Contracts1796940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."contract_kind" AS ENUM('CSI', 'PVD', 'OTHER')`);
    await q(`CREATE TYPE "public"."contract_status" AS ENUM('PREPARATION', 'SIGNED', 'IN_FORCE', 'EXPIRED')`);
    await q(`CREATE TYPE "public"."commitment_status" AS ENUM('TODO', 'IN_PROGRESS', 'KEPT', 'NOT_KEPT')`);
    await q(`CREATE TYPE "public"."contract_party_role" AS ENUM('STATE', 'TERRITORY', 'PARTNER')`);
    await q(`CREATE SEQUENCE "contract_numbers"`);
    await q(`CREATE TABLE "contracts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "number" bigint NOT NULL DEFAULT nextval('contract_numbers'),
      "kind" "public"."contract_kind" NOT NULL,
      "title" text NOT NULL,
      "epci_siren" character varying(9) REFERENCES "epcis"("siren") ON DELETE SET NULL,
      "status" "public"."contract_status" NOT NULL DEFAULT 'PREPARATION',
      "signed_on" date,
      "starts_on" date,
      "ends_on" date,
      "document_reference" text,
      "document_text" text,
      "created_by_user_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
      "created_by_label" text NOT NULL,
      "status_changed_at" TIMESTAMP WITH TIME ZONE,
      "status_changed_by_label" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_contracts" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_contracts_number" UNIQUE ("number"),
      CONSTRAINT "CHK_contracts_dates" CHECK ("starts_on" IS NULL OR "ends_on" IS NULL OR "starts_on" <= "ends_on")
    )`);
    await q(`CREATE TABLE "contract_communes" (
      "contract_id" uuid NOT NULL REFERENCES "contracts"("id") ON DELETE CASCADE,
      "commune_code" character varying(5) NOT NULL REFERENCES "communes"("code"),
      CONSTRAINT "PK_contract_communes" PRIMARY KEY ("contract_id", "commune_code")
    )`);
    await q(`CREATE INDEX "IDX_contract_communes_commune" ON "contract_communes" ("commune_code")`);
    await q(`CREATE TABLE "contract_parties" (
      "contract_id" uuid NOT NULL REFERENCES "contracts"("id") ON DELETE CASCADE,
      "organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE RESTRICT,
      "role" "public"."contract_party_role" NOT NULL,
      CONSTRAINT "PK_contract_parties" PRIMARY KEY ("contract_id", "organization_id")
    )`);
    await q(`CREATE INDEX "IDX_contract_parties_organization" ON "contract_parties" ("organization_id")`);
    await q(`CREATE TABLE "contract_commitments" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contract_id" uuid NOT NULL REFERENCES "contracts"("id") ON DELETE CASCADE,
      "position" integer NOT NULL,
      "owner_organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE RESTRICT,
      "text" text NOT NULL,
      "due_on" date NOT NULL,
      "status" "public"."commitment_status" NOT NULL DEFAULT 'TODO',
      "status_note" text,
      "status_changed_at" TIMESTAMP WITH TIME ZONE,
      "status_changed_by_label" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_contract_commitments" PRIMARY KEY ("id")
    )`);
    await q(`CREATE INDEX "IDX_contract_commitments_contract" ON "contract_commitments" ("contract_id", "position")`);
    // The overdue scan reads the open commitments by deadline.
    await q(
      `CREATE INDEX "IDX_contract_commitments_open_due" ON "contract_commitments" ("due_on") WHERE "status" IN ('TODO', 'IN_PROGRESS')`,
    );
    await q(`CREATE TABLE "contract_commitment_actions" (
      "commitment_id" uuid NOT NULL REFERENCES "contract_commitments"("id") ON DELETE CASCADE,
      "action_id" uuid NOT NULL REFERENCES "case_actions"("id") ON DELETE CASCADE,
      CONSTRAINT "PK_contract_commitment_actions" PRIMARY KEY ("commitment_id", "action_id")
    )`);
    await q(`CREATE TABLE "contract_commitment_operations" (
      "commitment_id" uuid NOT NULL REFERENCES "contract_commitments"("id") ON DELETE CASCADE,
      "operation_id" uuid NOT NULL REFERENCES "operations"("id") ON DELETE CASCADE,
      CONSTRAINT "PK_contract_commitment_operations" PRIMARY KEY ("commitment_id", "operation_id")
    )`);
    await q(`ALTER TYPE "public"."alert_topic" ADD VALUE IF NOT EXISTS 'COMMITMENT_OVERDUE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // An enum value cannot be dropped: the type is made again without it.
    await q(`DELETE FROM "notifications" WHERE "alert_id" IN (SELECT "id" FROM "alerts" WHERE "topic" = 'COMMITMENT_OVERDUE')`);
    await q(`DELETE FROM "alerts" WHERE "topic" = 'COMMITMENT_OVERDUE'`);
    await q(`ALTER TYPE "public"."alert_topic" RENAME TO "alert_topic_old"`);
    await q(
      `CREATE TYPE "public"."alert_topic" AS ENUM('CASE_OPENED', 'CASE_REFERRED', 'CASE_STATUS_CHANGED', 'CASE_COMMENT_ADDRESSED', 'ACTION_DUE_TOMORROW', 'ACTION_OVERDUE', 'MEETING_CONVENED', 'MEETING_CHANGED', 'DECISION_ASSIGNED', 'WEBHOOK_DISABLED', 'MANUAL')`,
    );
    await q(`ALTER TABLE "alerts" ALTER COLUMN "topic" TYPE "public"."alert_topic" USING "topic"::text::"public"."alert_topic"`);
    await q(`DROP TYPE "public"."alert_topic_old"`);
    await q(`DROP TABLE "contract_commitment_operations"`);
    await q(`DROP TABLE "contract_commitment_actions"`);
    await q(`DROP TABLE "contract_commitments"`);
    await q(`DROP TABLE "contract_parties"`);
    await q(`DROP TABLE "contract_communes"`);
    await q(`DROP TABLE "contracts"`);
    await q(`DROP SEQUENCE "contract_numbers"`);
    await q(`DROP TYPE "public"."contract_party_role"`);
    await q(`DROP TYPE "public"."commitment_status"`);
    await q(`DROP TYPE "public"."contract_status"`);
    await q(`DROP TYPE "public"."contract_kind"`);
  }
}
