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

/** Read by pages, newest first: the (case_id, created_at, id) index serves the keyset. */
@Entity('case_comments')
@Index(['caseId', 'createdAt', 'id'])
export class CaseCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorOrganizationId!: string | null;

  /** As written at the time: « Nadia Fournier (Val de Loire Habitat Démo) ». */
  @Column({ type: 'text' })
  authorLabel!: string;

  /** The organisation the comment is addressed to, if any (it is alerted). */
  @Column({ type: 'uuid', nullable: true })
  addressedToOrganizationId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
