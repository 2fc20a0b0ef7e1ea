/**
 * How the diagnostic's figures read, on its pages and in its documents alike.
 */

/** A figure of the diagnostic as a reader receives it: a count, or masked and why. */
export interface FigureCell {
  count: number | null;
  masked: 'SMALL' | 'SECONDARY' | null;
  /** The sum of its communes' visible figures only: the true one is at least this. */
  partial?: boolean;
}

/**
 * « 1 234 », « < 5 » for a small figure, « secret » for one masked so that no difference gives a
 * small one, « ≥ 1 234 » for a sum that leaves out some communes' masked figures.
 */
export function cellText(cell: FigureCell, minCell: number | null): string {
  if (cell.masked === 'SMALL') return `< ${minCell ?? 5}`;
  if (cell.masked === 'SECONDARY' || cell.count === null) return 'secret';
  return `${cell.partial ? '≥\u00a0' : ''}${cell.count.toLocaleString('fr-FR')}`;
}

/** A rate with a decimal comma (« 12,34 »), or « — » when it is not given. */
export function rateText(rate: number | null): string {
  return rate === null
    ? '—'
    : rate.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
}

/** « +12,5 % », « −3 % », or « — ». */
export function changeText(percent: number | null): string {
  if (percent === null) return '—';
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${Math.abs(percent).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
}
