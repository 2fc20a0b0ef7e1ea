import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CaseEntity } from './case.entity';

/** Two related cases, stored once with the smaller id first. */
@Entity('case_links')
@Check('case_links_ordered', 'case_a_id < case_b_id')
export class CaseLinkEntity {
  @PrimaryColumn({ type: 'uuid', name: 'case_a_id' })
  caseAId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'case_b_id' })
  caseBId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_a_id' })
  caseA?: Relation<CaseEntity>;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_b_id' })
  caseB?: Relation<CaseEntity>;

  @Column({ type: 'uuid', nullable: true })
  linkedByUserId!: string | null;
}
