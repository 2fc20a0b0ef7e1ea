import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ProConnect (OpenID Connect): an organisation's SIRET (the `siret` claim proposes the
 * organisation of an agent), the ProConnect subject linked to an account, and the access requests
 * of agents Continuum does not know yet, one pending per identity.
 */
export class ProConnect1797300000000 implements MigrationInterface {
  name = 'ProConnect1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"access_request_status\" AS ENUM('PENDING', 'APPROVED', 'REFUSED')");
    await queryRunner.query("CREATE TABLE \"access_requests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"subject\" text NOT NULL, \"email\" text NOT NULL, \"given_name\" text NOT NULL, \"usual_name\" text NOT NULL, \"siret\" character varying(14), \"organization_id\" uuid NOT NULL, \"status\" \"public\".\"access_request_status\" NOT NULL DEFAULT 'PENDING', \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by_user_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"user_id\" uuid, \"reason\" text, CONSTRAINT \"PK_f89e51c15e3dbea13aa248fe128\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_10a23630b4d9d87c95b3c3628e\" ON \"access_requests\"  (\"organization_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"access_requests_one_pending\" ON \"access_requests\"  (\"subject\") WHERE status = 'PENDING'");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD \"siret\" character varying(14)");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"proconnect_subject\" text");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_38e4a357d8b21b62578db2fb59\" ON \"organizations\"  (\"siret\") WHERE siret is not null");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a411e354d7cdc4144a92ec6aaf\" ON \"users\"  (\"proconnect_subject\") WHERE proconnect_subject is not null");
    await queryRunner.query("ALTER TABLE \"access_requests\" ADD CONSTRAINT \"FK_10a23630b4d9d87c95b3c3628ed\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"access_requests\" DROP CONSTRAINT \"FK_10a23630b4d9d87c95b3c3628ed\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a411e354d7cdc4144a92ec6aaf\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_38e4a357d8b21b62578db2fb59\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"proconnect_subject\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP COLUMN \"siret\"");
    await queryRunner.query("DROP INDEX \"public\".\"access_requests_one_pending\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_10a23630b4d9d87c95b3c3628e\"");
    await queryRunner.query("DROP TABLE \"access_requests\"");
    await queryRunner.query("DROP TYPE \"public\".\"access_request_status\"");
  }
}
