import { OrganizationType } from '@continuum/domain';
import { CommuneEntity } from '@continuum/server/territory';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

/**
 * An actor of the continuum. Whether it is a public authority follows from its type
 * (`isPublicAuthority`), so it is not stored twice.
 */
@Entity('organizations')
// Names are unique regardless of case: the real index is on lower(name), written in the migration.
@Index('organizations_name_unique', { synchronize: false })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  type!: OrganizationType;

  /** Competent over the whole département (préfecture, DDPN, parquet…) rather than listed communes. */
  @Column({ type: 'boolean', default: false })
  wholeDepartement!: boolean;

  @ManyToMany(() => CommuneEntity)
  @JoinTable({
    name: 'organization_competence_communes',
    joinColumn: { name: 'organization_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'commune_code', referencedColumnName: 'code' },
  })
  competenceCommunes?: Relation<CommuneEntity>[];

  @Index()
  @Column({ type: 'varchar', length: 5, nullable: true })
  seatCommuneCode!: string | null;

  @ManyToOne(() => CommuneEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'seat_commune_code' })
  seat?: Relation<CommuneEntity> | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** SIRET of the establishment: ProConnect's `siret` claim proposes the organisation of an agent. */
  @Index({ unique: true, where: 'siret is not null' })
  @Column({ type: 'varchar', length: 14, nullable: true })
  siret!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
