import { CaseCategory } from '@continuum/domain';
import {
  AgeBand,
  CountingUnit,
  IncidentField,
  IncidentPlaceType,
  IncidentSource,
  Sex,
} from '@continuum/domain/diagnostic';
import { communeCodeBook } from '@continuum/server/territory';
import { cellToLatLng } from 'h3-js';
import { type IncidentMapping, mappingProblems, parseIncidentRecord } from './incident-record';

const HEADERS = [
  'Date début',
  'Heure',
  'Date fin',
  'Indicateur',
  'NATINF',
  'Code INSEE',
  'Longitude',
  'Latitude',
  'Lieu',
  'Service',
  'Âge victime',
  'Sexe victime',
  'Mineur mis en cause',
  'Récidive',
];
const MAPPING: IncidentMapping = {
  columns: {
    [IncidentField.STARTS_ON]: 0,
    [IncidentField.STARTS_AT]: 1,
    [IncidentField.ENDS_ON]: 2,
    [IncidentField.CATEGORY]: 3,
    [IncidentField.NATINF]: 4,
    [IncidentField.COMMUNE]: 5,
    [IncidentField.LONGITUDE]: 6,
    [IncidentField.LATITUDE]: 7,
    [IncidentField.PLACE_TYPE]: 8,
    [IncidentField.SOURCE]: 9,
    [IncidentField.VICTIM_AGE_BAND]: 10,
    [IncidentField.VICTIM_SEX]: 11,
    [IncidentField.OFFENDER_MINOR]: 12,
    [IncidentField.OFFENDER_REPEAT]: 13,
  },
  source: null,
  countingUnit: CountingUnit.INFRACTION,
};
const loiret = communeCodeBook('45');
const context = {
  lookupCommune: (code: string) => loiret.lookup(code),
  timeZone: 'Europe/Paris',
  now: new Date('2026-12-07T10:00:00Z'),
};
const line = (values: Partial<Record<number, string>>) => HEADERS.map((_, index) => values[index] ?? '');
const parse = (values: Partial<Record<number, string>>) =>
  parseIncidentRecord(line(values), HEADERS.length, MAPPING, context);
const BASE = { 0: '14/03/2025', 3: 'Cambriolages de logement', 5: '45234', 9: 'Police nationale' };

describe('A line of an incidents file', () => {
  it('becomes an incident: Paris time, category, commune, point with its H3 cells, place, bands', () => {
    const result = parse({
      ...BASE,
      1: '22h30',
      2: '15/03/2025',
      4: '2442',
      6: '1,9093',
      7: '47,8430',
      8: 'domicile',
      10: '34',
      11: 'F',
      12: 'non',
      13: 'oui',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      startsAt: new Date('2025-03-14T21:30:00Z'),
      endsAt: new Date('2025-03-15T22:59:00Z'),
      timeKnown: true,
      category: CaseCategory.CAMBRIOLAGES,
      natinf: 2442,
      communeCode: '45234',
      longitude: 1.9093,
      latitude: 47.843,
      placeType: IncidentPlaceType.DOMICILE,
      countingUnit: CountingUnit.INFRACTION,
      source: IncidentSource.POLICE_NATIONALE,
      victimAgeBand: AgeBand.DE_25_A_34,
      victimSex: Sex.FEMININ,
      victimMinor: false,
      offenderMinor: false,
      offenderRepeat: true,
    });
    const [lat, lng] = cellToLatLng(result.value.h3Res9!);
    expect(Math.abs(lat - 47.843)).toBeLessThan(0.005);
    expect(Math.abs(lng - 1.9093)).toBeLessThan(0.005);
    expect(result.value.h3Res8).toHaveLength(15);
  });

  it('keeps the day alone when no time is given, at midnight Paris time (summer time too)', () => {
    const result = parse({ ...BASE, 0: '2025-07-01' });
    expect(result.ok && [result.value.startsAt.toISOString(), result.value.timeKnown]).toEqual([
      '2025-06-30T22:00:00.000Z',
      false,
    ]);
  });

  it('gives a former commune’s code its successor’s, and a spreadsheet’s code its lost zero back', () => {
    const result = parse({ ...BASE, 5: '45007' });
    expect(result.ok && result.value.communeCode).toBe('45155');
    const elsewhere = parse({ ...BASE, 5: '1004' });
    expect(elsewhere).toEqual({
      ok: false,
      reason: 'Commune 01004 (Ambérieu-en-Bugey) d’un autre département : Ain.',
    });
  });

  it('refuses a date in the future, a commune of another département, and says both', () => {
    expect(parse({ ...BASE, 0: '08/12/2026', 5: '18033' })).toEqual({
      ok: false,
      reason: 'Date dans le futur (08/12/2026) ; commune 18033 (Bourges) d’un autre département : Cher.',
    });
  });

  it('refuses a line with a wrong number of fields', () => {
    expect(parseIncidentRecord(['14/03/2025', 'Vols'], HEADERS.length, MAPPING, context)).toEqual({
      ok: false,
      reason: '2 champs au lieu de 14.',
    });
  });

  it('refuses unreadable values, each named with its cell', () => {
    const result = parse({
      ...BASE,
      0: '31/02/2025',
      3: 'Vols de bicyclettes',
      6: '1,9',
      8: 'grenier',
      10: '20-30',
    });
    expect(result).toEqual({
      ok: false,
      reason:
        'Date « 31/02/2025 » illisible (attendue JJ/MM/AAAA ou AAAA-MM-JJ) ; catégorie « Vols de bicyclettes » inconnue ; ' +
        'point incomplet : longitude et latitude vont ensemble ; type de lieu « grenier » inconnu ; ' +
        'tranche d’âge « 20-30 » (victime) inconnue : 18-24, 25-34… ou un âge.',
    });
  });

  it('refuses a profile whose « minor » contradicts its band', () => {
    const mapping = { ...MAPPING, columns: { ...MAPPING.columns, [IncidentField.VICTIM_MINOR]: 12 } };
    delete mapping.columns[IncidentField.OFFENDER_MINOR];
    const result = parseIncidentRecord(
      line({ ...BASE, 10: '15', 12: 'non' }),
      HEADERS.length,
      mapping,
      context,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'Victime : « mineur » vaut non mais la tranche est « 13 à 17 ans ».',
    });
  });
});

describe('A mapping of an incidents file’s columns', () => {
  it('is complete when the required fields have a column, or a value for the whole file', () => {
    expect(mappingProblems(MAPPING, HEADERS.length)).toEqual([]);
  });

  it('names each required field left without a column, and a column used twice', () => {
    const problems = mappingProblems(
      {
        columns: { [IncidentField.STARTS_ON]: 0, [IncidentField.CATEGORY]: 0, [IncidentField.LONGITUDE]: 6 },
        source: null,
        countingUnit: null,
      },
      HEADERS.length,
    );
    expect(problems).toEqual([
      'La colonne 1 est associée deux fois (« Date des faits (ou de leur début) » et « Catégorie d’infraction »).',
      '« Commune (code INSEE) » : choisissez la colonne qui la donne.',
      '« Unité de compte » : choisissez une colonne, ou une valeur pour tout le fichier.',
      '« Service » : choisissez une colonne, ou une valeur pour tout le fichier.',
      'La longitude et la latitude vont ensemble : associez les deux, ou aucune.',
    ]);
  });
});
