import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertsSweep1795674178632 implements MigrationInterface {
  name = 'AlertsSweep1795674178632';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outbox_events\" ADD \"handled_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query(
      // Events handed over before this column existed were fanned out (or are dead letters).
      'UPDATE "outbox_events" SET "handled_at" = "dispatched_at" WHERE "dispatched_at" IS NOT NULL',
    );
    await queryRunner.query("CREATE INDEX \"outbox_events_unhandled_idx\" ON \"outbox_events\"  (\"dispatched_at\") WHERE handled_at IS NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"outbox_events_unhandled_idx\"");
    await queryRunner.query("ALTER TABLE \"outbox_events\" DROP COLUMN \"handled_at\"");
  }
}
