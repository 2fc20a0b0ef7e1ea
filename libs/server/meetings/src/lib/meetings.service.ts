import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Attendance,
  BodyKind,
  defineAbilityFor,
  DOMAIN_EVENTS,
  isPublicAuthority,
  MeetingKind,
  MeetingStatus,
  MeetingSubject,
  Sensitivity,
} from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  CoordinationBodyEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
} from '@continuum/server/coordination';
import { UserEntity } from '@continuum/server/organizations';
import { APP_CONFIG, badInput, conflict, emitEvent, forbidden, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AgendaItemEntity, MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import { MEETING_SUBJECT_SQL, readableMeetings } from './meeting-policy.sql';
import { AttendanceInput, MeetingInput } from './meetings.models';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which kinds of meeting each kind of body holds. */
const KINDS_OF_BODY: Record<BodyKind, readonly MeetingKind[]> = {
  [BodyKind.CLSPD]: [MeetingKind.PLENIERE, MeetingKind.GROUPE_RESTREINT],
  [BodyKind.CISPD]: [MeetingKind.PLENIERE, MeetingKind.GROUPE_RESTREINT],
  [BodyKind.GPO]: [MeetingKind.GPO],
  [BodyKind.ETAT_MAJOR]: [MeetingKind.PLENIERE],
  [BodyKind.REVUE_PADRSQ]: [MeetingKind.REVUE_BIMESTRIELLE],
  [BodyKind.OTHER]: [MeetingKind.PLENIERE],
};

export const FROZEN = 'Le compte rendu approuvé est figé : la séance ne peut plus être modifiée.';

export interface MeetingChange {
  meeting: MeetingEntity;
  /** Date, time or place changed on a convened meeting: the invitations are sent again. */
  rescheduled: boolean;
  /** The update mails written with the change, to dispatch once it is committed. */
  mailIds: string[];
}

/**
 * Meetings of coordination bodies: who may see them (the body's member organisations, the people
 * convened, the secretary, the prefect's cabinet; a restricted group's meeting only the group's
 * members with the charter signed, the people convened and the secretary — drafts only to whoever
 * prepares them), their preparation by the secretary, attendance and the approval of the minutes
 * by the chair.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The meetings the principal may see, as a query to narrow further. */
  readable(
    principal: RequestPrincipal,
    alias = 'm',
    manager?: EntityManager,
  ): SelectQueryBuilder<MeetingEntity> {
    const readable = readableMeetings(principal.ability, alias);
    return (manager ?? this.dataSource.manager)
      .getRepository(MeetingEntity)
      .createQueryBuilder(alias)
      .where(`(${readable.sql})`, readable.params);
  }

  async get(id: string, principal: RequestPrincipal): Promise<MeetingEntity> {
    const meeting = UUID.test(id)
      ? await this.readable(principal).andWhere('m.id = :id', { id }).getOne()
      : null;
    if (!meeting) throw notFound('Séance introuvable.');
    return meeting;
  }

  forBody(bodyId: string, principal: RequestPrincipal): Promise<MeetingEntity[]> {
    return this.readable(principal)
      .andWhere('m.body_id = :bodyId', { bodyId })
      .orderBy('m.starts_at', 'DESC')
      .getMany();
  }

  /** My coming meetings: those I am convened to or that my organisation sits in, from today on. */
  upcoming(principal: RequestPrincipal): Promise<MeetingEntity[]> {
    return this.readable(principal)
      .andWhere(`m.ends_at >= now() - interval '1 day'`)
      .andWhere(`m.status in ('DRAFT', 'CONVENED')`)
      .orderBy('m.starts_at', 'ASC')
      .limit(20)
      .getMany();
  }

  /** The policy's view of meetings, in the order of `ids` (one query for a page of them). */
  async subjects(ids: readonly string[]): Promise<(MeetingSubject | Error)[]> {
    const rows: Omit<MeetingSubject, '__typename'>[] = await this.dataSource.query(MEETING_SUBJECT_SQL, [
      ids,
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? { __typename: 'Meeting' as const, ...row } : notFound('Séance introuvable.');
    });
  }

  async subject(
    meetingId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetingSubject> {
    const [row] = await manager.query(MEETING_SUBJECT_SQL, [[meetingId]]);
    if (!row) throw notFound('Séance introuvable.');
    return { __typename: 'Meeting', ...row };
  }

  /** The meeting, locked for the change; refused unless the principal prepares it. */
  async forPreparation(
    manager: EntityManager,
    id: string,
    principal: RequestPrincipal,
  ): Promise<MeetingEntity> {
    const meeting = UUID.test(id)
      ? await this.readable(principal, 'm', manager)
          .andWhere('m.id = :id', { id })
          .setLock('pessimistic_write', undefined, ['m'])
          .getOne()
      : null;
    if (!meeting) throw notFound('Séance introuvable.');
    if (!principal.ability.can('prepare', await this.subject(meeting.id, manager)))
      throw forbidden('Seul le secrétariat de l’instance prépare ses séances.');
    if (meeting.status === MeetingStatus.MINUTES_APPROVED) throw conflict('meetingId', FROZEN);
    return meeting;
  }

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
      const meeting = await this.forPreparation(manager, id, principal);
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
      const meeting = await this.forPreparation(manager, id, principal);
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

  async invitees(meetingIds: readonly string[]): Promise<MeetingInviteeEntity[][]> {
    const rows = await this.dataSource
      .getRepository(MeetingInviteeEntity)
      .createQueryBuilder('i')
      .innerJoin(UserEntity, 'u', 'u.id = i.user_id')
      .where('i.meeting_id in (:...ids)', { ids: meetingIds })
      .orderBy('u.full_name', 'ASC')
      .getMany();
    return meetingIds.map((id) => rows.filter((row) => row.meetingId === id));
  }

  /** Who came: recorded during or after the meeting, until the minutes are approved. */
  async recordAttendance(
    id: string,
    entries: AttendanceInput[],
    principal: RequestPrincipal,
  ): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.forPreparation(manager, id, principal);
      this.assertRecording(meeting, 'meetingId');
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
      const meeting = await this.forPreparation(manager, id, principal);
      this.assertRecording(meeting, 'meetingId');
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
      const meeting = await this.forPreparation(manager, id, principal);
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
        ? await this.readable(principal, 'm', manager)
            .andWhere('m.id = :id', { id })
            .setLock('pessimistic_write', undefined, ['m'])
            .getOne()
        : null;
      if (!meeting) throw notFound('Séance introuvable.');
      const subject = await this.subject(meeting.id, manager);
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
   * The one rule for time: what happens in a meeting — declaring it held, attendance, notes,
   * carry-overs, decisions — is recorded from the meeting's day on (in the platform's time zone),
   * once it is convened and until its minutes are approved. Every recording write and every
   * « can I record now » the client is told goes through here.
   */
  recordingRefusal(meeting: Pick<MeetingEntity, 'status' | 'startsAt'>, now = new Date()): string | null {
    if (meeting.status === MeetingStatus.DRAFT)
      return 'La séance n’est pas encore convoquée : ce qui s’y passe se note à partir du jour de la séance.';
    if (meeting.status === MeetingStatus.MINUTES_APPROVED) return FROZEN;
    const day = this.dayOf(meeting.startsAt);
    if (day > this.dayOf(now))
      return `La séance a lieu le ${day.split('-').reverse().join('/')} : présence, notes et décisions se notent à partir de ce jour.`;
    return null;
  }

  /** Refuses a recording write outside the meeting's time (see `recordingRefusal`), on `field`. */
  assertRecording(meeting: Pick<MeetingEntity, 'status' | 'startsAt'>, field: string): void {
    const refusal = this.recordingRefusal(meeting);
    if (refusal) throw conflict(field, refusal);
  }

  /**
   * The people who may approve the minutes, by the policy's own rules: each active user of the
   * chair organisation or of the group is asked to the ability built for them.
   */
  async approvers(meetingId: string): Promise<UserEntity[]> {
    const subject = await this.subject(meetingId);
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

  /** The calendar day of an instant in the platform's time zone (`YYYY-MM-DD`). */
  dayOf(date: Date): string {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: this.config.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(date);
  }

  /**
   * Refuses a person without the current charter signed where a RED item would reach them: a
   * restricted-group meeting whose agenda carries a RED case.
   */
  async assertCharterForRedItems(
    manager: EntityManager,
    meeting: MeetingEntity,
    userIds?: readonly string[],
  ): Promise<void> {
    if (!meeting.workingGroupId) return;
    const rows: { full_name: string }[] = await manager.query(
      `select u.full_name from meeting_invitees mi
         join users u on u.id = mi.user_id
         join working_groups wg on wg.id = $2
         left join working_group_members m on m.working_group_id = wg.id and m.user_id = mi.user_id
        where mi.meeting_id = $1 and ($3::uuid[] is null or mi.user_id = any($3::uuid[]))
          and (m.user_id is null or m.charter_signed_at is null or m.charter_signed_version is distinct from wg.charter_version)
          and exists (select 1 from agenda_items i join cases c on c.id = i.case_id
                       where i.meeting_id = $1 and c.sensitivity = '${Sensitivity.RED}')`,
      [meeting.id, meeting.workingGroupId, userIds ?? null],
    );
    if (rows.length)
      throw badInput(
        'inviteeUserIds',
        `L’ordre du jour porte un dossier confidentiel (TLP:RED) : ${rows.map((row) => row.full_name).join(', ')} n’a pas signé la charte en vigueur du groupe restreint.`,
      );
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
      await this.assertCharterForRedItems(manager, meeting, added);
    }
  }
}

export function actorOf(principal: RequestPrincipal) {
  return {
    userId: principal.actor.userId,
    organizationId: principal.actor.organizationId,
    label: principal.label,
  };
}

export function isFrozen(meeting: MeetingEntity): boolean {
  return meeting.status === MeetingStatus.MINUTES_APPROVED;
}

export type { AgendaItemEntity };
