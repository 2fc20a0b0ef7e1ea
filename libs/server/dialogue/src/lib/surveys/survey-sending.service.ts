import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAIRIE_ORGANIZATION_TYPES, ORGANIZATION_TYPES, type OrganizationType } from '@continuum/domain';
import { MailService, type QueuedMail } from '@continuum/server/mail';
import { APP_CONFIG, badInput, conflict } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { closableWaves, remindableWaves, sendableWaves } from '../policy/survey-policy.sql';
import { hashToken } from '../proposal-read.service';
import { namedUpdate } from '../proposal-rows';
import { surveyMail, SURVEY_LINK_PATH } from './survey-mail';
import { SurveyWavesService } from './survey-waves.service';
import type { SurveySendingModel, SurveyWaveModel } from './surveys.models';

const PRIVATE_TYPES = (Object.keys(ORGANIZATION_TYPES) as OrganizationType[]).filter(
  (type) => !ORGANIZATION_TYPES[type].publicAuthority,
);

/** A manual reminder this soon after the last one is refused: two clicks, or two people, send one. */
const REMIND_GAP = '10 minutes';

interface WaveClaim {
  id: string;
  title: string;
  closes_on: string;
}

/**
 * A wave sent, reminded and closed. Sending writes, in one transaction, the wave OPEN, its
 * recipients, one single-use link each (the token's hash only) and one mail each in the mail
 * outbox; the mails are handed to the queue after the commit. A reminder does the same for those who
 * have not answered, with a new link (their earlier ones still work until they answer).
 */
@Injectable()
export class SurveySendingService {
  private readonly logger = new Logger(SurveySendingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly waves: SurveyWavesService,
  ) {}

  async send(id: string, principal: RequestPrincipal): Promise<SurveySendingModel> {
    const { mails, wave } = await this.dataSource.transaction(async (manager) => {
      const sendable = sendableWaves(principal.ability);
      const [claimed] = await namedUpdate<WaveClaim>(
        manager,
        `update survey_waves w set status = 'OPEN', sent_at = now(), sent_by_label = :label, updated_at = now()
          where w.id = :id and ${sendable.sql} and w.closes_at > now()
          returning w.id, w.title, to_char((w.closes_at at time zone :tz) - interval '1 day', 'YYYY-MM-DD') as closes_on`,
        { ...sendable.params, id, label: principal.label, tz: this.config.timeZone },
      );
      if (!claimed) throw await this.whyNot(id, principal, 'envoyée');
      const recipients: { id: string; user_id: string | null; email: string; full_name: string }[] =
        await manager.query(
          `insert into survey_recipients (wave_id, user_id, organization_id, organization_type, commune_code, full_name, email)
           select distinct on (lower(u.email)) w.id, u.id, o.id, o.type, o.seat_commune_code, u.full_name, u.email
             from survey_waves w
             join organizations o on o.disabled_at is null
             join users u on u.organization_id = o.id and u.disabled_at is null
                         and not ('admin' = any(u.roles::text[])) and not ('coordinator' = any(u.roles::text[]))
            where w.id = $1
              and ((w.audience_mayors and o.type::text = any($2::text[]))
                or (w.audience_partners and o.type::text = any($3::text[])
                    and ('manager' = any(u.roles::text[])
                         or not exists (select 1 from users m where m.organization_id = o.id and m.disabled_at is null
                                           and 'manager' = any(m.roles::text[]))))
                or o.type::text = any(w.audience_organization_types)
                or o.id = any(w.audience_organization_ids))
            order by lower(u.email), u.id
           returning id, user_id, email, full_name`,
          [id, MAIRIE_ORGANIZATION_TYPES, PRIVATE_TYPES],
        );
      if (recipients.length === 0)
        throw badInput(
          'audience',
          'Personne à interroger dans ce public : choisissez-en un autre avant l’envoi.',
        );
      const mails = await this.mailLinks(manager, claimed, recipients, false);
      return { mails, wave: await this.waves.one(id, principal.ability, manager) };
    });
    await this.mail.dispatchQueued(mails);
    return { wave, queued: mails.length };
  }

  /** A reminder, now, to the recipients who have not answered (not twice within ten minutes). */
  async remind(id: string, principal: RequestPrincipal): Promise<SurveySendingModel> {
    const { mails, wave } = await this.dataSource.transaction(async (manager) => {
      const remindable = remindableWaves(principal.ability);
      const [claimed] = await namedUpdate<WaveClaim>(
        manager,
        `update survey_waves w set reminded_at = now(), updated_at = now()
          where w.id = :id and ${remindable.sql} and w.closes_at > now()
            and (w.reminded_at is null or w.reminded_at < now() - interval '${REMIND_GAP}')
          returning w.id, w.title, to_char((w.closes_at at time zone :tz) - interval '1 day', 'YYYY-MM-DD') as closes_on`,
        { ...remindable.params, id, tz: this.config.timeZone },
      );
      if (!claimed) throw await this.whyNot(id, principal, 'relancée');
      const mails = await this.remindUnanswered(manager, claimed, null, principal.label);
      return { mails, wave: await this.waves.one(id, principal.ability, manager) };
    });
    await this.mail.dispatchQueued(mails);
    return { wave, queued: mails.length };
  }

  async close(id: string, principal: RequestPrincipal): Promise<SurveyWaveModel> {
    return this.dataSource.transaction(async (manager) => {
      const closable = closableWaves(principal.ability);
      const [claimed] = await namedUpdate<{ id: string }>(
        manager,
        `update survey_waves w set status = 'CLOSED', closed_at = clock_timestamp(), closed_by_label = :label, updated_at = now()
          where w.id = :id and ${closable.sql} and w.closes_at > now() returning w.id`,
        { ...closable.params, id, label: principal.label },
      );
      if (!claimed) throw await this.whyNot(id, principal, 'close');
      return this.waves.one(id, principal.ability, manager);
    });
  }

  /**
   * The scheduled reminders due today or before (Paris), of the open waves: each date once, whatever
   * the number of workers (the unique (wave, date) of `survey_reminders` decides). Returns the mails queued.
   */
  async sendDueReminders(): Promise<number> {
    const due: { id: string; title: string; closes_on: string; due_on: string }[] =
      await this.dataSource.query(
        `select w.id, w.title, to_char((w.closes_at at time zone $1) - interval '1 day', 'YYYY-MM-DD') as closes_on,
              to_char(d, 'YYYY-MM-DD') as due_on
         from survey_waves w, unnest(w.reminder_dates) d
        where w.status = 'OPEN' and w.closes_at > now() and d <= (now() at time zone $1)::date
          and not exists (select 1 from survey_reminders r where r.wave_id = w.id and r.due_on = d)
        order by w.id, d`,
        [this.config.timeZone],
      );
    let queued = 0;
    // Two dates past due for a wave (the scheduler was down): one reminder, written for both dates.
    const byWave = new Map<string, (typeof due)[number][]>();
    for (const row of due) byWave.set(row.id, [...(byWave.get(row.id) ?? []), row]);
    for (const rows of byWave.values()) {
      const mails = await this.dataSource.transaction(async (manager) => {
        const claimed: { due_on: string }[] = await manager.query(
          `insert into survey_reminders (wave_id, due_on, recipients) select $1, unnest($2::date[]), 0
           on conflict (wave_id, due_on) where due_on is not null do nothing returning due_on`,
          [rows[0].id, rows.map((row) => row.due_on)],
        );
        if (claimed.length === 0) return [];
        await manager.query(`update survey_waves set reminded_at = now() where id = $1`, [rows[0].id]);
        const sent = await this.remindUnanswered(manager, rows[0], null, null, false);
        await manager.query(
          `update survey_reminders set recipients = $3 where wave_id = $1 and due_on = any($2::date[])`,
          [rows[0].id, rows.map((row) => row.due_on), sent.length],
        );
        return sent;
      });
      await this.mail.dispatchQueued(mails);
      queued += mails.length;
    }
    if (queued) this.logger.log(`Rappels programmés des enquêtes : ${queued} courriel(s) mis en file.`);
    return queued;
  }

  private async remindUnanswered(
    manager: EntityManager,
    wave: WaveClaim,
    dueOn: string | null,
    byLabel: string | null,
    record = true,
  ): Promise<QueuedMail[]> {
    const recipients: { id: string; user_id: string | null; email: string; full_name: string }[] =
      await manager.query(
        // In a WITH: TypeORM gives a bare UPDATE's rows as [rows, affected].
        `with reminded as (
           update survey_recipients r set reminded_at = now(), reminders = reminders + 1
            where r.wave_id = $1 and not exists (select 1 from survey_responses s where s.recipient_id = r.id)
            returning r.id, r.user_id, r.email, r.full_name)
         select * from reminded`,
        [wave.id],
      );
    const mails = await this.mailLinks(manager, wave, recipients, true);
    if (record)
      await manager.query(
        `insert into survey_reminders (wave_id, due_on, recipients, by_label) values ($1, $2, $3, $4)`,
        [wave.id, dueOn, mails.length, byLabel],
      );
    return mails;
  }

  /** One new link per recipient (its hash stored) and one mail each, written in the outbox. */
  private async mailLinks(
    manager: EntityManager,
    wave: WaveClaim,
    recipients: { id: string; user_id: string | null; email: string; full_name: string }[],
    reminder: boolean,
  ): Promise<QueuedMail[]> {
    if (recipients.length === 0) return [];
    const tokens = recipients.map(() => randomBytes(32).toString('base64url'));
    await manager.query(
      `insert into survey_links (token_hash, recipient_id) select * from unnest($1::char(64)[], $2::uuid[])`,
      [tokens.map(hashToken), recipients.map((recipient) => recipient.id)],
    );
    const { subject, text } = surveyMail(wave.title, wave.closes_on, reminder);
    return this.mail.queueSelected(
      manager,
      `select 'survey.invitation'::text as topic, $1::uuid as reference_id, t.user_id as recipient_user_id,
              t.email as to_address, t.name as to_name, $2::text as subject,
              replace(replace($3::text, '{{lien}}', $4::text || t.token), '{{nom}}', t.name) as text
         from unnest($5::uuid[], $6::text[], $7::text[], $8::text[]) as t(user_id, email, name, token)`,
      [
        wave.id,
        subject,
        text,
        `${this.config.publicUrl}${SURVEY_LINK_PATH}`,
        recipients.map((recipient) => recipient.user_id),
        recipients.map((recipient) => recipient.email),
        recipients.map((recipient) => recipient.full_name),
        tokens,
      ],
    );
  }

  /** Nothing was changed: NOT_FOUND for a wave the actor may not read, else what happened first. */
  private async whyNot(id: string, principal: RequestPrincipal, what: string): Promise<Error> {
    const wave = await this.waves.one(id, principal.ability);
    if (what === 'relancée' && wave.status === 'OPEN' && wave.mayRemind)
      return conflict('id', 'Un rappel vient d’être envoyé : attendez dix minutes avant le suivant.');
    if (wave.status === 'DRAFT' && new Date(wave.closesAt) <= new Date())
      return badInput('input.closesOn', 'La date de clôture est passée : reportez-la avant l’envoi.');
    const state =
      wave.status === 'CLOSED'
        ? 'est close'
        : wave.status === 'OPEN'
          ? `a déjà été envoyée${wave.sentByLabel ? ` par ${wave.sentByLabel}` : ''}`
          : 'n’a pas encore été envoyée';
    return conflict('id', `Cette vague ne peut être ${what} : elle ${state}. Rechargez la page.`);
  }
}
