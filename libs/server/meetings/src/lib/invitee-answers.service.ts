import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Attendance, MeetingStatus } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import { InvitationAnswerInput } from './meetings.models';
import { actorOf, MeetingsService, UUID } from './meetings.service';
import { type CalendarReply, UnreadableReply } from './replies/calendar-reply';

/** What became of a calendar reply received by mail. */
export interface ReplyOutcome {
  recorded: boolean;
  message: string;
}

/** What an invitee may answer: the secretary alone records who was absent, on the day. */
const ANSWERS: readonly Attendance[] = [Attendance.PRESENT, Attendance.EXCUSED, Attendance.REPRESENTED];

/**
 * The invitees' answers to a convocation (« documents et réponse » at the mail's link): présent·e,
 * excusé·e or représenté·e par quelqu’un, stored beside the attendance the secretary records on
 * the day, shown to the secretary and journaled.
 */
@Injectable()
export class InviteeAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  async answer(
    meetingId: string,
    input: InvitationAnswerInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<MeetingEntity> {
    if (!ANSWERS.includes(input.answer))
      throw badInput('input.answer', 'Répondez présent·e, excusé·e ou représenté·e.');
    const representedBy = input.representedBy?.trim() || null;
    if (input.answer === Attendance.REPRESENTED && !representedBy)
      throw badInput('input.representedBy', 'Indiquez qui vous représentera.');
    return this.dataSource.transaction(async (manager) => {
      // Shared lock: answers do not wait for each other, but a meeting being declared held (which
      // takes the row for update) is either before or after an answer, never across it.
      const meeting = UUID.test(meetingId)
        ? await this.meetings
            .readable(principal, 'm', manager)
            .andWhere('m.id = :id', { id: meetingId })
            .setLock('pessimistic_read', undefined, ['m'])
            .getOne()
        : null;
      if (!meeting) throw notFound('Séance introuvable.');
      const invitee = await manager.findOne(MeetingInviteeEntity, {
        where: { meetingId: meeting.id, userId: principal.actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitee) throw forbidden('Seules les personnes convoquées répondent à la convocation.');
      const refusal = answerRefusal(meeting.status);
      if (refusal) throw conflict('meetingId', refusal);
      await this.record(manager, invitee, input.answer, representedBy, actorOf(principal), origin, 'page');
      return meeting;
    });
  }

  /**
   * An answer sent back by the invitee's mail client (an iTIP REPLY received at their reply
   * address): the address's secret names the invitee, the event's UID their meeting; recorded as
   * the page's answer is, under the same locks and the same rule (only while the meeting is convened).
   */
  async answerByReply(reply: CalendarReply, origin: RequestOrigin): Promise<ReplyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [found]: {
        user_id: string;
        organization_id: string;
        full_name: string;
        status: MeetingStatus;
      }[] = await manager.query(
        `select i.user_id, u.organization_id, u.full_name, m.status
           from meeting_invitees i
           join meetings m on m.id = i.meeting_id
           join users u on u.id = i.user_id
          where i.reply_token = $1 and i.meeting_id = $2 and u.disabled_at is null
          for share of m`,
        [reply.token, reply.meetingId],
      );
      if (!found)
        throw new UnreadableReply(
          'Aucune convocation ne correspond à cette adresse de réponse et à cette séance.',
        );
      const refusal = answerRefusal(found.status);
      if (refusal) return { recorded: false, message: refusal };
      if (!reply.answer)
        return {
          recorded: false,
          message:
            '« Peut-être » n’est pas une réponse à une convocation : rien n’est noté (présent·e, excusé·e ou représenté·e).',
        };
      const invitee = await manager.findOneOrFail(MeetingInviteeEntity, {
        where: { meetingId: reply.meetingId, userId: found.user_id },
        lock: { mode: 'pessimistic_write' },
      });
      const actor = { userId: found.user_id, organizationId: found.organization_id, label: found.full_name };
      await this.record(manager, invitee, reply.answer, reply.representedBy, actor, origin, 'calendar');
      return { recorded: true, message: `Réponse notée : ${ANSWER_WORDS[reply.answer]}.` };
    });
  }

  private async record(
    manager: EntityManager,
    invitee: MeetingInviteeEntity,
    answer: Attendance,
    representedBy: string | null,
    actor: { userId: string; organizationId: string; label: string },
    origin: RequestOrigin,
    channel: 'page' | 'calendar',
  ): Promise<void> {
    invitee.answer = answer;
    invitee.answerRepresentedBy = answer === Attendance.REPRESENTED ? representedBy : null;
    invitee.answeredAt = new Date();
    await manager.save(invitee);
    await this.audit.record(
      {
        action: 'meeting.invitation.answered',
        actor,
        subjectType: 'Meeting',
        subjectId: invitee.meetingId,
        origin,
        details: { answer, channel },
      },
      manager,
    );
  }
}

const ANSWER_WORDS: Partial<Record<Attendance, string>> = {
  [Attendance.PRESENT]: 'présent·e',
  [Attendance.EXCUSED]: 'excusé·e',
  [Attendance.REPRESENTED]: 'représenté·e',
};

/** Why a meeting takes no answer now, or null while it is convened. */
function answerRefusal(status: MeetingStatus): string | null {
  if (status === MeetingStatus.CONVENED) return null;
  return status === MeetingStatus.DRAFT
    ? 'La séance n’est pas encore convoquée.'
    : 'La séance a eu lieu : la présence est notée par le secrétariat.';
}
