import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailBatches1795683977894 implements MigrationInterface {
  name = 'MailBatches1795683977894';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_messages\" ADD \"batch_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_25f907345729571a7f9315d37c\" ON \"mail_messages\"  (\"batch_id\") WHERE batch_id IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_25f907345729571a7f9315d37c\"");
    await queryRunner.query("ALTER TABLE \"mail_messages\" DROP COLUMN \"batch_id\"");
  }
}
