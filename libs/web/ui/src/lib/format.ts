/** French formatting for the UI: every date is shown in Europe/Paris, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Paris';

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  dateStyle: 'long',
  timeStyle: 'short',
});
const dateOnly = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, dateStyle: 'long' });
const shortDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export type DateStyle = 'long' | 'date' | 'short';

/** « 3 mars 2025 à 14:05 » (long), « 3 mars 2025 » (date), « 03/03/2025 14:05 » (short). */
export function formatDate(value: string | Date | null | undefined, style: DateStyle = 'long'): string {
  if (value == null || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const format = style === 'date' ? dateOnly : style === 'short' ? shortDateTime : dateTime;
  return format.format(date);
}

/** « 116 238 » (with the French narrow no-break space). */
export function formatInteger(value: number | null | undefined): string {
  return value == null ? '' : integer.format(value);
}

/** Lower case, accents and punctuation dropped: « Orléans » and « orleans » compare equal. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'\-_.,;:()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the search appears somewhere in the haystack, accents and case ignored. */
export function matchesSearch(search: string, ...haystack: (string | null | undefined)[]): boolean {
  const words = foldText(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = foldText(haystack.filter(Boolean).join(' '));
  return words.every((word) => text.includes(word));
}

/** « 1 personne », « 3 personnes », « aucune personne ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`, none?: string): string {
  if (count === 0 && none) return none;
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}
