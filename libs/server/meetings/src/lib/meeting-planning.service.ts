import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BodyKind, DOMAIN_EVENTS, MeetingKind, MeetingStatus, MeetingSubject } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  CoordinationBodyEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
} from '@continuum/server/coordination';
import { badInput, conflict, emitEvent, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import { MeetingInput } from './meetings.models';
import { actorOf, MeetingChange, MeetingsService, UUID } from './meetings.service';

/** Which kinds of meeting each kind of body holds. */
const KINDS_OF_BODY: Record<BodyKind, readonly MeetingKind[]> = {
  [BodyKind.CLSPD]: [MeetingKind.PLENIERE, MeetingKind.GROUPE_RESTREINT],
  [BodyKind.CISPD]: [MeetingKind.PLENIERE, MeetingKind.GROUPE_RESTREINT],
  [BodyKind.GPO]: [MeetingKind.GPO],
  [BodyKind.ETAT_MAJOR]: [MeetingKind.PLENIERE],
  [BodyKind.REVUE_PADRSQ]: [MeetingKind.REVUE_BIMESTRIELLE],
  [BodyKind.OTHER]: [MeetingKind.PLENIERE],
};

/**
 * A meeting planned by its body's secretary: created (never in the past; the kinds each body
 * holds), changed (a convened meeting's new date, time or place sends the invitations again) and
 * who is convened (the body's member organisations' people; a restricted group's members only).
 */
@Injectable()
export class MeetingPlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  async create(
    bodyId: string,
    input: MeetingInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const body = UUID.test(bodyId) ? await manager.findOneBy(CoordinationBodyEntity, { id: bodyId }) : null;
      if (!body) throw notFound('Instance introuvable.');
      const subject: MeetingSubject = {
        __typename: 'Meeting',
        secretaryUserId: body.secretaryUserId,
        chairOrganizationId: body.chairOrganizationId,
        restricted: input.kind === MeetingKind.GROUPE_RESTREINT,
        bodyOrganizationIds: [],
        inviteeUserIds: [],
        groupMemberUserIds: [],
      };
      if (!principal.ability.can('prepare', subject))
        throw forbidden('Seul le secrétariat de l’instance prépare ses séances.');
      const group = await this.checkKind(manager, body, input);
      const { startsAt, endsAt } = this.checkSchedule(input);
      const meeting = await manager.save(
        manager.create(MeetingEntity, {
          bodyId: body.id,
          workingGroupId: group?.id ?? null,
          kind: input.kind,
          startsAt,
          endsAt,
          place: input.place?.trim() || null,
          visioUrl: input.visioUrl?.trim() || null,
          status: MeetingStatus.DRAFT,
          createdByUserId: principal.actor.userId,
        }),
      );
      const invitees = input.inviteeUserIds ?? (await this.defaultInvitees(manager, body, group));
      await this.writeInvitees(manager, meeting, invitees);
      await this.audit.record(
        {
          action: 'meeting.created',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { bodyId: body.id, startsAt: startsAt.toISOString() },
        },
        manager,
      );
      return meeting;
    });
  }

  async update(
    id: string,
    input: MeetingInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    outbox: (manager: EntityManager, meeting: MeetingEntity) => Promise<string[]>,
  ): Promise<MeetingChange> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, id, principal);
      if (meeting.status === MeetingStatus.HELD)
        throw conflict('meetingId', 'La séance a eu lieu : sa date ne change plus.');
      const body = await manager.findOneByOrFail(CoordinationBodyEntity, { id: meeting.bodyId });
      if ((input.workingGroupId ?? null) !== meeting.workingGroupId || input.kind !== meeting.kind)
        throw badInput(
          'input.kind',
          'Le type de séance et son groupe ne changent pas : créez une autre séance.',
        );
      await this.checkKind(manager, body, input);
      const { startsAt, endsAt } = this.checkSchedule(input);
      const place = input.place?.trim() || null;
      const visioUrl = input.visioUrl?.trim() || null;
      const rescheduled =
        meeting.status === MeetingStatus.CONVENED &&
        (startsAt.getTime() !== meeting.startsAt.getTime() ||
          endsAt.getTime() !== meeting.endsAt.getTime() ||
          place !== meeting.place ||
          visioUrl !== meeting.visioUrl);
      Object.assign(meeting, { startsAt, endsAt, place, visioUrl });
      if (rescheduled) meeting.sequence += 1;
      await manager.save(meeting);
      if (input.inviteeUserIds) {
        await this.writeInvitees(manager, meeting, input.inviteeUserIds);
      }
      const mailIds = rescheduled ? await outbox(manager, meeting) : [];
      if (rescheduled)
        await emitEvent(manager, DOMAIN_EVENTS.MEETING_CHANGED, {
          meetingId: meeting.id,
          actorUserId: principal.actor.userId,
        });
      await this.audit.record(
        {
          action: 'meeting.updated',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { rescheduled },
        },
        manager,
      );
      return { meeting, rescheduled, mailIds };
    });
  }

  /**
   * Convenes more people: added to the invitees and, once the meeting is convened, each newcomer
   * gets the convocation (the others are not written to again).
   */
  async invite(
    id: string,
    userIds: readonly string[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
    outbox: (manager: EntityManager, meeting: MeetingEntity, newcomers: string[]) => Promise<string[]>,
  ): Promise<{ meeting: MeetingEntity; mailIds: string[] }> {
    if (userIds.length === 0) throw badInput('userIds', 'Choisissez au moins une personne.');
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, id, principal);
      if (meeting.status === MeetingStatus.HELD)
        throw conflict('userIds', 'La séance a eu lieu : on n’y convoque plus personne.');
      const existing = (await manager.findBy(MeetingInviteeEntity, { meetingId: meeting.id })).map(
        (row) => row.userId,
      );
      const newcomers = [...new Set(userIds)].filter((userId) => !existing.includes(userId));
      if (newcomers.length === 0) throw badInput('userIds', 'Ces personnes sont déjà convoquées.');
      await this.writeInvitees(manager, meeting, [...existing, ...newcomers]);
      const mailIds =
        meeting.status === MeetingStatus.CONVENED ? await outbox(manager, meeting, newcomers) : [];
      if (mailIds.length)
        await emitEvent(manager, DOMAIN_EVENTS.MEETING_CONVENED, {
          meetingId: meeting.id,
          userIds: newcomers,
          actorUserId: principal.actor.userId,
        });
      await this.audit.record(
        {
          action: 'meeting.invited',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { userIds: newcomers },
        },
        manager,
      );
      return { meeting, mailIds };
    });
  }

  private async checkKind(
    manager: EntityManager,
    body: CoordinationBodyEntity,
    input: MeetingInput,
  ): Promise<WorkingGroupEntity | null> {
    if (!KINDS_OF_BODY[body.kind].includes(input.kind))
      throw badInput('input.kind', 'Ce type de séance ne correspond pas à cette instance.');
    if (input.kind !== MeetingKind.GROUPE_RESTREINT) {
      if (input.workingGroupId)
        throw badInput(
          'input.workingGroupId',
          'Seule une séance de groupe restreint a un groupe de travail.',
        );
      return null;
    }
    const group = input.workingGroupId
      ? await manager.findOneBy(WorkingGroupEntity, { id: input.workingGroupId, bodyId: body.id })
      : null;
    if (!group)
      throw badInput('input.workingGroupId', 'Choisissez un groupe de travail restreint de cette instance.');
    return group;
  }

  private checkSchedule(input: MeetingInput): { startsAt: Date; endsAt: Date } {
    const startsAt = new Date(input.startsAt);
    if (Number.isNaN(startsAt.getTime())) throw badInput('input.startsAt', 'Date de début invalide.');
    if (startsAt.getTime() < Date.now())
      throw badInput('input.startsAt', 'Une séance ne peut pas être fixée dans le passé.');
    if (startsAt.getTime() > Date.now() + 3 * 365 * 86400000)
      throw badInput('input.startsAt', 'Une séance se fixe au plus trois ans à l’avance.');
    return { startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60000) };
  }

  private async defaultInvitees(
    manager: EntityManager,
    body: CoordinationBodyEntity,
    group: WorkingGroupEntity | null,
  ): Promise<string[]> {
    if (group) {
      const members = await manager.findBy(WorkingGroupMemberEntity, { workingGroupId: group.id });
      return members.map((member) => member.userId);
    }
    const rows: { user_id: string }[] = await manager.query(
      'select user_id from coordination_body_members where body_id = $1',
      [body.id],
    );
    return [
      ...new Set([
        ...rows.map((row) => row.user_id),
        ...(body.secretaryUserId ? [body.secretaryUserId] : []),
      ]),
    ];
  }

  /** Writes who is convened: people of the body's member organisations; a restricted group's members only. */
  private async writeInvitees(
    manager: EntityManager,
    meeting: MeetingEntity,
    userIds: readonly string[],
  ): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.some((id) => !UUID.test(id)))
      throw badInput('input.inviteeUserIds', 'Identifiant de personne invalide.');
    const allowed: { id: string; full_name: string }[] = unique.length
      ? await manager.query(
          meeting.workingGroupId
            ? `select u.id, u.full_name from users u join working_group_members m on m.user_id = u.id and m.working_group_id = $3
                where u.id = any($1::uuid[]) and u.disabled_at is null and $2::uuid is not null`
            : `select u.id, u.full_name from users u
                where u.id = any($1::uuid[]) and u.disabled_at is null
                  and (u.organization_id in (select organization_id from coordination_body_organizations where body_id = $2)
                       or u.id in (select secretary_user_id from coordination_bodies where id = $2))`,
          meeting.workingGroupId
            ? [unique, meeting.bodyId, meeting.workingGroupId]
            : [unique, meeting.bodyId],
        )
      : [];
    const refused = unique.filter((id) => !allowed.some((row) => row.id === id));
    if (refused.length)
      throw badInput(
        'input.inviteeUserIds',
        meeting.workingGroupId
          ? 'Seuls les membres du groupe restreint peuvent être convoqués à sa séance.'
          : 'Seules les personnes des organisations membres de l’instance peuvent être convoquées.',
      );
    const existing = await manager.findBy(MeetingInviteeEntity, { meetingId: meeting.id });
    const removed = existing.filter((row) => !unique.includes(row.userId)).map((row) => row.userId);
    if (removed.length)
      await manager.delete(MeetingInviteeEntity, { meetingId: meeting.id, userId: In(removed) });
    const added = unique.filter((id) => !existing.some((row) => row.userId === id));
    if (added.length) {
      await manager.insert(
        MeetingInviteeEntity,
        added.map((userId) => ({ meetingId: meeting.id, userId })),
      );
      await this.meetings.assertCharterForRedItems(manager, meeting, added);
    }
  }
}
