import { areaCells, NO_MASK } from './commune-cells';
import { maskGroup } from './masking';

const mask = (counts: number[]) => maskGroup(counts, 5);
const rows = (commune: string, counts: number[]) => counts.map((count, index) => ({ commune, index, count }));

describe('An area’s figures, as sums of its communes’ visible ones', () => {
  const gien = rows('gien', [3, 10, 20]);
  const orleans = rows('orleans', [8, 40, 0]);

  it('masks each commune on its own and sums what stays visible, saying the sum is partial', () => {
    // Gien: 3 small, 10 hidden with it; Orléans: all shown
    expect(areaCells(['gien', 'orleans'], 3, [...gien, ...orleans], mask)).toEqual([
      { count: 8, masked: null, partial: true },
      { count: 40, masked: null, partial: true },
      { count: 20, masked: null, partial: false },
    ]);
    expect(areaCells(['gien'], 3, gien, mask)).toEqual([
      { count: null, masked: 'SMALL', partial: false },
      { count: null, masked: 'SECONDARY', partial: false },
      { count: 20, masked: null, partial: false },
    ]);
  });

  it('gives back nothing masked when two territories, with and without a commune, are differenced', () => {
    const both = areaCells(['gien', 'orleans'], 3, [...gien, ...orleans], mask);
    const orleansOnly = areaCells(['orleans'], 3, orleans, mask);
    const difference = both.map((cell, i) => (cell.count ?? 0) - (orleansOnly[i].count ?? 0));
    // Gien's visible cells (0, 0, 20), never its 3 nor its 10
    expect(difference).toEqual([0, 0, 20]);
  });

  it('sums the true figures for the cabinet', () => {
    expect(
      areaCells(['gien', 'orleans'], 3, [...gien, ...orleans], NO_MASK).map((cell) => cell.count),
    ).toEqual([11, 50, 20]);
  });
});
