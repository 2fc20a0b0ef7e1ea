import type { AppAbility, Action } from '@continuum/domain';
import { PolicyField, policyCondition, SqlCondition } from '@continuum/server/platform';

/** How each field of `MeetingSubject` reads in SQL, for a meeting aliased `alias`. */
export function meetingPolicyFields(alias: string): Record<string, PolicyField> {
  const ofBody = (column: string): PolicyField => ({
    kind: 'column',
    sql: `(select b.${column} from coordination_bodies b where b.id = ${alias}.body_id)`,
  });
  return {
    secretaryUserId: ofBody('secretary_user_id'),
    chairOrganizationId: ofBody('chair_organization_id'),
    bodyOrganizationIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `${alias}.body_id in (select bo.body_id from coordination_body_organizations bo where bo.organization_id ${many ? `= any(${placeholder})` : `= ${placeholder}`})`,
    },
    inviteeUserIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `${alias}.id in (select mi.meeting_id from meeting_invitees mi where mi.user_id ${many ? `= any(${placeholder})` : `= ${placeholder}`})`,
    },
  };
}

export function meetingCondition(ability: AppAbility, action: Action, alias = 'm'): SqlCondition {
  return policyCondition(ability, action, 'Meeting', meetingPolicyFields(alias), `${alias}_${action}`);
}

/** The policy's view of given meetings, for checks on one row (writes). */
export const MEETING_SUBJECT_SQL = `
  select m.id, b.secretary_user_id as "secretaryUserId", b.chair_organization_id as "chairOrganizationId",
         coalesce((select array_agg(bo.organization_id) from coordination_body_organizations bo where bo.body_id = m.body_id), '{}') as "bodyOrganizationIds",
         coalesce((select array_agg(mi.user_id) from meeting_invitees mi where mi.meeting_id = m.id), '{}') as "inviteeUserIds"
    from meetings m join coordination_bodies b on b.id = m.body_id
   where m.id = any($1)`;
