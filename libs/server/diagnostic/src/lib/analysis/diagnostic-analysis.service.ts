import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  notFound,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { AnalysisQueries } from './analysis-queries';
import type { DiagnosticHotspotsModel, DiagnosticModel } from './analysis.models';
import {
  categoryGrid,
  comparison,
  labelledCells,
  masks,
  model,
  PLACE_KEYS,
  PROFILES,
  rate,
  trend,
  WEEKDAYS,
} from './breakdown-tables';
import { areaCells } from './commune-cells';
import { type DiagnosticArea, resolveArea } from './diagnostic-area';
import { giStar, predictionAccuracy, SIGNIFICANT_Z } from './gi-star';
import { H3Memo } from './h3-memo';
import { kernelDensity } from './kernel-density';
import { nationalComparison, ssmsiLevelFigures } from './national-comparison';

/**
 * The diagnostic of an area for a calendar year, as its reader may have it: the cabinet's figures
 * as they are; anyone else's masked commune by commune, table by table (`masking.ts` states the
 * rule, `commune-cells.ts` why the commune is its unit), an area's figure being the sum of its
 * communes' visible ones — never a true total that a difference could turn into a masked figure.
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
    const { codes } = area;
    const q = new AnalysisQueries(this.dataSource, principal.ability, codes, year, area.minCell !== null);
    // the national comparison is the cabinet's, on the whole département (`compare` is for a commune)
    const wholeDepartement = area.minCell === null && !area.compare;
    const [current, previous, lastMonth, hours, places, profiles, communes, departement, levels] =
      await Promise.all([
        q.categoryMonths(),
        q.categoryMonths(year - 1),
        q.lastMonth(),
        q.hourWeekday(),
        q.placeTypes(),
        q.profiles(),
        q.communes(),
        area.compare ? q.departement(this.config.departementCode) : Promise.resolve(null),
        wholeDepartement
          ? ssmsiLevelFigures(this.dataSource, this.config.departementCode, year)
          : Promise.resolve(null),
      ]);
    const mask = masks(area.minCell);
    const grid = categoryGrid(codes, current, mask.grid);
    const hourCells = areaCells(
      codes,
      7 * 24,
      hours.map((row) => ({
        commune: row.commune,
        count: row.count,
        index: (row.weekday - 1) * 24 + row.hour,
      })),
      mask.group,
    );
    // a commune's total (and its burglaries) is masked when small: what its tables hide adds up to
    // at least the threshold over two cells, so the total minus them gives none back
    const single = (count: number) => areaCells(['x'], 1, [{ commune: 'x', index: 0, count }], mask.group)[0];
    return {
      year,
      areaLabel: area.label,
      communeCodes: codes,
      minCell: area.minCell,
      lastMonth,
      categoryMonths: grid,
      hourWeekday: WEEKDAYS.map((label, d) => ({
        weekday: d + 1,
        label,
        hours: hourCells.slice(d * 24, d * 24 + 24).map(model),
      })),
      placeTypes: labelledCells(codes, places, PLACE_KEYS, mask.group),
      communes: communes.map((row) => {
        const incidents = single(row.incidents);
        const burglaries = single(row.burglaries);
        return {
          code: row.code,
          name: row.name,
          population: row.population,
          dwellings: row.dwellings,
          incidents: model(incidents),
          ratePerThousand: rate(incidents.count, row.population),
          burglaries: model(burglaries),
          burglaryRatePerThousandDwellings: rate(burglaries.count, row.dwellings),
        };
      }),
      profiles: PROFILES.map((profile) => ({
        dimension: profile.dimension,
        label: profile.label,
        cells: labelledCells(
          codes,
          profiles.filter((row) => row.dimension === profile.dimension),
          profile.keys,
          mask.group,
        ),
      })),
      trend: trend(grid, categoryGrid(codes, previous, mask.grid), lastMonth),
      comparison: departement
        ? comparison(
            grid,
            categoryGrid(
              [...new Set(departement.months.map((row) => row.commune))],
              departement.months,
              mask.grid,
            ),
            {
              population: communes.reduce((sum, row) => sum + row.population, 0),
              dwellings: communes.every((row) => row.dwellings !== null)
                ? communes.reduce((sum, row) => sum + (row.dwellings ?? 0), 0)
                : null,
            },
            departement,
          )
        : [],
      national: levels && { year: levels.year, rows: nationalComparison(levels.figures) },
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
    const counts = toMap(current);
    const h3s = new H3Memo(); // the cells both years and the density share, asked of h3-js once
    const cells = current.length ? giStar(counts, h3s) : [];
    const density = kernelDensity(
      counts,
      cells.map((cell) => cell.h3),
      h3s,
    );
    return {
      year,
      resolution,
      threshold: SIGNIFICANT_Z,
      cells: cells.map((cell) => ({
        ...cell,
        density: density.get(cell.h3) ?? 0,
        significant: cell.z !== null && Math.abs(cell.z) >= SIGNIFICANT_Z,
      })),
      predictionAccuracy: predictionAccuracy(toMap(previous), counts, h3s),
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
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', 'L’année doit être comprise entre 2000 et 2100.');
}
