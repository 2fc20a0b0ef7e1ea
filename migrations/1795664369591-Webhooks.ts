import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1795664369591 implements MigrationInterface {
  name = 'Webhooks1795664369591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"webhooks\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"url\" text NOT NULL, \"secret\" text NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"consecutive_failures\" integer NOT NULL DEFAULT '0', \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"disabled_reason\" text, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9e8795cfc899ab7bdaa831e8527\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1263da9f2a66fe09006bd86130\" ON \"webhooks\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_delivery_status\" AS ENUM('PENDING', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"webhook_deliveries\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"webhook_id\" uuid NOT NULL, \"alert_id\" uuid NOT NULL, \"status\" \"public\".\"webhook_delivery_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"response_status\" integer, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_535dd409947fb6d8fc6dfc0112a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9623661c357591841e55a4863f\" ON \"webhook_deliveries\"  (\"alert_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ff6a6af2b5ceb2b23d07ec286d\" ON \"webhook_deliveries\"  (\"webhook_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0c61d64f3df4e2cc981935d359\" ON \"webhook_deliveries\"  (\"webhook_id\", \"alert_id\") ");
    await queryRunner.query("ALTER TABLE \"webhooks\" ADD CONSTRAINT \"FK_1263da9f2a66fe09006bd86130e\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhooks\" ADD CONSTRAINT \"FK_c44adfc2b48dedfe23d807b77ee\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ADD CONSTRAINT \"FK_a0286aeb96db651efd1ae2966f2\" FOREIGN KEY (\"webhook_id\") REFERENCES \"webhooks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ADD CONSTRAINT \"FK_9623661c357591841e55a4863fd\" FOREIGN KEY (\"alert_id\") REFERENCES \"alerts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" DROP CONSTRAINT \"FK_9623661c357591841e55a4863fd\"");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" DROP CONSTRAINT \"FK_a0286aeb96db651efd1ae2966f2\"");
    await queryRunner.query("ALTER TABLE \"webhooks\" DROP CONSTRAINT \"FK_c44adfc2b48dedfe23d807b77ee\"");
    await queryRunner.query("ALTER TABLE \"webhooks\" DROP CONSTRAINT \"FK_1263da9f2a66fe09006bd86130e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0c61d64f3df4e2cc981935d359\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ff6a6af2b5ceb2b23d07ec286d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9623661c357591841e55a4863f\"");
    await queryRunner.query("DROP TABLE \"webhook_deliveries\"");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_delivery_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1263da9f2a66fe09006bd86130\"");
    await queryRunner.query("DROP TABLE \"webhooks\"");
  }
}
