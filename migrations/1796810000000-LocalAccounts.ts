import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local accounts people can trust: single-use password links (reset, invitation) stored hashed,
 * TOTP secrets and recovery codes (hashed), and role grants that wait for a second person.
 */
export class LocalAccounts1796810000000 implements MigrationInterface {
  name = 'LocalAccounts1796810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"password_token_purpose\" AS ENUM('reset', 'invitation')");
    await queryRunner.query("CREATE TABLE \"password_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"purpose\" \"public\".\"password_token_purpose\" NOT NULL, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_816120c39410c02dabd34b8672b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5ac1fd8593c46bf145b2b88619\" ON \"password_tokens\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d32f54ae25a41e7a96c2a3a4ce\" ON \"password_tokens\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"user_totp\" (\"user_id\" uuid NOT NULL, \"secret\" text NOT NULL, \"confirmed_at\" TIMESTAMP WITH TIME ZONE, \"last_time_step\" bigint, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_04aa6aca4a656f0d4e1fd30ab10\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TABLE \"user_recovery_codes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"code_hash\" text NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_411939add58ed0eceffd39973cf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f659216e26d0ef1238379cbf40\" ON \"user_recovery_codes\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"role_grant_status\" AS ENUM('PENDING', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"role_grants\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"status\" \"public\".\"role_grant_status\" NOT NULL DEFAULT 'PENDING', \"requested_by_user_id\" uuid NOT NULL, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by_user_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"reason\" text, CONSTRAINT \"PK_f7cf33da46b9f884f2d459e0eff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2b1c3c28ffbc09b85170c655d4\" ON \"role_grants\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"role_grants_one_pending\" ON \"role_grants\"  (\"user_id\", \"role\") WHERE status = 'PENDING'");
    await queryRunner.query("ALTER TABLE \"password_tokens\" ADD CONSTRAINT \"FK_5ac1fd8593c46bf145b2b886195\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_totp\" ADD CONSTRAINT \"FK_04aa6aca4a656f0d4e1fd30ab10\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_recovery_codes\" ADD CONSTRAINT \"FK_f659216e26d0ef1238379cbf40c\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"role_grants\" ADD CONSTRAINT \"FK_2b1c3c28ffbc09b85170c655d4b\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"role_grants\" DROP CONSTRAINT \"FK_2b1c3c28ffbc09b85170c655d4b\"");
    await queryRunner.query("ALTER TABLE \"user_recovery_codes\" DROP CONSTRAINT \"FK_f659216e26d0ef1238379cbf40c\"");
    await queryRunner.query("ALTER TABLE \"user_totp\" DROP CONSTRAINT \"FK_04aa6aca4a656f0d4e1fd30ab10\"");
    await queryRunner.query("ALTER TABLE \"password_tokens\" DROP CONSTRAINT \"FK_5ac1fd8593c46bf145b2b886195\"");
    await queryRunner.query("DROP INDEX \"public\".\"role_grants_one_pending\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2b1c3c28ffbc09b85170c655d4\"");
    await queryRunner.query("DROP TABLE \"role_grants\"");
    await queryRunner.query("DROP TYPE \"public\".\"role_grant_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f659216e26d0ef1238379cbf40\"");
    await queryRunner.query("DROP TABLE \"user_recovery_codes\"");
    await queryRunner.query("DROP TABLE \"user_totp\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d32f54ae25a41e7a96c2a3a4ce\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5ac1fd8593c46bf145b2b88619\"");
    await queryRunner.query("DROP TABLE \"password_tokens\"");
    await queryRunner.query("DROP TYPE \"public\".\"password_token_purpose\"");
  }
}
