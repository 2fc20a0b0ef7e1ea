import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's presence indicators sum a setting's hours over a year of weeks: an index on (setting,
 * week) that carries the hours and the place lets PostgreSQL read only the index (a fourth of the
 * time measured by bench:plan on 288,000 weekly figures).
 */
export class PresenceTotals1796925000000 implements MigrationInterface {
  name = 'PresenceTotals1796925000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_presence_records_setting_week" ON "presence_records" ("setting", "week_start") INCLUDE ("hours", "commune_code", "zone_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_presence_records_setting_week"`);
  }
}
