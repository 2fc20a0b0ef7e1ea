import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dialogue feeds the plan (issue #16): proposals received, their answer delay and the contracts'
 * commitments kept on time become sources of the plan's indicators.
 */
export class DialogueIndicators1796980000000 implements MigrationInterface {
  name = 'DialogueIndicators1796980000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of ['PROPOSALS_RECEIVED', 'PROPOSAL_ANSWER_DAYS', 'COMMITMENTS_KEPT'])
      await queryRunner.query(`ALTER TYPE "public"."indicator_source" ADD VALUE IF NOT EXISTS '${value}' BEFORE 'MANUAL'`);
  }

  /** An enum's value cannot be dropped: the type is rebuilt without them (no objective may use them). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TYPE "public"."indicator_source" RENAME TO "indicator_source_old"`);
    await q(
      `CREATE TYPE "public"."indicator_source" AS ENUM('INCIDENTS', 'CASES_OPENED', 'CASES_RESOLVED', 'CASE_RESOLUTION_DAYS', 'ACTIONS_ON_TIME', 'OPERATIONS', 'OPERATION_OUTCOME', 'PRESENCE_HOURS', 'MANUAL')`,
    );
    await q(
      `ALTER TABLE "plan_objectives" ALTER COLUMN "indicator_source" TYPE "public"."indicator_source" USING "indicator_source"::text::"public"."indicator_source"`,
    );
    await q(`DROP TYPE "public"."indicator_source_old"`);
  }
}
