import { PROPOSAL_CATEGORY_LABELS, ProposalCategory } from '@continuum/domain';

export const PROPOSAL_CATEGORY_OPTIONS = (Object.keys(PROPOSAL_CATEGORY_LABELS) as ProposalCategory[]).map(
  (value) => ({
    value,
    label: PROPOSAL_CATEGORY_LABELS[value],
  }),
);

/** The DSFR badge of a proposal's state: what waits, what was dealt with, what was set aside. */
export function proposalBadgeClass(status: string): string {
  switch (status) {
    case 'PENDING':
      return 'fr-badge--new';
    case 'RELEASED':
      return 'fr-badge--info';
    case 'REJECTED':
      return 'fr-badge--error';
    default:
      return 'fr-badge--success';
  }
}

/** The address of the private link, to copy or bookmark. */
export function privateLink(origin: string, token: string): string {
  return `${origin}/propositions/suivi/${encodeURIComponent(token)}`;
}
