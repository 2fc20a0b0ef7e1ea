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
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export enum RoleGrantStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * A role that needs a second person (coordinator, admin): asked by one administrator, given only
 * when another approves. At most one pending grant per user and role (a partial unique index).
 */
@Entity('role_grants')
@Index('role_grants_one_pending', ['userId', 'role'], { unique: true, where: `status = 'PENDING'` })
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Column({
    type: 'enum',
    enum: RoleGrantStatus,
    enumName: 'role_grant_status',
    default: RoleGrantStatus.PENDING,
  })
  status!: RoleGrantStatus;

  @Column({ type: 'uuid' })
  requestedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
