import { ProposalCategory, ProposalSource, ProposalStatus } from '@continuum/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A proposal or request (migration 1796910000000-Dialogue). Read through the SQL of
 * `proposal-queries.ts`, never straight from this class: its contact columns (`authorEmail`,
 * `body`, `personalData`) are for the moderators only.
 */
@Entity('proposals')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  number!: string;

  @Column({ type: 'enum', enum: ProposalSource, enumName: 'proposal_source' })
  source!: ProposalSource;

  @Column({
    type: 'enum',
    enum: ProposalStatus,
    enumName: 'proposal_status',
    default: ProposalStatus.PENDING,
  })
  status!: ProposalStatus;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'enum', enum: ProposalCategory, enumName: 'proposal_category' })
  category!: ProposalCategory;

  /** As written: the moderators only. */
  @Column({ type: 'text' })
  body!: string;

  /** With the flagged personal data masked: what everyone else reads. */
  @Column({ type: 'text' })
  maskedBody!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  personalData!: unknown[];

  @Column({ type: 'text', nullable: true })
  authorEmail!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorOrganizationId!: string | null;

  /** SHA-256 (hex) of the private link's token; the token itself is never stored. */
  @Column({ type: 'char', length: 64, nullable: true })
  tokenHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  moderatedByLabel!: string | null;

  @Column({ type: 'text', nullable: true })
  moderationNote!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  triagedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  triagedByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  triagedByLabel!: string | null;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The one-row table that holds the key signing the public form's tokens. */
@Entity('dialogue_settings')
export class DialogueSettingsEntity {
  @PrimaryGeneratedColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'text' })
  formSecret!: string;
}

export const DIALOGUE_ENTITIES = [ProposalEntity, DialogueSettingsEntity];
