import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Attendance, defineAbilityFor, isPublicAuthority, MeetingStatus } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { UserEntity } from '@continuum/server/organizations';
import { badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import { AttendanceInput } from './meetings.models';
import { actorOf, FROZEN, MeetingsService, UUID } from './meetings.service';

/**
 * What happens once a meeting is held: who came, the meeting declared held, the minutes' text, and
 * their approval by the chair (SHARING.md « Decisions »: a restricted group's minutes by a signed
 * member other than the secretary), after which the meeting is frozen.
 */
@Injectable()
export class MeetingMinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  /** Who came: recorded during or after the meeting, until the minutes are approved. */
  async recordAttendance(
    id: string,
    entries: AttendanceInput[],
    principal: RequestPrincipal,
  ): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, id, principal);
      this.meetings.assertRecording(meeting, 'meetingId');
      for (const [index, entry] of entries.entries()) {
        if (entry.attendance === Attendance.REPRESENTED && !entry.representedBy?.trim())
          throw badInput(`entries.${index}.representedBy`, 'Indiquez qui représente la personne.');
        const result = await manager.update(
          MeetingInviteeEntity,
          { meetingId: meeting.id, userId: entry.userId },
          {
            attendance: entry.attendance,
            representedBy: entry.attendance === Attendance.REPRESENTED ? entry.representedBy!.trim() : null,
          },
        );
        if (!result.affected)
          throw badInput(`entries.${index}.userId`, 'Cette personne n’est pas convoquée à la séance.');
      }
      return meeting;
    });
  }

  async markHeld(id: string, principal: RequestPrincipal, origin: RequestOrigin): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, id, principal);
      this.meetings.assertRecording(meeting, 'meetingId');
      if (meeting.status !== MeetingStatus.CONVENED)
        throw conflict('meetingId', 'Seule une séance convoquée peut être déclarée tenue.');
      meeting.status = MeetingStatus.HELD;
      await manager.save(meeting);
      await this.audit.record(
        {
          action: 'meeting.held',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
        },
        manager,
      );
      return meeting;
    });
  }

  async setSummary(id: string, summary: string | null, principal: RequestPrincipal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, id, principal);
      if (meeting.status !== MeetingStatus.HELD)
        throw conflict('meetingId', 'Le compte rendu se rédige une fois la séance tenue.');
      const text = summary?.trim() || null;
      if (text && text.length > 50000)
        throw badInput('summary', 'Le compte rendu est limité à 50 000 caractères.');
      meeting.summary = text;
      return manager.save(meeting);
    });
  }

  /** The chair approves the minutes; from then on the meeting is frozen. */
  async approveMinutes(
    id: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    circulate: (manager: EntityManager, meeting: MeetingEntity) => Promise<string[]> = async () => [],
  ): Promise<{ meeting: MeetingEntity; mailIds: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = UUID.test(id)
        ? await this.meetings
            .readable(principal, 'm', manager)
            .andWhere('m.id = :id', { id })
            .setLock('pessimistic_write', undefined, ['m'])
            .getOne()
        : null;
      if (!meeting) throw notFound('Séance introuvable.');
      const subject = await this.meetings.subject(meeting.id, manager);
      if (!principal.ability.can('approve', subject))
        throw forbidden(
          subject.restricted
            ? 'Le compte rendu d’un groupe restreint est approuvé par un membre du groupe signataire de sa charte, autre que le secrétariat.'
            : 'Seule la présidence de l’instance approuve le compte rendu, hors secrétariat.',
        );
      if (meeting.status === MeetingStatus.MINUTES_APPROVED) throw conflict('meetingId', FROZEN);
      if (meeting.status !== MeetingStatus.HELD)
        throw conflict('meetingId', 'Le compte rendu s’approuve une fois la séance tenue.');
      meeting.status = MeetingStatus.MINUTES_APPROVED;
      meeting.minutesApprovedAt = new Date();
      meeting.minutesApprovedByUserId = principal.actor.userId;
      await manager.save(meeting);
      await this.audit.record(
        {
          action: 'meeting.minutes.approved',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
        },
        manager,
      );
      // The approved minutes are circulated: each person convened is told, in the same transaction.
      return { meeting, mailIds: await circulate(manager, meeting) };
    });
  }

  /**
   * The people who may approve the minutes, by the policy's own rules: each active user of the
   * chair organisation or of the group is asked to the ability built for them.
   */
  async approvers(meetingId: string): Promise<UserEntity[]> {
    const subject = await this.meetings.subject(meetingId);
    const candidates = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.organization', 'o')
      .where('u.disabled_at is null')
      .andWhere('(u.organization_id = :chair or u.id = any(:members))', {
        chair: subject.chairOrganizationId,
        members: subject.groupMemberUserIds,
      })
      .orderBy('u.full_name')
      .getMany();
    return candidates.filter((user) =>
      defineAbilityFor({
        userId: user.id,
        organizationId: user.organizationId,
        organizationType: user.organization!.type,
        publicAuthority: isPublicAuthority(user.organization!.type),
        roles: user.roles,
      }).can('approve', subject),
    );
  }
}
