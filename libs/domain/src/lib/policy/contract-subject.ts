/**
 * A contract as the policy sees it. `partyOrganizationIds` are its parties' organisations;
 * `competenceOrganizationIds` the organisations whose competence territory holds one of its
 * communes (only ever compiled to SQL).
 */
export interface ContractSubject {
  __typename: 'Contract';
  id?: string;
  partyOrganizationIds?: string[];
  competenceOrganizationIds?: string[];
}

/** A commitment of a contract: its owner organisation updates its status. */
export interface CommitmentSubject {
  __typename: 'Commitment';
  id?: string;
  ownerOrganizationId: string;
}
