import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlanStatus } from '@continuum/domain/plan';
import { AuditService } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  conflict,
  forbidden,
  isUuid,
  notFound,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { readablePlans } from '../policy/plan-policy.sql';
import { DiagnosticSnapshotService } from './diagnostic-snapshot.service';
import { planDifferences } from './plan-diff';
import type { CreatePlanInput, PlanTextsInput } from './plan.inputs';
import type { PlanDifferenceModel } from './plan.models';
import {
  OBJECTIVE_COLUMNS,
  type ObjectiveRow,
  PLAN_COLUMNS,
  type PlanRow,
  SECTION_COLUMNS,
  sectionTexts,
} from './plan-rows';
import { databaseRefusal, run } from './plan-sql';

export const NO_PLAN = 'Plan introuvable.';
/** Two revisions at once: the second is told the first is being written. */
const BEING_WRITTEN =
  'Une nouvelle version de ce plan est déjà en cours d’écriture : reprenez-la plutôt que d’en ouvrir une autre.';
export const FROZEN =
  'Ce plan est adopté : il ne peut plus être modifié. Révisez-le pour en préparer une nouvelle version.';

/**
 * The versions of the PADRSQ: read under the policy (an adopted version by everyone who works in
 * the département, drafts by the cabinet), written by the cabinet. A version moves draft →
 * submitted → adopted by conditional updates: two at once, one passes and the other is told. An
 * adopted version is frozen by the database itself; a revision copies it into the next draft, its
 * objectives keeping their lineage so that the two versions can be compared.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly snapshots: DiagnosticSnapshotService,
  ) {}

  async list(principal: RequestPrincipal, year?: number | null): Promise<PlanRow[]> {
    const policy = readablePlans(principal.ability);
    return run<PlanRow>(
      this.dataSource,
      `select ${PLAN_COLUMNS} from plans p
        where p.departement_code = :dep and (cast(:year as int) is null or p.year = cast(:year as int)) and ${policy.sql}
        order by p.year desc, p.version desc`,
      { ...policy.params, dep: this.config.departementCode, year: year ?? null },
    );
  }

  async get(
    principal: RequestPrincipal,
    id: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<PlanRow> {
    if (!isUuid(id)) throw notFound(NO_PLAN);
    const policy = readablePlans(principal.ability);
    const [row] = await run<PlanRow>(
      manager,
      `select ${PLAN_COLUMNS} from plans p where p.id = :id and ${policy.sql}`,
      {
        ...policy.params,
        id,
      },
    );
    if (!row) throw notFound(NO_PLAN);
    return row;
  }

  /** The latest adopted version of a year (what « the plan » means for a reader), if any. */
  async current(principal: RequestPrincipal, year: number): Promise<PlanRow | null> {
    const adopted = (await this.list(principal, year)).filter((row) => row.status === PlanStatus.ADOPTED);
    return adopted[0] ?? null;
  }

  async create(principal: RequestPrincipal, input: CreatePlanInput): Promise<PlanRow> {
    // Opening a year's plan names no existing row: a plain refusal tells nothing.
    if (!principal.ability.can('create', 'Plan'))
      throw forbidden('Seul le cabinet du préfet ouvre le plan d’une année.');
    try {
      const [row] = await run<{ id: string }>(
        this.dataSource,
        `insert into plans (departement_code, year, version, title, created_by_user_id)
         values (:dep, :year, 1, :title, :user) returning id`,
        {
          dep: this.config.departementCode,
          year: input.year,
          title: input.title.trim(),
          user: principal.actor.userId,
        },
      );
      return this.get(principal, row.id);
    } catch (error) {
      if (databaseRefusal(error).code === '23505')
        throw conflict(
          'input.year',
          `Un plan existe déjà pour ${input.year} : ouvrez-le, ou révisez sa version adoptée.`,
        );
      throw error;
    }
  }

  /** Writes the texts of a draft if nobody changed it since `expectedUpdatedAt` (what the writer read). */
  async updateTexts(
    principal: RequestPrincipal,
    id: string,
    input: PlanTextsInput,
    expectedUpdatedAt: Date,
  ): Promise<PlanRow> {
    this.mayWrite(principal);
    const current = await this.get(principal, id);
    const sets: string[] = [];
    const params: Record<string, unknown> = { id, expected: expectedUpdatedAt };
    if (input.title !== undefined && input.title !== null) {
      sets.push('title = :title');
      params['title'] = input.title.trim();
    }
    for (const { column, input: field } of Object.values(SECTION_COLUMNS)) {
      const value = (input as Record<string, string | undefined | null>)[field];
      if (value === undefined || value === null) continue;
      sets.push(`${column} = :${field}`);
      params[field] = value.trim();
    }
    if (sets.length === 0) return current;
    this.mustBeDraft(current);
    const [updated] = await this.refusedWhenFrozen(() =>
      run<{ id: string }>(
        this.dataSource,
        `update plans set ${sets.join(', ')}, updated_at = clock_timestamp()
          where id = :id and status = 'DRAFT' and date_trunc('milliseconds', updated_at) = date_trunc('milliseconds', cast(:expected as timestamptz))
          returning id`,
        params,
      ),
    );
    if (!updated) {
      const now = await this.get(principal, id);
      this.mustBeDraft(now);
      throw conflict(
        'expectedUpdatedAt',
        'Ce plan a été modifié entre-temps par quelqu’un d’autre : rechargez-le avant d’enregistrer.',
      );
    }
    return this.get(principal, id);
  }

  async submit(principal: RequestPrincipal, id: string): Promise<PlanRow> {
    return this.move(principal, id, PlanStatus.DRAFT, PlanStatus.SUBMITTED, 'plan.submit');
  }

  async withdraw(principal: RequestPrincipal, id: string): Promise<PlanRow> {
    return this.move(principal, id, PlanStatus.SUBMITTED, PlanStatus.DRAFT, 'plan.withdraw');
  }

  /** Adopts a submitted version: its diagnostic's figures are taken as they stand today, then it is frozen. */
  async adopt(principal: RequestPrincipal, id: string): Promise<PlanRow> {
    return this.move(principal, id, PlanStatus.SUBMITTED, PlanStatus.ADOPTED, 'plan.adopt');
  }

  /** The next version of an adopted plan, as a draft: its texts and objectives copied, lineage kept. */
  async revise(principal: RequestPrincipal, id: string, note: string): Promise<PlanRow> {
    this.mayWrite(principal);
    const source = await this.get(principal, id);
    if (source.status !== PlanStatus.ADOPTED)
      throw badInput('id', 'Seule une version adoptée se révise ; celle-ci est encore en cours d’écriture.');
    try {
      const newId = await this.dataSource.transaction(async (manager) => {
        const [latest] = await run<{ version: number; status: PlanStatus }>(
          manager,
          `select version, status from plans where departement_code = :dep and year = :year order by version desc limit 1`,
          { dep: source.departementCode, year: source.year },
        );
        if (latest.version !== source.version)
          throw conflict(
            'id',
            latest.status === PlanStatus.ADOPTED
              ? `Une version plus récente de ce plan existe (version ${latest.version}) : révisez celle-là.`
              : BEING_WRITTEN,
          );
        const [row] = await run<{ id: string }>(
          manager,
          `insert into plans (departement_code, year, version, title, diagnostic_text, results_text, modes_of_action_text,
                              continuum_text, dialogue_text, revision_note, previous_version_id, created_by_user_id)
           select departement_code, year, version + 1, title, diagnostic_text, results_text, modes_of_action_text,
                  continuum_text, dialogue_text, :note, id, :user from plans where id = :id
           returning id`,
          { id, note: note.trim(), user: principal.actor.userId },
        );
        await run(
          manager,
          `insert into plan_objectives (plan_id, lineage_id, section, position, title, description, indicator_label,
                  indicator_source, indicator_parameters, manual_source, direction, baseline_value, baseline_date,
                  target_value, deadline, pilot_organization_id)
           select :newId, lineage_id, section, position, title, description, indicator_label, indicator_source,
                  indicator_parameters, manual_source, direction, baseline_value, baseline_date, target_value, deadline,
                  pilot_organization_id
             from plan_objectives where plan_id = :id`,
          { id, newId: row.id },
        );
        await this.audit.record(
          {
            action: 'plan.revise',
            actor: this.actorOf(principal),
            subjectType: 'Plan',
            subjectId: row.id,
            reason: note.trim(),
          },
          manager,
        );
        return row.id;
      });
      return this.get(principal, newId);
    } catch (error) {
      const refusal = databaseRefusal(error);
      if (refusal.code === '23505') throw conflict('id', BEING_WRITTEN);
      throw error;
    }
  }

  /** What changed from one version to another (both readable by the reader). */
  async differences(
    principal: RequestPrincipal,
    fromId: string,
    toId: string,
  ): Promise<PlanDifferenceModel[]> {
    const [from, to] = [await this.get(principal, fromId), await this.get(principal, toId)];
    if (from.year !== to.year)
      throw badInput('toId', 'Deux versions d’un même plan (même année) se comparent.');
    const objectives = await run<ObjectiveRow>(
      this.dataSource,
      `select ${OBJECTIVE_COLUMNS} from plan_objectives o where o.plan_id = any(cast(:ids as uuid[])) order by o.section, o.position`,
      { ids: [from.id, to.id] },
    );
    const compared = (plan: PlanRow) => ({
      title: plan.title,
      texts: sectionTexts(plan),
      objectives: objectives.filter((objective) => objective.planId === plan.id),
    });
    return planDifferences(compared(from), compared(to));
  }

  private async move(
    principal: RequestPrincipal,
    id: string,
    from: PlanStatus,
    to: PlanStatus,
    action: string,
  ): Promise<PlanRow> {
    this.mayWrite(principal);
    const before = await this.get(principal, id);
    const moved = await this.dataSource.transaction(async (manager) => {
      const snapshot =
        to === PlanStatus.ADOPTED ? await this.snapshots.take(manager, before.departementCode) : null;
      const rows = await this.refusedWhenFrozen(() =>
        run<{ id: string }>(
          manager,
          `update plans set status = cast(:to as plan_status), updated_at = clock_timestamp(),
                  submitted_at = case when cast(:to as text) = 'SUBMITTED' then now() else submitted_at end,
                  submitted_by_label = case when cast(:to as text) = 'SUBMITTED' then cast(:label as text) else submitted_by_label end,
                  adopted_at = case when cast(:to as text) = 'ADOPTED' then now() else null end,
                  adopted_by_label = case when cast(:to as text) = 'ADOPTED' then cast(:label as text) else null end,
                  diagnostic_snapshot = case when cast(:to as text) = 'ADOPTED' then cast(:snapshot as jsonb) else diagnostic_snapshot end
            where id = :id and status = cast(:from as plan_status) returning id`,
          { id, from, to, label: principal.label, snapshot: snapshot ? JSON.stringify(snapshot) : null },
        ),
      );
      if (rows.length === 0) return false;
      await this.audit.record(
        { action, actor: this.actorOf(principal), subjectType: 'Plan', subjectId: id },
        manager,
      );
      return true;
    });
    if (!moved) {
      const now = await this.get(principal, id);
      throw conflict('id', stateRefusal(now.status, to, before.status));
    }
    return this.get(principal, id);
  }

  mayWrite(principal: RequestPrincipal): void {
    // Before any read: someone who may not write a plan learns nothing more than a reader would.
    if (!principal.ability.can('update', 'Plan')) throw notFound(NO_PLAN);
  }

  mustBeDraft(plan: PlanRow): void {
    if (plan.status === PlanStatus.ADOPTED) throw badInput('id', FROZEN);
    if (plan.status === PlanStatus.SUBMITTED)
      throw badInput('id', 'Ce plan est soumis à l’adoption : retirez-le de l’adoption pour le modifier.');
  }

  /** The database's own refusal to change an adopted version, said in French. */
  async refusedWhenFrozen<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (databaseRefusal(error).hint === 'plan_frozen') throw badInput('id', FROZEN);
      throw error;
    }
  }

  actorOf(principal: RequestPrincipal) {
    return {
      userId: principal.actor.userId,
      organizationId: principal.actor.organizationId,
      label: principal.label,
    };
  }
}

function stateRefusal(now: PlanStatus, wanted: PlanStatus, was: PlanStatus): string {
  if (now === wanted) {
    if (wanted === PlanStatus.ADOPTED) return 'Ce plan vient d’être adopté par quelqu’un d’autre.';
    if (wanted === PlanStatus.SUBMITTED)
      return 'Ce plan vient d’être soumis à l’adoption par quelqu’un d’autre.';
    return 'Ce plan vient d’être retiré de l’adoption par quelqu’un d’autre.';
  }
  if (now === PlanStatus.ADOPTED) return FROZEN;
  if (wanted === PlanStatus.ADOPTED)
    return 'Seul un plan soumis à l’adoption peut être adopté : soumettez-le d’abord.';
  if (wanted === PlanStatus.SUBMITTED) return 'Ce plan n’est plus en projet : il ne peut pas être soumis.';
  return was === now
    ? 'Ce plan n’est pas soumis à l’adoption.'
    : 'Ce plan a changé d’étape entre-temps : rechargez-le.';
}
