/** A coordination body as the policy sees it. */
export interface BodySubject {
  __typename: 'Body';
  id?: string;
  secretaryUserId: string | null;
  chairOrganizationId: string;
}

/**
 * A meeting as the policy sees it. The server reads the same sets in SQL (member organisations
 * of the body, people convened); only these fields may appear in the Meeting rules.
 */
export interface MeetingSubject {
  __typename: 'Meeting';
  id?: string;
  secretaryUserId: string | null;
  chairOrganizationId: string;
  bodyOrganizationIds: string[];
  inviteeUserIds: string[];
}

export const MEETING_POLICY_FIELDS = [
  'secretaryUserId',
  'chairOrganizationId',
  'bodyOrganizationIds',
  'inviteeUserIds',
] as const;
