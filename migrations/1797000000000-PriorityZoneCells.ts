import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cells of persistent hotspots the cabinet confirmed as zones of the territory (issue #13): one
 * zone at most per cell (the primary key, with a lock taken by the confirmation, makes a second
 * confirmation of the same cells a conflict), freed when the zone is deleted.
 */
export class PriorityZoneCells1797000000000 implements MigrationInterface {
  name = 'PriorityZoneCells1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "priority_zone_cells" (
      "h3" character varying(15) NOT NULL,
      "res8" character varying(15) NOT NULL,
      "resolution" smallint NOT NULL,
      "year" smallint NOT NULL,
      "zone_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_priority_zone_cells" PRIMARY KEY ("h3"),
      CONSTRAINT "CHK_priority_zone_cells_resolution" CHECK ("resolution" IN (8, 9)),
      CONSTRAINT "FK_priority_zone_cells_zone" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_priority_zone_cells_res8" ON "priority_zone_cells" ("res8")`);
    await queryRunner.query(`CREATE INDEX "IDX_priority_zone_cells_zone" ON "priority_zone_cells" ("zone_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "priority_zone_cells"`);
  }
}
