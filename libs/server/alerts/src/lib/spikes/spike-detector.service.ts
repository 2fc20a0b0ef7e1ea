import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AlertSeverity, AlertTopic, CaseCategory } from '@continuum/domain';
import { APP_CONFIG, type AppConfig, emitEvent } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { EVENT_TOPICS } from '../alert-content';
import { assessWeek, SPIKE_MODEL, spikeText } from './spike-model';

/** Who signs a spike's alert: the platform, not a person (no author user, no author organisation). */
export const SPIKE_AUTHOR_LABEL = 'Continuum — détection automatique';

export interface DetectedSpike {
  zoneId: string;
  category: CaseCategory;
  week: string;
  count: number;
  expected: number;
  probability: number;
  /** The alert written by this run; null when another run (or an earlier one) had written it. */
  alertId: string | null;
}

interface WeekCount {
  zone_id: string;
  zone_name: string;
  category: CaseCategory;
  week: string;
  n: number;
}

/**
 * Looks for spikes (`spike-model.ts`) in the weeks just gone: the week under way and the one before
 * (an import often brings last week's facts; the weekly run sees each week once it is over). Each
 * spike is written once per zone, category and week — the unique key of `incident_spikes` settles
 * two runs at once — with its alert (topic INCIDENT_SPIKE, signed by the platform) and the outbox
 * event that fans it out through the usual channels, in one transaction.
 */
@Injectable()
export class SpikeDetector {
  private readonly logger = new Logger(SpikeDetector.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The Mondays examined at `at`: the week under way and the one before (YYYY-MM-DD, local time). */
  async weeksAt(at: Date): Promise<{ current: string; weeks: string[] }> {
    const [row]: { current: string; previous: string }[] = await this.dataSource.query(
      `select to_char(date_trunc('week', $1::timestamptz at time zone $2), 'YYYY-MM-DD') as current,
              to_char(date_trunc('week', $1::timestamptz at time zone $2) - interval '7 days', 'YYYY-MM-DD') as previous`,
      [at, this.config.timeZone],
    );
    return { current: row.current, weeks: [row.previous, row.current] };
  }

  /** Runs the detection for the weeks just gone (or the given ones); the spikes found. */
  async detect(at: Date = new Date(), weeks?: string[]): Promise<DetectedSpike[]> {
    const examined = await this.weeksAt(at);
    const found: DetectedSpike[] = [];
    for (const week of weeks ?? examined.weeks)
      found.push(...(await this.detectWeek(week, week === examined.current)));
    if (found.some((spike) => spike.alertId))
      this.logger.log(
        `${found.filter((spike) => spike.alertId).length} hausse(s) inhabituelle(s) signalée(s).`,
      );
    return found;
  }

  private async detectWeek(week: string, current: boolean): Promise<DetectedSpike[]> {
    const { counts, covered } = await this.countsAround(week);
    const minCount = Math.max(SPIKE_MODEL.minCount, this.config.diagnosticMinCell);
    const byKey = new Map(counts.map((c) => [`${c.zone_id}|${c.category}|${c.week}`, c.n]));
    const found: DetectedSpike[] = [];
    for (const row of counts) {
      if (row.week !== week || row.n < minCount) continue;
      const baseline = covered.map((w) => byKey.get(`${row.zone_id}|${row.category}|${w}`) ?? 0);
      const verdict = assessWeek(row.n, baseline, minCount);
      if (!verdict.spike || verdict.expected === null || verdict.probability === null) continue;
      const { expected, probability } = verdict;
      found.push(await this.record(row, { expected, probability }, baseline.length, current));
    }
    return found;
  }

  /**
   * The counts per zone, category and week over the week and the `baselineWeeks` before it (incidents
   * with a point inside the zone's outline, by the start of the facts, local time), and which of the
   * weeks before it the data covers (an incident recorded anywhere that week).
   */
  private async countsAround(week: string): Promise<{ counts: WeekCount[]; covered: string[] }> {
    const tz = this.config.timeZone;
    const weeksBefore = SPIKE_MODEL.baselineWeeks;
    const counts: WeekCount[] = await this.dataSource.query(
      `select z.id as zone_id, z.name as zone_name, i.category,
              to_char(date_trunc('week', i.starts_at at time zone $3), 'YYYY-MM-DD') as week, count(*)::int as n
         from incidents i join zones z on ST_Intersects(z.shape, i.location)
        where i.starts_at >= ($1::date - 7 * $2::int)::timestamp at time zone $3
          and i.starts_at < ($1::date + 7)::timestamp at time zone $3
          and i.location is not null
        group by z.id, z.name, i.category, 4`,
      [week, weeksBefore, tz],
    );
    const covered: { week: string }[] = await this.dataSource.query(
      `select to_char(w, 'YYYY-MM-DD') as week
         from generate_series(($1::date - 7 * $2::int)::timestamp, ($1::date - 7)::timestamp, interval '7 days') w
        where exists (select 1 from incidents i
                       where i.starts_at >= w at time zone $3 and i.starts_at < (w + interval '7 days') at time zone $3)`,
      [week, weeksBefore, tz],
    );
    return { counts, covered: covered.map((row) => row.week) };
  }

  /** Writes the spike and, if this run is the first to, its alert and the event that fans it out. */
  private async record(
    row: WeekCount,
    verdict: { expected: number; probability: number },
    baselineWeeks: number,
    current: boolean,
  ): Promise<DetectedSpike> {
    const spike = {
      zoneId: row.zone_id,
      category: row.category,
      week: row.week,
      count: row.n,
      expected: verdict.expected,
      probability: verdict.probability,
    };
    const alertId = await this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `insert into incident_spikes (zone_id, category, week, incidents, expected, probability, baseline_weeks)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (zone_id, category, week) do nothing returning id`,
        [row.zone_id, row.category, row.week, row.n, verdict.expected, verdict.probability, baselineWeeks],
      );
      if (inserted.length === 0) return null;
      const text = spikeText({
        zoneName: row.zone_name,
        category: row.category,
        week: row.week,
        current,
        count: row.n,
        expected: verdict.expected,
        baselineWeeks,
      });
      const [alert]: { id: string }[] = await manager.query(
        `insert into alerts (topic, severity, category, title, body, zone_ids, targeting, author_label, dedupe_key)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
        [
          AlertTopic.INCIDENT_SPIKE,
          AlertSeverity.VIGILANCE,
          row.category,
          text.title,
          text.body,
          [row.zone_id],
          JSON.stringify({ territorial: true }),
          SPIKE_AUTHOR_LABEL,
          `spike:${row.zone_id}:${row.category}:${row.week}`,
        ],
      );
      await manager.query('update incident_spikes set alert_id = $2 where id = $1', [
        inserted[0].id,
        alert.id,
      ]);
      await emitEvent(manager, EVENT_TOPICS.ALERT_WRITTEN, { alertId: alert.id });
      return alert.id;
    });
    return { ...spike, alertId };
  }
}
