/** A plan version as the policy sees it: its status decides who reads it and whether it may change. */
export interface PlanSubject {
  __typename: 'Plan';
  id?: string;
  status: string;
}

/**
 * A coordinated operation as the policy sees it. `participantOrganizationIds` includes the
 * organiser; `competenceOrganizationIds` are the organisations whose competence territory holds
 * one of its communes (only ever compiled to SQL: the server has no use for it on one row).
 */
export interface OperationSubject {
  __typename: 'Operation';
  id?: string;
  status: string;
  organizerOrganizationId: string;
  participantOrganizationIds: string[];
}
