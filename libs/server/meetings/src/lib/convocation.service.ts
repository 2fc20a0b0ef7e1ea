import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailMessageEntity, MailService, meetingInvitation, NewMail } from '@continuum/server/mail';
import { AuthService, UserEntity } from '@continuum/server/organizations';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { formatDay, meetingDocumentText, MeetingDocumentText } from './documents/document-text';
import { MeetingEntity } from './entities/meeting.entities';
import { replyAddressFor } from './replies/calendar-reply';
import { MeetingDocumentService } from './meeting-document.service';

export type ConvocationKind = 'convocation' | 'update';

/**
 * The convocation: each person convened receives the agenda as they may read it, with an
 * invitation for their calendar; a change of date, time or place sends an update (the
 * invitation's sequence grows, so calendars replace the event). Mails go through the outbox of
 * server/mail: written in the transaction of the change, sent after it, retried until delivered.
 */
@Injectable()
export class ConvocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: MailService,
    private readonly auth: AuthService,
    private readonly documents: MeetingDocumentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes one mail per person convened, with the caller's transaction; returns their ids. */
  async queue(
    manager: EntityManager,
    meeting: MeetingEntity,
    kind: ConvocationKind,
    onlyUserIds: readonly string[] | null = null,
  ): Promise<string[]> {
    const invitees: (UserEntity & { organization_name: string; replyToken: string })[] = await manager.query(
      `select u.id, u.email, u.full_name as "fullName", i.reply_token as "replyToken" from meeting_invitees i
         join users u on u.id = i.user_id join organizations o on o.id = u.organization_id
        where i.meeting_id = $1 and u.disabled_at is null and o.disabled_at is null
          and ($2::uuid[] is null or u.id = any($2::uuid[]))
        order by u.full_name`,
      [meeting.id, onlyUserIds],
    );
    const [secretary]: { email: string; full_name: string }[] = await manager.query(
      `select u.email, u.full_name from coordination_bodies b join users u on u.id = b.secretary_user_id where b.id = $1`,
      [meeting.bodyId],
    );
    const mails: NewMail[] = [];
    // Where the invitees' calendars send their answers: each one's own secret reply address when the
    // platform receives them (MAIL_REPLY_ADDRESS and INBOUND_MAIL_TOKEN), else the secretary, and
    // then no answer is asked of the calendar (the mail's link takes it).
    const { replyAddress, token } = this.config.inboundMail;
    const receivesReplies = Boolean(replyAddress && token);
    for (const invitee of invitees) {
      // On the transaction's connection: it holds the meeting's lock, and the requests queued
      // behind that lock may hold every other connection of the pool.
      const principal = await this.auth.principalOfUser(invitee.id, manager);
      if (!principal) continue;
      const text = meetingDocumentText(await this.documents.build(meeting, 'AGENDA', principal, manager));
      const url = `${this.config.publicUrl}/seances/${meeting.id}`;
      const subject = `${kind === 'update' ? 'Modification' : 'Convocation'} — ${text.bodyName} — ${text.meetingLabel}, ${text.when}`;
      mails.push({
        topic: `meeting.${kind}`,
        referenceId: meeting.id,
        recipientUserId: invitee.id,
        toAddress: invitee.email,
        toName: invitee.fullName,
        subject,
        text: plainText(text, invitee.fullName, url, kind),
        html: htmlText(text, invitee.fullName, url, kind),
        ics: meetingInvitation({
          uid: `meeting-${meeting.id}@continuum`,
          sequence: meeting.sequence,
          method: 'REQUEST',
          start: meeting.startsAt,
          end: meeting.endsAt,
          title: `${text.bodyName} — ${text.meetingLabel}`,
          description: `Ordre du jour et documents : ${url}`,
          location: [meeting.place, meeting.visioUrl].filter(Boolean).join(' — ') || null,
          url,
          organizer: {
            name: secretary?.full_name ?? 'Continuum',
            email:
              receivesReplies && replyAddress
                ? replyAddressFor(replyAddress, invitee.replyToken)
                : (secretary?.email ?? senderAddress(this.config.mail.from)),
          },
          attendees: [{ name: invitee.fullName, email: invitee.email }],
          askAnswer: receivesReplies,
        }),
        icsMethod: 'REQUEST',
      });
    }
    const rows = await this.outbox.queue(manager, mails);
    return rows.map((row) => row.id);
  }

  /**
   * Circulates approved minutes: each person convened is told they are approved and where to read
   * them. The mail carries no content of the minutes — each reads them, as they may, at the link.
   */
  async queueMinutes(manager: EntityManager, meeting: MeetingEntity): Promise<string[]> {
    const invitees: { id: string; email: string; fullName: string }[] = await manager.query(
      `select u.id, u.email, u.full_name as "fullName" from meeting_invitees i
         join users u on u.id = i.user_id join organizations o on o.id = u.organization_id
        where i.meeting_id = $1 and u.disabled_at is null and o.disabled_at is null
        order by u.full_name`,
      [meeting.id],
    );
    const [about]: { body: string; approver: string | null }[] = await manager.query(
      `select b.name as body, u.full_name as approver from meetings m join coordination_bodies b on b.id = m.body_id
         left join users u on u.id = m.minutes_approved_by_user_id where m.id = $1`,
      [meeting.id],
    );
    const day = formatDay(meeting.startsAt, this.config.timeZone);
    const url = `${this.config.publicUrl}/seances/${meeting.id}`;
    const approved = `Le compte rendu de la séance du ${day} de ${about.body} est approuvé${about.approver ? ` par ${about.approver}` : ''}.`;
    const reading =
      'Vous le lisez, avec ses décisions, et le téléchargez en PDF ou en DOCX à cette adresse :';
    const rows = await this.outbox.queue(
      manager,
      invitees.map((invitee): NewMail => ({
        topic: 'meeting.minutes',
        referenceId: meeting.id,
        recipientUserId: invitee.id,
        toAddress: invitee.email,
        toName: invitee.fullName,
        subject: `Compte rendu approuvé — ${about.body} — séance du ${day}`,
        text: [`Bonjour ${invitee.fullName},`, '', approved, reading, url].join('\n'),
        html: `<p>Bonjour ${escape(invitee.fullName)},</p><p>${escape(approved)}</p><p>${escape(reading)} <a href="${escape(url)}">${escape(url)}</a></p>`,
      })),
    );
    return rows.map((row) => row.id);
  }

  /** Hands the committed mails to the queue (a failure here is caught up by the sweeper). */
  dispatch(ids: string[]): Promise<void> {
    return this.outbox.dispatch(ids);
  }

  /** The mails of a meeting with their delivery, newest first, for the secretary. */
  forMeeting(meetingId: string): Promise<MailMessageEntity[]> {
    return this.dataSource
      .getRepository(MailMessageEntity)
      .find({ where: { referenceId: meetingId }, order: { createdAt: 'DESC', toAddress: 'ASC' } });
  }

  findMail(mailId: string): Promise<MailMessageEntity | null> {
    return this.dataSource.getRepository(MailMessageEntity).findOneBy({ id: mailId });
  }

  retry(mailId: string): Promise<MailMessageEntity> {
    return this.outbox.retry(mailId);
  }
}

function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

function agendaLines(text: MeetingDocumentText): string[] {
  const lines: string[] = [];
  for (const section of text.sections) {
    lines.push('');
    for (const item of section.items) {
      lines.push(`  ${item.number} ${item.title}`);
      for (const line of item.lines) lines.push(`     ${line.label ? `${line.label} ` : ''}${line.text}`);
    }
  }
  if (text.noItemsText) lines.push('', text.noItemsText);
  if (text.total) lines.push('', `${text.total.label ?? ''} ${text.total.text}`.trim());
  return lines;
}

function plainText(text: MeetingDocumentText, name: string, url: string, kind: ConvocationKind): string {
  return [
    `Bonjour ${name},`,
    '',
    kind === 'update'
      ? `La séance « ${text.meetingLabel} » de ${text.bodyName} a été modifiée. Elle aura lieu : ${text.when}.`
      : `Vous êtes convoqué(e) à la séance « ${text.meetingLabel} » de ${text.bodyName} : ${text.when}.`,
    ...text.facts.map((fact) => `${fact.label} ${fact.value}`),
    '',
    'Ordre du jour (tel que vous pouvez le lire) :',
    ...agendaLines(text),
    '',
    `Ordre du jour, documents et réponse : ${url}`,
    '',
    text.footer.notice ?? '',
  ]
    .join('\n')
    .trim();
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function htmlText(text: MeetingDocumentText, name: string, url: string, kind: ConvocationKind): string {
  const sections = text.sections
    .map(
      (section) =>
        `<ol start="${parseInt(section.items[0]?.number ?? '1', 10)}">${section.items
          .map(
            (item) =>
              `<li><strong>${escape(item.title)}</strong>${item.lines
                .map(
                  (line) =>
                    `<br><small>${line.label ? `${escape(line.label)} ` : ''}${escape(line.text)}</small>`,
                )
                .join('')}</li>`,
          )
          .join('')}</ol>`,
    )
    .join('');
  return `<p>Bonjour ${escape(name)},</p>
<p>${
    kind === 'update'
      ? `La séance « ${escape(text.meetingLabel)} » de ${escape(text.bodyName)} a été modifiée. Elle aura lieu : <strong>${escape(text.when)}</strong>.`
      : `Vous êtes convoqué(e) à la séance « ${escape(text.meetingLabel)} » de ${escape(text.bodyName)} : <strong>${escape(text.when)}</strong>.`
  }</p>
<p>${text.facts.map((fact) => `${escape(fact.label)} ${escape(fact.value)}`).join('<br>')}</p>
<h2>Ordre du jour</h2>${sections || `<p>${escape(text.noItemsText ?? '')}</p>`}
<p><a href="${escape(url)}">Ouvrir la séance dans Continuum</a></p>
${text.footer.notice ? `<p><em>${escape(text.footer.notice)}</em></p>` : ''}`;
}
