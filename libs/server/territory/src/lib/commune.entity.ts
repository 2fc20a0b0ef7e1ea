import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DepartementEntity } from './departement.entity';
import { EpciEntity } from './epci.entity';

@Entity('communes')
export class CommuneEntity {
  /** INSEE code (code officiel géographique), e.g. 45234 for Orléans. */
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 3 })
  departementCode!: string;

  @ManyToOne(() => DepartementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departement_code' })
  departement?: Relation<DepartementEntity>;

  /** Population municipale from the package's census vintage. */
  @Column({ type: 'integer', default: 0 })
  population!: number;

  @Index()
  @Column({ type: 'varchar', length: 9, nullable: true })
  epciSiren!: string | null;

  @ManyToOne(() => EpciEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'epci_siren' })
  epci?: Relation<EpciEntity> | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  postcodes!: string[];

  /** Outline (IGN ADMIN EXPRESS COG, simplified), loaded by the territory seed; null when unknown. */
  @Index({ spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'MultiPolygon', srid: 4326, nullable: true, select: false })
  outline?: object | null;
}
