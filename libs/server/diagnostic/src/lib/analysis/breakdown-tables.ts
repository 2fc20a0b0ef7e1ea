import { CASE_CATEGORIES, CaseCategory } from '@continuum/domain';
import {
  AGE_BANDS,
  AgeBand,
  INCIDENT_PLACE_LABELS,
  IncidentPlaceType,
  SEX_LABELS,
  Sex,
} from '@continuum/domain/diagnostic';
import type {
  CellMask,
  DiagnosticCategoryMonthsModel,
  DiagnosticCellModel,
  DiagnosticComparisonModel,
  DiagnosticTrendModel,
} from './analysis.models';
import { type AreaCell, areaCells, NO_MASK, type TableMask } from './commune-cells';
import { maskGrid, maskGroup } from './masking';

export const CATEGORIES = Object.values(CaseCategory);
export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const UNKNOWN = { key: 'NON_RENSEIGNE', label: 'Non renseigné' };
export const PLACE_KEYS = [
  ...Object.values(IncidentPlaceType).map((key) => ({ key, label: INCIDENT_PLACE_LABELS[key] })),
  UNKNOWN,
];
const BANDS = [...Object.values(AgeBand).map((key) => ({ key, label: AGE_BANDS[key].label })), UNKNOWN];
const SEXES = [...Object.values(Sex).map((key) => ({ key, label: SEX_LABELS[key] })), UNKNOWN];
export const PROFILES = [
  { dimension: 'victimAge', label: 'Âge des victimes', keys: BANDS },
  { dimension: 'victimSex', label: 'Sexe des victimes', keys: SEXES },
  { dimension: 'offenderAge', label: 'Âge des mis en cause', keys: BANDS },
  { dimension: 'offenderSex', label: 'Sexe des mis en cause', keys: SEXES },
];

/** How a commune's one-way table and its category × month grid are masked for this reader. */
export function masks(minCell: number | null): { group: TableMask; grid: TableMask } {
  if (minCell === null) return { group: NO_MASK, grid: NO_MASK };
  return {
    group: (counts) => maskGroup(counts, minCell),
    grid: (counts) => {
      const rows = CATEGORIES.map((_, c) => counts.slice(c * 12, c * 12 + 12));
      return maskGrid(rows, minCell).flat();
    },
  };
}

export function model(cell: AreaCell): DiagnosticCellModel {
  return { count: cell.count, masked: cell.masked as CellMask | null, partial: cell.partial };
}

/** Category × month of an area, each commune's grid masked on its own. */
export function categoryGrid(
  codes: readonly string[],
  rows: { commune: string; category: string; month: number; count: number }[],
  mask: TableMask,
): DiagnosticCategoryMonthsModel[] {
  const indexed = rows.map((row) => ({
    commune: row.commune,
    count: row.count,
    index: CATEGORIES.indexOf(row.category as CaseCategory) * 12 + row.month - 1,
  }));
  const cells = areaCells(codes, CATEGORIES.length * 12, indexed, mask);
  return CATEGORIES.map((category, c) => ({
    category,
    label: CASE_CATEGORIES[category].label,
    months: cells.slice(c * 12, c * 12 + 12).map(model),
  }));
}

/** A one-way table (place type, a profile) of an area, each commune's masked on its own. */
export function labelledCells(
  codes: readonly string[],
  rows: { commune: string; key: string | null; count: number }[],
  keys: { key: string; label: string }[],
  mask: TableMask,
) {
  const indexed = rows.map((row) => ({
    commune: row.commune,
    count: row.count,
    index: keys.findIndex(({ key }) => key === (row.key ?? UNKNOWN.key)),
  }));
  return areaCells(codes, keys.length, indexed, mask).map((cell, i) => ({ ...model(cell), ...keys[i] }));
}

export function rate(count: number | null, base: number | null): number | null {
  return count === null || !base ? null : Math.round((count / base) * 1000 * 100) / 100;
}

const visibleSum = (cells: DiagnosticCellModel[]) =>
  cells.reduce((total, cell) => total + (cell.count ?? 0), 0);
const complete = (cells: DiagnosticCellModel[]) =>
  cells.every((cell) => cell.masked === null && !cell.partial);

/** The months of the year so far, against the same months the year before, from visible cells. */
export function trend(
  current: DiagnosticCategoryMonthsModel[],
  previous: DiagnosticCategoryMonthsModel[],
  lastMonth: number,
): DiagnosticTrendModel[] {
  return current.map((row, index) => {
    const now = row.months.slice(0, lastMonth);
    const before = previous[index].months.slice(0, lastMonth);
    const partial = !complete([...now, ...before]);
    const [c, p] = [visibleSum(now), visibleSum(before)];
    return {
      category: row.category,
      label: row.label,
      current: c,
      previous: p,
      partial,
      changePercent: partial || p === 0 ? null : Math.round(((c - p) / p) * 1000) / 10,
    };
  });
}

/**
 * The area's rate per category against the département's. Both are sums of communes' visible cells
 * (the département's: of every commune's, masked as each would be for this reader); the area's rate
 * is given only from a row with nothing masked, the département's always.
 */
export function comparison(
  grid: DiagnosticCategoryMonthsModel[],
  departementGrid: DiagnosticCategoryMonthsModel[],
  area: { population: number; dwellings: number | null },
  departement: { population: number; dwellings: number | null },
): DiagnosticComparisonModel[] {
  return grid.map((row, index) => {
    const perDwelling = row.category === CaseCategory.CAMBRIOLAGES && area.dwellings !== null;
    const base = (of: { population: number; dwellings: number | null }) =>
      perDwelling ? of.dwellings : of.population;
    return {
      category: row.category,
      label: row.label,
      basis: perDwelling ? 'pour 1 000 logements' : 'pour 1 000 habitants',
      areaRate: complete(row.months) ? rate(visibleSum(row.months), base(area)) : null,
      departementRate: rate(visibleSum(departementGrid[index].months), base(departement)),
    };
  });
}
