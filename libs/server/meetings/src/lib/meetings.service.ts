import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeetingStatus, MeetingSubject, Sensitivity } from '@continuum/domain';
import { UserEntity } from '@continuum/server/organizations';
import { APP_CONFIG, badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AgendaItemEntity, MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import { MEETING_SUBJECT_SQL, readableMeetings } from './meeting-policy.sql';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
 * prepares them), the meeting locked for whoever prepares it, and the one rule for time. Planning
 * is in `MeetingPlanningService`, what follows the meeting in `MeetingMinutesService`.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
