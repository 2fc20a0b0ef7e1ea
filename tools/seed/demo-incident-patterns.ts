import { CaseCategory } from '@continuum/domain';
import { AgeBand, CountingUnit, IncidentPlaceType } from '@continuum/domain/diagnostic';

/**
 * The shapes of the demo's fictional incidents: how many a year, in which months, on which days,
 * at which hours, where, and about whom — patterns a reader of a diagnostic recognises (burglaries
 * in the dark months and during the summer holidays, violence on summer weekend nights, vehicles
 * at night, thefts in shops on Saturdays and before Christmas, cars burnt on New Year's Eve, rodeos
 * in summer evenings, trafficking where the priority zones are). Every figure here is invented.
 */

/** Where an incident happens: a hotspot (a demo zone), a group of communes, or the rest of the département. */
export type Area =
  | 'LA_SOURCE'
  | 'ARGONNE'
  | 'GARE'
  | 'ORLEANS'
  | 'METROPOLE'
  | 'PLATEAU'
  | 'MONTARGIS'
  | 'GIEN_CENTRE'
  | 'GIEN'
  | 'RURAL';

/** The demo zones the hotspots are drawn in (`DEMO_ZONES` names), with the commune they are in. */
export const HOTSPOTS: Partial<Record<Area, { zone: string; commune: string }>> = {
  LA_SOURCE: { zone: 'QRR La Source', commune: '45234' },
  ARGONNE: { zone: 'QPV L’Argonne', commune: '45234' },
  GARE: { zone: 'Gare d’Orléans', commune: '45234' },
  PLATEAU: { zone: 'Quartier du Plateau', commune: '45208' },
  GIEN_CENTRE: { zone: 'Centre-ville de Gien (vidéoprotection)', commune: '45155' },
};

/** The communes of the areas that are not hotspots (the rest of the département is RURAL). */
export const AREA_COMMUNES: Partial<Record<Area, string[]>> = {
  ORLEANS: ['45234'],
  METROPOLE: ['45147', '45284', '45285', '45232', '45286', '45298', '45075', '45302', '45169'],
  MONTARGIS: ['45208', '45068', '45004', '45338'],
  GIEN: ['45155'],
};

type Weights<K extends string> = Partial<Record<K, number>>;

const DEFAULT_AREAS: Weights<Area> = {
  LA_SOURCE: 0.07,
  ARGONNE: 0.06,
  GARE: 0.03,
  ORLEANS: 0.2,
  METROPOLE: 0.2,
  PLATEAU: 0.04,
  MONTARGIS: 0.08,
  GIEN_CENTRE: 0.025,
  GIEN: 0.025,
  RURAL: 0.27,
};

/** Weights by hour (0 to 23). */
const HOURS = {
  shops: [0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 6, 7, 7, 6, 6, 7, 8, 9, 9, 7, 4, 2, 1, 0],
  burglary: [2, 1, 1, 1, 1, 1, 1, 2, 3, 5, 7, 7, 5, 5, 7, 8, 9, 10, 10, 8, 5, 3, 3, 2],
  night: [8, 8, 7, 6, 5, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 6, 7, 8, 9],
  evening: [6, 5, 4, 2, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 9, 8],
  home: [3, 2, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 3, 3, 3, 4, 5, 7, 9, 10, 10, 8, 5],
  office: [0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 7, 7, 5, 5, 7, 7, 6, 5, 3, 2, 1, 1, 0, 0],
  afternoon: [1, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 5, 6, 7, 9, 10, 10, 9, 7, 5, 3, 2],
} as const;

/** Weights by month (January to December). */
const MONTHS = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  dark: [1.35, 1.2, 1.0, 0.85, 0.8, 0.75, 1.0, 1.05, 0.85, 1.0, 1.25, 1.45],
  summer: [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.3, 1.05, 0.95, 0.85, 0.9],
  christmas: [0.95, 0.85, 0.9, 0.9, 0.95, 0.95, 1.0, 0.95, 1.0, 1.0, 1.15, 1.6],
  rodeo: [0.1, 0.1, 0.3, 0.8, 1.4, 1.9, 2.3, 2.1, 1.3, 0.6, 0.2, 0.1],
  fields: [0.5, 0.6, 1.2, 1.5, 1.3, 1.0, 0.9, 1.0, 1.4, 1.5, 0.9, 0.5],
} as const;

/** Weights by weekday (Monday to Sunday). */
const WEEKDAYS = {
  flat: [1, 1, 1, 1, 1, 1, 1],
  weekendNights: [0.75, 0.75, 0.8, 0.9, 1.25, 1.6, 1.35],
  shops: [0.9, 0.9, 0.95, 0.95, 1.05, 1.45, 0.45],
  office: [1.15, 1.1, 1.1, 1.1, 1.05, 0.35, 0.2],
  home: [0.9, 0.85, 0.85, 0.9, 1.0, 1.3, 1.35],
} as const;

export interface Profile {
  /** Share of incidents whose file gives the profile at all. */
  known: number;
  female: number;
  bands: Weights<AgeBand>;
}

export interface CategoryPattern {
  perYear: number;
  /** Multiplier of `perYear` for each of the three years, oldest first: the trends. */
  trend: [number, number, number];
  months: readonly number[];
  weekdays: readonly number[];
  hours: readonly number[];
  areas: Weights<Area>;
  places: Weights<IncidentPlaceType>;
  unit: CountingUnit;
  /** Share with a point (the rest is placed in its commune only). */
  located: number;
  /** Share given with the day only. */
  dayOnly: number;
  /** Share given as a range (from one day to the next days). */
  ranged: number;
  victim?: Profile;
  offender?: Profile;
  /** Multiplier on given days (`MM-DD`). */
  specialDays?: Record<string, number>;
}

const ADULTS: Weights<AgeBand> = {
  DE_18_A_24: 2,
  DE_25_A_34: 3,
  DE_35_A_44: 3,
  DE_45_A_54: 2,
  DE_55_A_64: 1.5,
  DE_65_ET_PLUS: 1.5,
};
const YOUNG_MEN: Profile = {
  known: 0.35,
  female: 0.12,
  bands: { DE_13_A_17: 2.5, DE_18_A_24: 4, DE_25_A_34: 2.5, DE_35_A_44: 1 },
};

const base = (
  overrides: Partial<CategoryPattern> & Pick<CategoryPattern, 'perYear' | 'unit'>,
): CategoryPattern => ({
  trend: [1, 1, 1],
  months: MONTHS.flat,
  weekdays: WEEKDAYS.flat,
  hours: HOURS.evening,
  areas: DEFAULT_AREAS,
  places: { VOIE_PUBLIQUE: 1 },
  located: 0.85,
  dayOnly: 0.05,
  ranged: 0,
  ...overrides,
});

export const PATTERNS: Partial<Record<CaseCategory, CategoryPattern>> = {
  CAMBRIOLAGES: base({
    perYear: 1700,
    unit: CountingUnit.INFRACTION,
    trend: [1.06, 1.0, 0.92],
    months: MONTHS.dark,
    hours: HOURS.burglary,
    areas: { ...DEFAULT_AREAS, RURAL: 0.35, METROPOLE: 0.25, LA_SOURCE: 0.04, ARGONNE: 0.04 },
    places: { DOMICILE: 0.9, COMMERCE: 0.06, EXPLOITATION_AGRICOLE: 0.04 },
    dayOnly: 0.15,
    ranged: 0.35,
  }),
  VOLS_SANS_VIOLENCE: base({
    perYear: 3000,
    unit: CountingUnit.VICTIME,
    months: MONTHS.christmas,
    weekdays: WEEKDAYS.shops,
    hours: HOURS.shops,
    areas: { ...DEFAULT_AREAS, GARE: 0.1, ORLEANS: 0.3, GIEN_CENTRE: 0.05, RURAL: 0.12 },
    places: { COMMERCE: 0.5, VOIE_PUBLIQUE: 0.3, TRANSPORTS: 0.15, ETABLISSEMENT_SCOLAIRE: 0.05 },
    victim: { known: 0.6, female: 0.55, bands: ADULTS },
  }),
  VOLS_DANS_VEHICULES: base({
    perYear: 1500,
    unit: CountingUnit.VEHICULE,
    hours: HOURS.night,
    dayOnly: 0.2,
    ranged: 0.2,
  }),
  VOLS_DE_VEHICULES: base({
    perYear: 700,
    unit: CountingUnit.VEHICULE,
    hours: HOURS.night,
    trend: [1.04, 1.0, 0.95],
  }),
  VOLS_ACCESSOIRES_VEHICULES: base({ perYear: 450, unit: CountingUnit.VEHICULE, hours: HOURS.night }),
  DESTRUCTIONS_DEGRADATIONS: base({
    perYear: 2200,
    unit: CountingUnit.INFRACTION,
    months: MONTHS.summer,
    weekdays: WEEKDAYS.weekendNights,
    hours: HOURS.night,
    areas: { ...DEFAULT_AREAS, LA_SOURCE: 0.12, ARGONNE: 0.1, PLATEAU: 0.07 },
    places: { VOIE_PUBLIQUE: 0.6, PARTIES_COMMUNES: 0.2, ETABLISSEMENT_SCOLAIRE: 0.08, TRANSPORTS: 0.12 },
    specialDays: { '12-31': 8, '01-01': 6, '07-14': 4 },
  }),
  COUPS_ET_BLESSURES: base({
    perYear: 1200,
    unit: CountingUnit.VICTIME,
    months: MONTHS.summer,
    weekdays: WEEKDAYS.weekendNights,
    hours: HOURS.evening,
    places: { VOIE_PUBLIQUE: 0.6, LIEU_DE_LOISIRS: 0.2, TRANSPORTS: 0.1, ETABLISSEMENT_SCOLAIRE: 0.1 },
    victim: {
      known: 0.8,
      female: 0.35,
      bands: { DE_13_A_17: 1, DE_18_A_24: 3, DE_25_A_34: 3, DE_35_A_44: 2, DE_45_A_54: 1 },
    },
    offender: YOUNG_MEN,
  }),
  VIOLENCES_INTRAFAMILIALES: base({
    perYear: 1200,
    unit: CountingUnit.VICTIME,
    trend: [0.92, 1.0, 1.09],
    months: MONTHS.summer,
    weekdays: WEEKDAYS.home,
    hours: HOURS.home,
    places: { DOMICILE: 1 },
    located: 0.6,
    victim: {
      known: 0.9,
      female: 0.82,
      bands: { DE_18_A_24: 2, DE_25_A_34: 4, DE_35_A_44: 4, DE_45_A_54: 2, DE_55_A_64: 1, MOINS_DE_13: 0.5 },
    },
    offender: {
      known: 0.85,
      female: 0.12,
      bands: { DE_25_A_34: 4, DE_35_A_44: 4, DE_45_A_54: 2, DE_18_A_24: 1.5 },
    },
    specialDays: { '12-25': 1.8, '01-01': 2 },
  }),
  VIOLENCES_SEXUELLES: base({
    perYear: 300,
    unit: CountingUnit.VICTIME,
    hours: HOURS.evening,
    places: { DOMICILE: 0.5, VOIE_PUBLIQUE: 0.3, TRANSPORTS: 0.1, ETABLISSEMENT_SCOLAIRE: 0.1 },
    located: 0.5,
    victim: {
      known: 0.9,
      female: 0.86,
      bands: { MOINS_DE_13: 1.5, DE_13_A_17: 2.5, DE_18_A_24: 3, DE_25_A_34: 2, DE_35_A_44: 1 },
    },
  }),
  VOLS_VIOLENTS_SANS_ARME: base({
    perYear: 350,
    unit: CountingUnit.VICTIME,
    hours: HOURS.evening,
    areas: { ...DEFAULT_AREAS, GARE: 0.12, LA_SOURCE: 0.1, ARGONNE: 0.08 },
    places: { VOIE_PUBLIQUE: 0.7, TRANSPORTS: 0.3 },
    victim: {
      known: 0.8,
      female: 0.5,
      bands: { DE_13_A_17: 2, DE_18_A_24: 3, DE_25_A_34: 2, DE_65_ET_PLUS: 1.5 },
    },
    offender: YOUNG_MEN,
  }),
  VOLS_AVEC_ARMES: base({
    perYear: 60,
    unit: CountingUnit.VICTIME,
    hours: HOURS.evening,
    places: { COMMERCE: 0.6, VOIE_PUBLIQUE: 0.4 },
  }),
  TRAFIC_STUPEFIANTS: base({
    perYear: 250,
    unit: CountingUnit.MIS_EN_CAUSE,
    hours: HOURS.afternoon,
    areas: {
      LA_SOURCE: 0.3,
      ARGONNE: 0.25,
      PLATEAU: 0.15,
      ORLEANS: 0.1,
      METROPOLE: 0.1,
      GARE: 0.05,
      RURAL: 0.05,
    },
    places: { VOIE_PUBLIQUE: 0.6, PARTIES_COMMUNES: 0.4 },
    offender: { ...YOUNG_MEN, known: 1 },
  }),
  USAGE_STUPEFIANTS: base({
    perYear: 700,
    unit: CountingUnit.MIS_EN_CAUSE,
    months: MONTHS.summer,
    hours: HOURS.afternoon,
    areas: { ...DEFAULT_AREAS, LA_SOURCE: 0.14, ARGONNE: 0.12, PLATEAU: 0.08 },
    offender: { ...YOUNG_MEN, known: 1 },
  }),
  ESCROQUERIES: base({
    perYear: 900,
    unit: CountingUnit.VICTIME,
    trend: [0.85, 1.0, 1.16],
    weekdays: WEEKDAYS.office,
    hours: HOURS.office,
    places: { DOMICILE: 0.8, COMMERCE: 0.2 },
    located: 0.3,
    dayOnly: 0.6,
    victim: {
      known: 0.9,
      female: 0.52,
      bands: { DE_25_A_34: 1, DE_35_A_44: 1.5, DE_45_A_54: 2, DE_55_A_64: 2.5, DE_65_ET_PLUS: 3.5 },
    },
  }),
  RODEOS_URBAINS: base({
    perYear: 150,
    unit: CountingUnit.INFRACTION,
    months: MONTHS.rodeo,
    weekdays: WEEKDAYS.weekendNights,
    hours: HOURS.evening,
    areas: { LA_SOURCE: 0.35, ARGONNE: 0.25, PLATEAU: 0.25, METROPOLE: 0.1, RURAL: 0.05 },
  }),
  VOLS_MATERIEL_AGRICOLE: base({
    perYear: 80,
    unit: CountingUnit.INFRACTION,
    months: MONTHS.fields,
    hours: HOURS.night,
    areas: { RURAL: 1 },
    places: { EXPLOITATION_AGRICOLE: 1 },
    dayOnly: 0.3,
    ranged: 0.4,
  }),
  INCIVILITES_TRANSPORTS: base({
    perYear: 200,
    unit: CountingUnit.INFRACTION,
    weekdays: WEEKDAYS.shops,
    hours: HOURS.afternoon,
    areas: { GARE: 0.5, ORLEANS: 0.2, METROPOLE: 0.2, MONTARGIS: 0.1 },
    places: { TRANSPORTS: 1 },
  }),
};
