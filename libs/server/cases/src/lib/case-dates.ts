import { badInput } from '@continuum/server/platform';

/** Today in Paris, as AAAA-MM-JJ (the calendar the agents plan in). */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * A due date set now may not be already past: « en retard de 2 532 jours » on the day it is written
 * helps nobody. A date kept unchanged (`current`) may stay past: it records what was planned.
 */
export function refusePastDate(
  field: string,
  label: string,
  value: string | null | undefined,
  current?: string | null,
): void {
  if (!value || value === current) return;
  if (value < parisToday()) throw badInput(field, `${label} ne peut pas être dans le passé.`);
}

/** A birth year is not in the future (Paris calendar). */
export function refuseFutureBirthYear(field: string, year: number | null | undefined): void {
  if (year === null || year === undefined) return;
  if (year > Number(parisToday().slice(0, 4)))
    throw badInput(field, 'L’année de naissance ne peut pas être dans le futur.');
}
