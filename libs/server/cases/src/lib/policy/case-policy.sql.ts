import { isPublicAuthority, OrganizationType, Role, Sensitivity } from '@continuum/domain';
import type { AppAbility } from '@continuum/domain';
import { PolicyField, policyCondition, SqlCondition } from '@continuum/server/platform';

/**
 * How each field of `CaseSubject` reads in SQL, for a case aliased `alias`. The sets come from
 * the views of the Cases migration (case_involved_organizations, case_red_readers,
 * case_persons_organizations); each membership is an uncorrelated `IN (subquery)`, which
 * PostgreSQL hashes once per query.
 */
export function casePolicyFields(alias: string): Record<string, PolicyField> {
  const member = (view: string, column: string): PolicyField => ({
    kind: 'membership',
    sql: (placeholder, many) =>
      `${alias}.id in (select v.case_id from ${view} v where v.${column} ${many ? `= any(${placeholder})` : `= ${placeholder}`})`,
  });
  return {
    sensitivity: { kind: 'column', sql: `${alias}.sensitivity` },
    ownerOrganizationId: { kind: 'column', sql: `${alias}.owner_organization_id` },
    involvedOrganizationIds: member('case_involved_organizations', 'organization_id'),
    readerUserIds: member('case_red_readers', 'user_id'),
    personsOrganizationIds: member('case_persons_organizations', 'organization_id'),
  };
}

/** The cases the actor may read: a condition to AND into any query over `cases` aliased `alias`. */
export function readableCases(ability: AppAbility, alias = 'c'): SqlCondition {
  return policyCondition(ability, 'read', 'Case', casePolicyFields(alias), `${alias}_read`);
}

/** The cases whose nominative data (persons) the actor may read. */
export function readablePersons(ability: AppAbility, alias = 'c'): SqlCondition {
  return policyCondition(ability, 'read', 'CasePersons', casePolicyFields(alias), `${alias}_persons`);
}

/**
 * The policy's view of given cases, for checks on one row (writes): the same sets as the SQL
 * reads, loaded in one query.
 */
export const CASE_SUBJECT_SQL = `
  select c.id, c.sensitivity, c.owner_organization_id as "ownerOrganizationId",
         coalesce((select array_agg(distinct v.organization_id) from case_involved_organizations v where v.case_id = c.id), '{}') as "involvedOrganizationIds",
         coalesce((select array_agg(distinct v.user_id) from case_red_readers v where v.case_id = c.id), '{}') as "readerUserIds",
         coalesce((select array_agg(distinct v.organization_id) from case_persons_organizations v where v.case_id = c.id), '{}') as "personsOrganizationIds"
    from cases c where c.id = any($1)`;

/**
 * The readers of a case, as a condition on a user `u` of an organisation `o` (both active) for a
 * case aliased `c`: the same policy as `defineAbilityFor` (SHARING.md), written the other way
 * round — from one case to the many people who may read it — for alerts fanned out to thousands of
 * recipients in one statement. The differential test (case-policy.int-spec) checks that both
 * agree for every persona and generated case.
 */
export function caseReadersCondition(c = 'c', u = 'u', o = 'o'): string {
  const publicTypes = Object.values(OrganizationType)
    .filter((type) => isPublicAuthority(type))
    .map((type) => `'${type}'`)
    .join(', ');
  const involved = `${o}.id in (select v.organization_id from case_involved_organizations v where v.case_id = ${c}.id)`;
  const coordinator = `'${Role.COORDINATOR}' = any(${u}.roles)`;
  // An administrator alone reads no case (SHARING.md): only those who work cases are readers.
  const worksCases = `${u}.roles && array['${Role.AGENT}', '${Role.MANAGER}', '${Role.COORDINATOR}']::user_role[]`;
  return `${worksCases} and (
    ${c}.sensitivity in ('${Sensitivity.CLEAR}', '${Sensitivity.GREEN}')
    or (${c}.sensitivity = '${Sensitivity.AMBER}' and (${involved} or ${coordinator}))
    or (${c}.sensitivity = '${Sensitivity.AMBER_STRICT}' and ((${o}.type in (${publicTypes}) and ${involved}) or ${coordinator}))
    or (${c}.sensitivity = '${Sensitivity.RED}' and ${u}.id in (select r.user_id from case_red_readers r where r.case_id = ${c}.id))
  )`;
}
