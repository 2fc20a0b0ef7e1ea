import { CaseCategory } from '@continuum/domain';
import { categoryOfIndicator } from '@continuum/domain/diagnostic';
import type { SsmsiGeneration } from '../entities/diagnostic-import.entity';
import { type Cell, decimalText, quoted, wholeNumber } from './csv-text';

/**
 * The SSMSI's communal base (« base statistique communale de la délinquance enregistrée »), in
 * both generations of its CSV: `;`-separated, every field quoted, `NA` unquoted for « no value »,
 * decimals with a comma, sometimes a byte-order mark, and the year of the geography in the first
 * column's name (`CODGEO_2024`). Pure functions: cells in, a row or a French reason out.
 */

/** What each generation calls each field. The legacy base writes the year on two digits (`16`). */
const COLUMNS: Readonly<Record<SsmsiGeneration, Readonly<Record<SsmsiField, string>>>> = {
  CURRENT: {
    year: 'annee',
    indicator: 'indicateur',
    countingUnit: 'unite_de_compte',
    count: 'nombre',
    rate: 'taux_pour_mille',
    published: 'est_diffuse',
    population: 'insee_pop',
    populationYear: 'insee_pop_millesime',
    dwellings: 'insee_log',
    dwellingsYear: 'insee_log_millesime',
    complementCount: 'complement_info_nombre',
    complementRate: 'complement_info_taux',
  },
  LEGACY: {
    year: 'annee',
    indicator: 'classe',
    countingUnit: 'unité.de.compte',
    published: 'valeur.publiée',
    count: 'faits',
    rate: 'tauxpourmille',
    complementCount: 'complementinfoval',
    complementRate: 'complementinfotaux',
    population: 'POP',
    populationYear: 'millPOP',
    dwellings: 'LOG',
    dwellingsYear: 'millLOG',
  },
};

type SsmsiField =
  | 'year'
  | 'indicator'
  | 'countingUnit'
  | 'count'
  | 'rate'
  | 'published'
  | 'population'
  | 'populationYear'
  | 'dwellings'
  | 'dwellingsYear'
  | 'complementCount'
  | 'complementRate';

export interface SsmsiLayout {
  generation: SsmsiGeneration;
  geographyYear: number;
  /** Cells a line must have: the header's. */
  width: number;
  /** The column of the commune code, then of each field. */
  code: number;
  columns: Readonly<Record<SsmsiField, number>>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

const CODGEO = /^CODGEO_(\d{4})$/i;

/**
 * The layout of a header line, or why it is not an SSMSI communal base: neither generation, or
 * one of its columns missing (named). Column names are compared exactly, in any order.
 */
export function ssmsiLayout(header: readonly Cell[]): Outcome<SsmsiLayout> {
  const names = header.map((cell) => (cell ?? '').trim());
  const geography = CODGEO.exec(names[0] ?? '');
  const generation: SsmsiGeneration | null = names.includes('indicateur')
    ? 'CURRENT'
    : names.includes('classe')
      ? 'LEGACY'
      : null;
  if (!geography || !generation)
    return {
      ok: false,
      reason:
        'Ligne 1 : ce fichier n’est pas une base communale du SSMSI. Son en-tête doit commencer par ' +
        '« CODGEO_AAAA;annee;indicateur;unite_de_compte;nombre;taux_pour_mille;est_diffuse;… » (génération actuelle) ' +
        'ou « CODGEO_AAAA;annee;classe;unité.de.compte;valeur.publiée;faits;tauxpourmille;… » (génération précédente).',
    };
  const wanted = COLUMNS[generation];
  const missing = Object.values(wanted).filter((name) => !names.includes(name));
  if (missing.length > 0)
    return {
      ok: false,
      reason: `Ligne 1 : ${missing.length > 1 ? 'colonnes absentes' : 'colonne absente'} de l’en-tête : ${missing
        .map((name) => `« ${name} »`)
        .join(', ')}.`,
    };
  const columns = Object.fromEntries(
    (Object.keys(wanted) as SsmsiField[]).map((field) => [field, names.indexOf(wanted[field])]),
  ) as Record<SsmsiField, number>;
  return {
    ok: true,
    value: { generation, geographyYear: Number(geography[1]), width: names.length, code: 0, columns },
  };
}

/**
 * The geography of a line: a commune (the communal base), or — in a file of the same format — the
 * whole of France (`FRANCE`) or a département (`45`, `2A`, `971`), the levels the SSMSI also
 * publishes, which give the national rates a département is compared with.
 */
export type SsmsiLevel = 'COMMUNE' | 'DEPARTEMENT' | 'NATIONAL';

/** One figure of the base, before its commune is checked against the département. */
export interface SsmsiRow {
  level: SsmsiLevel;
  publishedCode: string;
  year: number;
  indicator: string;
  category: CaseCategory | null;
  countingUnit: string;
  published: boolean;
  count: number | null;
  ratePerThousand: string | null;
  population: number | null;
  populationYear: number | null;
  dwellings: number | null;
  dwellingsYear: number | null;
  complementCount: string | null;
  complementRate: string | null;
}

const COMMUNE_CODE = /^[0-9][0-9AB][0-9]{3}$/;
const DEPARTEMENT_CODE = /^(?:0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;
/** The national level's code in a file of the communal format. */
export const NATIONAL_CODE = 'FRANCE';

function levelOf(code: string): SsmsiLevel | null {
  if (COMMUNE_CODE.test(code)) return 'COMMUNE';
  if (code.toUpperCase() === NATIONAL_CODE) return 'NATIONAL';
  if (DEPARTEMENT_CODE.test(code)) return 'DEPARTEMENT';
  return null;
}

/**
 * A line of the base as a row, or every reason it is refused (joined with « ; »). A secret row
 * (`ndiff`) has no figure, whatever its cells say: count and rate are null, never 0.
 */
export function parseSsmsiRecord(
  cells: readonly Cell[],
  layout: SsmsiLayout,
  thisYear: number,
): Outcome<SsmsiRow> {
  if (cells.length !== layout.width)
    return { ok: false, reason: `${cells.length} champs au lieu de ${layout.width}.` };
  const { columns } = layout;
  const cell = (field: SsmsiField) => cells[columns[field]];
  const problems: string[] = [];

  const rawCode = (cells[layout.code] ?? '').trim();
  const level = levelOf(rawCode);
  const code = level === 'NATIONAL' ? NATIONAL_CODE : rawCode;
  if (!level)
    problems.push(
      `code géographique ${quoted(rawCode)} invalide (attendu : une commune, un département ou « ${NATIONAL_CODE} »)`,
    );

  const yearText = (cell('year') ?? '').trim();
  let year = /^\d{2}$/.test(yearText)
    ? 2000 + Number(yearText)
    : /^\d{4}$/.test(yearText)
      ? Number(yearText)
      : NaN;
  if (!(year >= 2000 && year <= thisYear)) {
    problems.push(`année ${quoted(yearText)} invalide (attendue entre 2000 et ${thisYear})`);
    year = NaN;
  }

  const indicator = (cell('indicator') ?? '').trim();
  const category = categoryOfIndicator(indicator);
  if (!indicator) problems.push('indicateur vide');
  else if (category === undefined) problems.push(`indicateur inconnu ${quoted(indicator)}`);

  const countingUnit = (cell('countingUnit') ?? '').trim();
  if (!countingUnit) problems.push('unité de compte vide');

  const diffusion = (cell('published') ?? '').trim();
  if (diffusion !== 'diff' && diffusion !== 'ndiff')
    problems.push(`diffusion ${quoted(diffusion)} inconnue (attendue : diff ou ndiff)`);
  const published = diffusion === 'diff';

  const numbers = {
    count: wholeNumber(cell('count')),
    ratePerThousand: decimalText(cell('rate')),
    population: wholeNumber(cell('population')),
    populationYear: wholeNumber(cell('populationYear')),
    dwellings: wholeNumber(cell('dwellings')),
    dwellingsYear: wholeNumber(cell('dwellingsYear')),
    complementCount: decimalText(cell('complementCount')),
    complementRate: decimalText(cell('complementRate')),
  };
  for (const [field, value] of Object.entries(numbers) as [keyof typeof numbers, unknown][])
    if (value === undefined)
      problems.push(
        `${LAYOUT_NAMES[field](layout.generation)} ${quoted(cell(FIELD_OF[field]))} n’est pas un nombre`,
      );

  if (problems.length > 0) return { ok: false, reason: `${capitalize(problems.join(' ; '))}.` };
  return {
    ok: true,
    value: {
      level: level!,
      publishedCode: code,
      year,
      indicator,
      category: category ?? null,
      countingUnit,
      published,
      // The statistical secret: unknown, whatever the cell holds.
      count: published ? (numbers.count ?? null) : null,
      ratePerThousand: published ? (numbers.ratePerThousand ?? null) : null,
      population: numbers.population ?? null,
      populationYear: numbers.populationYear ?? null,
      dwellings: numbers.dwellings ?? null,
      dwellingsYear: numbers.dwellingsYear ?? null,
      complementCount: numbers.complementCount ?? null,
      complementRate: numbers.complementRate ?? null,
    },
  };
}

const FIELD_OF = {
  count: 'count',
  ratePerThousand: 'rate',
  population: 'population',
  populationYear: 'populationYear',
  dwellings: 'dwellings',
  dwellingsYear: 'dwellingsYear',
  complementCount: 'complementCount',
  complementRate: 'complementRate',
} as const satisfies Record<string, SsmsiField>;

/** A numeric field named as the file's header names it. */
const LAYOUT_NAMES = Object.fromEntries(
  Object.entries(FIELD_OF).map(([field, column]) => [
    field,
    (generation: SsmsiGeneration) => `« ${COLUMNS[generation][column]} »`,
  ]),
) as Record<keyof typeof FIELD_OF, (generation: SsmsiGeneration) => string>;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
