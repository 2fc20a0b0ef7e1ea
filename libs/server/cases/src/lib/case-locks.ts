import { notFound } from '@continuum/server/platform';
import { EntityManager } from 'typeorm';
import { CaseEntity } from './entities/case.entity';

/**
 * Locks a case's row until the transaction ends and reads it afresh: what a change checked before
 * (status, sensitivity, referrals, shares) is checked again on this row, and whoever comes next waits
 * for this change to commit, then sees it. `FOR NO KEY UPDATE` is the lock the timeline's
 * `updated_at` write takes anyway; it does not hold back inserts that merely reference the case.
 */
export async function lockCase(manager: EntityManager, id: string): Promise<CaseEntity> {
  const row = await manager.findOne(CaseEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
  if (!row) throw notFound('Dossier introuvable.');
  return row;
}

/** Locks several cases, always in the same order, so that two changes locking the same pair never deadlock. */
export async function lockCases(manager: EntityManager, ids: readonly string[]): Promise<CaseEntity[]> {
  const locked = new Map<string, CaseEntity>();
  for (const id of [...new Set(ids)].sort()) locked.set(id, await lockCase(manager, id));
  return ids.map((id) => locked.get(id)!);
}
