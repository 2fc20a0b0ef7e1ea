import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { AlertEntity } from '../alerts.entities';

/**
 * An organisation's own system, registered by one of its managers: Continuum POSTs it the alerts
 * the organisation receives, signed with the secret. One per organisation.
 */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  url!: string;

  /** HMAC key (32 random bytes, hex): shown once, never read back by a query (hence not selected). */
  @Column({ type: 'text', select: false })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Deliveries in a row that failed for good; reset by a success. Past a threshold the webhook is disabled. */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  disabledReason!: string | null;

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

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * One alert sent to one webhook: the row is the truth, the job only carries its id. The unique key
 * makes a retried fan-out a no-op.
 */
@Entity('webhook_deliveries')
@Index(['webhookId', 'alertId'], { unique: true })
@Index(['webhookId', 'createdAt'])
// What the sweeper and the administration's « bloqués » read, every few seconds.
@Index('webhook_deliveries_pending_idx', ['createdAt'], { where: "status = 'PENDING'" })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  webhookId!: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Relation<WebhookEntity>;

  @Index()
  @Column({ type: 'uuid' })
  alertId!: string;

  @ManyToOne(() => AlertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  alert?: Relation<AlertEntity>;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  status!: WebhookDeliveryStatus;

  /** Attempts over the row's life (a replay does not reset it). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** The HTTP status of the last answer, if there was one. */
  @Column({ type: 'integer', nullable: true })
  responseStatus!: number | null;

  /** While PENDING after a failure: when the queue tries again. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const WEBHOOK_ENTITIES = [WebhookEntity, WebhookDeliveryEntity];
