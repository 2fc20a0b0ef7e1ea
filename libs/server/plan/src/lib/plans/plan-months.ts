import { FRENCH_MONTHS } from '@continuum/domain';

/** Months are written as their first day, « AAAA-MM-01 ». */

/** The first day of the last month that is over on `today` (Paris time is close enough at a month's scale). */
export function lastCompleteMonth(today: Date): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  return month === 0 ? `${year - 1}-12-01` : `${year}-${String(month).padStart(2, '0')}-01`;
}

export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function shiftMonths(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Every month from `from` to `to`, both included (none when `to` is before `from`). */
export function monthsBetween(from: string, to: string, limit = 60): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < limit; month = shiftMonths(month, 1))
    months.push(month);
  return months;
}

/** The last day of a month, « AAAA-MM-JJ ». */
export function endOfMonth(month: string): string {
  const next = shiftMonths(month, 1);
  const day = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** « novembre 2026 ». */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${FRENCH_MONTHS[number - 1]} ${year}`;
}
