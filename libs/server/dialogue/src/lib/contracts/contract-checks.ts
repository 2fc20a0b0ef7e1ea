import { type AppAbility, ContractPartyRole, OrganizationType } from '@continuum/domain';
import { readableCases } from '@continuum/server/cases';
import { readableOperations } from '@continuum/server/plan';
import { badInput, visibleText } from '@continuum/server/platform';
import type { EntityManager } from 'typeorm';
import { namedQuery } from '../proposal-rows';
import type { CommitmentInput, ContractInput } from './contract.inputs';

/** An AAAA-MM-JJ day that exists, or bad input on `field`. */
export function day(value: string | null | undefined, field: string, label: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw badInput(field, `${label} : date invalide (AAAA-MM-JJ).`);
  return value;
}

export const frDay = (value: string) => value.split('-').reverse().join('/');

export interface CleanContract {
  kind: ContractInput['kind'];
  title: string;
  communeCodes: string[];
  epciSiren: string | null;
  parties: { organizationId: string; role: ContractPartyRole }[];
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  documentReference: string | null;
  documentText: string | null;
}

/**
 * A contract's input checked against the database: its communes (an EPCI's added), its parties (the
 * State is the préfecture, the commune or EPCI is there, each organisation active and once), its
 * dates in order; a mairie writes only for the communes of its territory.
 */
export async function cleanContract(
  manager: EntityManager,
  input: ContractInput,
  ability: AppAbility,
  organizationId: string,
): Promise<CleanContract> {
  const signedOn = day(input.signedOn, 'input.signedOn', 'Date de signature');
  const startsOn = day(input.startsOn, 'input.startsOn', 'Date de début');
  const endsOn = day(input.endsOn, 'input.endsOn', 'Date de fin');
  if (startsOn && endsOn && endsOn < startsOn)
    throw badInput('input.endsOn', 'La fin du contrat ne peut précéder son début.');
  const codes = [...new Set(input.communeCodes ?? [])];
  let epciSiren: string | null = null;
  if (input.epciSiren) {
    const [epci] = await manager.query(
      `select e.siren, array(select c.code::text from communes c where c.epci_siren = e.siren) as codes from epcis e where e.siren = $1`,
      [input.epciSiren],
    );
    if (!epci) throw badInput('input.epciSiren', 'EPCI inconnu.');
    epciSiren = epci.siren;
    for (const code of epci.codes as string[]) if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0)
    throw badInput('input.communeCodes', 'Choisissez au moins une commune, ou un EPCI.');
  const known: { code: string }[] = await manager.query(
    'select code from communes where code = any($1::varchar[])',
    [codes],
  );
  const unknown = codes.find((code) => !known.some((row) => row.code === code));
  if (unknown) throw badInput('input.communeCodes', `Commune inconnue : ${unknown}.`);
  if (!writesEverywhere(ability)) {
    // Not the cabinet: every commune must be in the writer's competence territory.
    const outside: { name: string }[] = await manager.query(
      `select c.name from communes c join organizations o on o.id = $2
        where c.code = any($1::varchar[]) and not o.whole_departement
          and not exists (select 1 from organization_competence_communes oc where oc.organization_id = o.id and oc.commune_code = c.code)
        order by c.name`,
      [codes, organizationId],
    );
    if (outside.length)
      throw badInput(
        'input.communeCodes',
        `Votre mairie n’établit de contrat que pour son territoire : ${outside.map((row) => row.name).join(', ')} n’en fait pas partie.`,
      );
  }
  const ids = input.parties.map((party) => party.organizationId);
  if (new Set(ids).size !== ids.length)
    throw badInput('input.parties', 'Une organisation ne figure qu’une fois parmi les parties.');
  const organizations: { id: string; type: OrganizationType; name: string }[] = await manager.query(
    'select id, type, name from organizations where id = any($1::uuid[]) and disabled_at is null',
    [ids],
  );
  if (organizations.length !== ids.length)
    throw badInput('input.parties', 'Une des parties n’est pas une organisation active de l’annuaire.');
  const typeOf = (id: string) => organizations.find((org) => org.id === id)!.type;
  const state = input.parties.filter((party) => party.role === ContractPartyRole.STATE);
  if (
    state.length === 0 ||
    state.some((party) => typeOf(party.organizationId) !== OrganizationType.PREFECTURE)
  )
    throw badInput(
      'input.parties',
      'L’État est partie au contrat : choisissez la préfecture comme partie « État ».',
    );
  if (!input.parties.some((party) => party.role === ContractPartyRole.TERRITORY))
    throw badInput('input.parties', 'La commune ou l’EPCI est partie au contrat : ajoutez sa mairie.');
  const reference = input.documentReference ? visibleText(input.documentReference) : '';
  const text = input.documentText ? input.documentText.trim() : '';
  return {
    kind: input.kind,
    title: visibleText(input.title),
    communeCodes: codes.sort(),
    epciSiren,
    parties: input.parties.map((party) => ({ organizationId: party.organizationId, role: party.role })),
    signedOn,
    startsOn,
    endsOn,
    documentReference: reference || null,
    documentText: text || null,
  };
}

/** The cabinet's rule: contracts written anywhere (a rule without a condition). */
export function writesEverywhere(ability: AppAbility): boolean {
  return ability.rulesFor('update', 'Contract').some((rule) => !rule.conditions && !rule.inverted);
}

export interface CleanCommitment {
  ownerOrganizationId: string;
  text: string;
  dueOn: string;
  actionIds: string[];
  operationIds: string[];
}

/**
 * A commitment's input checked against its contract (locked by the caller): the owner is one of its
 * parties, the deadline falls within its dates, and what it links to the writer may read (the
 * cases and plan libs' own conditions).
 */
export async function cleanCommitment(
  manager: EntityManager,
  input: CommitmentInput,
  contract: { id: string; starts_on: string | null; ends_on: string | null },
  ability: AppAbility,
): Promise<CleanCommitment> {
  const dueOn = day(input.dueOn, 'input.dueOn', 'Échéance')!;
  if (contract.starts_on && dueOn < contract.starts_on)
    throw badInput(
      'input.dueOn',
      `L’échéance ne peut précéder le début du contrat (le ${frDay(contract.starts_on)}).`,
    );
  if (contract.ends_on && dueOn > contract.ends_on)
    throw badInput(
      'input.dueOn',
      `L’échéance ne peut suivre la fin du contrat (le ${frDay(contract.ends_on)}).`,
    );
  const [party] = await manager.query(
    'select 1 from contract_parties where contract_id = $1 and organization_id = $2',
    [contract.id, input.ownerOrganizationId],
  );
  if (!party)
    throw badInput(
      'input.ownerOrganizationId',
      'L’organisation qui porte l’engagement doit être partie au contrat.',
    );
  const actionIds = [...new Set(input.actionIds ?? [])];
  if (actionIds.length) {
    const cases = readableCases(ability, 'c');
    const found = await namedQuery<{ id: string }>(
      manager,
      `select a.id from case_actions a join cases c on c.id = a.case_id where a.id = any(cast(:ids as uuid[])) and ${cases.sql}`,
      { ...cases.params, ids: actionIds },
    );
    if (found.length !== actionIds.length)
      throw badInput(
        'input.actionIds',
        'Action introuvable : liez des actions de dossiers que vous pouvez lire.',
      );
  }
  const operationIds = [...new Set(input.operationIds ?? [])];
  if (operationIds.length) {
    const operations = readableOperations(ability, 'opx');
    const found = await namedQuery<{ id: string }>(
      manager,
      `select opx.id from operations opx where opx.id = any(cast(:ids as uuid[])) and ${operations.sql}`,
      { ...operations.params, ids: operationIds },
    );
    if (found.length !== operationIds.length)
      throw badInput(
        'input.operationIds',
        'Opération introuvable : liez des opérations que vous pouvez lire.',
      );
  }
  return {
    ownerOrganizationId: input.ownerOrganizationId,
    text: visibleText(input.text),
    dueOn,
    actionIds,
    operationIds,
  };
}
