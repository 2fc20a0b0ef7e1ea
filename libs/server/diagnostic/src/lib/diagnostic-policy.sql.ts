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
