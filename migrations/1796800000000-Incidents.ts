import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The diagnostic's data in (issue #13, part 2): the imports and their staging tables, the forces'
 * recorded incidents (a PostGIS point generated from longitude/latitude, with its GiST index, as the
 * Geography migration does it; H3 cells beside it), their per commune × category × month counts,
 * and the SSMSI's published statistics.
 */
export class Incidents1796800000000 implements MigrationInterface {
  name = 'Incidents1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."diagnostic_import_kind" AS ENUM('INCIDENTS', 'SSMSI')`);
    await q(
      `CREATE TYPE "public"."diagnostic_import_status" AS ENUM('RECEIVED', 'QUEUED', 'VALIDATING', 'AWAITING_DECISION', 'COMMITTING', 'IMPORTED', 'ABANDONED', 'REFUSED', 'FAILED')`,
    );
    await q(`CREATE TYPE "public"."import_decision" AS ENUM('IMPORT_VALID', 'IMPORT_NOTHING')`);
    await q(
      `CREATE TYPE "public"."incident_place_type" AS ENUM('VOIE_PUBLIQUE', 'TRANSPORTS', 'COMMERCE', 'DOMICILE', 'PARTIES_COMMUNES', 'ETABLISSEMENT_SCOLAIRE', 'EXPLOITATION_AGRICOLE', 'ETABLISSEMENT_SANTE', 'LIEU_DE_LOISIRS', 'AUTRE')`,
    );
    await q(`CREATE TYPE "public"."counting_unit" AS ENUM('INFRACTION', 'VICTIME', 'MIS_EN_CAUSE', 'VEHICULE', 'LOGEMENT')`);
    await q(`CREATE TYPE "public"."incident_source" AS ENUM('POLICE_NATIONALE', 'GENDARMERIE', 'POLICE_MUNICIPALE')`);
    await q(
      `CREATE TYPE "public"."age_band" AS ENUM('MOINS_DE_13', 'DE_13_A_17', 'DE_18_A_24', 'DE_25_A_34', 'DE_35_A_44', 'DE_45_A_54', 'DE_55_A_64', 'DE_65_ET_PLUS')`,
    );
    await q(`CREATE TYPE "public"."sex" AS ENUM('FEMININ', 'MASCULIN')`);

    await q(`CREATE TABLE "diagnostic_imports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" "public"."diagnostic_import_kind" NOT NULL,
      "status" "public"."diagnostic_import_status" NOT NULL,
      "filename" text NOT NULL,
      "size" integer NOT NULL,
      "content_hash" character varying(64) NOT NULL,
      "storage_key" text,
      "fictional" boolean NOT NULL DEFAULT false,
      "delimiter" character varying(1) NOT NULL,
      "headers" text array NOT NULL,
      "preview" jsonb NOT NULL,
      "ssmsi_generation" character varying(8),
      "geography_year" smallint,
      "mapping" jsonb,
      "lines_read" integer NOT NULL DEFAULT 0,
      "lines_valid" integer NOT NULL DEFAULT 0,
      "lines_rejected" integer NOT NULL DEFAULT 0,
      "lines_ignored" integer NOT NULL DEFAULT 0,
      "lines_imported" integer NOT NULL DEFAULT 0,
      "refusal" text,
      "decision" "public"."import_decision",
      "decided_by_label" text,
      "uploaded_by_user_id" uuid,
      "uploaded_by_label" text NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "progress_at" TIMESTAMP WITH TIME ZONE,
      "finished_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_diagnostic_imports" PRIMARY KEY ("id"),
      CONSTRAINT "FK_diagnostic_imports_uploaded_by" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_diagnostic_imports_uploaded_by" ON "diagnostic_imports" ("uploaded_by_user_id")`);
    await q(`CREATE INDEX "IDX_diagnostic_imports_created" ON "diagnostic_imports" ("created_at", "id")`);
    // One live import per file content and kind: the same file sent again (or twice at once) is the
    // same import. A file abandoned, refused or failed may be sent again.
    await q(`CREATE UNIQUE INDEX "diagnostic_imports_live_content_key" ON "diagnostic_imports" ("kind", "content_hash")
             WHERE "status" NOT IN ('ABANDONED', 'REFUSED', 'FAILED')`);

    const incidentColumns = `
      "starts_at" TIMESTAMP WITH TIME ZONE,
      "ends_at" TIMESTAMP WITH TIME ZONE,
      "time_known" boolean,
      "category" "public"."case_category",
      "natinf" integer,
      "commune_code" character varying(5),
      "longitude" double precision,
      "latitude" double precision,
      "h3_res8" character varying(15),
      "h3_res9" character varying(15),
      "place_type" "public"."incident_place_type",
      "counting_unit" "public"."counting_unit",
      "source" "public"."incident_source",
      "victim_age_band" "public"."age_band",
      "victim_sex" "public"."sex",
      "victim_minor" boolean,
      "offender_age_band" "public"."age_band",
      "offender_sex" "public"."sex",
      "offender_minor" boolean,
      "offender_repeat" boolean`;
    await q(`CREATE TABLE "incidents" (
      "id" BIGSERIAL NOT NULL,
      "import_id" uuid NOT NULL,
      "line_number" integer NOT NULL,
      ${incidentColumns},
      "location" geometry(Point,4326) GENERATED ALWAYS AS (CASE WHEN "longitude" IS NULL OR "latitude" IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint("longitude", "latitude"), 4326) END) STORED,
      CONSTRAINT "PK_incidents" PRIMARY KEY ("id"),
      CONSTRAINT "FK_incidents_import" FOREIGN KEY ("import_id") REFERENCES "diagnostic_imports"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_incidents_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT
    )`);
    for (const column of ['starts_at', 'time_known', 'category', 'commune_code', 'counting_unit', 'source'])
      await q(`ALTER TABLE "incidents" ALTER COLUMN "${column}" SET NOT NULL`);
    await q(`CREATE INDEX "IDX_incidents_import" ON "incidents" ("import_id")`);
    await q(`CREATE INDEX "IDX_incidents_starts_at" ON "incidents" ("starts_at")`);
    await q(`CREATE INDEX "IDX_incidents_commune_starts_at" ON "incidents" ("commune_code", "starts_at")`);
    await q(`CREATE INDEX "IDX_incidents_location" ON "incidents" USING GiST ("location")`);

    await q(`CREATE TABLE "incident_monthly_counts" (
      "commune_code" character varying(5) NOT NULL,
      "category" "public"."case_category" NOT NULL,
      "month" date NOT NULL,
      "incidents" integer NOT NULL,
      CONSTRAINT "PK_incident_monthly_counts" PRIMARY KEY ("commune_code", "category", "month")
    )`);

    // The lines of an import between their reading and the decision: valid ones (rejection null)
    // wait to be inserted, rejected ones stay with their reason for the import's report.
    await q(`CREATE TABLE "incident_import_lines" (
      "import_id" uuid NOT NULL REFERENCES "diagnostic_imports"("id") ON DELETE CASCADE,
      "line_number" integer NOT NULL,
      "rejection" text,
      ${incidentColumns}
    )`);
    await q(`CREATE INDEX "IDX_incident_import_lines" ON "incident_import_lines" ("import_id", "line_number")`);

    const ssmsiColumns = `
      "geography_year" smallint,
      "published_code" character varying(5),
      "commune_code" character varying(5),
      "year" smallint,
      "indicator" text,
      "category" "public"."case_category",
      "counting_unit" text,
      "published" boolean,
      "count" integer,
      "rate_per_thousand" numeric,
      "population" integer,
      "population_year" smallint,
      "dwellings" integer,
      "dwellings_year" smallint,
      "complement_count" numeric,
      "complement_rate" numeric`;
    await q(`CREATE TABLE "ssmsi_statistics" (
      "id" BIGSERIAL NOT NULL,
      "import_id" uuid NOT NULL,
      "line_number" integer NOT NULL,
      ${ssmsiColumns},
      CONSTRAINT "PK_ssmsi_statistics" PRIMARY KEY ("id"),
      CONSTRAINT "FK_ssmsi_statistics_import" FOREIGN KEY ("import_id") REFERENCES "diagnostic_imports"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_ssmsi_statistics_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT
    )`);
    for (const column of [
      'geography_year',
      'published_code',
      'commune_code',
      'year',
      'indicator',
      'counting_unit',
      'published',
    ])
      await q(`ALTER TABLE "ssmsi_statistics" ALTER COLUMN "${column}" SET NOT NULL`);
    await q(`CREATE UNIQUE INDEX "IDX_ssmsi_statistics_key" ON "ssmsi_statistics" ("import_id", "published_code", "year", "indicator", "counting_unit")`);
    await q(`CREATE INDEX "IDX_ssmsi_statistics_commune_year" ON "ssmsi_statistics" ("commune_code", "year")`);
    await q(`CREATE TABLE "ssmsi_import_lines" (
      "import_id" uuid NOT NULL REFERENCES "diagnostic_imports"("id") ON DELETE CASCADE,
      "line_number" integer NOT NULL,
      "rejection" text,
      ${ssmsiColumns}
    )`);
    await q(`CREATE INDEX "IDX_ssmsi_import_lines" ON "ssmsi_import_lines" ("import_id", "line_number")`);
    // Several editions of the base cover the same years (each revises the previous ones): for a
    // commune and a year, the figures of the latest import that gives any.
    await q(`CREATE VIEW "ssmsi_current_statistics" AS
      SELECT s.* FROM "ssmsi_statistics" s
       WHERE s.import_id = (SELECT s2.import_id FROM "ssmsi_statistics" s2
                              JOIN "diagnostic_imports" i ON i.id = s2.import_id
                             WHERE s2.commune_code = s.commune_code AND s2.year = s.year
                             ORDER BY i.finished_at DESC, i.id DESC LIMIT 1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP VIEW "ssmsi_current_statistics"`);
    await q(`DROP TABLE "ssmsi_import_lines"`);
    await q(`DROP TABLE "ssmsi_statistics"`);
    await q(`DROP TABLE "incident_import_lines"`);
    await q(`DROP TABLE "incident_monthly_counts"`);
    await q(`DROP TABLE "incidents"`);
    await q(`DROP TABLE "diagnostic_imports"`);
    for (const type of [
      'sex',
      'age_band',
      'incident_source',
      'counting_unit',
      'incident_place_type',
      'import_decision',
      'diagnostic_import_status',
      'diagnostic_import_kind',
    ])
      await q(`DROP TYPE "public"."${type}"`);
  }
}
