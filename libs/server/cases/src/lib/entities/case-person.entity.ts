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

export enum PersonRole {
  VICTIME = 'VICTIME',
  MIS_EN_CAUSE = 'MIS_EN_CAUSE',
  TEMOIN = 'TEMOIN',
  SIGNALANT = 'SIGNALANT',
  AUTRE = 'AUTRE',
}

/**
 * Nominative data about a person involved in a case (GDPR personal data), kept apart so it can be
 * withheld as a whole: only public authorities involved in the case read it.
 */
@Entity('case_persons')
export class CasePersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'enum', enum: PersonRole, enumName: 'person_role' })
  role!: PersonRole;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'integer', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
