import { ZoneKind } from '@continuum/domain';
import type { ZoneGeometry } from '@continuum/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { CommuneEntity } from './commune.entity';
import { GeneratedShapeColumn } from './geography';

/** A named place of interest: a priority zone, a transport line or station, a rural sector… */
@Entity('zones')
export class ZoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: ZoneKind, enumName: 'zone_kind' })
  kind!: ZoneKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** GeoJSON geometry in WGS 84 (validated on the way in). */
  @Column({ type: 'jsonb' })
  geometry!: ZoneGeometry;

  /** The same geometry as PostGIS (generated from `geometry`): what spatial rules test. */
  @Index({ spatial: true })
  @GeneratedShapeColumn('geometry', { nullable: false })
  shape?: object;

  @ManyToMany(() => CommuneEntity)
  @JoinTable({
    name: 'zone_communes',
    joinColumn: { name: 'zone_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'commune_code', referencedColumnName: 'code' },
  })
  communes?: Relation<CommuneEntity>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
