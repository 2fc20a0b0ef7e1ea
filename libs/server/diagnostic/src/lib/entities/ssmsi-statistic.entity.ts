import { CaseCategory } from '@continuum/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One figure of the SSMSI's communal base, as published: a commune, a year, an indicator. A figure
 * the SSMSI does not publish (`ndiff`, statistical secret) is stored as unknown (`count` and `rate`
 * null, `published` false) — never as 0, and never summed as 0. The `complement_info_*` values the
 * base gives on such rows are kept as they are: they describe the département's withheld communes,
 * not this one.
 */
@Entity('ssmsi_statistics')
@Index(['communeCode', 'year'])
@Index(['importId', 'publishedCode', 'year', 'indicator', 'countingUnit'], { unique: true })
export class SsmsiStatisticEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  importId!: string;

  @Column({ type: 'integer' })
  lineNumber!: number;

  /** The year of the geography of `publishedCode` (the header's `CODGEO_2024` → 2024). */
  @Column({ type: 'smallint' })
  geographyYear!: number;

  /** The geography's code as the file gives it: a commune, the département (`45`) or `FRANCE`. */
  @Column({ type: 'varchar', length: 6 })
  publishedCode!: string;

  /**
   * The current commune it is (a former commune's code gives its successor); null for a national
   * or départemental figure.
   */
  @Column({ type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ type: 'smallint' })
  year!: number;

  /** The indicator's label as published (« Cambriolages de logement »). */
  @Column({ type: 'text' })
  indicator!: string;

  /** Its category on the platform; null for an indicator without one (drug use by fixed fine). */
  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category', nullable: true })
  category!: CaseCategory | null;

  /** As published: « Infraction », « Victime », « Véhicule », « Mis en cause »… */
  @Column({ type: 'text' })
  countingUnit!: string;

  /** Whether the SSMSI publishes the figure (`diff`); false for the statistical secret (`ndiff`). */
  @Column({ type: 'boolean' })
  published!: boolean;

  /** The number of facts; null when unknown (secret, or `NA`). */
  @Column({ type: 'integer', nullable: true })
  count!: number | null;

  /** Per 1,000 inhabitants (per 1,000 dwellings for burglaries), as published; null when unknown. */
  @Column({ type: 'numeric', nullable: true })
  ratePerThousand!: string | null;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Column({ type: 'smallint', nullable: true })
  populationYear!: number | null;

  @Column({ type: 'integer', nullable: true })
  dwellings!: number | null;

  @Column({ type: 'smallint', nullable: true })
  dwellingsYear!: number | null;

  /** `complement_info_nombre` (`complementinfoval` before): as published. */
  @Column({ type: 'numeric', nullable: true })
  complementCount!: string | null;

  /** `complement_info_taux` (`complementinfotaux` before): as published. */
  @Column({ type: 'numeric', nullable: true })
  complementRate!: string | null;
}
