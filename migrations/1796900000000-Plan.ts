import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PADRSQ and its results (issue #15): plan versions with their five sections and objectives
 * (an adopted version is frozen by a trigger, not only by the application), the figures entered by
 * hand for an indicator, coordinated operations with their participants, communes, linked cases and
 * objectives, and each participant's outcome; the hours of visible presence; the communes whose
 * public results page the cabinet switched on.
 */
export class Plan1796900000000 implements MigrationInterface {
  name = 'Plan1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'SUBMITTED', 'ADOPTED')`);
    await q(
      `CREATE TYPE "public"."plan_section" AS ENUM('DIAGNOSTIC', 'RESULTS', 'MODES_OF_ACTION', 'CONTINUUM', 'DIALOGUE')`,
    );
    await q(
      `CREATE TYPE "public"."indicator_source" AS ENUM('INCIDENTS', 'CASES_OPENED', 'CASES_RESOLVED', 'CASE_RESOLUTION_DAYS', 'ACTIONS_ON_TIME', 'OPERATIONS', 'OPERATION_OUTCOME', 'PRESENCE_HOURS', 'MANUAL')`,
    );
    await q(`CREATE TYPE "public"."indicator_direction" AS ENUM('DECREASE', 'INCREASE')`);
    await q(
      `CREATE TYPE "public"."operation_kind" AS ENUM('STUPEFIANTS', 'RODEOS', 'TRANSPORTS', 'CONTROLE_ETABLISSEMENTS', 'SECURISATION_VOIE_PUBLIQUE', 'ZONE_RURALE', 'AUTRE')`,
    );
    await q(`CREATE TYPE "public"."operation_status" AS ENUM('PLANNED', 'DONE', 'CANCELLED')`);
    await q(`CREATE TYPE "public"."presence_setting" AS ENUM('VOIE_PUBLIQUE', 'TRANSPORTS')`);

    await q(`CREATE TABLE "plans" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "departement_code" character varying(3) NOT NULL,
      "year" smallint NOT NULL,
      "version" smallint NOT NULL,
      "status" "public"."plan_status" NOT NULL DEFAULT 'DRAFT',
      "title" text NOT NULL,
      "diagnostic_text" text NOT NULL DEFAULT '',
      "results_text" text NOT NULL DEFAULT '',
      "modes_of_action_text" text NOT NULL DEFAULT '',
      "continuum_text" text NOT NULL DEFAULT '',
      "dialogue_text" text NOT NULL DEFAULT '',
      "diagnostic_snapshot" jsonb,
      "revision_note" text,
      "previous_version_id" uuid,
      "created_by_user_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "submitted_at" TIMESTAMP WITH TIME ZONE,
      "submitted_by_label" text,
      "adopted_at" TIMESTAMP WITH TIME ZONE,
      "adopted_by_label" text,
      CONSTRAINT "PK_plans" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_plans_version" UNIQUE ("departement_code", "year", "version"),
      CONSTRAINT "CHK_plans_year" CHECK ("year" BETWEEN 2020 AND 2100),
      CONSTRAINT "CHK_plans_version" CHECK ("version" >= 1),
      CONSTRAINT "CHK_plans_adopted" CHECK (("status" = 'ADOPTED') = ("adopted_at" IS NOT NULL)),
      CONSTRAINT "FK_plans_departement" FOREIGN KEY ("departement_code") REFERENCES "departements"("code") ON DELETE RESTRICT,
      CONSTRAINT "FK_plans_previous" FOREIGN KEY ("previous_version_id") REFERENCES "plans"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_plans_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    // One version being written at a time per département and year: a second revision is a conflict.
    await q(
      `CREATE UNIQUE INDEX "UQ_plans_one_open_version" ON "plans" ("departement_code", "year") WHERE "status" <> 'ADOPTED'`,
    );

    await q(`CREATE TABLE "plan_objectives" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "plan_id" uuid NOT NULL,
      "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "section" "public"."plan_section" NOT NULL,
      "position" smallint NOT NULL,
      "title" text NOT NULL,
      "description" text NOT NULL DEFAULT '',
      "indicator_label" text NOT NULL,
      "indicator_source" "public"."indicator_source" NOT NULL,
      "indicator_parameters" jsonb NOT NULL DEFAULT '{}',
      "manual_source" text,
      "direction" "public"."indicator_direction" NOT NULL,
      "baseline_value" numeric(14,2) NOT NULL,
      "baseline_date" date NOT NULL,
      "target_value" numeric(14,2) NOT NULL,
      "deadline" date NOT NULL,
      "pilot_organization_id" uuid,
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_plan_objectives" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_plan_objectives_lineage" UNIQUE ("plan_id", "lineage_id"),
      CONSTRAINT "CHK_plan_objectives_deadline" CHECK ("deadline" > "baseline_date"),
      CONSTRAINT "CHK_plan_objectives_manual_source" CHECK (("indicator_source" = 'MANUAL') = ("manual_source" IS NOT NULL)),
      CONSTRAINT "FK_plan_objectives_plan" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_plan_objectives_pilot" FOREIGN KEY ("pilot_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_plan_objectives_plan" ON "plan_objectives" ("plan_id", "section", "position")`);
    await q(`CREATE INDEX "IDX_plan_objectives_lineage" ON "plan_objectives" ("lineage_id")`);

    // An adopted version is frozen: whatever the application does, the database refuses the change.
    await q(`CREATE FUNCTION plan_frozen_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        frozen boolean;
      BEGIN
        IF TG_TABLE_NAME = 'plans' THEN
          IF OLD.status = 'ADOPTED' THEN
            RAISE EXCEPTION 'plan % is adopted and frozen', OLD.id USING ERRCODE = 'P0001', HINT = 'plan_frozen';
          END IF;
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        SELECT p.status = 'ADOPTED' INTO frozen FROM plans p
          WHERE p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END;
        IF frozen OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM plans p WHERE p.id = OLD.plan_id AND p.status = 'ADOPTED')) THEN
          RAISE EXCEPTION 'plan objectives of an adopted plan are frozen' USING ERRCODE = 'P0001', HINT = 'plan_frozen';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q(
      `CREATE TRIGGER "plans_frozen" BEFORE UPDATE OR DELETE ON "plans" FOR EACH ROW EXECUTE FUNCTION plan_frozen_guard()`,
    );
    await q(
      `CREATE TRIGGER "plan_objectives_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "plan_objectives" FOR EACH ROW EXECUTE FUNCTION plan_frozen_guard()`,
    );

    // Figures entered by hand for an objective's indicator: they belong to its lineage (the same
    // objective across versions), not to a frozen version.
    await q(`CREATE TABLE "objective_measurements" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "lineage_id" uuid NOT NULL,
      "measured_on" date NOT NULL,
      "value" numeric(14,2) NOT NULL,
      "source" text NOT NULL,
      "entered_by_user_id" uuid,
      "entered_by_label" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_objective_measurements" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_objective_measurements_day" UNIQUE ("lineage_id", "measured_on"),
      CONSTRAINT "FK_objective_measurements_user" FOREIGN KEY ("entered_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);

    await q(`CREATE TABLE "operations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "reference" text NOT NULL,
      "title" text NOT NULL,
      "kind" "public"."operation_kind" NOT NULL,
      "status" "public"."operation_status" NOT NULL DEFAULT 'PLANNED',
      "description" text NOT NULL DEFAULT '',
      "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "zone_id" uuid,
      "commune_codes" character varying(5) array NOT NULL DEFAULT '{}',
      "organizer_organization_id" uuid NOT NULL,
      "created_by_user_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "status_changed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_operations" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_operations_reference" UNIQUE ("reference"),
      CONSTRAINT "CHK_operations_period" CHECK ("ends_at" > "starts_at"),
      CONSTRAINT "CHK_operations_place" CHECK ("zone_id" IS NOT NULL OR cardinality("commune_codes") > 0),
      CONSTRAINT "FK_operations_zone" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_operations_organizer" FOREIGN KEY ("organizer_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_operations_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_operations_starts_at" ON "operations" ("starts_at", "id")`);
    await q(`CREATE INDEX "IDX_operations_status" ON "operations" ("status")`);
    await q(`CREATE INDEX "IDX_operations_communes" ON "operations" USING gin ("commune_codes")`);
    await q(`CREATE INDEX "IDX_operations_zone" ON "operations" ("zone_id")`);

    await q(`CREATE TABLE "operation_participants" (
      "operation_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      CONSTRAINT "PK_operation_participants" PRIMARY KEY ("operation_id", "organization_id"),
      CONSTRAINT "FK_operation_participants_operation" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_operation_participants_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
    )`);
    await q(`CREATE INDEX "IDX_operation_participants_organization" ON "operation_participants" ("organization_id")`);

    await q(`CREATE TABLE "operation_cases" (
      "operation_id" uuid NOT NULL,
      "case_id" uuid NOT NULL,
      CONSTRAINT "PK_operation_cases" PRIMARY KEY ("operation_id", "case_id"),
      CONSTRAINT "FK_operation_cases_operation" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_operation_cases_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE
    )`);
    await q(`CREATE INDEX "IDX_operation_cases_case" ON "operation_cases" ("case_id")`);

    // The plan's objectives an operation serves, by lineage: a revision of the plan keeps them.
    await q(`CREATE TABLE "operation_objectives" (
      "operation_id" uuid NOT NULL,
      "lineage_id" uuid NOT NULL,
      CONSTRAINT "PK_operation_objectives" PRIMARY KEY ("operation_id", "lineage_id"),
      CONSTRAINT "FK_operation_objectives_operation" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE
    )`);
    await q(`CREATE INDEX "IDX_operation_objectives_lineage" ON "operation_objectives" ("lineage_id")`);

    await q(`CREATE TABLE "operation_outcomes" (
      "operation_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "interpellations" integer NOT NULL DEFAULT 0,
      "verbalisations" integer NOT NULL DEFAULT 0,
      "fermetures_administratives" integer NOT NULL DEFAULT 0,
      "montants_recouvres" numeric(14,2) NOT NULL DEFAULT 0,
      "seizures" jsonb NOT NULL DEFAULT '[]',
      "comment" text,
      "entered_by_label" text NOT NULL,
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_operation_outcomes" PRIMARY KEY ("operation_id", "organization_id"),
      CONSTRAINT "CHK_operation_outcomes_counts" CHECK ("interpellations" >= 0 AND "verbalisations" >= 0 AND "fermetures_administratives" >= 0 AND "montants_recouvres" >= 0),
      CONSTRAINT "FK_operation_outcomes_participant" FOREIGN KEY ("operation_id", "organization_id") REFERENCES "operation_participants"("operation_id", "organization_id") ON DELETE CASCADE
    )`);

    await q(`CREATE TABLE "presence_records" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "week_start" date NOT NULL,
      "setting" "public"."presence_setting" NOT NULL,
      "commune_code" character varying(5) NOT NULL,
      "zone_id" uuid,
      "hours" numeric(9,2) NOT NULL,
      "agents" integer NOT NULL,
      "entered_by_label" text NOT NULL,
      "import_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_presence_records" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_presence_records_monday" CHECK (extract(isodow from "week_start") = 1),
      CONSTRAINT "CHK_presence_records_hours" CHECK ("hours" > 0 AND "agents" > 0 AND "hours" <= "agents" * 24 * 7),
      CONSTRAINT "FK_presence_records_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_presence_records_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT,
      CONSTRAINT "FK_presence_records_zone" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE RESTRICT
    )`);
    // One figure per organisation, week, setting and place: entered again, it replaces the first.
    await q(
      `CREATE UNIQUE INDEX "UQ_presence_records_cell" ON "presence_records" ("organization_id", "week_start", "setting", "commune_code", coalesce("zone_id", '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await q(`CREATE INDEX "IDX_presence_records_week" ON "presence_records" ("week_start", "commune_code")`);

    await q(`CREATE TABLE "public_result_pages" (
      "commune_code" character varying(5) NOT NULL,
      "enabled_by_label" text NOT NULL,
      "enabled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_public_result_pages" PRIMARY KEY ("commune_code"),
      CONSTRAINT "FK_public_result_pages_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE CASCADE
    )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "public_result_pages"`);
    await q(`DROP TABLE "presence_records"`);
    await q(`DROP TABLE "operation_outcomes"`);
    await q(`DROP TABLE "operation_objectives"`);
    await q(`DROP TABLE "operation_cases"`);
    await q(`DROP TABLE "operation_participants"`);
    await q(`DROP TABLE "operations"`);
    await q(`DROP TABLE "objective_measurements"`);
    await q(`DROP TRIGGER "plan_objectives_frozen" ON "plan_objectives"`);
    await q(`DROP TRIGGER "plans_frozen" ON "plans"`);
    await q(`DROP TABLE "plan_objectives"`);
    await q(`DROP TABLE "plans"`);
    await q(`DROP FUNCTION plan_frozen_guard()`);
    await q(`DROP TYPE "public"."presence_setting"`);
    await q(`DROP TYPE "public"."operation_status"`);
    await q(`DROP TYPE "public"."operation_kind"`);
    await q(`DROP TYPE "public"."indicator_direction"`);
    await q(`DROP TYPE "public"."indicator_source"`);
    await q(`DROP TYPE "public"."plan_section"`);
    await q(`DROP TYPE "public"."plan_status"`);
  }
}
