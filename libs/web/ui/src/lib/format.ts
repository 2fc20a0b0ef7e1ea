import { frenchDateTime, frenchDay, frenchShortDateTime, frenchTime } from '@continuum/domain';

/** French formatting for the UI: every date is shown in Europe/Paris, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Paris';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export type DateStyle = 'long' | 'date' | 'short';

/** « 1er mars 2025 à 14 h 05 » (long), « 3 mars 2025 » (date), « 03/03/2025 à 14 h 05 » (short). */
export function formatDate(value: string | Date | null | undefined, style: DateStyle = 'long'): string {
  const date = toDate(value);
  if (!date) return '';
  if (style === 'date') return frenchDay(date, TIME_ZONE);
  return style === 'short' ? frenchShortDateTime(date, TIME_ZONE) : frenchDateTime(date, TIME_ZONE);
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

const coordinate = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 5 });

/** « 47,90289 N, 1,90411 E »: a point as a person reads it, with the French decimal comma. */
export function formatCoordinates(point: { latitude: number; longitude: number } | null | undefined): string {
  if (!point) return '';
  const { latitude, longitude } = point;
  return `${coordinate.format(Math.abs(latitude))} ${latitude < 0 ? 'S' : 'N'}, ${coordinate.format(Math.abs(longitude))} ${longitude < 0 ? 'O' : 'E'}`;
}

/** « 1 personne », « 3 personnes », « aucune personne ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`, none?: string): string {
  if (count === 0 && none) return none;
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** « 14 h 05 », « 9 h 30 »: the French typographic way of writing an hour. */
export function formatTime(value: string | Date | null | undefined): string {
  const date = toDate(value);
  return date ? frenchTime(date, TIME_ZONE) : '';
}

/** « jeudi 10 décembre 2026 », « mardi 1er juin 2027 ». */
export function formatWeekday(value: string | Date | null | undefined): string {
  const date = toDate(value);
  return date ? frenchDay(date, TIME_ZONE, { weekday: true }) : '';
}

/**
 * When a meeting takes place: « jeudi 10 décembre 2026, 14 h 00 – 16 h 00 »; a meeting that ends
 * another day names both days.
 */
export function formatMeetingWhen(
  startsAt: string | Date | null | undefined,
  endsAt?: string | Date | null,
): string {
  const start = toDate(startsAt);
  if (!start) return '';
  const end = toDate(endsAt);
  const first = `${formatWeekday(start)}, ${formatTime(start)}`;
  if (!end) return first;
  const sameDay = formatWeekday(start) === formatWeekday(end);
  return `${first} – ${sameDay ? '' : `${formatWeekday(end)}, `}${formatTime(end)}`;
}

/** « 45 min », « 1 h », « 1 h 15 », « 2 h 05 ». */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes == null || !Number.isFinite(minutes)) return '';
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Paris wall clock of an instant, as a `datetime-local` input wants it: `2026-12-10T14:00`. */
export function toParisLocal(value: string | Date | null | undefined): string {
  const date = toDate(value);
  if (!date) return '';
  const part = (type: string) => wallClock.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * The instant of a Paris wall-clock time (`2026-12-10T14:00`), whatever the browser's time zone:
 * what a form sends for a meeting typed in local time. Null when the text is not such a time.
 */
export function fromParisLocal(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  // Paris is UTC+1 or UTC+2: guess, read the wall clock of the guess, correct by the difference.
  let guess = wanted - 60 * 60000;
  for (let i = 0; i < 2; i++) {
    const shown = fromWallClock(toParisLocal(new Date(guess)));
    guess += wanted - shown;
  }
  return new Date(guess);
}

function fromWallClock(local: string): number {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi);
}
