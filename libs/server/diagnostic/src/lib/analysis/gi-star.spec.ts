import { gridDisk, gridRingUnsafe, latLngToCell } from 'h3-js';
import { giStar, predictionAccuracy, SIGNIFICANT_Z, studyArea } from './gi-star';

/** A cell of La Source at the finer resolution, its six neighbours, and a cell five rings away. */
const centre = latLngToCell(47.845, 1.94, 9);
const ring1 = gridDisk(centre, 1).filter((h3) => h3 !== centre);
const far = gridRingUnsafe(centre, 5)[0];

describe('Getis-Ord Gi* on the H3 grid (k-ring 1 with the cell itself)', () => {
  it('takes as study area the cells with facts and their neighbours, zeros included', () => {
    expect(studyArea([centre])).toHaveLength(7);
    expect(studyArea([centre, ...ring1])).toHaveLength(19);
  });

  it('gives the hand-computed z-scores on a cluster of seven cells of 10 facts', () => {
    // n = 19, X̄ = 70/19, S = √(700/19 − X̄²) ≈ 4.8238; the centre: W = 7, Σ w x = 70, so
    // z = (70 − 7·70/19) / (4.8238 · √((19·7 − 49)/18)) ≈ 4.2426; a ring-1 cell sees the centre,
    // two ring-1 cells and three empty ones: Σ w x = 40, z = (40 − 7·70/19) / 10.4206 ≈ 1.3637.
    const counts = new Map([centre, ...ring1].map((h3) => [h3, 10]));
    const cells = new Map(giStar(counts).map((cell) => [cell.h3, cell]));
    expect(cells.size).toBe(19);
    expect(cells.get(centre)?.z).toBeCloseTo(4.2426, 3);
    expect(cells.get(ring1[0])?.z).toBeCloseTo(1.3637, 3);
    const significant = [...cells.values()].filter((cell) => (cell.z ?? 0) >= SIGNIFICANT_Z);
    expect(significant.map((cell) => cell.h3)).toEqual([centre]);
  });

  it('gives no z-score where every cell holds the same count', () => {
    const cells = giStar(new Map(gridDisk(centre, 2).map((h3) => [h3, 3])));
    // the outer ring of the study area is empty, so only a uniform *area* has no variance
    expect(cells.some((cell) => cell.z === null)).toBe(false);
    expect(giStar(new Map([[centre, 0]])).every((cell) => cell.z === null)).toBe(true);
  });
});

describe('Prediction Accuracy Index of last period’s hotspots', () => {
  it('is the hit rate over the area share: 30 of 40 facts in 1 of 26 cells ≈ 19.5', () => {
    const previous = new Map([centre, ...ring1].map((h3) => [h3, 10]));
    const current = new Map([
      [centre, 30],
      [far, 10],
    ]);
    const pai = predictionAccuracy(previous, current);
    expect(pai.hotspotCells).toBe(1);
    expect(pai.hitRate).toBeCloseTo(0.75, 6);
    expect(pai.areaShare).toBeCloseTo(1 / 26, 3);
    expect(pai.index).toBeCloseTo(19.5, 0);
  });

  it('has no index when last period had no hotspot', () => {
    const pai = predictionAccuracy(new Map(), new Map([[centre, 4]]));
    expect(pai).toEqual({ hitRate: 0, areaShare: 0, index: null, hotspotCells: 0 });
  });
});
