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
import { CaseEntity } from './case.entity';

/** A file on a case; the bytes live in the storage (disk or S3-compatible) under `storageKey`. */
@Entity('case_attachments')
export class CaseAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'text' })
  filename!: string;

  /** Sniffed from the bytes, never taken from the client. */
  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId!: string | null;

  @Column({ type: 'text' })
  uploadedByLabel!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
