import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CASE_CATEGORIES, type CaseCategory } from '@continuum/domain';
import { APP_CONFIG, type AppConfig, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlanDiagnosticSnapshotModel } from './plan.models';
import type { DiagnosticSnapshot } from './plan-rows';
import { run } from './plan-sql';
import { lastCompleteMonth, monthLabel, shiftMonths } from './plan-months';

/**
 * The diagnostic's figures the plan's first section carries: the département's recorded facts by
 * category over the twelve months ending with the last complete month, beside the twelve before.
 * Taken on the day of adoption and stored with the version; read live while it is a draft. The
 * cabinet reads them as they are; anyone else with the small figures masked (under the diagnostic's
 * threshold), as the diagnostic itself does.
 */
@Injectable()
export class DiagnosticSnapshotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  take(
    runner: EntityManager | DataSource,
    departementCode: string,
    today = new Date(),
  ): Promise<DiagnosticSnapshot> {
    return diagnosticSnapshot(runner, departementCode, today);
  }

  /** The snapshot as this reader may read it: masked below the threshold for anyone but the cabinet. */
  present(principal: RequestPrincipal, snapshot: DiagnosticSnapshot): PlanDiagnosticSnapshotModel {
    return maskedSnapshot(
      snapshot,
      principal.ability.can('read', 'Incident') ? 0 : this.config.diagnosticMinCell,
    );
  }

  /** A draft's first section: the figures as they stand today. */
  live(principal: RequestPrincipal, departementCode: string): Promise<PlanDiagnosticSnapshotModel> {
    return this.take(this.dataSource, departementCode).then((snapshot) => this.present(principal, snapshot));
  }
}

/** The snapshot with every figure from 1 to `minCell` − 1 masked (null); `minCell` 0 masks nothing. */
export function maskedSnapshot(snapshot: DiagnosticSnapshot, minCell: number): PlanDiagnosticSnapshotModel {
  const masked = (value: number) => value > 0 && value < minCell;
  const categories = snapshot.categories.map((row) => ({
    label: CASE_CATEGORIES[row.category]?.label ?? row.category,
    incidents: masked(row.incidents) ? null : row.incidents,
    previousYear: masked(row.previousYear) ? null : row.previousYear,
  }));
  // The totals are the sums of what is shown: a true total minus the visible rows would give the masked ones back.
  const partial = categories.some((row) => row.incidents === null || row.previousYear === null);
  return {
    takenOn: snapshot.takenOn,
    period: snapshot.period,
    incidents: categories.reduce((sum, row) => sum + (row.incidents ?? 0), 0),
    previousYear: categories.reduce((sum, row) => sum + (row.previousYear ?? 0), 0),
    partial,
    minCell: minCell || null,
    categories,
  };
}

/** The département's facts by category over the twelve months ending with the last complete month before `today`, beside the twelve before. */
export async function diagnosticSnapshot(
  runner: EntityManager | DataSource,
  departementCode: string,
  today = new Date(),
): Promise<DiagnosticSnapshot> {
  const end = lastCompleteMonth(today);
  const start = shiftMonths(end, -11);
  const previousStart = shiftMonths(end, -23);
  const rows = await run<{ category: CaseCategory; incidents: number; previous: number }>(
    runner,
    `select i.category,
            coalesce(sum(i.incidents) filter (where i.month >= cast(:start as date)), 0)::int as incidents,
            coalesce(sum(i.incidents) filter (where i.month < cast(:start as date)), 0)::int as previous
       from incident_monthly_counts i join communes c on c.code = i.commune_code
      where c.departement_code = :dep and i.month >= cast(:previousStart as date) and i.month <= cast(:end as date)
      group by i.category`,
    { dep: departementCode, start, previousStart, end },
  );
  const categories = rows
    .map((row) => ({ category: row.category, incidents: row.incidents, previousYear: row.previous }))
    .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category));
  return {
    takenOn: today.toISOString().slice(0, 10),
    period: `${monthLabel(start)} – ${monthLabel(end)}`,
    incidents: categories.reduce((sum, row) => sum + row.incidents, 0),
    previousYear: categories.reduce((sum, row) => sum + row.previousYear, 0),
    categories,
  };
}
