import { type MaskedCell, type MaskReason, unmasked } from './masking';

/** A figure of an area's table: the sum of its communes' visible cells. */
export interface AreaCell {
  /** Null when every commune's figure of the cell is masked (and some is not zero). */
  count: number | null;
  masked: MaskReason | null;
  /** The sum leaves out masked figures of some communes: the true figure is at least `count`. */
  partial: boolean;
}

/** How one commune's table is masked: `maskGroup`, `maskGrid` (flattened), or nothing for the cabinet. */
export type TableMask = (counts: number[]) => MaskedCell[];
export const NO_MASK: TableMask = unmasked;

/**
 * The unit of masking is the commune. Each commune's table is masked on its own (so the same
 * commune's cells are masked the same way whatever area is asked), and an area's cell is the sum of
 * its communes' visible cells. So every figure a masked reader gets is a commune's visible cell or a
 * sum of them: two areas differenced (a territory with and without one commune, whatever territory
 * an organisation declares) give back only cells already visible, never a masked one.
 */
export function areaCells(
  codes: readonly string[],
  size: number,
  rows: readonly { commune: string; index: number; count: number }[],
  mask: TableMask,
): AreaCell[] {
  if (mask === NO_MASK) {
    // the cabinet's figures: the true sums, without a table per commune
    const sums = new Array<number>(size).fill(0);
    const area = new Set(codes);
    for (const row of rows)
      if (area.has(row.commune) && row.index >= 0 && row.index < size) sums[row.index] += row.count;
    return sums.map((count) => ({ count, masked: null, partial: false }));
  }
  const byCommune = new Map<string, number[]>(codes.map((code) => [code, new Array<number>(size).fill(0)]));
  for (const row of rows) {
    const counts = byCommune.get(row.commune);
    if (counts && row.index >= 0 && row.index < size) counts[row.index] += row.count;
  }
  const sums = new Array<number>(size).fill(0);
  const hidden = new Array<MaskReason | null>(size).fill(null);
  for (const counts of byCommune.values()) {
    mask(counts).forEach((cell, index) => {
      sums[index] += cell.count ?? 0;
      if (cell.masked && hidden[index] !== 'SMALL') hidden[index] = cell.masked;
    });
  }
  return sums.map((sum, index) => {
    const reason = hidden[index];
    if (reason && sum === 0) return { count: null, masked: reason, partial: false };
    return { count: sum, masked: null, partial: reason !== null };
  });
}
