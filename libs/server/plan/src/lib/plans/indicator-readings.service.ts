import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IndicatorSource,
  type IndicatorParameters,
  OBJECTIVE_PROGRESS_LABELS,
  ObjectiveProgress,
} from '@continuum/domain/plan';
import { readableAggregates } from '@continuum/server/diagnostic';
import { APP_CONFIG, type AppConfig, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { indicatorStatement } from './indicator-sql';
import { objectiveProgress } from './objective-progress';
import type { IndicatorPointModel, IndicatorReadingModel } from './plan.models';
import { endOfMonth, lastCompleteMonth, monthOf, monthsBetween, shiftMonths } from './plan-months';
import type { ObjectiveRow } from './plan-rows';
import { run } from './plan-sql';

type Computed = Exclude<IndicatorSource, IndicatorSource.MANUAL>;
/** What an indicator reading needs of an objective. */
type Objective = Omit<ObjectiveRow, 'zoneName'>;

/**
 * An objective's indicator as its reader may read it: for a computed one, its value over the twelve
 * months ending with each month from the baseline to the last complete month (or the deadline),
 * under the reader's policy — the cabinet reads the département's figures, anyone else the facts of
 * their competence territory (small figures masked) and the cases and operations they may read; for
 * one entered by hand, the values entered with their sources. Then where it stands on its trajectory.
 */
@Injectable()
export class IndicatorReadingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get departementCode(): string {
    return this.config.departementCode;
  }

  async reading(
    principal: RequestPrincipal,
    objective: Objective,
    today = new Date(),
  ): Promise<IndicatorReadingModel> {
    const scope = await this.scope(principal, objective);
    const history =
      scope.readable === false
        ? []
        : objective.indicatorSource === IndicatorSource.MANUAL
          ? await this.measurements(objective, today)
          : await this.series(principal, objective, scope.minCell, today);
    const last = [...history].reverse().find((point) => point.value !== null || point.masked) ?? null;
    const current =
      last && last.value !== null
        ? { value: last.value, on: last.period.length === 7 ? endOfMonth(`${last.period}-01`) : last.period }
        : null;
    // A value computed on less than the objective's scope (a reader's own territory, the cases
    // they may read) says nothing of the objective's progress: it is not compared to the target.
    const progress = scope.comparable
      ? objectiveProgress({ ...objective, current })
      : { status: ObjectiveProgress.NO_DATA, share: null, expectedValue: null };
    return {
      currentValue: current?.value ?? null,
      currentOn: current?.on ?? null,
      comparable: scope.comparable,
      progress: progress.status,
      progressLabel: last?.masked
        ? 'Valeur masquée (moins de faits que le seuil de diffusion)'
        : scope.comparable
          ? OBJECTIVE_PROGRESS_LABELS[progress.status]
          : 'Non comparée à la cible : la valeur ne porte que sur ce que vous pouvez lire',
      share: progress.share,
      expectedValue: progress.expectedValue,
      scopeNote: scope.note,
      minCell: scope.minCell || null,
      history,
    };
  }

  /** The computed value over the twelve months ending on `day`'s month (or the month before, if `day` does not end it). */
  async valueOn(
    principal: RequestPrincipal,
    source: IndicatorSource,
    parameters: IndicatorParameters,
    day: string,
  ): Promise<number | null> {
    if (source === IndicatorSource.MANUAL) return null;
    const month = endOfMonth(monthOf(day)) === day ? monthOf(day) : shiftMonths(monthOf(day), -1);
    const statement = indicatorStatement(source as Computed, parameters, principal.ability);
    const [row] = await run<{ value: number | null }>(this.dataSource, statement.sql, {
      ...statement.params,
      months: [month],
    });
    return row?.value === null || row?.value === undefined ? null : Math.round(row.value * 100) / 100;
  }

  private async series(
    principal: RequestPrincipal,
    objective: Objective,
    minCell: number,
    today: Date,
  ): Promise<IndicatorPointModel[]> {
    const last = lastCompleteMonth(today);
    const end = monthOf(objective.deadline) < last ? monthOf(objective.deadline) : last;
    const months = monthsBetween(monthOf(objective.baselineDate), end, 36);
    if (months.length === 0) return [];
    const statement = indicatorStatement(
      objective.indicatorSource as Computed,
      objective.indicatorParameters,
      principal.ability,
    );
    const rows = await run<{ month: Date | string; value: number | null }>(this.dataSource, statement.sql, {
      ...statement.params,
      months,
    });
    const points = rows.map((row, index) => {
      const value = row.value === null ? null : Math.round(Number(row.value) * 100) / 100;
      const masked = value !== null && value > 0 && value < minCell;
      return { period: months[index].slice(0, 7), value: masked ? null : value, masked, source: null };
    });
    // Two consecutive twelve-month sums differ by one month against the same month a year before:
    // for a reader whose small figures are masked, that difference could give one back. Such a
    // reader gets the latest value only.
    return minCell > 0 ? points.slice(-1) : points;
  }

  private async measurements(objective: Objective, today: Date): Promise<IndicatorPointModel[]> {
    const rows = await run<{ on: string; value: number; source: string }>(
      this.dataSource,
      `select to_char(measured_on, 'YYYY-MM-DD') as on, value::float8 as value, source from objective_measurements
        where lineage_id = :lineage and measured_on <= cast(:today as date) order by measured_on`,
      { lineage: objective.lineageId, today: today.toISOString().slice(0, 10) },
    );
    return rows.map((row) => ({ period: row.on, value: row.value, masked: false, source: row.source }));
  }

  /**
   * What the value is computed on for this reader, said in French, and whether anything is left to
   * compute: facts outside a reader's competence territory are not theirs to read.
   */
  private async scope(
    principal: RequestPrincipal,
    objective: Objective,
  ): Promise<{ note: string; minCell: number; readable: boolean; comparable: boolean }> {
    const cabinet = principal.ability.can('read', 'Incident');
    switch (objective.indicatorSource) {
      case IndicatorSource.MANUAL:
        return {
          note: `Valeurs saisies — source : ${objective.manualSource ?? '—'}`,
          minCell: 0,
          readable: true,
          comparable: true,
        };
      case IndicatorSource.CASES_OPENED:
      case IndicatorSource.CASES_RESOLVED:
      case IndicatorSource.CASE_RESOLUTION_DAYS:
      case IndicatorSource.ACTIONS_ON_TIME:
        return {
          note: 'Calculé sur les dossiers que vous pouvez lire',
          minCell: 0,
          readable: true,
          comparable: cabinet,
        };
      case IndicatorSource.OPERATIONS:
      case IndicatorSource.OPERATION_OUTCOME:
        return {
          note: 'Calculé sur les opérations menées que vous pouvez lire',
          minCell: 0,
          readable: true,
          comparable: cabinet,
        };
      default:
        break;
    }
    if (cabinet)
      return {
        note: 'Calculé sur tout le périmètre de l’objectif',
        minCell: 0,
        readable: true,
        comparable: true,
      };
    const codes = objective.indicatorParameters.communeCodes ?? null;
    const policy = readableAggregates(principal.ability, 'c.code');
    const [row] = await run<{ count: number }>(
      this.dataSource,
      `select count(*)::int as count from communes c
        where c.departement_code = :dep and (cast(:codes as text[]) is null or c.code = any(cast(:codes as text[]))) and ${policy.sql}`,
      { ...policy.params, dep: this.config.departementCode, codes },
    );
    if (row.count === 0)
      return {
        note: 'Hors de votre territoire de compétence',
        minCell: 0,
        readable: false,
        comparable: false,
      };
    const incidents = objective.indicatorSource === IndicatorSource.INCIDENTS;
    // An objective on communes that all lie in the reader's territory is read whole.
    const whole = codes !== null && row.count === codes.length;
    return {
      note: whole
        ? `Calculé sur tout le périmètre de l’objectif${incidents ? ' (petits chiffres masqués)' : ''}`
        : `Calculé sur votre territoire de compétence${incidents ? ' (petits chiffres masqués)' : ''}`,
      minCell: incidents ? this.config.diagnosticMinCell : 0,
      readable: true,
      comparable: whole,
    };
  }
}
