import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AppAbility,
  SURVEY_WAVE_STATUS_LABELS,
  type OrganizationType,
  SurveyQuestionKind,
  SurveyWaveStatus,
} from '@continuum/domain';
import { APP_CONFIG, badInput, conflict, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, type EntityManager } from 'typeorm';
import {
  closableWaves,
  editableWaves,
  readableWaves,
  remindableWaves,
  sendableWaves,
} from '../policy/survey-policy.sql';
import { namedQuery, namedUpdate } from '../proposal-rows';
import type { SurveyWaveInput } from './surveys.inputs';
import type { SurveyWaveModel } from './surveys.models';

interface WaveRow {
  id: string;
  title: string;
  intro: string;
  status: SurveyWaveStatus;
  opens_on: string;
  closes_on: string;
  closes_at: Date;
  reminder_dates: string[];
  audience_mayors: boolean;
  audience_partners: boolean;
  audience_organization_types: OrganizationType[];
  audience_organization_ids: string[];
  sent_at: Date | null;
  sent_by_label: string | null;
  closed_at: Date | null;
  created_at: Date;
  questions: { id: string; position: number; kind: SurveyQuestionKind; label: string; required: boolean }[];
  reminders: { sentAt: string; dueOn: string | null; recipients: number; byLabel: string | null }[];
  recipient_count: number;
  response_count: number;
  may_update: boolean;
  may_send: boolean;
  may_remind: boolean;
  may_close: boolean;
}

/** A real AAAA-MM-JJ day, or bad input on `field`. */
export function checkDay(value: string, field: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw badInput(field, `Date invalide : « ${value} » (AAAA-MM-JJ).`);
  return value;
}

/** The waves of the satisfaction survey: the cabinet's list, one wave, a draft written or edited. */
@Injectable()
export class SurveyWavesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The select of waves the reader may read, with what they may do to each. An OPEN wave whose
   * closing date has passed reads CLOSED, and may no longer be reminded.
   */
  private select(ability: AppAbility, where: string): { sql: string; params: Record<string, unknown> } {
    const read = readableWaves(ability);
    const may = [
      editableWaves(ability),
      sendableWaves(ability),
      remindableWaves(ability),
      closableWaves(ability),
    ];
    const sql = `select w.id, w.title, w.intro,
        (case when w.status = 'OPEN' and w.closes_at <= now() then 'CLOSED' else w.status::text end) as status,
        to_char(w.opens_at at time zone :tz, 'YYYY-MM-DD') as opens_on,
        to_char((w.closes_at at time zone :tz) - interval '1 day', 'YYYY-MM-DD') as closes_on,
        w.closes_at, array(select to_char(d, 'YYYY-MM-DD') from unnest(w.reminder_dates) d order by d) as reminder_dates,
        w.audience_mayors, w.audience_partners, w.audience_organization_types, w.audience_organization_ids,
        w.sent_at, w.sent_by_label, w.closed_at, w.created_at,
        coalesce((select json_agg(json_build_object('id', q.id, 'position', q.position, 'kind', q.kind, 'label', q.label,
                   'required', q.required) order by q.position) from survey_questions q where q.wave_id = w.id), '[]') as questions,
        coalesce((select json_agg(json_build_object('sentAt', r.sent_at, 'dueOn', r.due_on, 'recipients', r.recipients,
                   'byLabel', r.by_label) order by r.sent_at) from survey_reminders r where r.wave_id = w.id), '[]') as reminders,
        (select count(*)::int from survey_recipients r where r.wave_id = w.id) as recipient_count,
        (select count(*)::int from survey_responses r where r.wave_id = w.id) as response_count,
        ${may[0].sql} as may_update, ${may[1].sql} as may_send,
        (${may[2].sql} and w.closes_at > now()) as may_remind, (${may[3].sql} and w.closes_at > now()) as may_close
      from survey_waves w where ${read.sql} and ${where}`;
    return {
      sql,
      params: Object.assign({ tz: this.config.timeZone }, read.params, ...may.map((m) => m.params)),
    };
  }

  async list(ability: AppAbility): Promise<SurveyWaveModel[]> {
    const select = this.select(ability, 'true');
    const rows = await namedQuery<WaveRow>(
      this.dataSource,
      `${select.sql} order by w.opens_at desc, w.created_at desc`,
      select.params,
    );
    return rows.map(toWaveModel);
  }

  /** One wave, or NOT_FOUND exactly as for one that never existed. */
  async one(
    id: string,
    ability: AppAbility,
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<SurveyWaveModel> {
    const select = this.select(ability, 'w.id = :id');
    const [row] = await namedQuery<WaveRow>(db, select.sql, { ...select.params, id });
    if (!row) throw notFound('Vague d’enquête introuvable.');
    return toWaveModel(row);
  }

  async create(input: SurveyWaveInput, principal: RequestPrincipal): Promise<SurveyWaveModel> {
    this.check(input);
    return this.dataSource.transaction(async (manager) => {
      const [{ id }]: { id: string }[] = await namedQuery(
        manager,
        `insert into survey_waves (title, intro, opens_at, closes_at, reminder_dates, audience_mayors, audience_partners,
                                   audience_organization_types, audience_organization_ids, created_by_user_id)
         values (:title, :intro, (:opensOn::date)::timestamp at time zone :tz, (:closesOn::date + 1)::timestamp at time zone :tz,
                 :reminders::date[], :mayors, :partners, :types::text[], :orgs::uuid[], :userId)
         returning id`,
        { ...this.columns(input), userId: principal.actor.userId },
      );
      await this.writeQuestions(manager, id, input);
      return this.one(id, principal.ability, manager);
    });
  }

  /** A draft's questionnaire, dates and audience replaced; a wave already sent is no longer edited. */
  async update(id: string, input: SurveyWaveInput, principal: RequestPrincipal): Promise<SurveyWaveModel> {
    this.check(input);
    return this.dataSource.transaction(async (manager) => {
      const editable = editableWaves(principal.ability);
      const updated = await namedUpdate<{ id: string }>(
        manager,
        `update survey_waves w set title = :title, intro = :intro,
                opens_at = (:opensOn::date)::timestamp at time zone :tz,
                closes_at = (:closesOn::date + 1)::timestamp at time zone :tz, reminder_dates = :reminders::date[],
                audience_mayors = :mayors, audience_partners = :partners,
                audience_organization_types = :types::text[], audience_organization_ids = :orgs::uuid[], updated_at = now()
          where w.id = :id and ${editable.sql} returning w.id`,
        { ...this.columns(input), ...editable.params, id },
      );
      if (!updated.length) {
        const current = await this.one(id, principal.ability, manager);
        throw conflict(
          'id',
          `Cette vague a été envoyée${current.sentByLabel ? ` par ${current.sentByLabel}` : ''} : elle ne se modifie plus. Rechargez la page.`,
        );
      }
      await manager.query(`delete from survey_questions where wave_id = $1`, [id]);
      await this.writeQuestions(manager, id, input);
      return this.one(id, principal.ability, manager);
    });
  }

  private columns(input: SurveyWaveInput): Record<string, unknown> {
    return {
      title: input.title.trim(),
      intro: input.intro.trim(),
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      reminders: [...new Set(input.reminderDates)].sort(),
      mayors: input.audience.mayors,
      partners: input.audience.partners,
      types: [...new Set(input.audience.organizationTypes)],
      orgs: [...new Set(input.audience.organizationIds)],
      tz: this.config.timeZone,
    };
  }

  private check(input: SurveyWaveInput): void {
    checkDay(input.opensOn, 'input.opensOn');
    checkDay(input.closesOn, 'input.closesOn');
    if (input.closesOn < input.opensOn)
      throw badInput('input.closesOn', 'La clôture ne peut précéder l’ouverture.');
    input.reminderDates.forEach((day, index) => {
      checkDay(day, `input.reminderDates.${index}`);
      if (day < input.opensOn || day > input.closesOn)
        throw badInput(
          `input.reminderDates.${index}`,
          `Un rappel se programme entre l’ouverture et la clôture : le ${day} n’y est pas.`,
        );
    });
    const audience = input.audience;
    if (
      !audience.mayors &&
      !audience.partners &&
      !audience.organizationTypes.length &&
      !audience.organizationIds.length
    )
      throw badInput(
        'input.audience',
        'Choisissez au moins un public : les mairies, les partenaires, des types ou des organisations.',
      );
  }

  private async writeQuestions(
    manager: EntityManager,
    waveId: string,
    input: SurveyWaveInput,
  ): Promise<void> {
    await manager.query(
      `insert into survey_questions (wave_id, position, kind, label, required)
       select $1, t.position, t.kind::survey_question_kind, t.label, t.required
         from unnest($2::int[], $3::text[], $4::text[], $5::boolean[]) as t(position, kind, label, required)`,
      [
        waveId,
        input.questions.map((_, index) => index + 1),
        input.questions.map((question) => question.kind),
        input.questions.map((question) => question.label.trim()),
        input.questions.map((question) => question.required),
      ],
    );
  }
}

function toWaveModel(row: WaveRow): SurveyWaveModel {
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    status: row.status,
    statusLabel: SURVEY_WAVE_STATUS_LABELS[row.status],
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    closesAt: row.closes_at,
    reminderDates: row.reminder_dates,
    audience: {
      mayors: row.audience_mayors,
      partners: row.audience_partners,
      organizationTypes: row.audience_organization_types,
      organizationIds: row.audience_organization_ids,
    },
    questions: row.questions,
    recipientCount: row.recipient_count,
    responseCount: row.response_count,
    reminders: row.reminders.map((reminder) => ({ ...reminder, sentAt: new Date(reminder.sentAt) })),
    sentAt: row.sent_at,
    sentByLabel: row.sent_by_label,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    mayUpdate: row.may_update,
    maySend: row.may_send,
    mayRemind: row.may_remind,
    mayClose: row.may_close,
  };
}
