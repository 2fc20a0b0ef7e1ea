import { CaseQueryService } from '@continuum/server/cases';
import { conflict, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { EntityManager } from 'typeorm';
import { AgendaItemEntity } from './entities/meeting.entities';
import { MeetingsService, UUID } from './meetings.service';

/** « 2026-12-16 » as « 16/12/2026 ». */
export const frDate = (day: string) => day.split('-').reverse().join('/');

/** What a request on an item withdrawn while it waited for the meeting is told. */
export const WITHDRAWN = 'Ce point vient d’être retiré de l’ordre du jour.';

/**
 * The item and its meeting, the meeting locked; the item is read again under the lock, since a
 * parallel withdrawal may have committed while this request waited for it.
 */
export async function itemForPreparation(
  meetings: MeetingsService,
  manager: EntityManager,
  itemId: string,
  principal: RequestPrincipal,
) {
  const found = UUID.test(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
  if (!found) throw notFound('Point introuvable.');
  const meeting = await meetings.forPreparation(manager, found.meetingId, principal);
  const item = await manager.findOneBy(AgendaItemEntity, { id: found.id, meetingId: meeting.id });
  if (!item) throw conflict('itemId', WITHDRAWN);
  return { item, meeting };
}

/**
 * Which of the cases the principal may read, asked on the caller's connection: a request that
 * holds the meeting's lock must not wait for a second connection of the pool, which the requests
 * queued behind that lock may all be holding.
 */
export async function readableCaseIds(
  cases: CaseQueryService,
  manager: EntityManager,
  ids: readonly string[],
  principal: RequestPrincipal,
): Promise<Set<string>> {
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return new Set();
  const [sql, params] = cases
    .readable(principal, 'c')
    .select('c.id', 'id')
    .andWhere('c.id in (:...ids)', { ids: valid })
    .getQueryAndParameters();
  const rows: { id: string }[] = await manager.query(sql, params);
  return new Set(rows.map((row) => row.id));
}
