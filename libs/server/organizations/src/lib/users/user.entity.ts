import { Role } from '@continuum/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored lower-case; unique. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** Job title as shown in the directory (« commissaire », « responsable sûreté »…). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true, default: () => "'{agent}'" })
  roles!: Role[];

  /** argon2id; null for accounts that only sign in through OpenID Connect. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  /** The `sub` of the ProConnect identity linked to this account (subject and e-mail at first login). */
  @Index({ unique: true, where: 'proconnect_subject is not null' })
  @Column({ type: 'text', nullable: true, select: false })
  proconnectSubject!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
