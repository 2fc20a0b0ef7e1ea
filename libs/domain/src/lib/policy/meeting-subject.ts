/** A coordination body as the policy sees it. */
export interface BodySubject {
  __typename: 'Body';
  id?: string;
  secretaryUserId: string | null;
  chairOrganizationId: string;
}

/**
 * A meeting as the policy sees it. The server reads the same sets in SQL (member organisations
 * of the body, people convened, members of the working group); only these fields may appear in
 * the Meeting rules.
 */
export interface MeetingSubject {
  __typename: 'Meeting';
  id?: string;
  secretaryUserId: string | null;
  chairOrganizationId: string;
  /** A meeting of a restricted working group (article L132-5 CSI): kind GROUPE_RESTREINT, or a group. */
  restricted: boolean;
  bodyOrganizationIds: string[];
  inviteeUserIds: string[];
  /** Members of its working group who signed the group's current charter (none without a group). */
  groupMemberUserIds: string[];
}

export const MEETING_POLICY_FIELDS = [
  'secretaryUserId',
  'chairOrganizationId',
  'restricted',
  'bodyOrganizationIds',
  'inviteeUserIds',
  'groupMemberUserIds',
] as const;
