import type { AppAbility } from '@continuum/domain';
import { type PolicyField, policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who may read and write contracts and their commitments, as conditions inside the queries (the
 * policy's `Contract` and `Commitment` rules, libs/domain ability.ts `defineContractRules`). The one
 * home of this SQL: `ct` is `contracts`, `k` is `contract_commitments`.
 */
export function contractPolicyFields(alias = 'ct'): Record<string, PolicyField> {
  const one = (placeholder: string, many: boolean) => (many ? `= any(${placeholder})` : `= ${placeholder}`);
  return {
    partyOrganizationIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `exists (select 1 from contract_parties cp where cp.contract_id = ${alias}.id and cp.organization_id ${one(placeholder, many)})`,
    },
    // The organisations whose competence territory holds one of the contract's communes.
    competenceOrganizationIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `exists (select 1 from organizations org where org.id ${one(placeholder, many)}
                   and (org.whole_departement or exists (
                     select 1 from organization_competence_communes oc join contract_communes cc on cc.commune_code = oc.commune_code
                      where oc.organization_id = org.id and cc.contract_id = ${alias}.id)))`,
    },
  };
}

/** The contracts an actor may read: the cabinet all, a mairie its communes', a party its own. */
export function readableContracts(ability: AppAbility, alias = 'ct'): SqlCondition {
  return policyCondition(ability, 'read', 'Contract', contractPolicyFields(alias), `${alias}_read`);
}

/** The contracts an actor may edit (their text, parties, commitments and status). */
export function editableContracts(ability: AppAbility, alias = 'ct'): SqlCondition {
  return policyCondition(ability, 'update', 'Contract', contractPolicyFields(alias), `${alias}_edit`);
}

/** The contracts an actor may export as DOCX or PDF. */
export function exportableContracts(ability: AppAbility, alias = 'ct'): SqlCondition {
  return policyCondition(ability, 'export', 'Contract', contractPolicyFields(alias), `${alias}_export`);
}

/** The commitments whose status an actor may move: its owner organisation's. */
export function updatableCommitments(ability: AppAbility, alias = 'k'): SqlCondition {
  return policyCondition(
    ability,
    'update',
    'Commitment',
    { ownerOrganizationId: { kind: 'column', sql: `${alias}.owner_organization_id` } },
    `${alias}_status`,
  );
}
