import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostGIS becomes the spatial engine. What users send stays stored as they sent it (GeoJSON,
 * longitude/latitude: the API's edge format); each gets a PostGIS column derived from it
 * (generated, so it can never disagree) with a GiST index, and every spatial rule is a predicate
 * on those columns. Commune outlines are PostGIS geometries loaded by the territory seed.
 */
export class Geography1795690000000 implements MigrationInterface {
  name = 'Geography1795690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await queryRunner.query('ALTER TABLE "communes" ADD "outline" geometry(MultiPolygon,4326)');
    await queryRunner.query('CREATE INDEX "IDX_communes_outline" ON "communes" USING GiST ("outline")');

    await queryRunner.query(
      'ALTER TABLE "zones" ADD "shape" geometry(Geometry,4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED',
    );
    await queryRunner.query('CREATE INDEX "IDX_zones_shape" ON "zones" USING GiST ("shape")');
    for (const column of ['min_lon', 'min_lat', 'max_lon', 'max_lat'])
      await queryRunner.query(`ALTER TABLE "zones" DROP COLUMN "${column}"`);

    for (const table of ['cases', 'alerts']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "location" geometry(Point,4326) GENERATED ALWAYS AS (CASE WHEN "longitude" IS NULL OR "latitude" IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint("longitude", "latitude"), 4326) END) STORED`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_location" ON "${table}" USING GiST ("location")`);
    }
    for (const table of ['alerts', 'alert_subscriptions']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "area_shape" geometry(Geometry,4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("area"), 4326)) STORED`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_area_shape" ON "${table}" USING GiST ("area_shape")`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "area_box"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['alerts', 'alert_subscriptions']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "area_box" double precision array`);
      await queryRunner.query(
        `UPDATE "${table}" SET "area_box" = ARRAY[ST_XMin("area_shape"), ST_YMin("area_shape"), ST_XMax("area_shape"), ST_YMax("area_shape")] WHERE "area_shape" IS NOT NULL`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "area_shape"`);
    }
    for (const table of ['cases', 'alerts']) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "location"`);
    for (const column of ['min_lon', 'min_lat', 'max_lon', 'max_lat'])
      await queryRunner.query(`ALTER TABLE "zones" ADD "${column}" double precision`);
    await queryRunner.query(
      'UPDATE "zones" SET "min_lon" = ST_XMin("shape"), "min_lat" = ST_YMin("shape"), "max_lon" = ST_XMax("shape"), "max_lat" = ST_YMax("shape")',
    );
    for (const column of ['min_lon', 'min_lat', 'max_lon', 'max_lat'])
      await queryRunner.query(`ALTER TABLE "zones" ALTER COLUMN "${column}" SET NOT NULL`);
    await queryRunner.query('ALTER TABLE "zones" DROP COLUMN "shape"');
    await queryRunner.query('ALTER TABLE "communes" DROP COLUMN "outline"');
    // The extension stays: other databases' objects may use it, and dropping it is an administrator's call.
  }
}
