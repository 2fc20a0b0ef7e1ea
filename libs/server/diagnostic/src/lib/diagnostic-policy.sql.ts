import type { AppAbility } from '@continuum/domain';
import { policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who reads the imports and the raw incidents they bring, as a condition inside the query (the
 * policy's `read Incident`): the prefect's cabinet; for everyone else `false`, so that a list is
 * empty and an import is NOT_FOUND — never FORBIDDEN, which would say it exists. No field may
 * appear in a rule yet; a rule that names one will fail here until its column is mapped.
 */
export function readableIncidents(ability: AppAbility): SqlCondition {
  return policyCondition(ability, 'read', 'Incident', {}, 'incidents_read');
}

/** Who may send a file and act on an import: `import Incident`, checked the same way. */
export function importableIncidents(ability: AppAbility): SqlCondition {
  return policyCondition(ability, 'import', 'Incident', {}, 'incidents_import');
}

/**
 * Whose figures a reader may read, as a condition on a commune code inside the query (the policy's
 * `read IncidentAggregate`): every commune for the cabinet; for a mayor or a partner, the communes
 * of their organisation's competence territory (all of them for one competent département-wide);
 * `false` for the technical administration.
 */
export function readableAggregates(ability: AppAbility, communeColumn: string): SqlCondition {
  return policyCondition(
    ability,
    'read',
    'IncidentAggregate',
    {
      competenceOrganizationIds: {
        kind: 'membership',
        sql: (placeholder) =>
          `exists (select 1 from organizations o where o.id = ${placeholder} and (o.whole_departement
             or exists (select 1 from organization_competence_communes oc
                         where oc.organization_id = o.id and oc.commune_code = ${communeColumn})))`,
      },
    },
    'aggregates_read',
  );
}
