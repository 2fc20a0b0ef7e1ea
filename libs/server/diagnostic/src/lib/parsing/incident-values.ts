import {
  AGE_BANDS,
  AgeBand,
  ageBandOf,
  COUNTING_UNIT_LABELS,
  CountingUnit,
  INCIDENT_PLACE_LABELS,
  INCIDENT_SOURCE_LABELS,
  IncidentPlaceType,
  IncidentSource,
  normalizeHeader,
  Sex,
} from '@continuum/domain/diagnostic';

/**
 * The values of an incidents file's cells, read the ways the forces' exports and spreadsheets write
 * them. Each returns the value, or undefined when the cell cannot be read (the caller says why).
 */

/** A local date and time as written in the file (Paris time), before it becomes an instant. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Whether the cell gave a time. */
  timed: boolean;
}

const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(.+))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](.+))?$/;

/** `12/03/2025`, `12-03-2025`, `2025-03-12`, each possibly followed by a time (`14:30`, `14h30`). */
export function parseDate(text: string): LocalDateTime | undefined {
  const value = text.trim();
  const french = FRENCH_DATE.exec(value);
  const iso = french ? null : ISO_DATE.exec(value);
  const [year, month, day, rest] = french
    ? [Number(french[3]), Number(french[2]), Number(french[1]), french[4]]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]]
      : [NaN, NaN, NaN, undefined];
  if (!Number.isInteger(year)) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  if (rest === undefined) return { year, month, day, hour: 0, minute: 0, timed: false };
  const time = parseTime(rest);
  return time ? { year, month, day, ...time, timed: true } : undefined;
}

const TIME = /^(\d{1,2})(?:[:h](\d{2})?(?::\d{2}(?:\.\d+)?)?)?$/i;

/** `14:30`, `14:30:00`, `14h30`, `14h`, `14`. */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** `2025-03-12 14:30` — sortable, for comparisons with the present in the same zone. */
export function localStamp(value: LocalDateTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.year}-${pad(value.month)}-${pad(value.day)} ${pad(value.hour)}:${pad(value.minute)}`;
}

/** « 12/03/2025 » or « 12/03/2025 à 14 h 30 », as a message quotes it. */
export function frenchStamp(value: LocalDateTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(value.day)}/${pad(value.month)}/${value.year}`;
  return value.timed ? `${day} à ${value.hour} h ${pad(value.minute)}` : day;
}

const offsetCache = new Map<string, number>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset (minutes east of UTC) of `timeZone` at the instant `utcMs`: computed once per day when
 * the day starts and ends with the same offset (all but the days of a clock change), else per hour.
 */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const day = Math.floor(utcMs / 86_400_000);
  const dayKey = `${timeZone}|d${day}`;
  let daily = offsetCache.get(dayKey);
  if (daily === undefined) {
    const start = offsetAtHour(day * 24, timeZone);
    daily = start === offsetAtHour(day * 24 + 23, timeZone) ? start : NaN;
    offsetCache.set(dayKey, daily);
  }
  return Number.isNaN(daily) ? offsetAtHour(Math.floor(utcMs / 3_600_000), timeZone) : daily;
}

function offsetAtHour(hour: number, timeZone: string): number {
  const utcMs = hour * 3_600_000;
  const key = `${timeZone}|${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = Math.round((local - utcMs) / 60_000);
  offsetCache.set(key, offset);
  return offset;
}

/** The instant of a local date and time in `timeZone` (the later one when a clock change repeats it). */
export function instantOf(value: LocalDateTime, timeZone: string): Date {
  const local = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute);
  let utc = local - offsetMinutes(local, timeZone) * 60_000;
  const again = offsetMinutes(utc, timeZone);
  utc = local - again * 60_000;
  return new Date(utc);
}

/** The words a cell may use for each value, in `normalizeHeader`'s form. */
function vocabulary<T extends string>(
  labels: Readonly<Record<T, string>>,
  extra: Record<string, T>,
): Map<string, T> {
  const words = new Map<string, T>();
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    words.set(normalizeHeader(value), value);
    words.set(normalizeHeader(label), value);
  }
  for (const [word, value] of Object.entries(extra)) words.set(normalizeHeader(word), value);
  return words;
}

const PLACES = vocabulary(INCIDENT_PLACE_LABELS, {
  rue: IncidentPlaceType.VOIE_PUBLIQUE,
  'espace public': IncidentPlaceType.VOIE_PUBLIQUE,
  transports: IncidentPlaceType.TRANSPORTS,
  transport: IncidentPlaceType.TRANSPORTS,
  gare: IncidentPlaceType.TRANSPORTS,
  bus: IncidentPlaceType.TRANSPORTS,
  tram: IncidentPlaceType.TRANSPORTS,
  magasin: IncidentPlaceType.COMMERCE,
  commerces: IncidentPlaceType.COMMERCE,
  logement: IncidentPlaceType.DOMICILE,
  habitation: IncidentPlaceType.DOMICILE,
  'parties communes': IncidentPlaceType.PARTIES_COMMUNES,
  hall: IncidentPlaceType.PARTIES_COMMUNES,
  ecole: IncidentPlaceType.ETABLISSEMENT_SCOLAIRE,
  college: IncidentPlaceType.ETABLISSEMENT_SCOLAIRE,
  lycee: IncidentPlaceType.ETABLISSEMENT_SCOLAIRE,
  ferme: IncidentPlaceType.EXPLOITATION_AGRICOLE,
  hopital: IncidentPlaceType.ETABLISSEMENT_SANTE,
  loisirs: IncidentPlaceType.LIEU_DE_LOISIRS,
  autre: IncidentPlaceType.AUTRE,
});
const UNITS = vocabulary(COUNTING_UNIT_LABELS, {
  vehicules: CountingUnit.VEHICULE,
  victimes: CountingUnit.VICTIME,
});
const SOURCES = vocabulary(INCIDENT_SOURCE_LABELS, {
  pn: IncidentSource.POLICE_NATIONALE,
  dgpn: IncidentSource.POLICE_NATIONALE,
  police: IncidentSource.POLICE_NATIONALE,
  gn: IncidentSource.GENDARMERIE,
  gendarmerie: IncidentSource.GENDARMERIE,
  pm: IncidentSource.POLICE_MUNICIPALE,
});
const SEXES = new Map<string, Sex>([
  ['f', Sex.FEMININ],
  ['femme', Sex.FEMININ],
  ['feminin', Sex.FEMININ],
  ['m', Sex.MASCULIN],
  ['h', Sex.MASCULIN],
  ['homme', Sex.MASCULIN],
  ['masculin', Sex.MASCULIN],
]);
const BOOLEANS = new Map<string, boolean>([
  ['oui', true],
  ['o', true],
  ['vrai', true],
  ['true', true],
  ['1', true],
  ['x', true],
  ['non', false],
  ['n', false],
  ['faux', false],
  ['false', false],
  ['0', false],
]);

/**
 * A function of a cell's text remembered for each text met: a file repeats the same few words (its
 * categories, places, services) hundreds of thousands of times.
 */
export function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size < 10_000) known.set(text, value);
    return value;
  };
}

export const placeTypeOf = remembered((text) => PLACES.get(normalizeHeader(text)));
export const countingUnitOf = remembered((text) => UNITS.get(normalizeHeader(text)));
export const sourceOf = remembered((text) => SOURCES.get(normalizeHeader(text)));
export const sexOf = remembered((text) => SEXES.get(normalizeHeader(text)));
export const booleanOf = remembered((text) => BOOLEANS.get(normalizeHeader(text)));

const BAND_BY_BOUNDS = new Map<string, AgeBand>(
  (Object.keys(AGE_BANDS) as AgeBand[]).map((band) => [
    `${AGE_BANDS[band].min}-${AGE_BANDS[band].max ?? ''}`,
    band,
  ]),
);

const BAND_BY_NAME = new Map<string, AgeBand>(
  (Object.keys(AGE_BANDS) as AgeBand[]).flatMap((band): [string, AgeBand][] => [
    [normalizeHeader(band), band],
    [normalizeHeader(AGE_BANDS[band].label), band],
  ]),
);

/**
 * An age band: its code or label, bounds (`25-34`, `25 à 34 ans`, `moins de 13 ans`, `65+`,
 * `65 ans et plus`), or an exact age (0 to 120), which is banded here and kept nowhere.
 */
export const ageBandFrom = remembered(bandOf);

function bandOf(text: string): AgeBand | undefined {
  const byName = BAND_BY_NAME.get(normalizeHeader(text));
  if (byName) return byName;
  const value = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(value)) return Number(value) <= 120 ? ageBandOf(Number(value)) : undefined;
  const under = /^(?:moins de|<)\s*(\d{1,3})(?:\s*ans)?$/.exec(value);
  if (under) return BAND_BY_BOUNDS.get(`0-${Number(under[1]) - 1}`);
  const over = /^(\d{1,3})\s*(?:\+|ans et plus|et plus)$/.exec(value);
  if (over) return BAND_BY_BOUNDS.get(`${over[1]}-`);
  const range = /^(\d{1,3})\s*(?:-|à|a)\s*(\d{1,3})(?:\s*ans)?$/.exec(value);
  if (range) return BAND_BY_BOUNDS.get(`${Number(range[1])}-${Number(range[2])}`);
  return undefined;
}

/** A coordinate in decimal degrees, with a point or a comma; undefined outside `limit`. */
export function degreesFrom(text: string, limit: number): number | undefined {
  const value = text.trim().replace(',', '.');
  if (!/^-?\d{1,3}(?:\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return Math.abs(number) <= limit ? number : undefined;
}
