import { UserEntity } from '@continuum/server/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export type IcsMethod = 'REQUEST' | 'CANCEL';

/**
 * One outgoing message, written in the transaction of the change that causes it (the outbox) and
 * updated by the worker with the outcome of each attempt. The row, not the queue, is the truth:
 * a job only carries the row's id.
 */
@Entity('mail_messages')
@Index(['status', 'nextAttemptAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable dotted name of what the mail is about: `meeting.convocation`, `meeting.cancellation`… */
  @Column({ type: 'text' })
  topic!: string;

  /** The thing the mail is about (a meeting's id…), to show its delivery status beside it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  referenceId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text', nullable: true })
  toName!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  /** An iCalendar object sent as the message's calendar part, so mail clients offer to add it. */
  @Column({ type: 'text', nullable: true })
  ics!: string | null;

  @Column({ type: 'text', nullable: true })
  icsMethod!: IcsMethod | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  status!: MailStatus;

  /** Attempts made over the row's life (a `retry()` does not reset it). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** While PENDING: when the next attempt is due (the queue's retry, or the sweeper's next look). */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /**
   * Set when the same text goes to many people (an alert): the rows of a batch leave as one
   * message, each person a recipient of the envelope only (as in Bcc), and the batch's id is the
   * message's and its queue job's. A row taken out of its batch (a recipient refused for now,
   * a FAILED row sent again) goes on its own.
   */
  @Index({ where: 'batch_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  batchId!: string | null;

  /** The Message-ID the SMTP server accepted. */
  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
