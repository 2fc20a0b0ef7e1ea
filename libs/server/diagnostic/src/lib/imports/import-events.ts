import { DOMAIN_EVENTS } from '@continuum/domain';
import { OUTBOX_CHANNEL } from '@continuum/server/platform';
import type { PoolClient } from 'pg';

/**
 * Writes, in the transaction that inserts an import's incidents, the outbox event that runs the
 * spike detection (libs/server/alerts, `spikes/`) once they are committed: an import rolled back
 * announces nothing, one committed always does (the relay hands the event over until handled).
 */
export async function announceIncidentsImported(client: PoolClient, importId: string): Promise<void> {
  const {
    rows: [event],
  } = await client.query<{ id: string }>(
    'insert into outbox_events (topic, payload) values ($1, $2) returning id',
    [DOMAIN_EVENTS.INCIDENTS_IMPORTED, JSON.stringify({ importId })],
  );
  await client.query('select pg_notify($1, $2)', [OUTBOX_CHANNEL, event.id]);
}
