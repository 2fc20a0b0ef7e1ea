import { ORGANIZATION_TYPES, type OrganizationType } from '@continuum/domain';

/** The DSFR badge of a wave's step. */
export function waveBadgeClass(status: string): string {
  switch (status) {
    case 'DRAFT':
      return 'fr-badge--info';
    case 'OPEN':
      return 'fr-badge--new';
    default:
      return 'fr-badge--success';
  }
}

/** The masked / empty / « 3,75 » text of a group's mean, as every table of results shows it. */
export function averageText(
  summary: { average?: number | null; masked: boolean } | null | undefined,
  minCell: number,
): string {
  if (!summary) return 'non posée';
  if (summary.masked) return `secret (< ${minCell})`;
  if (summary.average == null) return '—';
  return summary.average.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function organizationTypeLabel(type: string): string {
  return ORGANIZATION_TYPES[type as OrganizationType]?.label ?? type;
}

/** The colours of the trend's series (DSFR illustrative colours), in order. */
export const SERIES_COLOURS = [
  'var(--background-action-high-blue-france)',
  'var(--background-action-high-green-emeraude)',
  'var(--background-action-high-purple-glycine)',
  'var(--background-action-high-orange-terre-battue)',
  'var(--background-action-high-pink-macaron)',
  'var(--background-action-high-brown-cafe-creme)',
];
