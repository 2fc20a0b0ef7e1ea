import { MeetingKind } from '@continuum/domain';
import type { AppAbility, Action } from '@continuum/domain';
import { PolicyField, policyCondition, SqlCondition } from '@continuum/server/platform';

/** A restricted working group's meeting, for a meeting aliased `alias`: its kind, or its group. */
export const restrictedMeetingSql = (alias: string) =>
  `(${alias}.kind = '${MeetingKind.GROUPE_RESTREINT}' or ${alias}.working_group_id is not null)`;

/**
 * Who has signed the current charter of a working group (as the case_red_readers view decides for
 * RED cases): the group's members whose signature is dated and of the group's charter version.
 */
const SIGNED_GROUP_MEMBERS = `select wm.working_group_id, wm.user_id from working_group_members wm
  join working_groups wg on wg.id = wm.working_group_id
 where wm.charter_signed_at is not null and wm.charter_signed_version = wg.charter_version`;

/** How each field of `MeetingSubject` reads in SQL, for a meeting aliased `alias`. */
export function meetingPolicyFields(alias: string): Record<string, PolicyField> {
  const ofBody = (column: string): PolicyField => ({
    kind: 'column',
    sql: `(select b.${column} from coordination_bodies b where b.id = ${alias}.body_id)`,
  });
  return {
    secretaryUserId: ofBody('secretary_user_id'),
    chairOrganizationId: ofBody('chair_organization_id'),
    restricted: { kind: 'column', sql: restrictedMeetingSql(alias) },
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
    groupMemberUserIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `${alias}.working_group_id in (select s.working_group_id from (${SIGNED_GROUP_MEMBERS}) s where s.user_id ${many ? `= any(${placeholder})` : `= ${placeholder}`})`,
    },
  };
}

export function meetingCondition(ability: AppAbility, action: Action, alias = 'm'): SqlCondition {
  return policyCondition(ability, action, 'Meeting', meetingPolicyFields(alias), `${alias}_${action}`);
}

/**
 * The meetings the actor may see, as a condition on `meetings` aliased `alias`: the policy's read
 * rules, and a draft only to whoever prepares it. Every read of meetings starts from here.
 */
export function readableMeetings(ability: AppAbility, alias = 'm'): SqlCondition {
  const read = meetingCondition(ability, 'read', alias);
  const prepare = meetingCondition(ability, 'prepare', alias);
  return {
    sql: `(${read.sql}) and (${alias}.status <> 'DRAFT' or (${prepare.sql}))`,
    params: { ...read.params, ...prepare.params },
  };
}

/** The policy's view of given meetings, for checks on one row (writes): the same sets as the SQL reads. */
export const MEETING_SUBJECT_SQL = `
  select m.id, b.secretary_user_id as "secretaryUserId", b.chair_organization_id as "chairOrganizationId",
         ${restrictedMeetingSql('m')} as "restricted",
         coalesce((select array_agg(bo.organization_id) from coordination_body_organizations bo where bo.body_id = m.body_id), '{}') as "bodyOrganizationIds",
         coalesce((select array_agg(mi.user_id) from meeting_invitees mi where mi.meeting_id = m.id), '{}') as "inviteeUserIds",
         coalesce((select array_agg(s.user_id) from (${SIGNED_GROUP_MEMBERS}) s where s.working_group_id = m.working_group_id), '{}') as "groupMemberUserIds"
    from meetings m join coordination_bodies b on b.id = m.body_id
   where m.id = any($1)`;
