import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookSweep1796608984262 implements MigrationInterface {
  name = 'WebhookSweep1796608984262';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_pending_idx" ON "webhook_deliveries" ("created_at") WHERE status = 'PENDING'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_pending_idx"`);
  }
}
