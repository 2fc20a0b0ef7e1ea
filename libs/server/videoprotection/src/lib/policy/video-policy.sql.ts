import type { AppAbility, VideoProjectAction } from '@continuum/domain';
import { type PolicyField, policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who may read and move video-protection projects, as conditions inside the queries (the policy's
 * `VideoProject` rules, libs/domain ability.ts `defineVideoProjectRules`). The one home of this SQL.
 */
export function videoProjectPolicyFields(alias = 'vp'): Record<string, PolicyField> {
  return {
    status: { kind: 'column', sql: `${alias}.status::text` },
    organizationId: { kind: 'column', sql: `${alias}.organization_id` },
    // The safety referents (enabled accounts of enabled organisations) whose organisation's
    // competence territory holds the project's commune.
    referentUserIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `exists (select 1 from safety_referents sr
                   join users ru on ru.id = sr.user_id and ru.disabled_at is null
                   join organizations ro on ro.id = ru.organization_id and ro.disabled_at is null
                  where sr.user_id ${many ? `= any(${placeholder})` : `= ${placeholder}`}
                    and (ro.whole_departement or exists (select 1 from organization_competence_communes oc
                          where oc.organization_id = ro.id and oc.commune_code = ${alias}.commune_code)))`,
    },
  };
}

/** The projects an actor may read (the cabinet all, a mairie its own, a referent those of their competence). */
export function readableVideoProjects(ability: AppAbility, alias = 'vp'): SqlCondition {
  return policyCondition(ability, 'read', 'VideoProject', videoProjectPolicyFields(alias), `${alias}_read`);
}

/** The projects an actor may move now by `action` (the step's state is in the rule). */
export function videoProjectsFor(
  ability: AppAbility,
  action: VideoProjectAction,
  alias = 'vp',
): SqlCondition {
  return policyCondition(
    ability,
    action,
    'VideoProject',
    videoProjectPolicyFields(alias),
    `${alias}_${action}`,
  );
}
