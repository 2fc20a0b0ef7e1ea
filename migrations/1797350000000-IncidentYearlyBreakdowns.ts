import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The diagnostic's hour × weekday, place and profile breakdowns counted per commune and year
 * (issue #13, « Speed »): kept by each import as the monthly counts are, so that the diagnostic
 * reads a few thousand rows instead of a year of incidents; and the monthly counts indexed by month. Filled here from the incidents already
 * imported (Paris time, as the analysis reads them), with the statement of `breakdownsOf`
 * (libs/server/diagnostic, import-sql.ts) as it was written then.
 */
export class IncidentYearlyBreakdowns1797350000000 implements MigrationInterface {
  name = 'IncidentYearlyBreakdowns1797350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "incident_yearly_breakdowns" (
      "commune_code" character varying(5) NOT NULL,
      "year" smallint NOT NULL,
      "facet" character varying(12) NOT NULL,
      "key" character varying(40) NOT NULL,
      "incidents" integer NOT NULL,
      CONSTRAINT "PK_incident_yearly_breakdowns" PRIMARY KEY ("year", "facet", "commune_code", "key")
    )`);
    await q(`INSERT INTO "incident_yearly_breakdowns" ("commune_code", "year", "facet", "key", "incidents")
      select commune_code, year,
             case when grouping(time_known) = 0 then 'hourWeekday' when grouping(place_type) = 0 then 'place'
                  when grouping(victim_age_band) = 0 then 'victimAge' when grouping(victim_sex) = 0 then 'victimSex'
                  when grouping(offender_age_band) = 0 then 'offenderAge' when grouping(offender_sex) = 0 then 'offenderSex'
                  when grouping(h3_res8) = 0 then 'h3Res8' else 'h3Res9' end,
             case when grouping(time_known) = 0 then weekday || '-' || hour
                  else coalesce(place_type::text, victim_age_band::text, victim_sex::text, offender_age_band::text,
                                offender_sex::text, h3_res8, h3_res9, '') end,
             count(*)::int
        from (select i.commune_code, extract(year from t.local)::int as year, i.time_known,
                     extract(isodow from t.local)::int as weekday, extract(hour from t.local)::int as hour,
                     i.place_type, i.victim_age_band, i.victim_sex, i.offender_age_band, i.offender_sex,
                     i.h3_res8, i.h3_res9
                from incidents i cross join lateral (select i.starts_at at time zone 'Europe/Paris' as local) t) f
       group by grouping sets ((commune_code, year, time_known, weekday, hour), (commune_code, year, place_type),
                               (commune_code, year, victim_age_band), (commune_code, year, victim_sex),
                               (commune_code, year, offender_age_band), (commune_code, year, offender_sex),
                               (commune_code, year, h3_res8), (commune_code, year, h3_res9))
      having (grouping(time_known) = 1 or time_known) and (grouping(h3_res8) = 1 or h3_res8 is not null)
        and (grouping(h3_res9) = 1 or h3_res9 is not null)`);
    // Filled in bulk: its statistics now, so that a commune's rows are read through the key at once.
    await q(`ANALYZE "incident_yearly_breakdowns"`);
    // The year's months of every commune (the département's figures, the last month with facts)
    // read in a range of this index rather than the whole table.
    await q(
      `CREATE INDEX "IDX_incident_monthly_counts_month" ON "incident_monthly_counts" ("month")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_incident_monthly_counts_month"`);
    await queryRunner.query(`DROP TABLE "incident_yearly_breakdowns"`);
  }
}
