import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Attendance, MeetingStatus } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import { InvitationAnswerInput } from './meetings.models';
import { actorOf, MeetingsService, UUID } from './meetings.service';

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
      if (meeting.status !== MeetingStatus.CONVENED)
        throw conflict(
          'meetingId',
          meeting.status === MeetingStatus.DRAFT
            ? 'La séance n’est pas encore convoquée.'
            : 'La séance a eu lieu : la présence est notée par le secrétariat.',
        );
      invitee.answer = input.answer;
      invitee.answerRepresentedBy = input.answer === Attendance.REPRESENTED ? representedBy : null;
      invitee.answeredAt = new Date();
      await manager.save(invitee);
      await this.audit.record(
        {
          action: 'meeting.invitation.answered',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { answer: input.answer },
        },
        manager,
      );
      return meeting;
    });
  }
}
