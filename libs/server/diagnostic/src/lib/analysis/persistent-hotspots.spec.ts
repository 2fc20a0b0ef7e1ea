import { gridDisk, gridRingUnsafe, latLngToCell } from 'h3-js';
import { contiguousGroups, persistentHotspotGroups } from './persistent-hotspots';

/** Two clusters of La Source far apart (ten rings), at resolution 8, and a few isolated facts. */
const a = latLngToCell(47.845, 1.94, 8);
const b = gridRingUnsafe(a, 10)[0];
const background = (counts: Map<string, number>) => {
  for (const h3 of gridRingUnsafe(a, 5)) counts.set(h3, 1);
  return counts;
};
const cluster = (centre: string, count: number) =>
  gridDisk(centre, 1).map((h3) => [h3, h3 === centre ? count * 2 : count] as [string, number]);

describe('Persistent hotspots (Gi* significant this year and the year before), grouped', () => {
  it('keeps the cells hot in both years, in one group per cluster of neighbours', () => {
    const current = background(new Map([...cluster(a, 30), ...cluster(b, 30)]));
    const previous = background(new Map(cluster(a, 25)));
    const groups = persistentHotspotGroups(current, previous);
    // b is hot this year only: not persistent
    expect(groups).toHaveLength(1);
    expect(groups[0].map((cell) => cell.h3)).toContain(a);
    expect(groups[0].every((cell) => gridDisk(a, 2).includes(cell.h3))).toBe(true);
    const centre = groups[0].find((cell) => cell.h3 === a)!;
    expect([centre.count, centre.previousCount]).toEqual([60, 50]);
    expect(centre.z).toBeGreaterThanOrEqual(1.96);
    expect(centre.previousZ).toBeGreaterThanOrEqual(1.96);
  });

  it('gives two proposals for two clusters hot in both years, the larger first', () => {
    const both = background(new Map([...cluster(a, 20), ...cluster(b, 40)]));
    const groups = persistentHotspotGroups(both, both);
    expect(groups).toHaveLength(2);
    expect(groups[0].map((cell) => cell.h3)).toContain(b);
    expect(groups[1].map((cell) => cell.h3)).toContain(a);
  });

  it('leaves out the cells already confirmed', () => {
    const both = background(new Map([...cluster(a, 20), ...cluster(b, 40)]));
    const groups = persistentHotspotGroups(both, both, (h3) => gridDisk(b, 2).includes(h3));
    expect(groups).toHaveLength(1);
    expect(groups[0].map((cell) => cell.h3)).toContain(a);
  });

  it('groups cells by contiguity on the grid', () => {
    const [n1, n2] = gridRingUnsafe(a, 1);
    expect(contiguousGroups([b, n2, a, n1])).toEqual(
      [[a, n1, n2].sort(), [b]].sort((x, y) => x[0].localeCompare(y[0])),
    );
    expect(contiguousGroups([])).toEqual([]);
  });
});
