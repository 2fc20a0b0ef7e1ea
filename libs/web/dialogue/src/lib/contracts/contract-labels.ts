import {
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_STATUS_RANK,
  CommitmentStatus,
  CONTRACT_KIND_LABELS,
  CONTRACT_PARTY_ROLE_LABELS,
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUS_ORDER,
  ContractKind,
  ContractPartyRole,
  ContractStatus,
} from '@continuum/domain';

export const CONTRACT_KIND_OPTIONS = (Object.keys(CONTRACT_KIND_LABELS) as ContractKind[]).map((value) => ({
  value,
  label: CONTRACT_KIND_LABELS[value],
}));

export const PARTY_ROLE_OPTIONS = (Object.keys(CONTRACT_PARTY_ROLE_LABELS) as ContractPartyRole[]).map(
  (value) => ({ value, label: CONTRACT_PARTY_ROLE_LABELS[value] }),
);

/** The statuses a contract may move to from `status`: the following ones only. */
export function nextContractStatuses(status: string): { value: ContractStatus; label: string }[] {
  const index = CONTRACT_STATUS_ORDER.indexOf(status as ContractStatus);
  return CONTRACT_STATUS_ORDER.slice(index + 1).map((value) => ({
    value,
    label: CONTRACT_STATUS_LABELS[value],
  }));
}

/** The states a commitment may move to from `status`: forward only, « tenu » and « non tenu » final. */
export function nextCommitmentStatuses(status: string): { value: CommitmentStatus; label: string }[] {
  const rank = COMMITMENT_STATUS_RANK[status as CommitmentStatus] ?? 0;
  return (Object.keys(COMMITMENT_STATUS_LABELS) as CommitmentStatus[])
    .filter((value) => COMMITMENT_STATUS_RANK[value] > rank)
    .map((value) => ({ value, label: COMMITMENT_STATUS_LABELS[value] }));
}

/** The DSFR badge of a contract's status. */
export function contractBadgeClass(status: string): string {
  switch (status) {
    case 'PREPARATION':
      return 'fr-badge--new';
    case 'SIGNED':
      return 'fr-badge--info';
    case 'IN_FORCE':
      return 'fr-badge--success';
    default:
      return '';
  }
}

/** The DSFR badge of a commitment's state (overdue wins). */
export function commitmentBadgeClass(status: string, overdue: boolean): string {
  if (overdue) return 'fr-badge--error';
  switch (status) {
    case 'KEPT':
      return 'fr-badge--success';
    case 'NOT_KEPT':
      return 'fr-badge--warning';
    case 'IN_PROGRESS':
      return 'fr-badge--info';
    default:
      return 'fr-badge--new';
  }
}

/** « 12/03/2026 » from « 2026-03-12 », a dash when unset. */
export function frDay(value: string | null | undefined): string {
  return value ? value.split('-').reverse().join('/') : '—';
}

/** « 3 tenus sur 7 · 2 en retard » */
export function progressLine(progress: { total: number; kept: number; overdue: number }): string {
  if (progress.total === 0) return 'Aucun engagement';
  const overdue = progress.overdue ? ` · ${progress.overdue} en retard` : '';
  return `${progress.kept} tenu${progress.kept > 1 ? 's' : ''} sur ${progress.total}${overdue}`;
}
