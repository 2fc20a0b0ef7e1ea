import { mulberry32 } from '@continuum/server/platform';

/**
 * A fictional edition of the SSMSI's communal base for the demo's communes, in the format of the
 * real one (current generation): `;`-separated, every field quoted, `NA` unquoted, decimals with a
 * comma, a byte-order mark, the geography's year in the first column's name. The populations are
 * the communes' real ones; every figure is invented. A figure is withheld (`ndiff`) where a
 * commune had fewer than 5 facts in one of the three years ending with it (the rule is the demo's),
 * and then carries, like the real base, the mean of the département's withheld communes in
 * `complement_info_*`.
 */
const INDICATORS: [label: string, unit: string, perThousand: number, since: number][] = [
  ['Violences physiques intrafamiliales', 'Victime', 3.1, 2016],
  ['Violences physiques hors cadre familial', 'Victime', 2.6, 2016],
  ['Violences sexuelles', 'Victime', 1.1, 2016],
  ['Vols avec armes', 'Infraction', 0.08, 2016],
  ['Vols violents sans arme', 'Victime', 0.5, 2016],
  ['Vols sans violence contre des personnes', 'Victime', 9, 2016],
  ['Cambriolages de logement', 'Infraction', 5.2, 2016],
  ['Vols de véhicule', 'Véhicule', 1.8, 2016],
  ['Vols dans les véhicules', 'Véhicule', 4.5, 2016],
  ['Vols d’accessoires sur véhicules', 'Véhicule', 1.2, 2016],
  ['Destructions et dégradations volontaires', 'Victime', 6, 2016],
  ['Escroqueries et fraudes aux moyens de paiement', 'Victime', 5.5, 2016],
  ['Trafic de stupéfiants', 'Mis en cause', 0.4, 2016],
  ['Usage de stupéfiants', 'Mis en cause', 2, 2016],
  ['Usage de stupéfiants (AFD)', 'Mis en cause', 1.2, 2021],
];

const HEADER = [
  'CODGEO_2025',
  'annee',
  'indicateur',
  'unite_de_compte',
  'nombre',
  'taux_pour_mille',
  'est_diffuse',
  'insee_pop',
  'insee_pop_millesime',
  'insee_log',
  'insee_log_millesime',
  'complement_info_nombre',
  'complement_info_taux',
];

export const DEMO_SSMSI_FILENAME = 'donnee-comm-2025-geographie2025-FICTIVE-loiret.csv';

export const DEMO_SSMSI_LEVELS_FILENAME = 'donnee-france-dep-2025-geographie2025-FICTIVE.csv';

type Communes = { code: string; population: number }[];
const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const q = (value: string | number) => `"${value}"`;
const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
const dwellingsOf = (population: number) => Math.round(population / 2.1);

/** Every indicator's invented count per commune and year (the same draws for both files). */
function demoCounts(communes: Communes, seed: number): Map<string, Map<string, number[]>> {
  const random = mulberry32(seed);
  const all = new Map<string, Map<string, number[]>>();
  for (const [label, , perThousand] of INDICATORS) {
    const counts = new Map<string, number[]>();
    for (const commune of communes) {
      const dwellings = dwellingsOf(commune.population);
      const base = label.startsWith('Cambriolages') ? dwellings : commune.population;
      const urban = 0.45 + 0.55 * Math.min(1, Math.log10(Math.max(commune.population, 10)) / 5);
      counts.set(
        commune.code,
        YEARS.map((year) => {
          const mean = (perThousand * base * urban * (1 + (year - 2020) * 0.015)) / 1000;
          return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }),
      );
    }
    all.set(label, counts);
  }
  return all;
}

export function generateDemoSsmsi(communes: Communes, seed = 2025): Buffer {
  const all = demoCounts(communes, seed);
  const lines = [HEADER.map(q).join(';')];
  for (const [label, unit, , since] of INDICATORS) {
    const counts = all.get(label)!;
    for (const [index, year] of YEARS.entries()) {
      if (year < since) continue;
      const withheld = communes.filter((c) => !published(counts.get(c.code)!, index, YEARS.indexOf(since)));
      const withheldCount =
        withheld.reduce((sum, c) => sum + counts.get(c.code)![index], 0) / Math.max(withheld.length, 1);
      const withheldPopulation =
        withheld.reduce((sum, c) => sum + c.population, 0) / Math.max(withheld.length, 1);
      for (const commune of communes) {
        const count = counts.get(commune.code)![index];
        const dwellings = dwellingsOf(commune.population);
        const base = label.startsWith('Cambriolages') ? dwellings : commune.population;
        const diffused = published(counts.get(commune.code)!, index, YEARS.indexOf(since));
        const figures = diffused
          ? [q(count), q(decimal((count * 1000) / Math.max(base, 1), 7)), q('diff')]
          : ['NA', 'NA', q('ndiff')];
        const complements = diffused
          ? ['NA', 'NA']
          : [
              q(decimal(withheldCount, 2)),
              q(decimal((withheldCount * 1000) / Math.max(withheldPopulation, 1), 4)),
            ];
        lines.push(
          [
            q(commune.code),
            q(year),
            q(label),
            q(unit),
            ...figures,
            q(commune.population),
            q(2022),
            q(dwellings),
            q(2022),
            ...complements,
          ].join(';'),
        );
      }
    }
  }
  return Buffer.from(`\ufeff${lines.join('\n')}\n`, 'utf8');
}

/**
 * The national and départemental levels, fictional like the communal file and in its format (the
 * geography `FRANCE`, then the département's code): the département's figure is the sum of its
 * communes' invented counts — secret ones included, as the SSMSI publishes a département's total —
 * and France's is drawn around the indicator's rate, slightly lower than the demo's urban Loiret
 * for some indicators and higher for others, so that the comparison shows both.
 */
export function generateDemoSsmsiLevels(communes: Communes, departementCode: string, seed = 2025): Buffer {
  const all = demoCounts(communes, seed);
  const random = mulberry32(seed + 1);
  const population = communes.reduce((sum, c) => sum + c.population, 0);
  const dwellings = communes.reduce((sum, c) => sum + dwellingsOf(c.population), 0);
  const france = { population: 68_070_000, dwellings: 37_800_000 };
  const lines = [HEADER.map(q).join(';')];
  for (const [label, unit, perThousand, since] of INDICATORS) {
    const burglaries = label.startsWith('Cambriolages');
    for (const [index, year] of YEARS.entries()) {
      if (year < since) continue;
      const local = [...all.get(label)!.values()].reduce((sum, series) => sum + series[index], 0);
      const nationalBase = burglaries ? france.dwellings : france.population;
      const national = Math.round(
        (perThousand * (0.85 + 0.3 * random()) * nationalBase * (1 + (year - 2020) * 0.015)) / 1000,
      );
      const levels: [string, number, number, number, number][] = [
        ['FRANCE', national, nationalBase, france.population, france.dwellings],
        [departementCode, local, burglaries ? dwellings : population, population, dwellings],
      ];
      for (const [code, count, base, people, homes] of levels)
        lines.push(
          [
            q(code),
            q(year),
            q(label),
            q(unit),
            q(count),
            q(decimal((count * 1000) / base, 7)),
            q('diff'),
            q(people),
            q(2022),
            q(homes),
            q(2022),
            'NA',
            'NA',
          ].join(';'),
        );
    }
  }
  return Buffer.from(`\ufeff${lines.join('\n')}\n`, 'utf8');
}

/** The demo's rule: at least 5 facts in each of the three years ending with this one (as far back as the series goes). */
function published(series: number[], index: number, first: number): boolean {
  return series.slice(Math.max(first, index - 2), index + 1).every((count) => count >= 5);
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
