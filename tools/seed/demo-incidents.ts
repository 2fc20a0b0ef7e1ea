import { CASE_CATEGORIES, CaseCategory } from '@continuum/domain';
import {
  AGE_BANDS,
  AgeBand,
  COUNTING_UNIT_LABELS,
  INCIDENT_PLACE_LABELS,
  INCIDENT_SOURCE_LABELS,
  IncidentPlaceType,
  IncidentSource,
} from '@continuum/domain/diagnostic';
import { mulberry32 } from '@continuum/server/platform';
import {
  type Area,
  AREA_COMMUNES,
  type CategoryPattern,
  HOTSPOTS,
  PATTERNS,
  type Profile,
} from './demo-incident-patterns';

type Ring = [number, number][];

/** A commune as the generator draws in it: its population and its outline (GeoJSON MultiPolygon). */
export interface CommunePlace {
  code: string;
  population: number;
  polygons: Ring[][];
}

export interface DemoPlaces {
  communes: Map<string, CommunePlace>;
  /** The demo zones' outer rings, by zone name. */
  zones: Map<string, Ring>;
}

/** The columns of the generated file, as a forces' export might name them. */
export const DEMO_INCIDENT_HEADER = [
  'Date début faits',
  'Heure',
  'Date fin faits',
  'Indicateur',
  'Code INSEE',
  'Longitude',
  'Latitude',
  'Lieu',
  'Service',
  'Unité de compte',
  'Âge victime',
  'Sexe victime',
  'Âge mis en cause',
  'Sexe mis en cause',
  'Réitération',
];

export const DEMO_INCIDENT_MAPPING = {
  columns: {
    STARTS_ON: 0,
    STARTS_AT: 1,
    ENDS_ON: 2,
    CATEGORY: 3,
    COMMUNE: 4,
    LONGITUDE: 5,
    LATITUDE: 6,
    PLACE_TYPE: 7,
    SOURCE: 8,
    COUNTING_UNIT: 9,
    VICTIM_AGE_BAND: 10,
    VICTIM_SEX: 11,
    OFFENDER_AGE_BAND: 12,
    OFFENDER_SEX: 13,
    OFFENDER_REPEAT: 14,
  },
  source: null,
  countingUnit: null,
};

/**
 * The demo's fictional recorded incidents over `months` months from `first` (year, month 1–12),
 * as a CSV: the same seed and period give the same bytes. Each day, each category draws a Poisson
 * number of incidents whose mean follows its pattern (year trend, month, weekday, special days);
 * each is then placed — a hotspot inside its demo zone, around the zone's centre, or a commune
 * chosen by population — and given an hour, a place type, a service and profiles in bands. `scale`
 * multiplies every mean (bench:diagnostic draws a million incidents with the demo's patterns).
 */
export function generateDemoIncidents(
  places: DemoPlaces,
  first: { year: number; month: number },
  months: number,
  seed = 45_2026,
  scale = 1,
): { csv: Buffer; count: number } {
  const random = mulberry32(seed);
  const pick = <K extends string>(weights: Partial<Record<K, number>>): K => weighted(random, weights);
  const lines = [DEMO_INCIDENT_HEADER.join(';')];
  const startDay = Date.UTC(first.year, first.month - 1, 1);
  const endDay = Date.UTC(first.year, first.month - 1 + months, 1) - 86_400_000;
  const perDay = 1 / 365.25;
  const byPopulation = communeWeights(places);

  for (let day = startDay; day <= endDay; day += 86_400_000) {
    const date = new Date(day);
    const month = date.getUTCMonth();
    const weekday = (date.getUTCDay() + 6) % 7;
    const yearIndex = Math.min(2, Math.floor((day - startDay) / (365.25 * 86_400_000)));
    const special = `${pad(month + 1)}-${pad(date.getUTCDate())}`;
    for (const [category, pattern] of Object.entries(PATTERNS) as [CaseCategory, CategoryPattern][]) {
      const mean =
        scale *
        pattern.perYear *
        perDay *
        pattern.trend[yearIndex] *
        (pattern.months[month] / average(pattern.months)) *
        (pattern.weekdays[weekday] / average(pattern.weekdays)) *
        (pattern.specialDays?.[special] ?? 1);
      for (let n = poisson(random, mean); n > 0; n--)
        lines.push(incidentLine(category, pattern, day, endDay));
    }
  }
  return { csv: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), count: lines.length - 1 };

  function incidentLine(
    category: CaseCategory,
    pattern: CategoryPattern,
    day: number,
    lastDay: number,
  ): string {
    const area = pick(pattern.areas);
    const hotspot = HOTSPOTS[area];
    const commune = hotspot ? hotspot.commune : pick(byPopulation.get(area) ?? {});
    const point = random() < pattern.located ? placeIn(area, commune) : null;
    const hour = weightedIndex(random, pattern.hours);
    const minute = Math.floor(random() * 12) * 5;
    const dayOnly = random() < pattern.dayOnly;
    const end =
      random() < pattern.ranged ? Math.min(lastDay, day + (1 + Math.floor(random() * 6)) * 86_400_000) : null;
    const place = pick(pattern.places);
    const source =
      area === 'RURAL'
        ? IncidentSource.GENDARMERIE
        : (commune === '45234' || commune === '45208') &&
            place === IncidentPlaceType.VOIE_PUBLIQUE &&
            random() < 0.2
          ? IncidentSource.POLICE_MUNICIPALE
          : IncidentSource.POLICE_NATIONALE;
    const victim = profile(pattern.victim);
    const offender = profile(pattern.offender);
    return [
      frenchDate(day),
      dayOnly ? '' : `${pad(hour)}:${pad(minute)}`,
      end ? frenchDate(end) : '',
      CASE_CATEGORIES[category].label,
      commune,
      point ? decimal(point[0]) : '',
      point ? decimal(point[1]) : '',
      INCIDENT_PLACE_LABELS[place],
      INCIDENT_SOURCE_LABELS[source],
      COUNTING_UNIT_LABELS[pattern.unit],
      victim ? AGE_BANDS[victim.band].label : '',
      victim ? victim.sex : '',
      offender ? AGE_BANDS[offender.band].label : '',
      offender ? offender.sex : '',
      offender ? (random() < 0.3 ? 'oui' : 'non') : '',
    ].join(';');
  }

  function profile(shape: Profile | undefined): { band: AgeBand; sex: string } | null {
    if (!shape || random() >= shape.known) return null;
    return { band: pick(shape.bands), sex: random() < shape.female ? 'F' : 'M' };
  }

  /** A point of the area: near its hotspot's centre, inside the zone; or anywhere in the commune. */
  function placeIn(area: Area, communeCode: string): [number, number] | null {
    const commune = places.communes.get(communeCode);
    if (!commune) return null;
    const zoneName = HOTSPOTS[area]?.zone;
    const zone = zoneName ? places.zones.get(zoneName) : undefined;
    if (zone) {
      const [minX, minY, maxX, maxY] = bounds([zone]);
      const centre: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
      for (let attempt = 0; attempt < 30; attempt++) {
        const [dx, dy] = gaussianPair(random);
        const point: [number, number] = [
          centre[0] + dx * (maxX - minX) * 0.22,
          centre[1] + dy * (maxY - minY) * 0.22,
        ];
        if (inRing(point, zone) && inCommune(point, commune)) return point;
      }
    }
    const [minX, minY, maxX, maxY] = boundsOf(commune);
    for (let attempt = 0; attempt < 60; attempt++) {
      const point: [number, number] = [minX + random() * (maxX - minX), minY + random() * (maxY - minY)];
      if (inCommune(point, commune)) return point;
    }
    return null;
  }
}

/** For each commune area, its communes weighted by population; RURAL is every other commune. */
function communeWeights(places: DemoPlaces): Map<Area, Record<string, number>> {
  const named = new Set(Object.values(AREA_COMMUNES).flat());
  const weights = new Map<Area, Record<string, number>>();
  for (const [area, codes] of Object.entries(AREA_COMMUNES) as [Area, string[]][])
    weights.set(
      area,
      Object.fromEntries(codes.map((code) => [code, places.communes.get(code)?.population ?? 1])),
    );
  weights.set(
    'RURAL',
    Object.fromEntries(
      [...places.communes.values()]
        .filter((c) => !named.has(c.code))
        .map((c) => [c.code, Math.max(c.population, 50)]),
    ),
  );
  return weights;
}

function weighted<K extends string>(random: () => number, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1][0];
}

function weightedIndex(random: () => number, weights: readonly number[]): number {
  return Number(weighted(random, Object.fromEntries(weights.map((w, i) => [String(i), w]))));
}

/** Knuth's method: fine for the small means of one category on one day. */
function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

function gaussianPair(random: () => number): [number, number] {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  const angle = 2 * Math.PI * random();
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

function inCommune(point: [number, number], commune: CommunePlace): boolean {
  return commune.polygons.some(
    ([outer, ...holes]) => inRing(point, outer) && !holes.some((hole) => inRing(point, hole)),
  );
}

/** Ray casting. */
function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const communeBounds = new WeakMap<CommunePlace, [number, number, number, number]>();

function boundsOf(commune: CommunePlace): [number, number, number, number] {
  let found = communeBounds.get(commune);
  if (!found) communeBounds.set(commune, (found = bounds(commune.polygons.flat())));
  return found;
}

function bounds(rings: Ring[]): [number, number, number, number] {
  const xs = rings.flat().map(([x]) => x);
  const ys = rings.flat().map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const pad = (n: number) => String(n).padStart(2, '0');
const decimal = (value: number) => value.toFixed(5).replace('.', ',');

function frenchDate(day: number): string {
  const date = new Date(day);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
