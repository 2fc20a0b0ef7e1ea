import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';

/** The channel a relay LISTENs on: a committed event wakes it at once (the poll is the fallback). */
export const OUTBOX_CHANNEL = 'continuum_outbox';

/**
 * Something that happened, written in the same transaction as the change that caused it: a
 * rolled-back change leaves no event; a committed one always has its event, which a relay hands to
 * the job queue (the row id is the job id, so handing it twice changes nothing).
 */
@Entity('outbox_events')
@Index('outbox_events_pending_idx', ['createdAt'], { where: 'dispatched_at IS NULL' })
@Index('outbox_events_unhandled_idx', ['dispatchedAt'], { where: 'handled_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  /** Identifiers only: what the event is about is read again when it is handled. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the relay handed it to the queue. */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  /**
   * When its job finished. Handed over but not handled after a while: Redis may have lost the
   * job (it keeps nothing on disk), and the relay hands it over again under the same job id.
   */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt!: Date | null;
}

/** Writes an event with the caller's transaction manager; NOTIFY is delivered only on commit. */
export async function emitEvent(
  manager: EntityManager,
  topic: string,
  payload: Record<string, unknown>,
): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive)
    throw new Error(`L’événement ${topic} doit être écrit dans la transaction du changement qui le cause.`);
  const [row]: { id: string }[] = await manager.query(
    `insert into outbox_events (topic, payload) values ($1, $2) returning id`,
    [topic, JSON.stringify(payload)],
  );
  await manager.query('select pg_notify($1, $2)', [OUTBOX_CHANNEL, row.id]);
  return row.id;
}
