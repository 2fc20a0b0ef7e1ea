import { Sensitivity } from '../cases/sensitivity';

/**
 * A case as the policy sees it: its sensitivity and the sets of organisations and people involved.
 * The server derives the sets in SQL (views over owners, referrals, shares, bodies and working
 * groups) and compiles the same rules to a WHERE clause; the tests derive them in memory.
 */
export interface CaseSubject {
  __typename: 'Case';
  id?: string;
  sensitivity: Sensitivity;
  ownerOrganizationId: string;
  /** Owner, assignees with a pending or accepted referral, organisations shared with, members of the attached body. */
  involvedOrganizationIds: string[];
  /** For RED: members (charter signed) of the attached working group, and named users shared with. */
  readerUserIds: string[];
  /** Who may read nominative data, before the public-authority test: owner, accepted assignees, organisations shared with. */
  personsOrganizationIds: string[];
}

/** The fields the SQL compiler knows how to translate; a rule on any other field is an error. */
export const CASE_POLICY_FIELDS = [
  'sensitivity',
  'ownerOrganizationId',
  'involvedOrganizationIds',
  'readerUserIds',
  'personsOrganizationIds',
] as const;
