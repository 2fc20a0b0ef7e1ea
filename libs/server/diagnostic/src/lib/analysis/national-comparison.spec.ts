import { nationalComparison, type SsmsiLevelFigure } from './national-comparison';

const figure = (over: Partial<SsmsiLevelFigure>): SsmsiLevelFigure => ({
  level: 'NATIONAL',
  indicator: 'Vols de véhicule',
  unit: 'Véhicule',
  burglaries: false,
  published: true,
  count: 100,
  rate: 1.5,
  population: 1000,
  dwellings: 500,
  unknown: 0,
  ...over,
});

describe('The département against the national SSMSI rates', () => {
  it('sets the département’s published rate beside the national one, per 1,000 dwellings for burglaries', () => {
    const rows = nationalComparison([
      figure({ indicator: 'Cambriolages de logement', unit: 'Infraction', burglaries: true, rate: 5.8 }),
      figure({
        level: 'DEPARTEMENT',
        indicator: 'Cambriolages de logement',
        unit: 'Infraction',
        burglaries: true,
        rate: 6.4,
      }),
    ]);
    expect(rows).toEqual([
      {
        indicator: 'Cambriolages de logement',
        countingUnit: 'Infraction',
        basis: 'pour 1 000 logements',
        nationalRate: 5.8,
        departementRate: 6.4,
        departementSource: 'DEPARTEMENT',
        unknownCommunes: 0,
      },
    ]);
  });

  it('computes the département’s rate from its communes when all of them are published', () => {
    const [row] = nationalComparison([
      figure({}),
      figure({ level: 'COMMUNES', count: 30, rate: null, population: 12000 }),
    ]);
    expect([row.departementRate, row.departementSource, row.basis]).toEqual([
      2.5,
      'COMMUNES',
      'pour 1 000 habitants',
    ]);
  });

  it('leaves the département’s rate unknown when a commune’s figure is secret — never the sum of the others', () => {
    const [row] = nationalComparison([
      figure({}),
      figure({ level: 'COMMUNES', published: false, count: null, rate: null, population: 12000, unknown: 3 }),
    ]);
    expect([row.departementRate, row.unknownCommunes]).toEqual([null, 3]);
  });

  it('shows a secret national or départemental figure as unknown', () => {
    const [row] = nationalComparison([
      figure({ published: false, rate: null, count: null }),
      figure({ level: 'DEPARTEMENT', published: false, rate: null, count: null }),
    ]);
    expect([row.nationalRate, row.departementRate]).toEqual([null, null]);
  });
});
