import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTRACT_STATUS_LABELS, ContractStatus, contractMovesForward } from '@continuum/domain';
import { badInput, conflict, forbidden, notFound, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { editableContracts, readableContracts } from '../policy/contract-policy.sql';
import { namedQuery } from '../proposal-rows';
import { type CleanContract, cleanContract, frDay } from './contract-checks';
import type { ContractInput } from './contract.inputs';
import type { ContractModel } from './contract.models';
import { ContractReadService } from './contract-read.service';

export interface LockedContract {
  id: string;
  status: ContractStatus;
  starts_on: string | null;
  ends_on: string | null;
  signed_on: string | null;
  updated_at: Date;
  may_edit: boolean;
  changed_by: string | null;
}

/**
 * Writes a contract: creation, edits that carry the `updatedAt` they read, and its status moving
 * forward — each on the contract's row locked under the reader's policy, so that of two writers at
 * once one passes and the other is told in French what happened first.
 */
@Injectable()
export class ContractCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly read: ContractReadService,
  ) {}

  async create(input: ContractInput, principal: RequestPrincipal): Promise<ContractModel> {
    const id = await this.dataSource.transaction(async (manager) => {
      const clean = await cleanContract(manager, input, principal.ability, principal.actor.organizationId);
      const [row] = await manager.query(
        `insert into contracts (kind, title, epci_siren, signed_on, starts_on, ends_on, document_reference, document_text,
                                created_by_user_id, created_by_label)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
        [
          clean.kind,
          clean.title,
          clean.epciSiren,
          clean.signedOn,
          clean.startsOn,
          clean.endsOn,
          clean.documentReference,
          clean.documentText,
          principal.actor.userId,
          principal.label,
        ],
      );
      await this.writeMembers(manager, row.id, clean);
      // A mairie's contract must stay its own to edit (its commune is in it): the policy says so.
      const edit = editableContracts(principal.ability, 'ct');
      const [mine] = await namedQuery(
        manager,
        `select 1 from contracts ct where ct.id = :id and ${edit.sql}`,
        {
          ...edit.params,
          id: row.id,
        },
      );
      if (!mine) throw forbidden('Vous ne pouvez pas établir ce contrat.');
      return row.id as string;
    });
    return this.read.one(id, principal.ability);
  }

  async update(
    id: string,
    input: ContractInput,
    expectedUpdatedAt: Date,
    principal: RequestPrincipal,
  ): Promise<ContractModel> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(manager, id, principal);
      if (contract.updated_at.getTime() !== expectedUpdatedAt.getTime())
        throw conflict(
          'expectedUpdatedAt',
          'Ce contrat vient d’être modifié par quelqu’un d’autre : rechargez la page avant de l’enregistrer.',
        );
      const clean = await cleanContract(manager, input, principal.ability, principal.actor.organizationId);
      const [owner] = await manager.query(
        `select o.name from contract_commitments k join organizations o on o.id = k.owner_organization_id
          where k.contract_id = $1 and not (k.owner_organization_id = any($2::uuid[])) limit 1`,
        [id, clean.parties.map((party) => party.organizationId)],
      );
      if (owner)
        throw badInput(
          'input.parties',
          `${owner.name} porte des engagements du contrat : elle en reste partie.`,
        );
      const [outside] = await manager.query(
        `select to_char(min(due_on), 'YYYY-MM-DD') as first, to_char(max(due_on), 'YYYY-MM-DD') as last
           from contract_commitments where contract_id = $1`,
        [id],
      );
      if (outside.first && clean.startsOn && outside.first < clean.startsOn)
        throw badInput(
          'input.startsOn',
          `Un engagement est attendu le ${frDay(outside.first)}, avant ce début.`,
        );
      if (outside.last && clean.endsOn && outside.last > clean.endsOn)
        throw badInput(
          'input.endsOn',
          `Un engagement est attendu le ${frDay(outside.last)}, après cette fin.`,
        );
      await manager.query(
        `update contracts set kind = $2, title = $3, epci_siren = $4, signed_on = $5, starts_on = $6, ends_on = $7,
                document_reference = $8, document_text = $9, updated_at = now()
          where id = $1`,
        [
          id,
          clean.kind,
          clean.title,
          clean.epciSiren,
          clean.signedOn,
          clean.startsOn,
          clean.endsOn,
          clean.documentReference,
          clean.documentText,
        ],
      );
      await manager.query('delete from contract_communes where contract_id = $1', [id]);
      await manager.query('delete from contract_parties where contract_id = $1', [id]);
      await this.writeMembers(manager, id, clean);
      const edit = editableContracts(principal.ability, 'ct');
      const [mine] = await namedQuery(
        manager,
        `select 1 from contracts ct where ct.id = :id and ${edit.sql}`,
        {
          ...edit.params,
          id,
        },
      );
      if (!mine)
        throw badInput('input.communeCodes', 'Le contrat doit garder une commune de votre territoire.');
    });
    return this.read.one(id, principal.ability);
  }

  /** The contract's status moves forward from `from` (what the writer saw) to `to`. */
  async advance(
    id: string,
    from: ContractStatus,
    to: ContractStatus,
    principal: RequestPrincipal,
  ): Promise<ContractModel> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(manager, id, principal);
      if (!contractMovesForward(from, to))
        throw badInput(
          'status',
          `Le statut d’un contrat ne revient pas en arrière ni ne reste sur place : de « ${CONTRACT_STATUS_LABELS[from]} » à « ${CONTRACT_STATUS_LABELS[to]} », c’est impossible.`,
        );
      if (contract.status !== from)
        throw conflict(
          'status',
          `Ce contrat vient de passer à « ${CONTRACT_STATUS_LABELS[contract.status]} »${contract.changed_by ? ` (${contract.changed_by})` : ''} : rechargez la page.`,
        );
      if (to !== ContractStatus.PREPARATION && !contract.signed_on)
        throw badInput('signedOn', 'Indiquez d’abord la date de signature du contrat.');
      if ((to === ContractStatus.IN_FORCE || to === ContractStatus.EXPIRED) && !contract.starts_on)
        throw badInput('startsOn', 'Indiquez d’abord la date de début du contrat.');
      // Conditional as well as locked: the status it moves from is in the WHERE.
      await manager.query(
        `update contracts set status = $3, status_changed_at = now(), status_changed_by_label = $4, updated_at = now()
          where id = $1 and status = $2`,
        [id, from, to, principal.label],
      );
    });
    return this.read.one(id, principal.ability);
  }

  /**
   * The contract's row locked (FOR UPDATE) if the writer may read it — else NOT_FOUND, exactly as
   * for an unknown id — and may edit it — else FORBIDDEN.
   */
  async lock(manager: EntityManager, id: string, principal: RequestPrincipal): Promise<LockedContract> {
    const read = readableContracts(principal.ability, 'ct');
    const edit = editableContracts(principal.ability, 'ct');
    const [row] = await namedQuery<LockedContract>(
      manager,
      `select ct.id, ct.status, to_char(ct.starts_on, 'YYYY-MM-DD') as starts_on, to_char(ct.ends_on, 'YYYY-MM-DD') as ends_on,
              to_char(ct.signed_on, 'YYYY-MM-DD') as signed_on, ct.updated_at, ${edit.sql} as may_edit,
              ct.status_changed_by_label as changed_by
         from contracts ct where ct.id = cast(:id as uuid) and ${read.sql} for update of ct`,
      { ...read.params, ...edit.params, id },
    );
    if (!row) throw notFound('Contrat introuvable.');
    if (!row.may_edit)
      throw forbidden('Seuls le cabinet du préfet et la mairie concernée modifient ce contrat.');
    return row;
  }

  private async writeMembers(manager: EntityManager, id: string, clean: CleanContract): Promise<void> {
    await manager.query(
      'insert into contract_communes (contract_id, commune_code) select $1, unnest($2::varchar[])',
      [id, clean.communeCodes],
    );
    await manager.query(
      `insert into contract_parties (contract_id, organization_id, role)
       select $1, unnest($2::uuid[]), unnest($3::contract_party_role[])`,
      [id, clean.parties.map((party) => party.organizationId), clean.parties.map((party) => party.role)],
    );
  }
}
