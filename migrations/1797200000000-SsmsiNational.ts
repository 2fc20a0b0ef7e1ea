import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SSMSI's national and départemental figures beside the communal ones (issue #13, the
 * département against the national rates): a row whose geography is `FRANCE` or a département's
 * code has no commune (`commune_code` null) and keeps its code as published (six characters for
 * `FRANCE`). The view of the latest edition matches such rows on their published code.
 */
export class SsmsiNational1797200000000 implements MigrationInterface {
  name = 'SsmsiNational1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP VIEW "ssmsi_current_statistics"`);
    for (const table of ['ssmsi_statistics', 'ssmsi_import_lines'])
      await q(`ALTER TABLE "${table}" ALTER COLUMN "published_code" TYPE character varying(6)`);
    await q(`ALTER TABLE "ssmsi_statistics" ALTER COLUMN "commune_code" DROP NOT NULL`);
    await q(
      `ALTER TABLE "ssmsi_statistics" ADD CONSTRAINT "CHK_ssmsi_statistics_level" CHECK ("commune_code" IS NOT NULL OR "published_code" !~ '^[0-9][0-9AB][0-9]{3}$')`,
    );
    await q(`CREATE INDEX "IDX_ssmsi_statistics_supra" ON "ssmsi_statistics" ("published_code", "year") WHERE "commune_code" IS NULL`);
    await q(`CREATE VIEW "ssmsi_current_statistics" AS
      SELECT s.* FROM "ssmsi_statistics" s
       WHERE s.import_id = (SELECT s2.import_id FROM "ssmsi_statistics" s2
                              JOIN "diagnostic_imports" i ON i.id = s2.import_id
                             WHERE s2.commune_code IS NOT DISTINCT FROM s.commune_code
                               AND (s.commune_code IS NOT NULL OR s2.published_code = s.published_code)
                               AND s2.year = s.year
                             ORDER BY i.finished_at DESC, i.id DESC LIMIT 1)`);
  }

  /** The national and départemental rows go with it: a communal base has none. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP VIEW "ssmsi_current_statistics"`);
    await q(`DELETE FROM "ssmsi_statistics" WHERE "commune_code" IS NULL`);
    await q(`DELETE FROM "ssmsi_import_lines" WHERE "commune_code" IS NULL`);
    await q(`DROP INDEX "IDX_ssmsi_statistics_supra"`);
    await q(`ALTER TABLE "ssmsi_statistics" DROP CONSTRAINT "CHK_ssmsi_statistics_level"`);
    await q(`ALTER TABLE "ssmsi_statistics" ALTER COLUMN "commune_code" SET NOT NULL`);
    for (const table of ['ssmsi_statistics', 'ssmsi_import_lines'])
      await q(`ALTER TABLE "${table}" ALTER COLUMN "published_code" TYPE character varying(5)`);
    await q(`CREATE VIEW "ssmsi_current_statistics" AS
      SELECT s.* FROM "ssmsi_statistics" s
       WHERE s.import_id = (SELECT s2.import_id FROM "ssmsi_statistics" s2
                              JOIN "diagnostic_imports" i ON i.id = s2.import_id
                             WHERE s2.commune_code = s.commune_code AND s2.year = s.year
                             ORDER BY i.finished_at DESC, i.id DESC LIMIT 1)`);
  }
}
