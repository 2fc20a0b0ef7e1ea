/**
 * A proposal as the policy sees it. `competenceOrganizationIds` are the organisations whose
 * competence territory holds its commune (only ever compiled to SQL); `authorOrganizationId` is
 * null for the public. `ProposalContact` is the same row read for its author's e-mail and the
 * personal data flagged in its text.
 */
export interface ProposalSubject {
  __typename: 'Proposal' | 'ProposalContact';
  id?: string;
  status: string;
  authorOrganizationId: string | null;
  competenceOrganizationIds?: string[];
}
