import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OperationStatus } from '@continuum/domain/plan';
import { readableCases } from '@continuum/server/cases';
import { APP_CONFIG, badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { run } from '../plans/plan-sql';
import { readableOperations, updatableOperations } from '../policy/plan-policy.sql';
import { OperationInput } from './operation.inputs';
import { OperationModel } from './operation.models';
import { OperationQueriesService } from './operation-queries.service';

/** A lock key of its own for the references of operations (with the year as second key). */
const REFERENCE_LOCK = 150_001;

interface Checked {
  communeCodes: string[];
  participants: string[];
}

/**
 * Creating, changing and closing coordinated operations. Every change of state is one conditional
 * statement (`where status = 'PLANNED' and <policy>`): of two at once, one finds the row changed
 * and is told so in French.
 */
@Injectable()
export class OperationCommandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: OperationQueriesService,
  ) {}

  async create(input: OperationInput, principal: RequestPrincipal): Promise<OperationModel> {
    if (!principal.ability.can('create', 'Operation')) {
      throw forbidden(
        'Seuls les services publics et le cabinet du préfet organisent une opération coordonnée.',
      );
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const checked = await this.check(manager, input, principal);
      const year = Number(
        new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(
          new Date(input.startsAt),
        ),
      );
      // One reference at a time per year: the next number after the highest (a gap, should one
      // ever appear, is tolerated; a duplicate never happens).
      await manager.query('select pg_advisory_xact_lock($1, $2)', [REFERENCE_LOCK, year]);
      const [{ next }] = await manager.query(
        `select coalesce(max(substring(reference from 9)::int), 0) + 1 as next
           from operations where reference like $1`,
        [`OP-${year}-%`],
      );
      const reference = `OP-${year}-${String(next).padStart(4, '0')}`;
      const [row] = await manager.query(
        `insert into operations (reference, title, kind, description, starts_at, ends_at, zone_id, commune_codes,
                                 organizer_organization_id, created_by_user_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
        [
          reference,
          input.title.trim(),
          input.kind,
          input.description?.trim() ?? '',
          input.startsAt,
          input.endsAt,
          input.zoneId ?? null,
          checked.communeCodes,
          principal.actor.organizationId,
          principal.actor.userId,
        ],
      );
      await this.writeLinks(manager, row.id, input, checked, principal, false);
      return row.id as string;
    });
    return this.queries.get(id, principal);
  }

  /** Changes a planned operation (its organiser only). */
  async update(id: string, input: OperationInput, principal: RequestPrincipal): Promise<OperationModel> {
    await this.dataSource.transaction(async (manager) => {
      const readable = readableOperations(principal.ability, 'o');
      const updatable = updatableOperations(principal.ability, 'o');
      const [row] = await run<{ status: OperationStatus; updatable: boolean }>(
        manager,
        `select o.status, (${updatable.sql}) as updatable from operations o
          where o.id = cast(:id as uuid) and (${readable.sql}) for update`,
        { ...readable.params, ...updatable.params, id },
      );
      if (!row) throw notFound('Opération introuvable.');
      if (row.status !== OperationStatus.PLANNED) {
        throw conflict('status', this.closedMessage(row.status, 'modifiée'));
      }
      if (!row.updatable) throw forbidden('Seule l’organisation qui organise l’opération peut la modifier.');
      const checked = await this.check(manager, input, principal);
      await manager.query(
        `update operations set title = $2, kind = $3, description = $4, starts_at = $5, ends_at = $6, zone_id = $7,
                commune_codes = $8, updated_at = now() where id = $1`,
        [
          id,
          input.title.trim(),
          input.kind,
          input.description?.trim() ?? '',
          input.startsAt,
          input.endsAt,
          input.zoneId ?? null,
          checked.communeCodes,
        ],
      );
      await this.writeLinks(manager, id, input, checked, principal, true);
    });
    return this.queries.get(id, principal);
  }

  /** Marks a planned operation done (once it has started) or cancels it: one statement, one winner. */
  async close(
    id: string,
    status: OperationStatus.DONE | OperationStatus.CANCELLED,
    principal: RequestPrincipal,
  ) {
    const updatable = updatableOperations(principal.ability, 'o');
    const started = status === OperationStatus.DONE ? 'and o.starts_at <= now()' : '';
    const changed = await run<{ id: string }>(
      this.dataSource,
      `update operations o set status = cast(:status as operation_status), status_changed_at = now(), updated_at = now()
        where o.id = cast(:id as uuid) and o.status = 'PLANNED' and (${updatable.sql}) ${started}
        returning o.id`,
      { ...updatable.params, id, status },
    );
    if (changed.length === 0) {
      // Why not: told in the reader's terms, and NOT_FOUND to whoever may not read it.
      const current = await this.queries.get(id, principal);
      if (current.status !== OperationStatus.PLANNED) {
        throw conflict(
          'status',
          this.closedMessage(current.status, status === OperationStatus.DONE ? 'marquée menée' : 'annulée'),
        );
      }
      if (!current.canUpdate) {
        throw forbidden('Seule l’organisation qui organise l’opération peut la marquer menée ou l’annuler.');
      }
      throw badInput(
        'id',
        `L’opération n’a pas encore commencé : elle pourra être marquée menée à partir du ${frenchInstant(current.startsAt)}.`,
      );
    }
    return this.queries.get(id, principal);
  }

  private closedMessage(status: OperationStatus, verb: string): string {
    return status === OperationStatus.DONE
      ? `Cette opération a déjà été marquée menée : elle ne peut plus être ${verb}.`
      : `Cette opération a déjà été annulée : elle ne peut plus être ${verb}.`;
  }

  /** Everything an operation's input must satisfy beyond its form, each refusal naming its field. */
  private async check(
    manager: EntityManager,
    input: OperationInput,
    principal: RequestPrincipal,
  ): Promise<Checked> {
    const starts = Date.parse(input.startsAt);
    const ends = Date.parse(input.endsAt);
    if (!(ends > starts)) throw badInput('input.endsAt', 'La fin de l’opération doit suivre son début.');
    if (ends - starts > 31 * 24 * 3600 * 1000) {
      throw badInput('input.endsAt', 'Une opération dure 31 jours au plus.');
    }
    const communeCodes = [...new Set(input.communeCodes ?? [])];
    if (!input.zoneId && communeCodes.length === 0) {
      throw badInput('input.communeCodes', 'Indiquez une zone ou au moins une commune.');
    }
    if (input.zoneId) {
      const [zone] = await manager.query('select id from zones where id = $1', [input.zoneId]);
      if (!zone) throw badInput('input.zoneId', 'Zone inconnue.');
    }
    if (communeCodes.length) {
      const known: { code: string }[] = await manager.query(
        'select code from communes where code = any($1) and departement_code = $2',
        [communeCodes, this.config.departementCode],
      );
      const unknown = communeCodes.filter((code) => !known.some((k) => k.code === code));
      if (unknown.length) {
        throw badInput('input.communeCodes', `Commune inconnue dans le département : ${unknown.join(', ')}.`);
      }
    }
    const participants = [
      ...new Set([principal.actor.organizationId, ...(input.participantOrganizationIds ?? [])]),
    ];
    const active: { id: string }[] = await manager.query(
      'select id from organizations where id = any($1) and disabled_at is null',
      [participants],
    );
    if (active.length !== participants.length) {
      throw badInput('input.participantOrganizationIds', 'Organisation participante inconnue ou désactivée.');
    }
    const caseIds = [...new Set(input.caseIds ?? [])];
    if (caseIds.length) {
      const policy = readableCases(principal.ability, 'c');
      const readable = await run<{ id: string }>(
        manager,
        `select c.id from cases c where c.id = any(cast(:ids as uuid[])) and (${policy.sql})`,
        { ...policy.params, ids: caseIds },
      );
      if (readable.length !== caseIds.length) {
        throw badInput(
          'input.caseIds',
          'Dossier lié introuvable : vous ne pouvez lier que des dossiers que vous lisez.',
        );
      }
    }
    const lineages = [...new Set(input.objectiveLineageIds ?? [])];
    if (lineages.length) {
      const [{ n }] = await manager.query(
        'select count(distinct lineage_id)::int as n from plan_objectives where lineage_id = any($1)',
        [lineages],
      );
      if (n !== lineages.length) throw badInput('input.objectiveLineageIds', 'Objectif du plan inconnu.');
    }
    return { communeCodes, participants };
  }

  /**
   * Participants, linked cases and objectives as the input gives them. On an edit, the links to
   * cases the editor may not read are kept as they were: one cannot unlink what one cannot see.
   */
  private async writeLinks(
    manager: EntityManager,
    id: string,
    input: OperationInput,
    checked: Checked,
    principal: RequestPrincipal,
    replace: boolean,
  ): Promise<void> {
    if (replace) {
      await manager.query(
        'delete from operation_participants where operation_id = $1 and not (organization_id = any($2))',
        [id, checked.participants],
      );
      const policy = readableCases(principal.ability, 'c');
      await run(
        manager,
        `delete from operation_cases oc using cases c
          where oc.operation_id = cast(:id as uuid) and c.id = oc.case_id and (${policy.sql})`,
        { ...policy.params, id },
      );
      await manager.query('delete from operation_objectives where operation_id = $1', [id]);
    }
    await manager.query(
      `insert into operation_participants (operation_id, organization_id) select $1, unnest($2::uuid[]) on conflict do nothing`,
      [id, checked.participants],
    );
    await manager.query(
      `insert into operation_cases (operation_id, case_id) select $1, unnest($2::uuid[]) on conflict do nothing`,
      [id, [...new Set(input.caseIds ?? [])]],
    );
    await manager.query(
      `insert into operation_objectives (operation_id, lineage_id) select $1, unnest($2::uuid[]) on conflict do nothing`,
      [id, [...new Set(input.objectiveLineageIds ?? [])]],
    );
  }
}

function frenchInstant(value: Date | string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(value));
}
