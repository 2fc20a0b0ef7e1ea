import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AppAbility,
  COMMITMENT_STATUS_LABELS,
  type CommitmentStatus,
  CONTRACT_KIND_LABELS,
  CONTRACT_PARTY_ROLE_LABELS,
  CONTRACT_STATUS_LABELS,
  type ContractKind,
  type ContractPartyRole,
  type ContractStatus,
  type OrganizationType,
} from '@continuum/domain';
import { readableCases } from '@continuum/server/cases';
import { readableOperations } from '@continuum/server/plan';
import { APP_CONFIG, type AppConfig, notFound } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import {
  editableContracts,
  exportableContracts,
  readableContracts,
  updatableCommitments,
} from '../policy/contract-policy.sql';
import { namedQuery } from '../proposal-rows';
import type {
  CommitmentLinkCandidateModel,
  CommitmentModel,
  ContractModel,
  ContractProgressModel,
  ContractSummaryModel,
} from './contract.models';

interface SummaryRow {
  id: string;
  number: string;
  kind: ContractKind;
  title: string;
  status: ContractStatus;
  communes: { code: string; name: string }[];
  epci_siren: string | null;
  epci_name: string | null;
  signed_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  progress: Omit<ContractProgressModel, 'keptShare'>;
  updated_at: Date;
  may_update: boolean;
}

interface ContractRow extends SummaryRow {
  parties: {
    organizationId: string;
    name: string;
    organizationType: OrganizationType;
    role: ContractPartyRole;
  }[];
  document_reference: string | null;
  document_text: string | null;
  created_by_label: string;
  created_at: Date;
  status_changed_at: Date | null;
  status_changed_by_label: string | null;
  may_export: boolean;
}

interface CommitmentRow {
  id: string;
  position: number;
  owner_organization_id: string;
  owner_name: string;
  text: string;
  due_on: string;
  status: CommitmentStatus;
  overdue: boolean;
  status_note: string | null;
  status_changed_at: Date | null;
  status_changed_by_label: string | null;
  updated_at: Date;
  may_update_status: boolean;
  actions: CommitmentModel['actions'];
  operations: (Omit<CommitmentModel['operations'][number], 'startsAt'> & { startsAt: string })[];
}

type Queryable = DataSource | EntityManager;

/**
 * Every read of contracts, the reader's policy inside each statement: which contracts
 * (`readableContracts`), whether they may edit or export them, which commitments' status they may
 * move, and of the linked case actions and operations only those they may read (the cases and plan
 * libs' own conditions). Overdue commitments come first.
 */
@Injectable()
export class ContractReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    filter: { status?: ContractStatus[] | null; communeCode?: string | null },
    ability: AppAbility,
  ): Promise<ContractSummaryModel[]> {
    const rows = await this.summaries(
      this.dataSource,
      ability,
      `(cast(:statuses as contract_status[]) is null or ct.status = any(cast(:statuses as contract_status[])))
       and (cast(:communeCode as varchar) is null
            or exists (select 1 from contract_communes fc where fc.contract_id = ct.id and fc.commune_code = cast(:communeCode as varchar)))`,
      { statuses: filter.status?.length ? filter.status : null, communeCode: filter.communeCode ?? null },
      false,
    );
    return rows.map((row) => this.toSummary(row));
  }

  /** One contract as its reader may read it; NOT_FOUND alike for an unknown id and one they may not read. */
  async one(id: string, ability: AppAbility, db: Queryable = this.dataSource): Promise<ContractModel> {
    const [row] = (await this.summaries(
      db,
      ability,
      'ct.id = cast(:id as uuid)',
      { id },
      true,
    )) as ContractRow[];
    if (!row) throw notFound('Contrat introuvable.');
    const commitments = await this.commitments(db, ability, row.id);
    return {
      ...this.toSummary(row),
      parties: row.parties.map((party) => ({ ...party, roleLabel: CONTRACT_PARTY_ROLE_LABELS[party.role] })),
      documentReference: row.document_reference,
      documentText: row.document_text,
      createdByLabel: row.created_by_label,
      createdAt: row.created_at,
      statusChangedAt: row.status_changed_at,
      statusChangedByLabel: row.status_changed_by_label,
      mayExport: row.may_export,
      commitments,
    };
  }

  /** Open case actions and operations the writer may read, to rest a commitment on (20 of each at most). */
  async linkCandidates(search: string, ability: AppAbility): Promise<CommitmentLinkCandidateModel[]> {
    const cases = readableCases(ability, 'c');
    const operations = readableOperations(ability, 'opx');
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    return namedQuery<CommitmentLinkCandidateModel>(
      this.dataSource,
      `(select a.id, 'ACTION' as kind, c.reference || ' — ' || a.title as label
          from case_actions a join cases c on c.id = a.case_id
         where a.status in ('TODO', 'IN_PROGRESS') and (a.title ilike :pattern or c.reference ilike :pattern or c.title ilike :pattern)
           and ${cases.sql}
         order by a.due_on nulls last, a.id limit 20)
       union all
       (select opx.id, 'OPERATION' as kind, opx.reference || ' — ' || opx.title as label
          from operations opx
         where opx.status <> 'CANCELLED' and (opx.title ilike :pattern or opx.reference ilike :pattern) and ${operations.sql}
         order by opx.starts_at desc, opx.id limit 20)`,
      { ...cases.params, ...operations.params, pattern },
    );
  }

  private summaries(
    db: Queryable,
    ability: AppAbility,
    where: string,
    params: Record<string, unknown>,
    detail: boolean,
  ): Promise<SummaryRow[]> {
    const read = readableContracts(ability, 'ct');
    const edit = editableContracts(ability, 'ct');
    const exportable = exportableContracts(ability, 'ct');
    const today = `(now() at time zone cast(:tz as text))::date`;
    return namedQuery<SummaryRow>(
      db,
      `select ct.id, ct.number::text as number, ct.kind, ct.title, ct.status,
              coalesce((select json_agg(json_build_object('code', cm.code, 'name', cm.name) order by cm.name)
                          from contract_communes cc join communes cm on cm.code = cc.commune_code where cc.contract_id = ct.id), '[]') as communes,
              e.siren as epci_siren, e.name as epci_name,
              to_char(ct.signed_on, 'YYYY-MM-DD') as signed_on, to_char(ct.starts_on, 'YYYY-MM-DD') as starts_on,
              to_char(ct.ends_on, 'YYYY-MM-DD') as ends_on,
              (select json_build_object(
                        'total', count(*),
                        'todo', count(*) filter (where k.status = 'TODO'),
                        'inProgress', count(*) filter (where k.status = 'IN_PROGRESS'),
                        'kept', count(*) filter (where k.status = 'KEPT'),
                        'notKept', count(*) filter (where k.status = 'NOT_KEPT'),
                        'overdue', count(*) filter (where k.status in ('TODO', 'IN_PROGRESS') and k.due_on < ${today}))
                 from contract_commitments k where k.contract_id = ct.id) as progress,
              ct.updated_at, ${edit.sql} as may_update
              ${
                detail
                  ? `, coalesce((select json_agg(json_build_object('organizationId', o.id, 'name', o.name, 'organizationType', o.type, 'role', cp.role)
                                                 order by cp.role, o.name)
                                   from contract_parties cp join organizations o on o.id = cp.organization_id where cp.contract_id = ct.id), '[]') as parties,
                     ct.document_reference, ct.document_text, ct.created_by_label, ct.created_at, ct.status_changed_at,
                     ct.status_changed_by_label, ${exportable.sql} as may_export`
                  : ''
              }
         from contracts ct left join epcis e on e.siren = ct.epci_siren
        where ${read.sql} and (${where})
        order by ct.status = 'EXPIRED', ct.starts_on desc nulls first, ct.number desc
        limit 500`,
      { ...read.params, ...edit.params, ...exportable.params, ...params, tz: this.config.timeZone },
    );
  }

  private async commitments(
    db: Queryable,
    ability: AppAbility,
    contractId: string,
  ): Promise<CommitmentModel[]> {
    const status = updatableCommitments(ability, 'k');
    const cases = readableCases(ability, 'c');
    const operations = readableOperations(ability, 'opx');
    const rows = await namedQuery<CommitmentRow>(
      db,
      `select k.id, k.position, k.owner_organization_id, o.name as owner_name, k.text, to_char(k.due_on, 'YYYY-MM-DD') as due_on,
              k.status, (k.status in ('TODO', 'IN_PROGRESS') and k.due_on < (now() at time zone cast(:tz as text))::date) as overdue,
              k.status_note, k.status_changed_at, k.status_changed_by_label, k.updated_at, ${status.sql} as may_update_status,
              coalesce((select json_agg(json_build_object('id', a.id, 'title', a.title, 'status', a.status,
                                                          'dueOn', to_char(a.due_on, 'YYYY-MM-DD'), 'caseId', c.id, 'caseReference', c.reference)
                                        order by a.due_on nulls last, a.id)
                          from contract_commitment_actions ca join case_actions a on a.id = ca.action_id join cases c on c.id = a.case_id
                         where ca.commitment_id = k.id and ${cases.sql}), '[]') as actions,
              coalesce((select json_agg(json_build_object('id', opx.id, 'title', opx.reference || ' — ' || opx.title,
                                                          'status', opx.status, 'startsAt', opx.starts_at) order by opx.starts_at)
                          from contract_commitment_operations co join operations opx on opx.id = co.operation_id
                         where co.commitment_id = k.id and ${operations.sql}), '[]') as operations
         from contract_commitments k join organizations o on o.id = k.owner_organization_id
        where k.contract_id = :contractId
        order by overdue desc, k.due_on, k.position`,
      { ...status.params, ...cases.params, ...operations.params, contractId, tz: this.config.timeZone },
    );
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      ownerOrganizationId: row.owner_organization_id,
      ownerName: row.owner_name,
      text: row.text,
      dueOn: row.due_on,
      status: row.status,
      statusLabel: COMMITMENT_STATUS_LABELS[row.status],
      overdue: row.overdue,
      statusNote: row.status_note,
      statusChangedAt: row.status_changed_at,
      statusChangedByLabel: row.status_changed_by_label,
      updatedAt: row.updated_at,
      mayUpdateStatus: row.may_update_status,
      actions: row.actions,
      operations: row.operations.map((operation) => ({
        ...operation,
        startsAt: new Date(operation.startsAt),
      })),
    }));
  }

  private toSummary(row: SummaryRow): ContractSummaryModel {
    const progress = row.progress;
    const decided = progress.kept + progress.notKept + progress.overdue;
    return {
      id: row.id,
      reference: `CT-${row.number}`,
      kind: row.kind,
      kindLabel: CONTRACT_KIND_LABELS[row.kind],
      title: row.title,
      status: row.status,
      statusLabel: CONTRACT_STATUS_LABELS[row.status],
      communes: row.communes,
      epci: row.epci_siren && row.epci_name ? { siren: row.epci_siren, name: row.epci_name } : null,
      signedOn: row.signed_on,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      progress: {
        ...progress,
        keptShare: decided ? Math.round((1000 * progress.kept) / decided) / 10 : null,
      },
      updatedAt: row.updated_at,
      mayUpdate: row.may_update,
    };
  }
}
