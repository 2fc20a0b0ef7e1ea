import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaSection, frenchDay } from '@continuum/domain';
import {
  OBJECTIVE_PROGRESS_LABELS,
  OPERATION_KIND_LABELS,
  ObjectiveProgress,
  type OperationKind,
} from '@continuum/domain/plan';
import { APP_CONFIG, type AppConfig, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { readableOperations } from '../policy/plan-policy.sql';
import { IndicatorReadingsService } from '../plans/indicator-readings.service';
import { ObjectivesService } from '../plans/objectives.service';
import { run } from '../plans/plan-sql';
import { PlansService } from '../plans/plans.service';

/** A point the platform proposes for a review's agenda: a free item (no case), with its reason. */
export interface ReviewProposal {
  key: string;
  section: AgendaSection;
  title: string;
  reason: string;
  urgency: number;
}

const ORDER: readonly ObjectiveProgress[] = [
  ObjectiveProgress.OFF_TRACK,
  ObjectiveProgress.NO_DATA,
  ObjectiveProgress.ON_TRACK,
  ObjectiveProgress.REACHED,
];

const number = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/**
 * What the plan proposes for a bimonthly review's agenda (« une réunion bimestrielle permettra de
 * suivre les résultats obtenus et d'adapter les priorités ainsi que les moyens »): each objective of
 * the plan adopted for the meeting's year, with where its indicator stands — off track first — and
 * the coordinated operations done since the previous review, with their outcome. Computed for the
 * secretary who prepares it, under their policy: an operation they may not read is not proposed.
 */
@Injectable()
export class PlanReviewProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plans: PlansService,
    private readonly objectives: ObjectivesService,
    private readonly readings: IndicatorReadingsService,
  ) {}

  async proposals(
    principal: RequestPrincipal,
    meeting: { id: string; startsAt: Date },
    previousReview: Date | null,
    manager?: EntityManager,
  ): Promise<ReviewProposal[]> {
    // The period: since the previous review, or the two months a bimonthly review covers.
    const since = previousReview ?? new Date(meeting.startsAt.getTime() - 61 * 86_400_000);
    const db = manager ?? this.dataSource;
    const taken = new Set(
      (
        await run<{ title: string }>(
          db,
          `select title from agenda_items where meeting_id = :id and case_id is null`,
          {
            id: meeting.id,
          },
        )
      ).map((row) => row.title),
    );
    const proposals = [
      ...(await this.objectiveProposals(principal, meeting.startsAt)),
      ...(await this.operationProposals(principal, db, since, meeting.startsAt)),
    ];
    return proposals.filter((proposal) => !taken.has(proposal.title));
  }

  private async objectiveProposals(principal: RequestPrincipal, day: Date): Promise<ReviewProposal[]> {
    const plan = await this.plans.current(principal, day.getUTCFullYear());
    if (!plan) return [];
    const rows = await this.objectives.ofPlans([plan.id]);
    const readings = await Promise.all(rows.map((row) => this.readings.reading(principal, row)));
    return rows
      .map((row, index) => {
        const reading = readings[index];
        const where =
          reading.currentValue === null
            ? OBJECTIVE_PROGRESS_LABELS[reading.progress]
            : `${number(reading.currentValue)} au ${frenchDay(new Date(`${reading.currentOn}T12:00:00Z`), this.config.timeZone)} pour une cible de ${number(row.targetValue)} — ${reading.progressLabel.toLocaleLowerCase('fr-FR')}`;
        return {
          key: `objective:${row.lineageId}`,
          section: AgendaSection.PLAN_OBJECTIVES,
          title: `Objectif « ${row.title} »`,
          reason: `${row.indicatorLabel} : ${where}`,
          urgency: ORDER.length - ORDER.indexOf(reading.progress),
        };
      })
      .sort((a, b) => b.urgency - a.urgency);
  }

  private async operationProposals(
    principal: RequestPrincipal,
    db: DataSource | EntityManager,
    since: Date,
    until: Date,
  ): Promise<ReviewProposal[]> {
    const policy = readableOperations(principal.ability, 'o');
    const rows = await run<{
      id: string;
      reference: string;
      title: string;
      kind: OperationKind;
      startsAt: Date;
      interpellations: number;
      verbalisations: number;
      fermetures: number;
      seizures: number;
    }>(
      db,
      `select o.id, o.reference, o.title, o.kind, o.starts_at as "startsAt",
              coalesce(sum(oo.interpellations), 0)::int as interpellations, coalesce(sum(oo.verbalisations), 0)::int as verbalisations,
              coalesce(sum(oo.fermetures_administratives), 0)::int as fermetures, coalesce(sum(jsonb_array_length(oo.seizures)), 0)::int as seizures
         from operations o left join operation_outcomes oo on oo.operation_id = o.id
        where o.status = 'DONE' and o.starts_at >= :since and o.starts_at < :until and ${policy.sql}
        group by o.id order by o.starts_at desc, o.id`,
      { ...policy.params, since, until },
    );
    return rows.map((row) => {
      const outcome = [
        [row.interpellations, 'interpellation'],
        [row.verbalisations, 'verbalisation'],
        [row.fermetures, 'fermeture administrative', 'fermetures administratives'],
        [row.seizures, 'saisie'],
      ]
        .filter(([count]) => Number(count) > 0)
        .map(([count, one, many]) => `${count} ${Number(count) > 1 ? (many ?? `${one}s`) : one}`)
        .join(', ');
      return {
        key: `operation:${row.id}`,
        section: AgendaSection.PLAN_OPERATIONS,
        title: `${row.reference} — ${row.title}`,
        reason: `${OPERATION_KIND_LABELS[row.kind]}, le ${frenchDay(row.startsAt, this.config.timeZone)} : ${outcome || 'aucun résultat saisi'}`,
        urgency: 0,
      };
    });
  }
}
