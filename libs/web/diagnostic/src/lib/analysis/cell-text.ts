export { cellText, changeText, type FigureCell, rateText } from '@continuum/domain/diagnostic';

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
