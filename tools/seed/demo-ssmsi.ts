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

export function generateDemoSsmsi(communes: { code: string; population: number }[], seed = 2025): Buffer {
  const random = mulberry32(seed);
  const years = Array.from({ length: 10 }, (_, i) => 2016 + i);
  const q = (value: string | number) => `"${value}"`;
  const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
  const lines = [HEADER.map(q).join(';')];
  for (const [label, unit, perThousand, since] of INDICATORS) {
    // Counts first, for every commune and year: the diffusion rule and the complements need them.
    const counts = new Map<string, number[]>();
    for (const commune of communes) {
      const dwellings = Math.round(commune.population / 2.1);
      const base = label.startsWith('Cambriolages') ? dwellings : commune.population;
      const urban = 0.45 + 0.55 * Math.min(1, Math.log10(Math.max(commune.population, 10)) / 5);
      counts.set(
        commune.code,
        years.map((year) => {
          const mean = (perThousand * base * urban * (1 + (year - 2020) * 0.015)) / 1000;
          return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }),
      );
    }
    for (const [index, year] of years.entries()) {
      if (year < since) continue;
      const withheld = communes.filter((c) => !published(counts.get(c.code)!, index, years.indexOf(since)));
      const withheldCount =
        withheld.reduce((sum, c) => sum + counts.get(c.code)![index], 0) / Math.max(withheld.length, 1);
      const withheldPopulation =
        withheld.reduce((sum, c) => sum + c.population, 0) / Math.max(withheld.length, 1);
      for (const commune of communes) {
        const count = counts.get(commune.code)![index];
        const dwellings = Math.round(commune.population / 2.1);
        const base = label.startsWith('Cambriolages') ? dwellings : commune.population;
        const diffused = published(counts.get(commune.code)!, index, years.indexOf(since));
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

/** The demo's rule: at least 5 facts in each of the three years ending with this one (as far back as the series goes). */
function published(series: number[], index: number, first: number): boolean {
  return series.slice(Math.max(first, index - 2), index + 1).every((count) => count >= 5);
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
