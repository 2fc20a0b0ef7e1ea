import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bimonthly PADRSQ review (issue #15): its agenda gets two sections of its own, the plan's
 * objectives and the coordinated operations of the period.
 */
export class PlanReview1796920000000 implements MigrationInterface {
  name = 'PlanReview1796920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."agenda_section" ADD VALUE IF NOT EXISTS 'PLAN_OBJECTIVES' BEFORE 'CARRIED_OVER'`);
    await queryRunner.query(`ALTER TYPE "public"."agenda_section" ADD VALUE IF NOT EXISTS 'PLAN_OPERATIONS' BEFORE 'CARRIED_OVER'`);
  }

  /** PostgreSQL cannot drop an enum's value: the type is rebuilt without them, their items become « Points divers ». */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`UPDATE "agenda_items" SET "section" = 'FREE' WHERE "section"::text IN ('PLAN_OBJECTIVES', 'PLAN_OPERATIONS')`);
    await q(`ALTER TYPE "public"."agenda_section" RENAME TO "agenda_section_old"`);
    await q(
      `CREATE TYPE "public"."agenda_section" AS ENUM('CARRIED_OVER', 'FOLLOW_UP', 'NEW_CASES', 'OVERDUE_ACTIONS', 'ASSESSMENT_DUE', 'ESCALATED', 'BACKLOG', 'FREE')`,
    );
    await q(
      `ALTER TABLE "agenda_items" ALTER COLUMN "section" TYPE "public"."agenda_section" USING "section"::text::"public"."agenda_section"`,
    );
    await q(`DROP TYPE "public"."agenda_section_old"`);
  }
}
