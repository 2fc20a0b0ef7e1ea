/**
 * Statistical masking of the diagnostic's tables for everyone below the prefect's cabinet.
 *
 * The rule (stated once, applied to every published table):
 * 1. **Primary**: a cell counting between 1 and `min − 1` facts is masked (« < 5 »). A zero is
 *    shown: it is no fact about anyone.
 * 2. **Complementary**: within each table — and within each row of the category × month table —
 *    the masked cells must add up to 0 or to at least `min`, spread over at least two cells. While
 *    they do not, the smallest visible non-zero cell of that group is masked too (« secret »).
 * So a true total (of a table or a row) minus what is shown never gives a figure under `min`, nor
 * isolates one cell: differencing a total against its visible cells, or two tables of the same
 * facts against each other, reveals only a sum of at least two masked cells worth `min` or more.
 * The unit is the commune (`commune-cells.ts`): each commune's tables are masked on their own and
 * an area's figure is the sum of its communes' visible ones, so two areas differenced give back
 * only visible cells. Periods are whole calendar years, so two overlapping periods cannot be asked
 * for; the trend and the comparison are sums of visible cells too. A masked reader's totals are
 * sums of what they are shown.
 */
export type MaskReason = 'SMALL' | 'SECONDARY';

export interface MaskedCell {
  /** Null when masked. */
  count: number | null;
  masked: MaskReason | null;
}

/** Masks one group of cells (a one-dimensional table). */
export function maskGroup(counts: readonly number[], min: number): MaskedCell[] {
  const reasons: (MaskReason | null)[] = counts.map((count) => primary(count, min));
  complete(counts, reasons, min);
  return counts.map((count, index) => cell(count, reasons[index]));
}

/**
 * Masks a grid (category × month): each row completed as a group, then the grid as one group —
 * a row may hold a single small figure and nothing else to hide with it.
 */
export function maskGrid(rows: readonly (readonly number[])[], min: number): MaskedCell[][] {
  const reasons = rows.map((row) => {
    const rowReasons = row.map((count) => primary(count, min));
    complete(row, rowReasons, min);
    return rowReasons;
  });
  complete(rows.flat(), reasons.flat(), min, (flatIndex) => {
    const width = rows[0]?.length ?? 1;
    reasons[Math.floor(flatIndex / width)][flatIndex % width] = 'SECONDARY';
  });
  return rows.map((row, r) => row.map((count, c) => cell(count, reasons[r][c])));
}

/** The sum of the visible cells: what a total is for a reader whose tables are masked. */
export function visibleSum(cells: readonly MaskedCell[]): number {
  return cells.reduce((sum, one) => sum + (one.count ?? 0), 0);
}

/** Every cell shown as it is (the cabinet's view). */
export function unmasked(counts: readonly number[]): MaskedCell[] {
  return counts.map((count) => cell(count, null));
}

function primary(count: number, min: number): MaskReason | null {
  return count > 0 && count < min ? 'SMALL' : null;
}

function cell(count: number, reason: MaskReason | null): MaskedCell {
  return { count: reason ? null : count, masked: reason };
}

/** Adds complementary cells until the masked ones add up to 0 or ≥ min over ≥ 2 cells. */
function complete(
  counts: readonly number[],
  reasons: (MaskReason | null)[],
  min: number,
  onMask: (index: number) => void = () => undefined,
): void {
  for (;;) {
    const hidden = counts.filter((_, index) => reasons[index] !== null);
    const mass = hidden.reduce((sum, count) => sum + count, 0);
    if (mass === 0 || (mass >= min && hidden.length >= 2)) return;
    let smallest = -1;
    counts.forEach((count, index) => {
      if (reasons[index] === null && count > 0 && (smallest < 0 || count < counts[smallest]))
        smallest = index;
    });
    // Nothing left to hide with it: every non-zero cell is masked, no figure is given.
    if (smallest < 0) return;
    reasons[smallest] = 'SECONDARY';
    onMask(smallest);
  }
}
