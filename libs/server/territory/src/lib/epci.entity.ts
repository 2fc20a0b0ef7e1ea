import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Établissement public de coopération intercommunale (métropole, CU, CA, CC). */
@Entity('epcis')
export class EpciEntity {
  @PrimaryColumn({ type: 'varchar', length: 9 })
  siren!: string;

  @Column({ type: 'text' })
  name!: string;

  /** MET, CU, CA, CC. */
  @Column({ type: 'varchar', length: 8 })
  nature!: string;
}
