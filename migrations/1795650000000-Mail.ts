import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox (libs/server/mail). Generated from the entity, then checked: `db:generate`
 * reports no difference for `mail_messages` once this has run.
 */
export class Mail1795650000000 implements MigrationInterface {
  name = 'Mail1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"mail_status\" AS ENUM('PENDING', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"mail_messages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"topic\" text NOT NULL, \"reference_id\" uuid, \"recipient_user_id\" uuid, \"to_address\" text NOT NULL, \"to_name\" text, \"subject\" text NOT NULL, \"text\" text NOT NULL, \"html\" text, \"ics\" text, \"ics_method\" text, \"status\" \"public\".\"mail_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"sent_at\" TIMESTAMP WITH TIME ZONE, \"message_id\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1bd6e76ef3b3d4aff7d0510a509\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_dcb4e8d75af4116217eb1b237b\" ON \"mail_messages\"  (\"reference_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_981ee9e849bf0cf46fce979e07\" ON \"mail_messages\"  (\"recipient_user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4c7d14cfaf848084e9efb3ad2c\" ON \"mail_messages\"  (\"status\", \"next_attempt_at\") ");
    await queryRunner.query("ALTER TABLE \"mail_messages\" ADD CONSTRAINT \"FK_981ee9e849bf0cf46fce979e075\" FOREIGN KEY (\"recipient_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_messages\" DROP CONSTRAINT \"FK_981ee9e849bf0cf46fce979e075\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4c7d14cfaf848084e9efb3ad2c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_981ee9e849bf0cf46fce979e07\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dcb4e8d75af4116217eb1b237b\"");
    await queryRunner.query("DROP TABLE \"mail_messages\"");
    await queryRunner.query("DROP TYPE \"public\".\"mail_status\"");
  }
}
