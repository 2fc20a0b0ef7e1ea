import type { DiagnosticAnalysisQuery } from '@continuum/web/data-access';
import type { ChartSeries } from './dsfr-chart.component';

type Diagnostic = DiagnosticAnalysisQuery['diagnostic'];

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
  /** How many figures were left out because masked: the caption says so. */
  masked: number;
}

/** How many categories the monthly chart draws (the table holds them all). */
export const CHART_CATEGORIES = 5;

/**
 * The most frequent categories month by month: a masked month is a gap (null), never 0, and so is
 * a month not yet known (after `lastMonth`) — the line stops there.
 */
export function categoryMonthsChart(d: Diagnostic, months: readonly string[]): ChartData {
  const visibleTotal = (row: Diagnostic['categoryMonths'][number]) =>
    row.months.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  const rows = [...d.categoryMonths]
    .filter((row) => visibleTotal(row) > 0)
    .sort((a, b) => visibleTotal(b) - visibleTotal(a))
    .slice(0, CHART_CATEGORIES);
  const last = d.lastMonth;
  let masked = 0;
  const series = rows.map((row) => ({
    name: row.label,
    values: row.months.slice(0, Math.max(last, 1)).map((cell) => {
      if (cell.masked !== null || cell.count === null) {
        masked++;
        return null;
      }
      return cell.count;
    }),
  }));
  return { labels: months.slice(0, Math.max(last, 1)), series, masked };
}

/**
 * The trend as bars, this year's months so far against the same months a year before: a category
 * whose sums miss masked figures is left out (its bars would pass a partial sum for the figure).
 */
export function trendChart(d: Diagnostic): ChartData {
  const rows = d.trend.filter((row) => row.current > 0 || row.previous > 0 || row.partial);
  const drawn = rows.filter((row) => !row.partial);
  return {
    labels: drawn.map((row) => row.label),
    series: [
      { name: String(d.year), values: drawn.map((row) => row.current) },
      { name: String(d.year - 1), values: drawn.map((row) => row.previous) },
    ],
    masked: rows.length - drawn.length,
  };
}

/** The place types as bars; a masked one is left out of the chart (no bar, not a bar at 0). */
export function placeTypesChart(d: Diagnostic): ChartData {
  const masked = d.placeTypes.filter((row) => row.masked !== null || row.count === null).length;
  return {
    labels: d.placeTypes.map((row) => row.label),
    series: [{ name: 'Faits', values: d.placeTypes.map((row) => (row.masked !== null ? null : row.count)) }],
    masked,
  };
}

/** « 2 chiffres masqués ne sont pas tracés. » or nothing. */
export function maskedNote(count: number): string {
  if (count === 0) return '';
  return count > 1 ? ` ${count} chiffres masqués ne sont pas tracés.` : ' 1 chiffre masqué n’est pas tracé.';
}
