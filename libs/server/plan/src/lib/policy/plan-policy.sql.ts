import type { AppAbility } from '@continuum/domain';
import { policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who may read what of the plan and its results, as conditions inside the queries (the policy's
 * `Plan`, `Operation`, `Presence` and `ResultAggregate` rules, libs/domain ability.ts). The one
 * home of this SQL: every other file of the context, and any other context, calls these.
 */

/** Plan versions: adopted ones for everyone who works in the département, drafts for the cabinet. `p` is `plans`. */
export function readablePlans(ability: AppAbility, alias = 'p'): SqlCondition {
  return policyCondition(
    ability,
    'read',
    'Plan',
    { status: { kind: 'column', sql: `${alias}.status` } },
    'plans_read',
  );
}

/** The plan versions an actor may write (the cabinet's): used to check a write on the locked row. */
export function writablePlans(ability: AppAbility, alias = 'p'): SqlCondition {
  return policyCondition(
    ability,
    'update',
    'Plan',
    { status: { kind: 'column', sql: `${alias}.status` } },
    'plans_write',
  );
}

/** The communes an operation concerns: its own list, and its zone's communes. `o` is `operations`. */
export function operationCommunesSql(alias = 'o'): string {
  return `(${alias}.commune_codes || coalesce((select array_agg(zc.commune_code) from zone_communes zc where zc.zone_id = ${alias}.zone_id), '{}'))`;
}

function operationFields(alias: string) {
  return {
    status: { kind: 'column' as const, sql: `${alias}.status` },
    organizerOrganizationId: { kind: 'column' as const, sql: `${alias}.organizer_organization_id` },
    participantOrganizationIds: {
      kind: 'membership' as const,
      sql: (placeholder: string) =>
        `exists (select 1 from operation_participants op where op.operation_id = ${alias}.id and op.organization_id = ${placeholder})`,
    },
    competenceOrganizationIds: {
      kind: 'membership' as const,
      sql: (placeholder: string) =>
        `exists (select 1 from organizations org where org.id = ${placeholder} and (org.whole_departement
           or exists (select 1 from organization_competence_communes oc
                       where oc.organization_id = org.id and oc.commune_code = any(${operationCommunesSql(alias)}))))`,
    },
  };
}

/**
 * Coordinated operations: a planned one by its participants only; once done or cancelled, also by
 * the cabinet, and a done one by the public authorities competent where it took place.
 */
export function readableOperations(ability: AppAbility, alias = 'o'): SqlCondition {
  return policyCondition(ability, 'read', 'Operation', operationFields(alias), 'operations_read');
}

/** The operations whose outcome an actor may enter (their organisation's part of a done one). */
export function reportableOperations(ability: AppAbility, alias = 'o'): SqlCondition {
  return policyCondition(ability, 'report', 'Operation', operationFields(alias), 'operations_report');
}

/** The planned operations an actor may change (their organisation organises it). */
export function updatableOperations(ability: AppAbility, alias = 'o'): SqlCondition {
  return policyCondition(ability, 'update', 'Operation', operationFields(alias), 'operations_update');
}

/** Hours of presence, line by line: each organisation its own, the cabinet all. `r` is `presence_records`. */
export function readablePresence(ability: AppAbility, alias = 'r'): SqlCondition {
  return policyCondition(
    ability,
    'read',
    'Presence',
    { organizationId: { kind: 'column', sql: `${alias}.organization_id` } },
    'presence_read',
  );
}

/**
 * The results summed up (operations done, presence hours, counts for the plan's indicators), as a
 * condition on a commune code: every commune for the cabinet, the competence territory for others.
 */
export function readableResultAggregates(ability: AppAbility, communeColumn: string): SqlCondition {
  return policyCondition(
    ability,
    'read',
    'ResultAggregate',
    {
      competenceOrganizationIds: {
        kind: 'membership',
        sql: (placeholder) =>
          `exists (select 1 from organizations org where org.id = ${placeholder} and (org.whole_departement
             or exists (select 1 from organization_competence_communes oc
                         where oc.organization_id = org.id and oc.commune_code = ${communeColumn})))`,
      },
    },
    'results_read',
  );
}
