import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data-protection officer's role (issue #17): reads the journal, retention and purges, and
 * answers subject-access requests. Given, like the coordinator's and the admin's, with a second
 * person's approval (`role_grants`).
 */
export class DpoRole1797400000000 implements MigrationInterface {
  name = 'DpoRole1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'dpo'`);
  }

  /** PostgreSQL drops no enum value: the type is rebuilt without it, once nobody holds it. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`UPDATE "users" SET "roles" = array_remove("roles", 'dpo') WHERE 'dpo' = any("roles")`);
    await q(`DELETE FROM "role_grants" WHERE "role" = 'dpo'`);
    await q(`ALTER TYPE "public"."user_role" RENAME TO "user_role_old"`);
    await q(`CREATE TYPE "public"."user_role" AS ENUM('agent', 'manager', 'coordinator', 'admin')`);
    await q(`ALTER TABLE "users" ALTER COLUMN "roles" DROP DEFAULT`);
    await q(
      `ALTER TABLE "users" ALTER COLUMN "roles" TYPE "public"."user_role"[] USING "roles"::text[]::"public"."user_role"[]`,
    );
    await q(`ALTER TABLE "users" ALTER COLUMN "roles" SET DEFAULT '{agent}'`);
    await q(
      `ALTER TABLE "role_grants" ALTER COLUMN "role" TYPE "public"."user_role" USING "role"::text::"public"."user_role"`,
    );
    await q(`DROP TYPE "public"."user_role_old"`);
  }
}
