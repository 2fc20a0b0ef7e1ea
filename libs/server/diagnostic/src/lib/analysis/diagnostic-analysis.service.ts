import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CASE_CATEGORIES, CaseCategory } from '@continuum/domain';
import {
  AGE_BANDS,
  AgeBand,
  INCIDENT_PLACE_LABELS,
  IncidentPlaceType,
  SEX_LABELS,
  Sex,
} from '@continuum/domain/diagnostic';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  notFound,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { AnalysisQueries } from './analysis-queries';
import type {
  CellMask,
  DiagnosticCategoryMonthsModel,
  DiagnosticCellModel,
  DiagnosticComparisonModel,
  DiagnosticHotspotsModel,
  DiagnosticLabelledCellModel,
  DiagnosticModel,
  DiagnosticTrendModel,
} from './analysis.models';
import { type DiagnosticArea, resolveArea } from './diagnostic-area';
import { giStar, predictionAccuracy, SIGNIFICANT_Z } from './gi-star';
import { type MaskedCell, maskGrid, maskGroup, unmasked } from './masking';

const CATEGORIES = Object.values(CaseCategory);
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const UNKNOWN = { key: 'NON_RENSEIGNE', label: 'Non renseigné' };
const PROFILES: { dimension: string; label: string; keys: { key: string; label: string }[] }[] = [
  { dimension: 'victimAge', label: 'Âge des victimes', keys: bands() },
  { dimension: 'victimSex', label: 'Sexe des victimes', keys: sexes() },
  { dimension: 'offenderAge', label: 'Âge des mis en cause', keys: bands() },
  { dimension: 'offenderSex', label: 'Sexe des mis en cause', keys: sexes() },
];

/**
 * The diagnostic of an area for a calendar year, as its reader may have it: the cabinet's figures
 * as they are, anyone else's masked table by table (`masking.ts` states the rule). A masked
 * reader's totals are sums of the cells they are shown, never the true ones.
 */
@Injectable()
export class DiagnosticAnalysisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async diagnostic(
    principal: RequestPrincipal,
    year: number,
    communeCode?: string | null,
  ): Promise<DiagnosticModel> {
    checkYear(year);
    const area = await this.area(principal, communeCode);
    const q = new AnalysisQueries(this.dataSource, principal.ability, area.codes, year);
    const [current, previous, lastMonth, hours, places, profiles, communes, departement] = await Promise.all([
      q.categoryMonths(),
      q.categoryMonths(year - 1),
      q.lastMonth(),
      q.hourWeekday(),
      q.placeTypes(),
      q.profiles(),
      q.communes(),
      area.compare ? q.departement(this.config.departementCode) : Promise.resolve([]),
    ]);
    const grid = this.grid(area, current);
    const previousGrid = this.grid(area, previous);
    const hourRows = WEEKDAYS.map((_, d) =>
      Array.from(
        { length: 24 },
        (_, h) => hours.find((row) => row.weekday === d + 1 && row.hour === h)?.count ?? 0,
      ),
    );
    const hourCells = this.mask(area, hourRows.flat());
    const communeCells = this.mask(
      area,
      communes.map((row) => row.incidents),
    );
    const burglaryCells = this.mask(
      area,
      communes.map((row) => row.burglaries),
    );
    return {
      year,
      areaLabel: area.label,
      communeCodes: area.codes,
      minCell: area.minCell,
      lastMonth,
      categoryMonths: grid,
      hourWeekday: WEEKDAYS.map((label, d) => ({
        weekday: d + 1,
        label,
        hours: hourCells.slice(d * 24, d * 24 + 24).map(model),
      })),
      placeTypes: this.labelled(area, places, placeKeys()),
      communes: communes.map((row, index) => ({
        code: row.code,
        name: row.name,
        population: row.population,
        dwellings: row.dwellings,
        incidents: model(communeCells[index]),
        ratePerThousand: rate(communeCells[index].count, row.population),
        burglaries: model(burglaryCells[index]),
        burglaryRatePerThousandDwellings: rate(burglaryCells[index].count, row.dwellings),
      })),
      profiles: PROFILES.map((profile) => ({
        dimension: profile.dimension,
        label: profile.label,
        cells: this.labelled(
          area,
          profiles.filter((row) => row.dimension === profile.dimension),
          profile.keys,
        ),
      })),
      trend: trend(grid, previousGrid, lastMonth),
      comparison: area.compare ? comparison(area, grid, current, communes, departement) : [],
    };
  }

  /**
   * Hotspots of a year on the H3 grid, with the PAI of the year before's: the cabinet's only —
   * they are drawn from the facts' points, and nobody else reads a single fact's whereabouts.
   */
  async hotspots(
    principal: RequestPrincipal,
    year: number,
    resolution: number,
    communeCode?: string | null,
  ): Promise<DiagnosticHotspotsModel> {
    checkYear(year);
    if (resolution !== 8 && resolution !== 9) throw badInput('resolution', 'La résolution doit être 8 ou 9.');
    const area = await this.area(principal, communeCode);
    if (area.minCell !== null) throw notFound('Points chauds introuvables.');
    const q = new AnalysisQueries(this.dataSource, principal.ability, area.codes, year);
    const [current, previous] = await Promise.all([q.cells(resolution, year), q.cells(resolution, year - 1)]);
    const toMap = (rows: { h3: string; count: number }[]) => new Map(rows.map((row) => [row.h3, row.count]));
    const cells = current.length ? giStar(toMap(current)) : [];
    return {
      year,
      resolution,
      threshold: SIGNIFICANT_Z,
      cells: cells.map((cell) => ({
        ...cell,
        significant: cell.z !== null && Math.abs(cell.z) >= SIGNIFICANT_Z,
      })),
      predictionAccuracy: predictionAccuracy(toMap(previous), toMap(current)),
    };
  }

  private area(principal: RequestPrincipal, communeCode?: string | null): Promise<DiagnosticArea> {
    return resolveArea(
      this.dataSource,
      principal,
      this.config.departementCode,
      this.config.diagnosticMinCell,
      communeCode,
    );
  }

  private mask(area: DiagnosticArea, counts: number[]): MaskedCell[] {
    return area.minCell === null ? unmasked(counts) : maskGroup(counts, area.minCell);
  }

  private grid(
    area: DiagnosticArea,
    rows: { category: string; month: number; count: number }[],
  ): DiagnosticCategoryMonthsModel[] {
    const counts = CATEGORIES.map((category) =>
      Array.from(
        { length: 12 },
        (_, m) => rows.find((row) => row.category === category && row.month === m + 1)?.count ?? 0,
      ),
    );
    const masked = area.minCell === null ? counts.map(unmasked) : maskGrid(counts, area.minCell);
    return CATEGORIES.map((category, index) => ({
      category,
      label: CASE_CATEGORIES[category].label,
      months: masked[index].map(model),
    }));
  }

  private labelled(
    area: DiagnosticArea,
    rows: { key: string | null; count: number }[],
    keys: { key: string; label: string }[],
  ): DiagnosticLabelledCellModel[] {
    const counts = keys.map(({ key }) => rows.find((row) => (row.key ?? UNKNOWN.key) === key)?.count ?? 0);
    return this.mask(area, counts).map((cell, index) => ({ ...model(cell), ...keys[index] }));
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', 'L’année doit être comprise entre 2000 et 2100.');
}

function model(cell: MaskedCell): DiagnosticCellModel {
  return { count: cell.count, masked: cell.masked as CellMask | null };
}

function rate(count: number | null, base: number | null): number | null {
  return count === null || !base ? null : Math.round((count / base) * 1000 * 100) / 100;
}

/** The months of the year so far, against the same months the year before, from visible cells. */
function trend(
  current: DiagnosticCategoryMonthsModel[],
  previous: DiagnosticCategoryMonthsModel[],
  lastMonth: number,
): DiagnosticTrendModel[] {
  return current.map((row, index) => {
    const now = row.months.slice(0, lastMonth);
    const before = previous[index].months.slice(0, lastMonth);
    const sum = (cells: DiagnosticCellModel[]) => cells.reduce((total, cell) => total + (cell.count ?? 0), 0);
    const partial = [...now, ...before].some((cell) => cell.masked !== null);
    const [c, p] = [sum(now), sum(before)];
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
 * The area's rate per category against the département's. The area's rate is given only from a
 * row without masked cell; the département's only when the rest of the département (département
 * minus the area) holds at least the threshold — or the reader is the cabinet.
 */
function comparison(
  area: DiagnosticArea,
  grid: DiagnosticCategoryMonthsModel[],
  counts: { category: string; count: number }[],
  communes: { population: number; dwellings: number | null }[],
  departement: { category: string; count: number; population: number; dwellings: number | null }[],
): DiagnosticComparisonModel[] {
  const population = communes.reduce((sum, row) => sum + row.population, 0);
  const dwellings = communes.every((row) => row.dwellings !== null)
    ? communes.reduce((sum, row) => sum + (row.dwellings ?? 0), 0)
    : null;
  return grid.map((row) => {
    const perDwelling = row.category === CaseCategory.CAMBRIOLAGES && dwellings !== null;
    const dep = departement.find((one) => one.category === row.category);
    const depBase = departement[0]
      ? perDwelling
        ? departement[0].dwellings
        : departement[0].population
      : null;
    const visible = row.months.every((cell) => cell.masked === null);
    const areaCount = counts
      .filter((one) => one.category === row.category)
      .reduce((sum, one) => sum + one.count, 0);
    const rest = (dep?.count ?? 0) - areaCount;
    // département − area = the rest of the département: a small rest is someone else's small figure
    // (and a rest of 0 would publish the area's true row total, which its masked cells protect)
    const restSafe = area.minCell === null || rest >= area.minCell || (rest === 0 && visible);
    return {
      category: row.category,
      label: row.label,
      basis: perDwelling ? 'pour 1 000 logements' : 'pour 1 000 habitants',
      areaRate: visible ? rate(areaCount, perDwelling ? dwellings : population) : null,
      departementRate: restSafe && depBase ? rate(dep?.count ?? 0, depBase) : null,
    };
  });
}

function placeKeys(): { key: string; label: string }[] {
  return [
    ...Object.values(IncidentPlaceType).map((key) => ({ key, label: INCIDENT_PLACE_LABELS[key] })),
    UNKNOWN,
  ];
}

function bands(): { key: string; label: string }[] {
  return [...Object.values(AgeBand).map((key) => ({ key, label: AGE_BANDS[key].label })), UNKNOWN];
}

function sexes(): { key: string; label: string }[] {
  return [...Object.values(Sex).map((key) => ({ key, label: SEX_LABELS[key] })), UNKNOWN];
}
