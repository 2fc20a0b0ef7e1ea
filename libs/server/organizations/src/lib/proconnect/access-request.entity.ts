import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

export enum AccessRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/**
 * An agent ProConnect identified and Continuum does not know: no account, no right, until a manager
 * of the organisation their SIRET names approves (an account is then created, linked to the
 * identity) or refuses. One pending request per identity.
 */
@Entity('access_requests')
@Index('access_requests_one_pending', ['subject'], { unique: true, where: `status = 'PENDING'` })
export class AccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The identity's `sub` at ProConnect. */
  @Column({ type: 'text' })
  subject!: string;

  /** Lower-case, as ProConnect gave it. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  usualName!: string;

  @Column({ type: 'varchar', length: 14, nullable: true })
  siret!: string | null;

  /** The organisation the SIRET proposes; its managers decide. */
  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({
    type: 'enum',
    enum: AccessRequestStatus,
    enumName: 'access_request_status',
    default: AccessRequestStatus.PENDING,
  })
  status!: AccessRequestStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The account created on approval. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** Why it was refused, told to nobody but the journal and the managers. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
