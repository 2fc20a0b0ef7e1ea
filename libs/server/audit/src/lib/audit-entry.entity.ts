import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The journal: append-only. A trigger in the migration refuses UPDATE, DELETE and TRUNCATE,
 * whoever the database user is.
 */
@Entity('audit_entries')
@Index(['occurredAt'])
@Index(['subjectType', 'subjectId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  /** Stable dotted name: `auth.login.succeeded`, `user.created`, `case.read.restricted`… */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  /** Kept as written at the time, so the journal still reads after a user is renamed. */
  @Column({ type: 'text', nullable: true })
  actorLabel!: string | null;

  @Column({ type: 'text', nullable: true })
  subjectType!: string | null;

  @Column({ type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: object | null;
}
