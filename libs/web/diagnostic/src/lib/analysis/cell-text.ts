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

/**
 * The shade of a cell of a heat table: the blue France of the DSFR, against the table's largest
 * count, in two bands so that the figure always reads at 4.5:1 or better — pale shades (up to 35 %)
 * under dark text for the lower half, dark shades (from 60 %) under white text for the upper half.
 */
export function shade(count: number | null, max: number): { background: string; color: string } {
  if (count === null)
    return { background: 'var(--background-contrast-grey)', color: 'var(--text-mention-grey)' };
  const ratio = max > 0 ? count / max : 0;
  if (count === 0) return { background: 'transparent', color: '#161616' };
  const dark = ratio > 0.5;
  const alpha = dark ? 0.6 + 0.35 * (ratio - 0.5) * 2 : 0.06 + 0.29 * ratio * 2;
  return { background: `rgba(0, 0, 145, ${alpha.toFixed(2)})`, color: dark ? '#ffffff' : '#161616' };
}
