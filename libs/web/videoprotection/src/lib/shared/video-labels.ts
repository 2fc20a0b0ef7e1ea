import type { Problem } from '@continuum/web/data-access';

/** The DSFR badge of a step. */
export function statusBadgeClass(status: string): string {
  switch (status) {
    case 'IN_SERVICE':
      return 'fr-badge--success';
    case 'ABANDONED':
      return '';
    case 'REQUESTED':
    case 'FUNDING_REQUESTED':
      return 'fr-badge--new';
    default:
      return 'fr-badge--info';
  }
}

const EUROS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 2,
});

export function euros(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : EUROS.format(value);
}

/** Every message of a problem, the general one first: a short form shows them all in its alert. */
export function problemLines(problem: Problem | null): string[] {
  if (!problem) return [];
  const fields = Object.values(problem.fields);
  return fields.length ? fields : [problem.message];
}
