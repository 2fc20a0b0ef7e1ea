import {
  AlertChannel,
  AlertSeverity,
  AlertTopic,
  CaseCategory,
  EmailMode,
  OrganizationType,
  SubscriptionScope,
} from '@continuum/domain';
import { GeneratedPointColumn, GeneratedShapeColumn, ZoneEntity } from '@continuum/server/territory';
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

/**
 * An alert: raised by an event of the platform (a case opened, a referral, a meeting convened…)
 * or written by the prefect's cabinet or a secretary for an audience. What reaches each
 * recipient is decided at fan-out, in SQL, under the sharing policy.
 */
@Entity('alerts')
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: AlertTopic, enumName: 'alert_topic' })
  topic!: AlertTopic;

  @Column({ type: 'enum', enum: AlertSeverity, enumName: 'alert_severity' })
  severity!: AlertSeverity;

  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category', nullable: true })
  category!: CaseCategory | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  /** The case it is about: recipients who may not read it receive nothing of it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  /** Its territory: communes, zones, and a drawn area (GeoJSON polygon). */
  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  communeCodes!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  zoneIds!: string[];

  @Column({ type: 'jsonb', nullable: true })
  area!: Record<string, unknown> | null;

  /** The drawn area as PostGIS (generated from `area`): what the fan-out compares. */
  @Index({ spatial: true })
  @GeneratedShapeColumn('area', { nullable: true })
  areaShape?: object | null;

  /** The case's point, compared with subscriptions' drawn areas. */
  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  /** The point as PostGIS (generated from longitude/latitude), for spatial predicates. */
  @Index({ spatial: true })
  @GeneratedPointColumn()
  location?: object | null;

  /** A manual alert's audience: organisation types (empty = every type). */
  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type', array: true, default: '{}' })
  audienceTypes!: OrganizationType[];

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id' })
  author?: Relation<UserEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  authorOrganizationId!: string | null;

  @Column({ type: 'text', nullable: true })
  authorLabel!: string | null;

  /** The event it was raised from: handling the event twice raises it once. */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  outboxEventId!: string | null;

  /** Who it is for besides the subscriptions (a referral's organisation, the people convened…). */
  @Column({ type: 'jsonb', default: {} })
  targeting!: AlertTargeting;

  /** For alerts raised by a scan (an action due): the same fact alerts once. */
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'integer', nullable: true })
  recipientCount!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  fannedOutAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Who an alert reaches, besides subscriptions. `territorial` alerts reach subscribers whose
 * territory, categories and severity match (a case opened, a manual alert); direct ones reach the
 * named organisations and people whatever their subscription (a referral, a convocation).
 */
export interface AlertTargeting {
  territorial?: boolean;
  organizationIds?: string[];
  userIds?: string[];
  /** Never the person who caused it. */
  excludeUserId?: string | null;
}

/** The in-app alert of one recipient: exactly one per alert and user. */
@Entity('notifications')
// The centre's keyset, newest first; the unread ones (the bell, « non lues ») apart.
@Index(['userId', 'createdAt', 'id'])
@Index(['userId', 'createdAt', 'id'], { where: '"read_at" IS NULL' })
@Index(['alertId', 'userId'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  alertId!: string;

  @ManyToOne(() => AlertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  alert?: Relation<AlertEntity>;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DIGEST = 'DIGEST',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/** One delivery of an alert to a recipient on a channel: the key makes a retried job a no-op. */
@Entity('alert_deliveries')
export class AlertDeliveryEntity {
  @PrimaryColumn({ type: 'uuid' })
  alertId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'enum', enum: AlertChannel, enumName: 'alert_channel' })
  channel!: AlertChannel;

  @ManyToOne(() => AlertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  alert?: Relation<AlertEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({
    type: 'enum',
    enum: DeliveryStatus,
    enumName: 'delivery_status',
    default: DeliveryStatus.PENDING,
  })
  status!: DeliveryStatus;

  /** The mail of this delivery (e-mail channel), or of the digest that carried it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  mailMessageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * What a user wants to hear about; a row without a user is their organisation's default, set by a
 * manager. Without any row: in-app only, over the organisation's competence, every category.
 */
@Entity('alert_subscriptions')
@Index('alert_subscriptions_user_unique', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index('alert_subscriptions_organization_default_unique', ['organizationId'], {
  unique: true,
  where: 'user_id IS NULL',
})
export class AlertSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity> | null;

  @Column({
    type: 'enum',
    enum: SubscriptionScope,
    enumName: 'subscription_scope',
    default: SubscriptionScope.COMPETENCE,
  })
  scope!: SubscriptionScope;

  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  communeCodes!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  zoneIds!: string[];

  /** A drawn area (GeoJSON polygon), as drawn. */
  @Column({ type: 'jsonb', nullable: true })
  area!: Record<string, unknown> | null;

  /** The drawn area as PostGIS (generated from `area`): what the fan-out compares. */
  @Index({ spatial: true })
  @GeneratedShapeColumn('area', { nullable: true })
  areaShape?: object | null;

  /** Categories followed; empty means all. */
  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category', array: true, default: '{}' })
  categories!: CaseCategory[];

  @Column({ type: 'enum', enum: AlertSeverity, enumName: 'alert_severity', default: AlertSeverity.INFO })
  minSeverity!: AlertSeverity;

  @Column({ type: 'boolean', default: true })
  inApp!: boolean;

  @Column({ type: 'enum', enum: EmailMode, enumName: 'email_mode', default: EmailMode.NONE })
  emailMode!: EmailMode;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A spike found by the detection (`spikes/spike-model.ts`): a zone, a category, a week, its count and the
 * level it was compared with. One row per (zone, category, week), whatever the number of runs, even
 * at the same time: the unique key decides which run writes the alert.
 */
@Entity('incident_spikes')
@Index('incident_spikes_zone_category_week_unique', ['zoneId', 'category', 'week'], { unique: true })
export class IncidentSpikeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_incident_spikes' })
  id!: string;

  @Column({ type: 'uuid' })
  zoneId!: string;

  @ManyToOne(() => ZoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id', foreignKeyConstraintName: 'FK_incident_spikes_zone' })
  zone?: Relation<ZoneEntity>;

  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category' })
  category!: CaseCategory;

  /** The Monday of the ISO week (Paris time). */
  @Column({ type: 'date' })
  week!: string;

  /** Incidents of the week in the zone. */
  @Column({ type: 'integer' })
  incidents!: number;

  /** The expected level λ and P(X ≥ incidents) under Poisson(λ). */
  @Column({ type: 'double precision' })
  expected!: number;

  @Column({ type: 'double precision' })
  probability!: number;

  /** The weeks before it the data covered, whose mean is λ. */
  @Column({ type: 'integer' })
  baselineWeeks!: number;

  @Index('IDX_incident_spikes_alert')
  @Column({ type: 'uuid', nullable: true })
  alertId!: string | null;

  @ManyToOne(() => AlertEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'FK_incident_spikes_alert' })
  alert?: Relation<AlertEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  detectedAt!: Date;
}

export const ALERT_ENTITIES = [
  AlertEntity,
  NotificationEntity,
  AlertDeliveryEntity,
  AlertSubscriptionEntity,
  IncidentSpikeEntity,
];
