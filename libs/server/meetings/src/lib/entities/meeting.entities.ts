import { AgendaSection, Attendance, MeetingKind, MeetingStatus } from '@continuum/domain';
import { CaseActionEntity, CaseEntity } from '@continuum/server/cases';
import { CoordinationBodyEntity, WorkingGroupEntity } from '@continuum/server/coordination';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

/** A meeting of a coordination body: plenary, restricted group, GPO or bimonthly review. */
@Entity('meetings')
@Index(['bodyId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity>;

  /** For a restricted-group meeting: the group whose members alone may be convened. */
  @Column({ type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroupEntity> | null;

  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'text', nullable: true })
  visioUrl!: string | null;

  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.DRAFT })
  status!: MeetingStatus;

  /** Incremented at each convocation or change of date, so that calendars update the invitation. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ type: 'timestamptz', nullable: true })
  convenedAt!: Date | null;

  /** The minutes' general summary, written by the secretary. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  minutesApprovedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  minutesApprovedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'minutes_approved_by_user_id' })
  minutesApprovedBy?: Relation<UserEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A person convened, and whether they came. */
@Entity('meeting_invitees')
export class MeetingInviteeEntity {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: Attendance, enumName: 'attendance', default: Attendance.INVITED })
  attendance!: Attendance;

  /** « représenté par » a colleague, written as given. */
  @Column({ type: 'text', nullable: true })
  representedBy!: string | null;

  /** The invitee's own answer to the convocation (PRESENT, EXCUSED or REPRESENTED), before the meeting. */
  @Column({ type: 'enum', enum: Attendance, enumName: 'attendance', nullable: true })
  answer!: Attendance | null;

  /** Who the invitee says will represent them. */
  @Column({ type: 'text', nullable: true })
  answerRepresentedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /**
   * The secret of this invitee's reply address (`reponses+<jeton>@…`), drawn by the database; read
   * only by the convocation and the reception of calendar replies, in SQL.
   */
  @Index('IDX_meeting_invitees_reply_token', { unique: true })
  @Column({
    type: 'text',
    select: false,
    insert: false,
    update: false,
    default: () => "replace(gen_random_uuid()::text, '-', '')",
  })
  replyToken?: string;
}

/** An item of a meeting's agenda: a case of the body, or a free item. */
@Entity('agenda_items')
@Index(['meetingId', 'caseId'], { unique: true, where: 'case_id IS NOT NULL' })
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'enum', enum: AgendaSection, enumName: 'agenda_section' })
  section!: AgendaSection;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity> | null;

  /** A free item's title (a case item shows its case's title, to those who may read it). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** Why the item is on the agenda. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMinutes!: number | null;

  /** Notes taken during the meeting, edited into the minutes. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** To be taken up again at the next meeting. */
  @Column({ type: 'boolean', default: false })
  carryOver!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A decision taken on an item: on a case item, it becomes an action of the case. */
@Entity('agenda_decisions')
export class AgendaDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: Relation<AgendaItemEntity>;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization?: Relation<OrganizationEntity>;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  caseActionId!: string | null;

  @ManyToOne(() => CaseActionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'case_action_id' })
  caseAction?: Relation<CaseActionEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** What a body's past agendas did not take: offered again to the next meeting. */
@Entity('agenda_backlog')
@Index(['bodyId', 'caseId'], { unique: true, where: 'case_id IS NOT NULL' })
export class AgendaBacklogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity>;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity> | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  fromMeetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'from_meeting_id' })
  fromMeeting?: Relation<MeetingEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A member asks for a case to be discussed at the body's next meeting. */
@Entity('case_escalations')
export class CaseEscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Index()
  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => CoordinationBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<CoordinationBodyEntity>;

  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'by_user_id' })
  byUser?: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  byLabel!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The meeting whose agenda took it up; null while waiting. */
  @Column({ type: 'uuid', nullable: true })
  takenUpByMeetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'taken_up_by_meeting_id' })
  takenUpByMeeting?: Relation<MeetingEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const MEETING_ENTITIES = [
  MeetingEntity,
  MeetingInviteeEntity,
  AgendaItemEntity,
  AgendaDecisionEntity,
  AgendaBacklogEntity,
  CaseEscalationEntity,
];
