import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AppAbility,
  maskedGroups,
  ORGANIZATION_TYPES,
  type OrganizationType,
  summarizeScale,
  SurveyQuestionKind,
} from '@continuum/domain';
import { APP_CONFIG, AppError, notFound } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { readableSurveyFreeTexts, readableSurveyResults } from '../policy/survey-policy.sql';
import { namedQuery } from '../proposal-rows';
import type {
  SurveyGroupResultModel,
  SurveyResultsModel,
  SurveyScaleSummaryModel,
  SurveyTrendModel,
} from './surveys.models';

const EMPTY = [0, 0, 0, 0, 0];
/** The trend reads the last waves sent: four years of semesters. */
const TREND_WAVES = 8;
const DISTRIBUTION = `array[count(*) filter (where a.score = 1), count(*) filter (where a.score = 2),
  count(*) filter (where a.score = 3), count(*) filter (where a.score = 4), count(*) filter (where a.score = 5)]::int[]`;

interface Group {
  key: string;
  label: string;
  respondents: number;
}

/**
 * The answers summed up for the cabinet: each question's mean and distribution, overall, by
 * organisation type and by commune, groups too small masked (`CONTINUUM_DIAGNOSTIC_MIN_CELL`, the
 * diagnostic's threshold, with the secondary masking of `maskedGroups`); the free-text answers
 * without their author; the trend over waves. The policy's condition is in every query.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async results(waveId: string, ability: AppAbility): Promise<SurveyResultsModel> {
    const readable = readableSurveyResults(ability);
    const [wave] = await namedQuery<{
      title: string;
      open: boolean;
      recipients: number;
      respondents: number;
    }>(
      this.dataSource,
      `select w.title, (w.status = 'OPEN' and (w.closes_at is null or w.closes_at > now())) as open, (select count(*)::int from survey_recipients r where r.wave_id = w.id) as recipients,
              (select count(*)::int from survey_responses r where r.wave_id = w.id) as respondents
         from survey_waves w where w.id = :id and w.status <> 'DRAFT' and ${readable.sql}`,
      { ...readable.params, id: waveId },
    );
    if (!wave) throw notFound('Résultats introuvables.');
    // Read while answers still arrive, two readings a few minutes apart would give one person's
    // answer by difference: the results are read once the wave is closed.
    if (wave.open)
      // No field: the page has none to point at — the message is the whole answer.
      throw new AppError(
        'CONFLICT',
        `Les résultats se lisent une fois la vague close (${wave.respondents} réponse${wave.respondents > 1 ? 's' : ''} sur ${wave.recipients} à ce jour) : avant, une réponse de plus se lirait par différence.`,
      );
    const minCell = this.config.diagnosticMinCell;
    const sizes: {
      gt: number;
      type: string | null;
      commune_code: string | null;
      commune_name: string | null;
      n: number;
    }[] = await this.dataSource.query(
      `select grouping(r.organization_type) as gt, r.organization_type::text as type, r.commune_code,
                min(c.name) as commune_name, count(*)::int as n
           from survey_responses r left join communes c on c.code = r.commune_code
          where r.wave_id = $1 group by grouping sets ((r.organization_type), (r.commune_code))`,
      [waveId],
    );
    const types: Group[] = sizes
      .filter((row) => row.gt === 0)
      .map((row) => ({
        key: row.type!,
        label: ORGANIZATION_TYPES[row.type as OrganizationType]?.label ?? row.type!,
        respondents: row.n,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    const communes: Group[] = sizes
      .filter((row) => row.gt === 1)
      .map((row) => ({
        key: row.commune_code ?? '',
        label: row.commune_name ?? 'Commune non renseignée',
        respondents: row.n,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    const maskedTypes = maskedGroups(types, minCell);
    const maskedCommunes = maskedGroups(communes, minCell);

    const questions: { id: string; position: number; kind: SurveyQuestionKind; label: string }[] =
      await this.dataSource.query(
        `select id, position, kind, label from survey_questions where wave_id = $1 order by position`,
        [waveId],
      );
    const distributions: {
      question_id: string;
      gt: number;
      gc: number;
      type: string | null;
      commune_code: string | null;
      dist: number[];
    }[] = await this.dataSource.query(
      `select a.question_id, grouping(r.organization_type) as gt, grouping(r.commune_code) as gc,
              r.organization_type::text as type, r.commune_code, ${DISTRIBUTION} as dist
         from survey_answers a join survey_responses r on r.id = a.response_id
        where r.wave_id = $1 and a.score is not null
        group by grouping sets ((a.question_id), (a.question_id, r.organization_type), (a.question_id, r.commune_code))`,
      [waveId],
    );
    const free = readableSurveyFreeTexts(ability);
    const texts = await namedQuery<{ question_id: string; text: string }>(
      this.dataSource,
      `select a.question_id, a.text from survey_answers a join survey_responses r on r.id = a.response_id
         join survey_waves w on w.id = r.wave_id
        where r.wave_id = :id and a.text is not null and ${free.sql}
        order by a.text collate "fr-FR-x-icu"`,
      { ...free.params, id: waveId },
    );
    const mayReadTexts = ability.can('read', 'SurveyFreeText');
    const find = (question: string, gt: number, gc: number, key?: string) =>
      distributions.find(
        (row) =>
          row.question_id === question &&
          row.gt === gt &&
          row.gc === gc &&
          (key === undefined || (gt === 0 ? row.type === key : (row.commune_code ?? '') === key)),
      )?.dist ?? EMPTY;
    const breakdown = (
      question: string,
      groups: Group[],
      masked: Set<string>,
      byType: boolean,
    ): SurveyGroupResultModel[] =>
      groups.map((group) => {
        const hide = masked.has(group.key);
        return {
          key: group.key,
          label: group.label,
          respondents: hide ? null : group.respondents,
          summary: hide
            ? { count: null, average: null, distribution: null, masked: true }
            : summarizeScale(
                find(question, byType ? 0 : 1, byType ? 1 : 0, group.key),
                group.respondents,
                minCell,
              ),
        };
      });
    return {
      waveId,
      title: wave.title,
      minCell,
      recipients: wave.recipients,
      respondents: wave.respondents,
      questions: questions.map((question) => {
        const scale = question.kind === SurveyQuestionKind.SCALE;
        return {
          questionId: question.id,
          position: question.position,
          kind: question.kind,
          label: question.label,
          overall: scale ? summarizeScale(find(question.id, 1, 1), wave.respondents, minCell) : null,
          byOrganizationType: scale ? breakdown(question.id, types, maskedTypes, true) : [],
          byCommune: scale ? breakdown(question.id, communes, maskedCommunes, false) : [],
          // Free texts of a wave answered by fewer than the threshold would name their authors: none.
          texts:
            scale || !mayReadTexts || wave.respondents < minCell
              ? null
              : texts.filter((row) => row.question_id === question.id).map((row) => row.text),
        };
      }),
    };
  }

  /**
   * Each scale question (by its wording) over the last waves closed, oldest first: a wave still
   * answered stays out, as its own results do (one more answer would be read by difference).
   */
  async trend(ability: AppAbility): Promise<SurveyTrendModel> {
    const readable = readableSurveyResults(ability);
    const minCell = this.config.diagnosticMinCell;
    const waves = await namedQuery<{
      id: string;
      title: string;
      opensOn: string;
      recipients: number;
      respondents: number;
    }>(
      this.dataSource,
      `select w.id, w.title, to_char(w.opens_at at time zone :tz, 'YYYY-MM-DD') as "opensOn",
              (select count(*)::int from survey_recipients r where r.wave_id = w.id) as recipients,
              (select count(*)::int from survey_responses r where r.wave_id = w.id) as respondents
         from (select * from survey_waves w
                where (w.status = 'CLOSED' or (w.status = 'OPEN' and w.closes_at <= now())) and ${readable.sql}
                order by w.opens_at desc, w.created_at desc limit ${TREND_WAVES}) w
        order by w.opens_at, w.created_at`,
      { ...readable.params, tz: this.config.timeZone },
    );
    const rows: { wave_id: string; label: string; position: number; dist: number[] }[] = waves.length
      ? await this.dataSource.query(
          `select q.wave_id, q.label, q.position, ${DISTRIBUTION} as dist
             from survey_questions q left join survey_answers a on a.question_id = q.id and a.score is not null
            where q.kind = 'SCALE' and q.wave_id = any($1::uuid[])
            group by q.wave_id, q.label, q.position`,
          [waves.map((wave) => wave.id)],
        )
      : [];
    // The series in the order of the latest wave's questionnaire, then the older questions.
    const rank = new Map<string, number>();
    [...waves]
      .reverse()
      .forEach((wave, age) =>
        rows
          .filter((row) => row.wave_id === wave.id)
          .forEach((row) => rank.has(row.label) || rank.set(row.label, age * 100 + row.position)),
      );
    const labels = [...rank.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
    return {
      minCell,
      waves,
      series: labels.map((label) => ({
        label,
        points: waves.map((wave) => {
          const row = rows.find((candidate) => candidate.wave_id === wave.id && candidate.label === label);
          const summary: SurveyScaleSummaryModel | null = row
            ? summarizeScale(row.dist, wave.respondents, minCell)
            : null;
          return { waveId: wave.id, summary };
        }),
      })),
    };
  }
}
