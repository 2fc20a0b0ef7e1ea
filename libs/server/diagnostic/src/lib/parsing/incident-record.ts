import { CaseCategory } from '@continuum/domain';
import {
  AGE_BANDS,
  AgeBand,
  CountingUnit,
  INCIDENT_FIELDS,
  IncidentField,
  incidentCategoryOf,
  IncidentPlaceType,
  IncidentSource,
  isMinorBand,
  Sex,
} from '@continuum/domain/diagnostic';
import type { CommuneCodeAnswer } from '@continuum/server/territory';
import { latLngToCell } from 'h3-js';
import { type Cell, quoted } from './csv-text';
import {
  ageBandFrom,
  booleanOf,
  countingUnitOf,
  degreesFrom,
  frenchStamp,
  instantOf,
  type LocalDateTime,
  parseDate,
  parseTime,
  placeTypeOf,
  remembered,
  sexOf,
  sourceOf,
} from './incident-values';
import type { Outcome } from './ssmsi-format';

/** Which column (0-based) each field comes from, and the values set for the whole file. */
export interface IncidentMapping {
  columns: Partial<Record<IncidentField, number>>;
  source: IncidentSource | null;
  countingUnit: CountingUnit | null;
}

/** What a line is checked against: the département's communes, the zone of its times, the present. */
export interface IncidentContext {
  lookupCommune(code: string): CommuneCodeAnswer;
  timeZone: string;
  now: Date;
}

/** A line ready to be staged: an incident but for the check of its point against its commune. */
export interface StagedIncident {
  startsAt: Date;
  endsAt: Date | null;
  timeKnown: boolean;
  category: CaseCategory;
  natinf: number | null;
  communeCode: string;
  longitude: number | null;
  latitude: number | null;
  h3Res8: string | null;
  h3Res9: string | null;
  placeType: IncidentPlaceType | null;
  countingUnit: CountingUnit;
  source: IncidentSource;
  victimAgeBand: AgeBand | null;
  victimSex: Sex | null;
  victimMinor: boolean | null;
  offenderAgeBand: AgeBand | null;
  offenderSex: Sex | null;
  offenderMinor: boolean | null;
  offenderRepeat: boolean | null;
}

const categoryOf = remembered(incidentCategoryOf);

/** The resolutions of the H3 cells stored beside each point (≈ 0.74 km² and ≈ 0.11 km² hexagons). */
export const H3_RESOLUTIONS = [8, 9] as const;

/**
 * What is wrong with a mapping for a file of `width` columns, in French (empty when nothing): a
 * required field without a column (or a value for the whole file), a column out of range or used
 * twice, a longitude without its latitude.
 */
export function mappingProblems(mapping: IncidentMapping, width: number): string[] {
  const problems: string[] = [];
  const { columns } = mapping;
  const used = new Map<number, IncidentField>();
  for (const [field, column] of Object.entries(columns) as [IncidentField, number][]) {
    if (!Number.isInteger(column) || column < 0 || column >= width)
      problems.push(
        `« ${INCIDENT_FIELDS[field].label} » : la colonne ${column + 1} n’existe pas (le fichier en a ${width}).`,
      );
    else if (used.has(column))
      problems.push(
        `La colonne ${column + 1} est associée deux fois (« ${INCIDENT_FIELDS[used.get(column)!].label} » et « ${INCIDENT_FIELDS[field].label} »).`,
      );
    else used.set(column, field);
  }
  for (const field of Object.values(IncidentField)) {
    if (!INCIDENT_FIELDS[field].required || columns[field] !== undefined) continue;
    if (field === IncidentField.SOURCE && mapping.source) continue;
    if (field === IncidentField.COUNTING_UNIT && mapping.countingUnit) continue;
    problems.push(
      field === IncidentField.SOURCE || field === IncidentField.COUNTING_UNIT
        ? `« ${INCIDENT_FIELDS[field].label} » : choisissez une colonne, ou une valeur pour tout le fichier.`
        : `« ${INCIDENT_FIELDS[field].label} » : choisissez la colonne qui la donne.`,
    );
  }
  if ((columns.LONGITUDE === undefined) !== (columns.LATITUDE === undefined))
    problems.push('La longitude et la latitude vont ensemble : associez les deux, ou aucune.');
  if (columns.ENDS_AT !== undefined && columns.ENDS_ON === undefined)
    problems.push('Une heure de fin ne va pas sans la date de fin.');
  return problems;
}

/**
 * A line of an incidents file as an incident, or every reason it is refused (in French, joined
 * with « ; »). Whether its point lies in its commune is checked afterwards, in the database.
 */
export function parseIncidentRecord(
  cells: readonly Cell[],
  width: number,
  mapping: IncidentMapping,
  context: IncidentContext,
): Outcome<StagedIncident> {
  if (cells.length !== width) return { ok: false, reason: `${cells.length} champs au lieu de ${width}.` };
  const problems: string[] = [];
  const text = (field: IncidentField): string => {
    const column = mapping.columns[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  /** An optional cell read by `read`: null when empty, the reason when unreadable. */
  const optional = <T>(
    field: IncidentField,
    read: (value: string) => T | undefined,
    refusal: (value: string) => string,
  ): T | null => {
    const value = text(field);
    if (value === '') return null;
    const result = read(value);
    if (result === undefined) problems.push(refusal(quoted(value)));
    return result ?? null;
  };

  const start = dateAndTime(text(IncidentField.STARTS_ON), text(IncidentField.STARTS_AT), 'date', problems);
  const endDay =
    text(IncidentField.ENDS_ON) === ''
      ? null
      : dateAndTime(text(IncidentField.ENDS_ON), text(IncidentField.ENDS_AT), 'date de fin', problems);
  // An end given as a day alone is the end of that day (« du 14 au 14 mars » after 22 h 30 holds).
  const end = endDay && !endDay.timed ? { ...endDay, hour: 23, minute: 59 } : endDay;
  const startsAt = start ? instantOf(start, context.timeZone) : null;
  const endsAt = end ? instantOf(end, context.timeZone) : null;
  if (start && startsAt && startsAt > context.now)
    problems.push(`date dans le futur (${frenchStamp(start)})`);
  if (startsAt && endsAt && endsAt < startsAt) problems.push('la fin des faits précède leur début');

  const categoryText = text(IncidentField.CATEGORY);
  const category = categoryText ? categoryOf(categoryText) : undefined;
  if (!categoryText) problems.push('catégorie vide');
  else if (!category) problems.push(`catégorie ${quoted(categoryText)} inconnue`);

  const natinf = optional(
    IncidentField.NATINF,
    (v) => (/^\d{1,5}$/.test(v) ? Number(v) : undefined),
    (v) => `code NATINF ${v} invalide (de 1 à 5 chiffres)`,
  );

  let communeCode: string | null = null;
  const communeText = text(IncidentField.COMMUNE).toUpperCase();
  // A spreadsheet drops the leading zero of départements 01 to 09 (1004 for 01004).
  const code = /^\d{4}$/.test(communeText) ? `0${communeText}` : communeText;
  const answer: CommuneCodeAnswer = code ? context.lookupCommune(code) : { kind: 'unknown' };
  if (!code) problems.push('commune vide');
  else if (answer.kind === 'current') communeCode = answer.code;
  else if (answer.kind === 'elsewhere')
    problems.push(`commune ${code} (${answer.name}) d’un autre département : ${answer.departement}`);
  else problems.push(`code commune ${quoted(code)} inconnu`);

  const longitudeText = text(IncidentField.LONGITUDE);
  const latitudeText = text(IncidentField.LATITUDE);
  let longitude: number | null = null;
  let latitude: number | null = null;
  if ((longitudeText === '') !== (latitudeText === ''))
    problems.push('point incomplet : longitude et latitude vont ensemble');
  else if (longitudeText !== '') {
    longitude = degreesFrom(longitudeText, 180) ?? null;
    latitude = degreesFrom(latitudeText, 90) ?? null;
    if (longitude === null) problems.push(`longitude ${quoted(longitudeText)} invalide`);
    if (latitude === null) problems.push(`latitude ${quoted(latitudeText)} invalide`);
  }

  const placeType = optional(IncidentField.PLACE_TYPE, placeTypeOf, (v) => `type de lieu ${v} inconnu`);
  const countingUnit =
    text(IncidentField.COUNTING_UNIT) === ''
      ? mapping.countingUnit
      : optional(IncidentField.COUNTING_UNIT, countingUnitOf, (v) => `unité de compte ${v} inconnue`);
  if (!countingUnit && text(IncidentField.COUNTING_UNIT) === '') problems.push('unité de compte vide');
  const source =
    text(IncidentField.SOURCE) === ''
      ? mapping.source
      : optional(
          IncidentField.SOURCE,
          sourceOf,
          (v) => `service ${v} inconnu (police nationale, gendarmerie ou police municipale)`,
        );
  if (!source && text(IncidentField.SOURCE) === '') problems.push('service vide');

  const victim = profile(
    IncidentField.VICTIM_AGE_BAND,
    IncidentField.VICTIM_SEX,
    IncidentField.VICTIM_MINOR,
    'victime',
  );
  const offender = profile(
    IncidentField.OFFENDER_AGE_BAND,
    IncidentField.OFFENDER_SEX,
    IncidentField.OFFENDER_MINOR,
    'mis en cause',
  );
  const offenderRepeat = optional(
    IncidentField.OFFENDER_REPEAT,
    booleanOf,
    (v) => `réitération ${v} : attendu oui ou non`,
  );

  if (problems.length > 0 || !startsAt || !category || !communeCode || !countingUnit || !source)
    return { ok: false, reason: `${capitalize(problems.join(' ; '))}.` };
  const point = longitude !== null && latitude !== null;
  return {
    ok: true,
    value: {
      startsAt,
      endsAt,
      timeKnown: start!.timed,
      category,
      natinf,
      communeCode,
      longitude,
      latitude,
      h3Res8: point ? latLngToCell(latitude!, longitude!, H3_RESOLUTIONS[0]) : null,
      h3Res9: point ? latLngToCell(latitude!, longitude!, H3_RESOLUTIONS[1]) : null,
      placeType,
      countingUnit,
      source,
      victimAgeBand: victim.band,
      victimSex: victim.sex,
      victimMinor: victim.minor,
      offenderAgeBand: offender.band,
      offenderSex: offender.sex,
      offenderMinor: offender.minor,
      offenderRepeat,
    },
  };

  /** A profile in bands; « minor » follows from the band when the file does not say it, and must agree with it. */
  function profile(
    bandField: IncidentField,
    sexField: IncidentField,
    minorField: IncidentField,
    who: string,
  ) {
    const band = optional(
      bandField,
      ageBandFrom,
      (v) => `tranche d’âge ${v} (${who}) inconnue : 18-24, 25-34… ou un âge`,
    );
    const sex = optional(sexField, sexOf, (v) => `sexe ${v} (${who}) : attendu F ou M`);
    const said = optional(minorField, booleanOf, (v) => `mineur ${v} (${who}) : attendu oui ou non`);
    const minor = said ?? (band ? isMinorBand(band) : null);
    if (band && said !== null && said !== isMinorBand(band))
      problems.push(
        `${who} : « mineur » vaut ${said ? 'oui' : 'non'} mais la tranche est « ${AGE_BANDS[band].label} »`,
      );
    return { band, sex, minor };
  }
}

function dateAndTime(
  dateText: string,
  timeText: string,
  what: string,
  problems: string[],
): LocalDateTime | null {
  if (dateText === '') {
    problems.push(`${what} vide`);
    return null;
  }
  const date = parseDate(dateText);
  if (!date) {
    problems.push(`${what} ${quoted(dateText)} illisible (attendue JJ/MM/AAAA ou AAAA-MM-JJ)`);
    return null;
  }
  if (timeText === '') return date;
  const time = parseTime(timeText);
  if (!time) {
    problems.push(`heure ${quoted(timeText)} illisible (attendue HH:MM)`);
    return null;
  }
  return { ...date, ...time, timed: true };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
