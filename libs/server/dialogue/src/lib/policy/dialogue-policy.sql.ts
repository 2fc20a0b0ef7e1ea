import type { AppAbility } from '@continuum/domain';
import { type PolicyField, policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who may read and act on proposals, as conditions inside the queries (the policy's `Proposal` and
 * `ProposalContact` rules, libs/domain ability.ts `defineDialogueRules`). The one home of this SQL.
 */
export function proposalPolicyFields(alias = 'p'): Record<string, PolicyField> {
  return {
    status: { kind: 'column', sql: `${alias}.status::text` },
    authorOrganizationId: { kind: 'column', sql: `${alias}.author_organization_id` },
    // The organisations whose competence territory holds the proposal's commune.
    competenceOrganizationIds: {
      kind: 'membership',
      sql: (placeholder, many) =>
        `exists (select 1 from organizations org where org.id ${many ? `= any(${placeholder})` : `= ${placeholder}`}
                   and (org.whole_departement or exists (select 1 from organization_competence_communes oc
                         where oc.organization_id = org.id and oc.commune_code = ${alias}.commune_code)))`,
    },
  };
}

/** The proposals an actor may read (the cabinet all; a mairie its own and its commune's once released). */
export function readableProposals(ability: AppAbility, alias = 'p'): SqlCondition {
  return policyCondition(ability, 'read', 'Proposal', proposalPolicyFields(alias), `${alias}_read`);
}

/** The proposals whose author's e-mail and flagged personal data an actor may read: the moderators'. */
export function readableProposalContacts(ability: AppAbility, alias = 'p'): SqlCondition {
  return policyCondition(ability, 'read', 'ProposalContact', proposalPolicyFields(alias), `${alias}_contact`);
}

/** The proposals an actor may release or reject now (pending ones, for the cabinet). */
export function moderatableProposals(ability: AppAbility, alias = 'p'): SqlCondition {
  return policyCondition(ability, 'moderate', 'Proposal', proposalPolicyFields(alias), `${alias}_moderate`);
}

/** The proposals an actor may triage now (released ones: the cabinet all, a mairie its commune's). */
export function triageableProposals(ability: AppAbility, alias = 'p'): SqlCondition {
  return policyCondition(ability, 'triage', 'Proposal', proposalPolicyFields(alias), `${alias}_triage`);
}
