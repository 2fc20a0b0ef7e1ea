import { maskGrid, maskGroup, visibleSum } from './masking';

const counts = (cells: { count: number | null }[]) => cells.map((cell) => cell.count);
const reasons = (cells: { masked: string | null }[]) => cells.map((cell) => cell.masked);

describe('Masking the small cells, so that no difference gives them back', () => {
  it('masks a cell of 1 to 4 facts and shows zeros and cells of 5 or more', () => {
    const cells = maskGroup([0, 12, 3, 7, 4], 5);
    expect(counts(cells)).toEqual([0, 12, null, 7, null]);
    expect(reasons(cells)).toEqual([null, null, 'SMALL', null, 'SMALL']);
  });

  it('masks a second cell when the only small one could be had as total minus the rest', () => {
    const cells = maskGroup([20, 3, 9, 40], 5);
    expect(reasons(cells)).toEqual([null, 'SMALL', 'SECONDARY', null]);
    // the attack: the true total (72, read from another table) minus what is shown
    const total = 20 + 3 + 9 + 40;
    expect(total - visibleSum(cells)).toBe(12);
  });

  it('keeps masking while the hidden cells add up to less than the threshold', () => {
    const cells = maskGroup([1, 1, 1, 30], 5);
    expect(reasons(cells)).toEqual(['SMALL', 'SMALL', 'SMALL', 'SECONDARY']);
  });

  it('follows the threshold it is given', () => {
    expect(reasons(maskGroup([9, 12, 30], 10))).toEqual(['SMALL', 'SECONDARY', null]);
    expect(reasons(maskGroup([9, 12, 30], 5))).toEqual([null, null, null]);
  });

  it('masks everything when a table holds fewer facts than the threshold', () => {
    expect(counts(maskGroup([0, 2, 0, 1], 5))).toEqual([0, null, 0, null]);
  });

  it('completes each row of a grid, then the grid as a whole', () => {
    const rows = maskGrid(
      [
        [10, 2, 8],
        [0, 0, 3],
        [20, 30, 40],
      ],
      5,
    );
    expect(rows.map(reasons)).toEqual([
      [null, 'SMALL', 'SECONDARY'],
      [null, null, 'SMALL'],
      [null, null, null],
    ]);
  });

  it('hides a cell of another row when a row’s only figure is small', () => {
    const rows = maskGrid(
      [
        [10, 0],
        [0, 3],
      ],
      5,
    );
    expect(rows.map(reasons)).toEqual([
      ['SECONDARY', null],
      [null, 'SMALL'],
    ]);
    expect(13 - rows.reduce((sum, row) => sum + visibleSum(row), 0)).toBe(13);
  });
});
