import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IndicatorDirection,
  IndicatorSource,
  type IndicatorParameters,
  PlanStatus,
} from '@continuum/domain/plan';
import { AuditService } from '@continuum/server/audit';
import { badInput, conflict, isUuid, notFound, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { readablePlans } from '../policy/plan-policy.sql';
import { checkIndicatorParameters } from './indicator-parameters';
import { IndicatorReadingsService } from './indicator-readings.service';
import type { MeasurementInput, ObjectiveInput } from './plan.inputs';
import { OBJECTIVE_COLUMNS, type ObjectiveRow } from './plan-rows';
import { databaseRefusal, run } from './plan-sql';
import { NO_PLAN, PlansService } from './plans.service';

const NO_OBJECTIVE = 'Objectif introuvable.';

/**
 * The objectives of a draft version, written by the cabinet: each checked before anything is
 * written (a target, a deadline after the baseline, a formula naming only data the platform has, a
 * target on the side the direction says), its baseline computed from the data when not given. The
 * plan's row is locked while an objective changes, and an objective carries the version it was
 * read at: two writers at once, one passes. Figures entered by hand belong to the objective's
 * lineage, so they outlive a revision of the plan.
 */
@Injectable()
export class ObjectivesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly readings: IndicatorReadingsService,
    private readonly audit: AuditService,
  ) {}

  async ofPlans(planIds: readonly string[]): Promise<ObjectiveRow[]> {
    return run<ObjectiveRow>(
      this.dataSource,
      `select ${OBJECTIVE_COLUMNS} from plan_objectives o where o.plan_id = any(cast(:ids as uuid[]))
        order by array_position(array['DIAGNOSTIC','RESULTS','MODES_OF_ACTION','CONTINUUM','DIALOGUE'], o.section::text), o.position`,
      { ids: planIds },
    );
  }

  async get(
    principal: RequestPrincipal,
    id: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<ObjectiveRow> {
    if (!isUuid(id)) throw notFound(NO_OBJECTIVE);
    const policy = readablePlans(principal.ability);
    const [row] = await run<ObjectiveRow>(
      manager,
      `select ${OBJECTIVE_COLUMNS} from plan_objectives o join plans p on p.id = o.plan_id where o.id = :id and ${policy.sql}`,
      { ...policy.params, id },
    );
    if (!row) throw notFound(NO_OBJECTIVE);
    return row;
  }

  async add(principal: RequestPrincipal, planId: string, input: ObjectiveInput): Promise<ObjectiveRow> {
    this.plans.mayWrite(principal);
    await this.plans.get(principal, planId);
    const values = await this.checked(principal, input);
    const id = await this.inDraft(planId, async (manager) => {
      const [row] = await run<{ id: string }>(
        manager,
        `insert into plan_objectives (plan_id, section, position, title, description, indicator_label, indicator_source,
                indicator_parameters, manual_source, direction, baseline_value, baseline_date, target_value, deadline,
                pilot_organization_id)
         values (:planId, :section, (select coalesce(max(position), 0) + 1 from plan_objectives where plan_id = :planId and section = :section),
                 :title, :description, :indicatorLabel, :indicatorSource, cast(:parameters as jsonb), :manualSource, :direction,
                 :baselineValue, :baselineDate, :targetValue, :deadline, :pilotOrganizationId)
         returning id`,
        { ...values, planId },
      );
      return row.id;
    });
    return this.get(principal, id);
  }

  async update(
    principal: RequestPrincipal,
    id: string,
    input: ObjectiveInput,
    expectedUpdatedAt: Date,
  ): Promise<ObjectiveRow> {
    this.plans.mayWrite(principal);
    const current = await this.get(principal, id);
    const values = await this.checked(principal, input);
    const updated = await this.inDraft(current.planId, async (manager) =>
      run<{ id: string }>(
        manager,
        `update plan_objectives set section = :section,
                position = case when section = :section then position
                                else (select coalesce(max(position), 0) + 1 from plan_objectives where plan_id = :planId and section = :section) end,
                title = :title, description = :description, indicator_label = :indicatorLabel, indicator_source = :indicatorSource,
                indicator_parameters = cast(:parameters as jsonb), manual_source = :manualSource, direction = :direction,
                baseline_value = :baselineValue, baseline_date = :baselineDate, target_value = :targetValue, deadline = :deadline,
                pilot_organization_id = :pilotOrganizationId, updated_at = clock_timestamp()
          where id = :id and date_trunc('milliseconds', updated_at) = date_trunc('milliseconds', cast(:expected as timestamptz))
          returning id`,
        { ...values, id, planId: current.planId, expected: expectedUpdatedAt },
      ),
    );
    if (updated.length === 0)
      throw conflict(
        'expectedUpdatedAt',
        'Cet objectif a été modifié entre-temps par quelqu’un d’autre : rechargez-le avant d’enregistrer.',
      );
    return this.get(principal, id);
  }

  async remove(principal: RequestPrincipal, id: string): Promise<string> {
    this.plans.mayWrite(principal);
    const current = await this.get(principal, id);
    const removed = await this.inDraft(current.planId, (manager) =>
      run<{ id: string }>(manager, `delete from plan_objectives where id = :id returning id`, { id }),
    );
    if (removed.length === 0) throw notFound(NO_OBJECTIVE);
    return id;
  }

  /** A value entered by hand for a manual indicator, on a day, with its source; one per day. */
  async measure(
    principal: RequestPrincipal,
    objectiveId: string,
    input: MeasurementInput,
  ): Promise<ObjectiveRow> {
    this.plans.mayWrite(principal);
    const objective = await this.get(principal, objectiveId);
    if (objective.indicatorSource !== IndicatorSource.MANUAL)
      throw badInput(
        'objectiveId',
        'Cet indicateur est calculé à partir des données de la plateforme : il ne se saisit pas à la main.',
      );
    if (input.measuredOn < objective.baselineDate)
      throw badInput(
        'input.measuredOn',
        'Une valeur se rapporte à un jour postérieur à la date de référence de l’objectif.',
      );
    try {
      await run(
        this.dataSource,
        `insert into objective_measurements (lineage_id, measured_on, value, source, entered_by_user_id, entered_by_label)
         values (:lineage, :on, :value, :source, :user, :label)`,
        {
          lineage: objective.lineageId,
          on: input.measuredOn,
          value: input.value,
          source: input.source.trim(),
          user: principal.actor.userId,
          label: principal.label,
        },
      );
    } catch (error) {
      if (databaseRefusal(error).code === '23505')
        throw conflict(
          'input.measuredOn',
          'Une valeur est déjà enregistrée pour ce jour : supprimez-la pour la remplacer.',
        );
      throw error;
    }
    return objective;
  }

  async removeMeasurement(
    principal: RequestPrincipal,
    objectiveId: string,
    measuredOn: string,
  ): Promise<ObjectiveRow> {
    this.plans.mayWrite(principal);
    const objective = await this.get(principal, objectiveId);
    const removed = await run(
      this.dataSource,
      `delete from objective_measurements where lineage_id = :lineage and measured_on = cast(:on as date) returning id`,
      { lineage: objective.lineageId, on: measuredOn },
    );
    if (removed.length === 0) throw notFound('Aucune valeur saisie ce jour-là.');
    return objective;
  }

  /** Runs a change of objectives with the plan's row locked, after checking that it is still a draft. */
  private async inDraft<T>(planId: string, change: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.plans.refusedWhenFrozen(() =>
      this.dataSource.transaction(async (manager) => {
        const [plan] = await run<{ status: PlanStatus }>(
          manager,
          `select status from plans where id = :planId for update`,
          { planId },
        );
        if (!plan) throw notFound(NO_PLAN);
        this.plans.mustBeDraft({ status: plan.status } as never);
        return change(manager);
      }),
    );
  }

  /** Every rule of an objective, checked before anything is written; the values as they will be stored. */
  private async checked(principal: RequestPrincipal, input: ObjectiveInput) {
    if (input.targetValue === undefined || input.targetValue === null)
      throw badInput('input.targetValue', 'Un objectif a une cible : indiquez la valeur à atteindre.');
    if (input.deadline <= input.baselineDate)
      throw badInput('input.deadline', 'L’échéance doit être postérieure à la date de référence.');
    const manual = input.indicatorSource === IndicatorSource.MANUAL;
    const source = input.manualSource?.trim() || null;
    if (manual && !source)
      throw badInput(
        'input.manualSource',
        'Un indicateur saisi à la main indique sa source (d’où viennent ses valeurs).',
      );
    if (!manual && source)
      throw badInput(
        'input.manualSource',
        'Un indicateur calculé par la plateforme n’a pas de source à saisir.',
      );
    const checked = checkIndicatorParameters(input.indicatorSource, { ...(input.indicatorParameters ?? {}) });
    if ('problem' in checked) throw badInput(checked.problem.field, checked.problem.message);
    await this.checkPlaces(checked.parameters);
    if (input.pilotOrganizationId) {
      const [pilot] = await run(
        this.dataSource,
        `select 1 from organizations where id = :id and disabled_at is null`,
        {
          id: input.pilotOrganizationId,
        },
      );
      if (!pilot) throw badInput('input.pilotOrganizationId', 'Organisation pilote inconnue ou désactivée.');
    }
    let baselineValue = input.baselineValue ?? null;
    if (baselineValue === null) {
      if (manual)
        throw badInput(
          'input.baselineValue',
          'Indiquez la valeur de référence d’un indicateur saisi à la main.',
        );
      baselineValue = await this.readings.valueOn(
        principal,
        input.indicatorSource,
        checked.parameters,
        input.baselineDate,
      );
      if (baselineValue === null)
        throw badInput(
          'input.baselineValue',
          'Aucune donnée à la date de référence : indiquez la valeur de référence.',
        );
    }
    const decreasing = input.direction === IndicatorDirection.DECREASE;
    if (decreasing ? input.targetValue >= baselineValue : input.targetValue <= baselineValue)
      throw badInput(
        'input.targetValue',
        `Pour un objectif ${decreasing ? 'à la baisse, la cible est inférieure' : 'à la hausse, la cible est supérieure'} à la valeur de référence (${baselineValue.toLocaleString('fr-FR')}).`,
      );
    return {
      section: input.section,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      indicatorLabel: input.indicatorLabel.trim(),
      indicatorSource: input.indicatorSource,
      parameters: JSON.stringify(checked.parameters),
      manualSource: source,
      direction: input.direction,
      baselineValue,
      baselineDate: input.baselineDate,
      targetValue: input.targetValue,
      deadline: input.deadline,
      pilotOrganizationId: input.pilotOrganizationId ?? null,
    };
  }

  /** The communes are the département's and the zone exists: a formula names nothing unknown. */
  private async checkPlaces(parameters: IndicatorParameters): Promise<void> {
    if (parameters.communeCodes?.length) {
      const known = await run<{ code: string }>(
        this.dataSource,
        `select c.code from communes c where c.code = any(cast(:codes as text[])) and c.departement_code = :dep`,
        { codes: parameters.communeCodes, dep: this.readings.departementCode },
      );
      const missing = parameters.communeCodes.find((code) => !known.some((row) => row.code === code));
      if (missing)
        throw badInput(
          'input.indicatorParameters.communeCodes',
          `Commune inconnue dans le département : « ${missing} ».`,
        );
    }
    if (parameters.zoneId) {
      const [zone] = isUuid(parameters.zoneId)
        ? await run(this.dataSource, `select 1 from zones where id = :id`, { id: parameters.zoneId })
        : [];
      if (!zone) throw badInput('input.indicatorParameters.zoneId', 'Zone inconnue.');
    }
  }
}
