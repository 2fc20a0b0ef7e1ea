const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const precise = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** « 1 234 » (with the French narrow no-break space). */
export const formatInteger = (value: number): string => integer.format(value);

/** « 12,3 » (a rate per 1,000 inhabitants); « — » when there is none. */
export function formatRate(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : decimal.format(value);
}

/** « 1 234,56 »: an indicator's value or target; « — » when there is none. */
export function formatValue(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : precise.format(value);
}

/** « 1 234 h »: hours of presence. */
export function formatHours(value: number): string {
  return `${formatInteger(Math.round(value))} h`;
}

/** A category's count as a person may read it: « < 5 » when masked, « — » when there is none. */
export function factCount(row: { count: number | null; masked: boolean }, minCell: number | null): string {
  if (row.masked) return `< ${minCell ?? 5}`;
  return row.count == null ? '—' : formatInteger(row.count);
}

/** « 1 234 faits » or, when some are masked, « au moins 1 234 faits ». */
export function visibleTotal(total: number, partial: boolean): string {
  const text = `${formatInteger(total)} fait${total > 1 ? 's' : ''}`;
  return partial ? `au moins ${text}` : text;
}

/**
 * How the commune stands against the département, for a rate per 1,000 inhabitants: within 5 % of
 * it reads « comme le département »; no comparison when either rate is unknown.
 */
export function compareToDepartement(rate: number | null, departementRate: number | null): string {
  if (rate == null || departementRate == null) return '';
  if (departementRate === 0) return rate === 0 ? 'comme le département' : 'au-dessus du département';
  const ratio = rate / departementRate;
  if (ratio > 1.05) return 'au-dessus du département';
  if (ratio < 0.95) return 'en dessous du département';
  return 'comme le département';
}

/** The DSFR badge of an objective's progress: reached and on track green/blue, off track red. */
export function progressBadge(progress: string): string {
  switch (progress) {
    case 'REACHED':
      return 'fr-badge--success';
    case 'ON_TRACK':
      return 'fr-badge--info';
    case 'OFF_TRACK':
      return 'fr-badge--error';
    default:
      return '';
  }
}

/** « d’Orléans », « d’Ingré », « de Gien »: the French elision before a vowel. */
export function ofCommune(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`;
}
