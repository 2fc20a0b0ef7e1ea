import { frenchDay } from '@continuum/domain';
import { ObjectiveProgress, PlanStatus } from '@continuum/domain/plan';

/** The plan's figures and days as a French reader writes them. Pure: no Angular. */

const TIME_ZONE = 'Europe/Paris';
const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const MONTHS = [
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

/** « 1 250 », « 12,5 », « 0,33 » (narrow no-break space between thousands, decimal comma); « — » when absent. */
export function formatNumber(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : NUMBER.format(value);
}

/** `2025-12-31` → « 31 décembre 2025 », `2026-03-01` → « 1er mars 2026 », whatever the browser's zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  return frenchDay(new Date(`${day}T12:00:00Z`), TIME_ZONE);
}

/**
 * A point of an indicator's history: `2026-11` is the twelve months ending in November 2026
 * (« novembre 2026 »); a day (a value entered by hand) is written as a day.
 */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return formatDay(period) || period;
}

/** A figure that may be masked (under the diffusion threshold) or absent. */
export function figureText(value: number | null | undefined, masked: boolean): string {
  if (masked) return 'masqué';
  return formatNumber(value);
}

/** « 40 % » of the way from the baseline to the target. */
export function shareText(share: number | null | undefined): string {
  if (share == null) return '';
  return `${Math.round(share * 100)}\u00a0%`;
}

/** The DSFR badge of an objective's progress: the colour says it before the words. */
export function progressBadgeClass(progress: string): string {
  switch (progress) {
    case ObjectiveProgress.REACHED:
      return 'fr-badge--success';
    case ObjectiveProgress.ON_TRACK:
      return 'fr-badge--info';
    case ObjectiveProgress.OFF_TRACK:
      return 'fr-badge--warning';
    default:
      return '';
  }
}

export function statusBadgeClass(status: string): string {
  switch (status) {
    case PlanStatus.ADOPTED:
      return 'fr-badge--success';
    case PlanStatus.SUBMITTED:
      return 'fr-badge--info';
    default:
      return 'fr-badge--new';
  }
}

/** The order the dashboard's summary counts in: what needs attention first. */
export const PROGRESS_ORDER: readonly ObjectiveProgress[] = [
  ObjectiveProgress.OFF_TRACK,
  ObjectiveProgress.NO_DATA,
  ObjectiveProgress.ON_TRACK,
  ObjectiveProgress.REACHED,
];

/** How many objectives stand at each progress, in the summary's order (every status, zeros included). */
export function countByProgress(objectives: readonly { indicator: { progress: string } }[]): {
  progress: ObjectiveProgress;
  count: number;
}[] {
  return PROGRESS_ORDER.map((progress) => ({
    progress,
    count: objectives.filter((objective) => objective.indicator.progress === progress).length,
  }));
}

/**
 * The years the selector offers: a few around this year, every year that has a plan, and the one
 * asked for, newest first.
 */
export function yearOptions(thisYear: number, planYears: readonly number[], selected: number): number[] {
  const years = new Set<number>([selected, ...planYears]);
  for (let year = thisYear - 3; year <= thisYear + 5; year++) years.add(year);
  return [...years].filter((year) => year >= 2020 && year <= 2100).sort((a, b) => b - a);
}

/** The year of the page's address (`?annee=2031`), or this year when it says nothing usable. */
export function yearOf(param: string | null | undefined, thisYear: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : thisYear;
}

/**
 * A number typed in French — « 1 250 », « 12,5 », « -3 » — or null when the text is empty. NaN
 * when it is not a number, for the validator to say so.
 */
export function parseFrenchNumber(text: string | number | null | undefined): number | null {
  if (text == null) return null;
  if (typeof text === 'number') return Number.isFinite(text) ? text : Number.NaN;
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace(/^−/, '-');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** A number as the form shows it back for editing: « 1250 », « 12,5 ». */
export function numberForInput(value: number | null | undefined): string {
  return value == null ? '' : String(value).replace('.', ',');
}

/** How the differences' table names a kind of change (a changed objective names its field instead). */
export function differenceLabel(kind: string, field: string | null): string {
  switch (kind) {
    case 'TITLE':
      return 'Titre';
    case 'SECTION_TEXT':
      return 'Texte';
    case 'OBJECTIVE_ADDED':
      return 'Objectif ajouté';
    case 'OBJECTIVE_REMOVED':
      return 'Objectif retiré';
    default:
      return field ?? 'Modifié';
  }
}
