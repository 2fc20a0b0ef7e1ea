import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COMMITMENT_STATUS_LABELS, CommitmentStatus, commitmentMovesForward } from '@continuum/domain';
import {
  badInput,
  conflict,
  forbidden,
  notFound,
  type RequestPrincipal,
  visibleText,
} from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { readableContracts, updatableCommitments } from '../policy/contract-policy.sql';
import { namedQuery } from '../proposal-rows';
import { type CleanCommitment, cleanCommitment } from './contract-checks';
import { ContractCommandService } from './contract-command.service';
import type { CommitmentInput } from './contract.inputs';
import type { ContractModel } from './contract.models';
import { ContractReadService } from './contract-read.service';

/**
 * A contract's commitments: written by the contract's editors (the contract's row locked, as for its
 * own edits), their status moved forward by their owner organisation — one conditional UPDATE whose
 * WHERE holds the status it moves from and the policy's condition.
 */
@Injectable()
export class CommitmentCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractCommandService,
    private readonly read: ContractReadService,
  ) {}

  async add(contractId: string, input: CommitmentInput, principal: RequestPrincipal): Promise<ContractModel> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.lock(manager, contractId, principal);
      const clean = await cleanCommitment(manager, input, contract, principal.ability);
      const [row] = await manager.query(
        `insert into contract_commitments (contract_id, position, owner_organization_id, text, due_on)
         values ($1, (select coalesce(max(position), 0) + 1 from contract_commitments where contract_id = $1), $2, $3, $4)
         returning id`,
        [contractId, clean.ownerOrganizationId, clean.text, clean.dueOn],
      );
      await this.writeLinks(manager, row.id, clean);
    });
    return this.read.one(contractId, principal.ability);
  }

  async update(
    id: string,
    input: CommitmentInput,
    expectedUpdatedAt: Date,
    principal: RequestPrincipal,
  ): Promise<ContractModel> {
    const contractId = await this.dataSource.transaction(async (manager) => {
      const commitment = await this.ofEditor(manager, id, principal);
      const contract = await this.contracts.lock(manager, commitment.contract_id, principal);
      // Read again under the contract's lock: of two edits at once, the second sees the first.
      const [fresh] = await manager.query('select updated_at from contract_commitments where id = $1', [id]);
      if (!fresh || fresh.updated_at.getTime() !== expectedUpdatedAt.getTime())
        throw conflict('expectedUpdatedAt', 'Cet engagement vient d’être modifié : rechargez la page.');
      const clean = await cleanCommitment(manager, input, contract, principal.ability);
      await manager.query(
        `update contract_commitments set owner_organization_id = $2, text = $3, due_on = $4, updated_at = now() where id = $1`,
        [id, clean.ownerOrganizationId, clean.text, clean.dueOn],
      );
      await manager.query('delete from contract_commitment_actions where commitment_id = $1', [id]);
      await manager.query('delete from contract_commitment_operations where commitment_id = $1', [id]);
      await this.writeLinks(manager, id, clean);
      return commitment.contract_id;
    });
    return this.read.one(contractId, principal.ability);
  }

  async remove(id: string, principal: RequestPrincipal): Promise<ContractModel> {
    const contractId = await this.dataSource.transaction(async (manager) => {
      const commitment = await this.ofEditor(manager, id, principal);
      await this.contracts.lock(manager, commitment.contract_id, principal);
      await manager.query('delete from contract_commitments where id = $1', [id]);
      return commitment.contract_id;
    });
    return this.read.one(contractId, principal.ability);
  }

  /** The owner organisation moves its commitment forward from `from` (what it saw) to `to`. */
  async setStatus(
    id: string,
    from: CommitmentStatus,
    to: CommitmentStatus,
    note: string | null | undefined,
    principal: RequestPrincipal,
  ): Promise<ContractModel> {
    const cleanNote = note ? visibleText(note) : '';
    if (cleanNote.length > 1000) throw badInput('note', 'Le commentaire est limité à 1 000 caractères.');
    const contractId = await this.dataSource.transaction(async (manager) => {
      const read = readableContracts(principal.ability, 'ct');
      const owner = updatableCommitments(principal.ability, 'k');
      const [row] = await namedQuery<{
        contract_id: string;
        status: CommitmentStatus;
        may: boolean;
        by: string | null;
      }>(
        manager,
        `select k.contract_id, k.status, ${owner.sql} as may, k.status_changed_by_label as by
           from contract_commitments k join contracts ct on ct.id = k.contract_id
          where k.id = cast(:id as uuid) and ${read.sql}`,
        { ...read.params, ...owner.params, id },
      );
      if (!row) throw notFound('Engagement introuvable.');
      if (!row.may) throw forbidden('Seule l’organisation qui porte cet engagement en change l’état.');
      if (!commitmentMovesForward(from, to))
        throw badInput(
          'status',
          `L’état d’un engagement ne revient pas en arrière : de « ${COMMITMENT_STATUS_LABELS[from]} » à « ${COMMITMENT_STATUS_LABELS[to]} », c’est impossible.`,
        );
      const updated = await namedQuery<{ id: string }>(
        manager,
        `update contract_commitments k set status = :to, status_note = coalesce(:note, k.status_note),
                status_changed_at = now(), status_changed_by_label = :label, updated_at = now()
          where k.id = cast(:id as uuid) and k.status = :from and ${owner.sql}
          returning k.id`,
        { ...owner.params, id, from, to, note: cleanNote || null, label: principal.label },
      );
      // TypeORM gives an UPDATE … RETURNING as [rows, count].
      const rows = (updated as unknown as [unknown[], number])[0];
      if (!rows?.length) {
        const [now] = await manager.query(
          'select status, status_changed_by_label as by from contract_commitments where id = $1',
          [id],
        );
        throw conflict(
          'status',
          `Cet engagement vient de passer à « ${COMMITMENT_STATUS_LABELS[now.status as CommitmentStatus]} »${now.by ? ` (${now.by})` : ''} : rechargez la page.`,
        );
      }
      return row.contract_id;
    });
    return this.read.one(contractId, principal.ability);
  }

  /** A commitment whose contract the writer may edit (NOT_FOUND if they may not even read it). */
  private async ofEditor(
    manager: EntityManager,
    id: string,
    principal: RequestPrincipal,
  ): Promise<{ contract_id: string; updated_at: Date }> {
    const read = readableContracts(principal.ability, 'ct');
    const [row] = await namedQuery<{ contract_id: string; updated_at: Date }>(
      manager,
      `select k.contract_id, k.updated_at from contract_commitments k join contracts ct on ct.id = k.contract_id
        where k.id = cast(:id as uuid) and ${read.sql}`,
      { ...read.params, id },
    );
    if (!row) throw notFound('Engagement introuvable.');
    return row;
  }

  private async writeLinks(manager: EntityManager, id: string, clean: CleanCommitment): Promise<void> {
    if (clean.actionIds.length)
      await manager.query(
        'insert into contract_commitment_actions (commitment_id, action_id) select $1, unnest($2::uuid[])',
        [id, clean.actionIds],
      );
    if (clean.operationIds.length)
      await manager.query(
        'insert into contract_commitment_operations (commitment_id, operation_id) select $1, unnest($2::uuid[])',
        [id, clean.operationIds],
      );
  }
}
