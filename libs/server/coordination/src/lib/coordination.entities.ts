import { BodyKind } from '@continuum/domain';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

export { BodyKind };

/** A CLSPD, CISPD, GPO, état-major or the PADRSQ review: who sits in it. */
@Entity('coordination_bodies')
export class CoordinationBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: BodyKind, enumName: 'body_kind' })
  kind!: BodyKind;

  /** For an état-major: transports, stupéfiants, rural, violences intrafamiliales… */
  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  /** Its territory: communes (INSEE codes) and zones. */
  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  communeCodes!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  zoneIds!: string[];

  @Column({ type: 'uuid' })
  chairOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_organization_id' })
  chairOrganization?: Relation<OrganizationEntity>;

  @Column({ type: 'uuid', nullable: true })
  secretaryUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'secretary_user_id' })
  secretary?: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Member organisations of a body: attaching an AMBER case to the body involves them. */
@Entity('coordination_body_organizations')
export class BodyOrganizationEntity {
  @PrimaryColumn({ type: 'uuid' })
  bodyId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;
}

/** Named members of a body: who is convened to its meetings by default. */
@Entity('coordination_body_members')
export class BodyMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  bodyId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}

/** A restricted working group of a CLSPD/CISPD (article L132-5 CSI). */
@Entity('working_groups')
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity>;

  @Column({ type: 'text' })
  name!: string;

  /** Version of the charter members must have signed before seeing anything confidential. */
  @Column({ type: 'text', default: '1' })
  charterVersion!: string;
}

/** A named member; they read the group's RED cases only once the current charter is signed. */
@Entity('working_group_members')
export class WorkingGroupMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  workingGroupId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroupEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  charterSignedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  charterSignedVersion!: string | null;
}
