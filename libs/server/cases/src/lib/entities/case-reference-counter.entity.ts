import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last sequence number used for case references, per département and year. */
@Entity('case_reference_counters')
export class CaseReferenceCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  departementCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  last!: number;
}
