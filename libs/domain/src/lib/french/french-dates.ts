/**
 * Dates and hours written in words, as a French agent writes them — one rule for the client, the
 * documents and the mails: « 1er janvier 2026 » (the first of the month is ordinal), « 14 h 30 »
 * (never « 14:30 »), the weekday in lower case (« lundi 14 décembre »: capitalise only where a
 * sentence starts, with `capitalizeFirst`).
 *
 * `space` is the space around « h »: an ordinary one on screen (what the tests and the eye read), a
 * no-break one in documents (so that « 14 h 30 » never splits across lines).
 */
const LOCALE = 'fr-FR';
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE, { timeZone, ...options });
    cache.set(key, found);
  }
  return found;
}

export interface FrenchDayOptions {
  /** « jeudi 10 décembre 2026 » rather than « 10 décembre 2026 ». */
  weekday?: boolean;
  /** Defaults to true. */
  year?: boolean;
}

/** « 1er janvier 2026 », « jeudi 10 décembre 2026 » (with `weekday`). */
export function frenchDay(date: Date, timeZone: string, options: FrenchDayOptions = {}): string {
  const parts = formatter(timeZone, {
    weekday: options.weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: options.year === false ? undefined : 'numeric',
  }).formatToParts(date);
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** « 14 h 30 », « 9 h 05 » (`padHour`: « 09 h 05 », as the meeting documents print it). */
export function frenchTime(date: Date, timeZone: string, space = ' ', padHour = false): string {
  const parts = formatter(timeZone, {
    hour: padHour ? '2-digit' : 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  return `${hour}${space}h${space}${minute}`;
}

/** « 1er janvier 2026 à 14 h 30 », « lundi 14 décembre 2026 à 9 h 00 » (with `weekday`). */
export function frenchDateTime(
  date: Date,
  timeZone: string,
  options: FrenchDayOptions & { space?: string } = {},
): string {
  return `${frenchDay(date, timeZone, options)} à ${frenchTime(date, timeZone, options.space)}`;
}

/** « 03/03/2025 à 14 h 05 »: the short form of lists and digests. */
export function frenchShortDateTime(date: Date, timeZone: string, space = ' '): string {
  const day = formatter(timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
  return `${day} à ${frenchTime(date, timeZone, space)}`;
}

/** « Lundi 14 décembre »: the capital belongs to the start of a sentence or a line, nowhere else. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);
}

/** The months' names, January first, as written in a French date (« 3 août 2026 »). */
export const FRENCH_MONTHS: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
