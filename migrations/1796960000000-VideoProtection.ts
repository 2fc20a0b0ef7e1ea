import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Video-protection projects (issue #16): a commune's project with its sites drawn on the map (a
 * PostGIS shape generated from the GeoJSON, GiST-indexed), its workflow and its history, the zone
 * each site becomes once in service, and the safety referents the technical administration
 * designates.
 */
export class VideoProtection1796960000000 implements MigrationInterface {
  name = 'VideoProtection1796960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TYPE "public"."video_project_status" AS ENUM('REQUESTED', 'OPINION_GIVEN', 'FUNDING_REQUESTED', 'FUNDING_DECIDED', 'INSTALLATION', 'IN_SERVICE', 'ABANDONED')`,
    );
    await q(
      `CREATE TYPE "public"."video_opinion" AS ENUM('FAVORABLE', 'FAVORABLE_WITH_RESERVATIONS', 'UNFAVORABLE')`,
    );
    await q(`CREATE SEQUENCE "video_project_numbers"`);
    await q(`CREATE TABLE "video_projects" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "number" bigint NOT NULL DEFAULT nextval('video_project_numbers'),
      "commune_code" character varying(5) NOT NULL,
      "organization_id" uuid NOT NULL,
      "title" text NOT NULL,
      "purpose" text NOT NULL,
      "status" "public"."video_project_status" NOT NULL DEFAULT 'REQUESTED',
      "opinion" "public"."video_opinion",
      "opinion_text" text,
      "funding_requested_amount" numeric(12,2),
      "funding_granted" boolean,
      "funding_granted_amount" numeric(12,2),
      "created_by_user_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_video_projects" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_video_projects_number" UNIQUE ("number"),
      CONSTRAINT "CHK_video_projects_opinion" CHECK (("opinion" IS NULL) = ("opinion_text" IS NULL)),
      CONSTRAINT "CHK_video_projects_requested" CHECK ("funding_requested_amount" IS NULL OR "funding_requested_amount" > 0),
      CONSTRAINT "CHK_video_projects_granted" CHECK (("funding_granted" IS TRUE) = ("funding_granted_amount" IS NOT NULL) AND ("funding_granted_amount" IS NULL OR "funding_granted_amount" > 0)),
      CONSTRAINT "FK_video_projects_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT,
      CONSTRAINT "FK_video_projects_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_video_projects_creator" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_video_projects_organization" ON "video_projects" ("organization_id")`);
    await q(`CREATE INDEX "IDX_video_projects_commune" ON "video_projects" ("commune_code")`);
    await q(`CREATE TABLE "video_sites" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "project_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "name" text NOT NULL,
      "cameras" integer NOT NULL,
      "geometry" jsonb NOT NULL,
      "shape" geometry(Geometry,4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED NOT NULL,
      "zone_id" uuid,
      CONSTRAINT "PK_video_sites" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_video_sites_position" UNIQUE ("project_id", "position"),
      CONSTRAINT "CHK_video_sites_cameras" CHECK ("cameras" BETWEEN 1 AND 200),
      CONSTRAINT "FK_video_sites_project" FOREIGN KEY ("project_id") REFERENCES "video_projects"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_video_sites_zone" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_video_sites_shape" ON "video_sites" USING GiST ("shape")`);
    await q(`CREATE TABLE "video_project_events" (
      "id" bigserial NOT NULL,
      "project_id" uuid NOT NULL,
      "status" "public"."video_project_status" NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "actor_user_id" uuid,
      "actor_label" text NOT NULL,
      "note" text,
      CONSTRAINT "PK_video_project_events" PRIMARY KEY ("id"),
      CONSTRAINT "FK_video_project_events_project" FOREIGN KEY ("project_id") REFERENCES "video_projects"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_video_project_events_actor" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_video_project_events_project" ON "video_project_events" ("project_id", "id")`);
    await q(`CREATE TABLE "safety_referents" (
      "user_id" uuid NOT NULL,
      "designated_by_user_id" uuid,
      "designated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_safety_referents" PRIMARY KEY ("user_id"),
      CONSTRAINT "FK_safety_referents_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_safety_referents_designer" FOREIGN KEY ("designated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "safety_referents"`);
    await q(`DROP TABLE "video_project_events"`);
    await q(`DROP TABLE "video_sites"`);
    await q(`DROP TABLE "video_projects"`);
    await q(`DROP SEQUENCE "video_project_numbers"`);
    await q(`DROP TYPE "public"."video_opinion"`);
    await q(`DROP TYPE "public"."video_project_status"`);
  }
}
