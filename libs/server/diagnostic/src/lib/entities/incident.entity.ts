import { CaseCategory } from '@continuum/domain';
import { AgeBand, CountingUnit, IncidentPlaceType, IncidentSource, Sex } from '@continuum/domain/diagnostic';
import { GeneratedPointColumn } from '@continuum/server/territory';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A fact recorded by the police, the gendarmerie or a municipal police, as imported: when, what,
 * where, and the victim's and offender's profiles in bands. Never a name, an address or a
 * free text. The H3 cells of its point (resolutions 8 and 9, about 0.7 km² and 0.1 km²) are
 * stored beside it for the hexagonal analysis.
 */
@Entity('incidents')
@Index(['startsAt'])
@Index(['communeCode', 'startsAt'])
export class IncidentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  importId!: string;

  /** The line of the file it came from (said to whoever asks where a figure comes from). */
  @Column({ type: 'integer' })
  lineNumber!: number;

  /** When the facts happened, or began (a range ends at `endsAt`). */
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  /** False when the file gave the day only (`startsAt` is then the day's midnight, Paris time). */
  @Column({ type: 'boolean' })
  timeKnown!: boolean;

  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category' })
  category!: CaseCategory;

  @Column({ type: 'integer', nullable: true })
  natinf!: number | null;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Index({ spatial: true })
  @GeneratedPointColumn()
  location?: object | null;

  @Column({ type: 'varchar', length: 15, nullable: true })
  h3Res8!: string | null;

  @Column({ type: 'varchar', length: 15, nullable: true })
  h3Res9!: string | null;

  @Column({ type: 'enum', enum: IncidentPlaceType, enumName: 'incident_place_type', nullable: true })
  placeType!: IncidentPlaceType | null;

  @Column({ type: 'enum', enum: CountingUnit, enumName: 'counting_unit' })
  countingUnit!: CountingUnit;

  @Column({ type: 'enum', enum: IncidentSource, enumName: 'incident_source' })
  source!: IncidentSource;

  @Column({ type: 'enum', enum: AgeBand, enumName: 'age_band', nullable: true })
  victimAgeBand!: AgeBand | null;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  victimSex!: Sex | null;

  @Column({ type: 'boolean', nullable: true })
  victimMinor!: boolean | null;

  @Column({ type: 'enum', enum: AgeBand, enumName: 'age_band', nullable: true })
  offenderAgeBand!: AgeBand | null;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  offenderSex!: Sex | null;

  @Column({ type: 'boolean', nullable: true })
  offenderMinor!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  offenderRepeat!: boolean | null;
}

/**
 * Incidents counted per commune, category and month (Paris time, by the start of the facts), kept
 * up to date by each import in the transaction that adds its incidents: what the diagnostic's
 * figures read instead of counting a million rows.
 */
@Entity('incident_monthly_counts')
@Index('IDX_incident_monthly_counts_month', ['month'])
export class IncidentMonthlyCountEntity {
  @Column({ type: 'varchar', length: 5, primary: true })
  communeCode!: string;

  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category', primary: true })
  category!: CaseCategory;

  /** The first day of the month. */
  @Column({ type: 'date', primary: true })
  month!: string;

  @Column({ type: 'integer' })
  incidents!: number;
}

/**
 * Incidents counted per commune and year (Paris time, by their start) along one facet of the
 * diagnostic: `hourWeekday` (key `isodow-hour`, facts whose time is known), `place`, `victimAge`,
 * `victimSex`, `offenderAge`, `offenderSex` (key the value, '' when unknown), `h3Res8`, `h3Res9`
 * (key the cell of the facts' point, located facts only). Kept by each import
 * in its transaction, as the monthly counts are.
 */
@Entity('incident_yearly_breakdowns')
export class IncidentYearlyBreakdownEntity {
  @Column({ type: 'smallint', primary: true })
  year!: number;

  @Column({ type: 'varchar', length: 12, primary: true })
  facet!: string;

  @Column({ type: 'varchar', length: 5, primary: true })
  communeCode!: string;

  @Column({ type: 'varchar', length: 40, primary: true })
  key!: string;

  @Column({ type: 'integer' })
  incidents!: number;
}
