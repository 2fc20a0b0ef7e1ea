import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spike detection (issue #13): a category's weekly count in a zone far above its expected level
 * raises a system alert (topic INCIDENT_SPIKE); each spike is kept once per zone, category and week.
 */
export class IncidentSpikes1797100000000 implements MigrationInterface {
  name = 'IncidentSpikes1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TYPE "public"."alert_topic" ADD VALUE IF NOT EXISTS 'INCIDENT_SPIKE' BEFORE 'MANUAL'`);
    await q(`CREATE TABLE "incident_spikes" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "zone_id" uuid NOT NULL,
      "category" "public"."case_category" NOT NULL,
      "week" date NOT NULL,
      "incidents" integer NOT NULL,
      "expected" double precision NOT NULL,
      "probability" double precision NOT NULL,
      "baseline_weeks" integer NOT NULL,
      "alert_id" uuid,
      "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_incident_spikes" PRIMARY KEY ("id")
    )`);
    await q(
      `CREATE UNIQUE INDEX "incident_spikes_zone_category_week_unique" ON "incident_spikes" ("zone_id", "category", "week")`,
    );
    await q(`CREATE INDEX "IDX_incident_spikes_alert" ON "incident_spikes" ("alert_id")`);
    await q(
      `ALTER TABLE "incident_spikes" ADD CONSTRAINT "FK_incident_spikes_zone" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "incident_spikes" ADD CONSTRAINT "FK_incident_spikes_alert" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  /** An enum's value cannot be dropped: the type is rebuilt without it, its alerts gone first. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "incident_spikes"`);
    await q(`DELETE FROM "alerts" WHERE "topic" = 'INCIDENT_SPIKE'`);
    await q(`ALTER TYPE "public"."alert_topic" RENAME TO "alert_topic_old"`);
    await q(
      `CREATE TYPE "public"."alert_topic" AS ENUM('CASE_OPENED', 'CASE_REFERRED', 'CASE_STATUS_CHANGED', 'CASE_COMMENT_ADDRESSED', 'ACTION_DUE_TOMORROW', 'ACTION_OVERDUE', 'COMMITMENT_OVERDUE', 'MEETING_CONVENED', 'MEETING_CHANGED', 'DECISION_ASSIGNED', 'WEBHOOK_DISABLED', 'MANUAL')`,
    );
    await q(
      `ALTER TABLE "alerts" ALTER COLUMN "topic" TYPE "public"."alert_topic" USING "topic"::text::"public"."alert_topic"`,
    );
    await q(`DROP TYPE "public"."alert_topic_old"`);
  }
}
