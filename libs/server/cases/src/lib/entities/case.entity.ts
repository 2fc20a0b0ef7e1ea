import { CaseCategory, CasePriority, CaseStatus, Sensitivity } from '@continuum/domain';
import { CoordinationBodyEntity, WorkingGroupEntity } from '@continuum/server/coordination';
import { OrganizationEntity } from '@continuum/server/organizations';
import { CommuneEntity, GeneratedPointColumn, ZoneEntity } from '@continuum/server/territory';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** The shared problem case. Nominative data lives apart, in `case_persons`. */
@Entity('cases')
@Index(['updatedAt', 'id'])
@Index(['ownerOrganizationId', 'status'])
// GIN index on search_vector, written in the migration.
@Index('cases_search_vector_idx', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `45-2026-000123`: département, year, sequence. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index()
  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category' })
  category!: CaseCategory;

  @Index()
  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @ManyToOne(() => CommuneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code' })
  commune?: Relation<CommuneEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  zoneId!: string | null;

  @ManyToOne(() => ZoneEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'zone_id' })
  zone?: Relation<ZoneEntity> | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  /** The point as PostGIS (generated from longitude/latitude), for spatial predicates. */
  @Index({ spatial: true })
  @GeneratedPointColumn()
  location?: object | null;

  @Index()
  @Column({ type: 'enum', enum: Sensitivity, enumName: 'case_sensitivity' })
  sensitivity!: Sensitivity;

  @Column({ type: 'enum', enum: CasePriority, enumName: 'case_priority', default: CasePriority.NORMAL })
  priority!: CasePriority;

  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization?: Relation<OrganizationEntity>;

  @Index()
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.NEW })
  status!: CaseStatus;

  /** Why it was rejected, put on hold or reopened. */
  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  /** The coordination body the case is attached to (its member organisations are involved). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  bodyId!: string | null;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity> | null;

  /** The restricted working group (RED cases: its members with a signed charter read it). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroupEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  // Millisecond precision, like a JavaScript date, so that keyset cursors round-trip exactly.
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  openedAt!: Date;

  @Column({ type: 'date', nullable: true })
  assessmentDueOn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  /** French full-text search, accents ignored; maintained by a trigger (see the migration). */
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;
}
