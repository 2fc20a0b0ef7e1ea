/**
 * Contracts of the continuum (issue #16): a contrat de sécurité intégrée (CSI), the « sécurité »
 * section of a « Petites villes de demain » convention (PVD), or another contract, with its parties
 * and its commitments. Statuses only move forward.
 */
export enum ContractKind {
  CSI = 'CSI',
  PVD = 'PVD',
  OTHER = 'OTHER',
}

export const CONTRACT_KIND_LABELS: Readonly<Record<ContractKind, string>> = {
  [ContractKind.CSI]: 'Contrat de sécurité intégrée',
  [ContractKind.PVD]: 'Volet « sécurité » d’une convention Petites villes de demain',
  [ContractKind.OTHER]: 'Autre contrat',
};

export const CONTRACT_KIND_SHORT: Readonly<Record<ContractKind, string>> = {
  [ContractKind.CSI]: 'CSI',
  [ContractKind.PVD]: 'PVD',
  [ContractKind.OTHER]: 'Contrat',
};

export enum ContractStatus {
  PREPARATION = 'PREPARATION',
  SIGNED = 'SIGNED',
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
}

export const CONTRACT_STATUS_LABELS: Readonly<Record<ContractStatus, string>> = {
  [ContractStatus.PREPARATION]: 'En préparation',
  [ContractStatus.SIGNED]: 'Signé',
  [ContractStatus.IN_FORCE]: 'En cours',
  [ContractStatus.EXPIRED]: 'Échu',
};

/** The order a contract's status follows; it never goes back. */
export const CONTRACT_STATUS_ORDER: readonly ContractStatus[] = [
  ContractStatus.PREPARATION,
  ContractStatus.SIGNED,
  ContractStatus.IN_FORCE,
  ContractStatus.EXPIRED,
];

export enum CommitmentStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  KEPT = 'KEPT',
  NOT_KEPT = 'NOT_KEPT',
}

export const COMMITMENT_STATUS_LABELS: Readonly<Record<CommitmentStatus, string>> = {
  [CommitmentStatus.TODO]: 'À faire',
  [CommitmentStatus.IN_PROGRESS]: 'En cours',
  [CommitmentStatus.KEPT]: 'Tenu',
  [CommitmentStatus.NOT_KEPT]: 'Non tenu',
};

/** A commitment's step: « à faire », « en cours », then tenu or non tenu, which are final. */
export const COMMITMENT_STATUS_RANK: Readonly<Record<CommitmentStatus, number>> = {
  [CommitmentStatus.TODO]: 0,
  [CommitmentStatus.IN_PROGRESS]: 1,
  [CommitmentStatus.KEPT]: 2,
  [CommitmentStatus.NOT_KEPT]: 2,
};

/** The commitments still open: those that can be overdue. */
export const OPEN_COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
  CommitmentStatus.TODO,
  CommitmentStatus.IN_PROGRESS,
];

/** Whether a contract may move from `from` to `to`: forward only, one or more steps. */
export function contractMovesForward(from: ContractStatus, to: ContractStatus): boolean {
  return CONTRACT_STATUS_ORDER.indexOf(to) > CONTRACT_STATUS_ORDER.indexOf(from);
}

/** Whether a commitment may move from `from` to `to`: forward only; tenu and non tenu are final. */
export function commitmentMovesForward(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return COMMITMENT_STATUS_RANK[to] > COMMITMENT_STATUS_RANK[from];
}

/** What a party is to the contract. */
export enum ContractPartyRole {
  STATE = 'STATE',
  TERRITORY = 'TERRITORY',
  PARTNER = 'PARTNER',
}

export const CONTRACT_PARTY_ROLE_LABELS: Readonly<Record<ContractPartyRole, string>> = {
  [ContractPartyRole.STATE]: 'L’État',
  [ContractPartyRole.TERRITORY]: 'La commune ou l’EPCI',
  [ContractPartyRole.PARTNER]: 'Partenaire',
};

export const CONTRACT_TITLE_MAX = 200;
export const CONTRACT_TEXT_MAX = 20000;
export const COMMITMENT_TEXT_MAX = 2000;
