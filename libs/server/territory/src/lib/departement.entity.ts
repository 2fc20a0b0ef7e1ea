import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('departements')
export class DepartementEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 3 })
  regionCode!: string;

  /** INSEE code of the prefecture's commune. */
  @Column({ type: 'varchar', length: 5 })
  chefLieu!: string;
}
