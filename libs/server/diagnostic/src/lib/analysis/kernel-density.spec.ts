import { cellArea, gridDisk, gridRingUnsafe, latLngToCell } from 'h3-js';
import { KERNEL_WEIGHTS, kernelDensity } from './kernel-density';

/** A cell of La Source at resolution 8, a neighbour, a cell two rings away, one three rings away. */
const centre = latLngToCell(47.845, 1.94, 8);
const ring1 = gridRingUnsafe(centre, 1)[0];
const ring2 = gridRingUnsafe(centre, 2)[0];
const ring3 = gridRingUnsafe(centre, 3)[0];
const km2 = (h3: string) => cellArea(h3, 'km2');

describe('Kernel density on the H3 grid (quartic kernel, bandwidth 3 rings)', () => {
  it('weighs 1, 64/81 and 25/81 at 0, 1 and 2 rings', () => {
    [1, 64 / 81, 25 / 81].forEach((weight, d) => expect(KERNEL_WEIGHTS[d]).toBeCloseTo(weight, 12));
    expect(KERNEL_WEIGHTS).toHaveLength(3);
  });

  it('gives the hand-computed densities around one cell of 765 facts', () => {
    // W = 1 + 6·64/81 + 12·25/81 = 765/81: 765 facts in the centre leave 81 there, 64 in each
    // neighbour, 25 in each cell two rings away, none three rings away — each over its area.
    const density = kernelDensity(new Map([[centre, 765]]), [centre, ring1, ring2, ring3]);
    expect(density.get(centre)).toBeCloseTo(81 / km2(centre), 9);
    expect(density.get(ring1)).toBeCloseTo(64 / km2(ring1), 9);
    expect(density.get(ring2)).toBeCloseTo(25 / km2(ring2), 9);
    expect(density.get(ring3)).toBe(0);
  });

  it('counts each fact once in all, and adds up what two cells spread', () => {
    const counts = new Map([
      [centre, 10],
      [ring1, 4],
    ]);
    const disk = gridDisk(centre, 4);
    const density = kernelDensity(counts, disk);
    const facts = disk.reduce((sum, h3) => sum + density.get(h3)! * km2(h3), 0);
    expect(facts).toBeCloseTo(14, 9);
    // the centre receives its own 10 at weight 1 and its neighbour's 4 at 64/81
    expect(density.get(centre)! * km2(centre)).toBeCloseTo(((10 + (4 * 64) / 81) * 81) / 765, 9);
  });

  it('gives nothing where there is no fact', () => {
    expect(kernelDensity(new Map(), [centre]).get(centre)).toBe(0);
  });
});
