import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An H3 cell of a persistent hotspot that the cabinet confirmed as (part of) a zone of the
 * territory: a cell belongs to one confirmed zone at most (its primary key), and is no longer
 * proposed. `res8` is the cell itself at resolution 8, its parent at 9, so that a cell confirmed at
 * one resolution also withdraws the cells that overlap it at the other.
 */
@Entity('priority_zone_cells')
export class PriorityZoneCellEntity {
  @PrimaryColumn({ type: 'varchar', length: 15, primaryKeyConstraintName: 'PK_priority_zone_cells' })
  h3!: string;

  @Index('IDX_priority_zone_cells_res8')
  @Column({ type: 'varchar', length: 15 })
  res8!: string;

  @Column({ type: 'smallint' })
  resolution!: number;

  /** The year whose hotspots (with the year before's) were confirmed. */
  @Column({ type: 'smallint' })
  year!: number;

  /** The zone it became (deleting the zone frees its cells: `ON DELETE CASCADE`). */
  @Index('IDX_priority_zone_cells_zone')
  @Column({ type: 'uuid' })
  zoneId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
