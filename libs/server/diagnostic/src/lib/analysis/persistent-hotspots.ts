import { gridDisk } from 'h3-js';
import { giStar, isHotspot, SIGNIFICANT_Z } from './gi-star';

/** How many consecutive calendar years, ending with the one read, a cell must be a hotspot in. */
export const PERSISTENCE_YEARS = 2;

/** The rule, as the cabinet reads it beside the proposals. */
export function persistenceRule(year: number, areaLabel: string): string {
  const z = SIGNIFICANT_Z.toLocaleString('fr-FR');
  return (
    `Une cellule est un point chaud persistant quand son Gi* est significatif (z ≥ ${z}) en ${year} ` +
    `et en ${year - 1}, à la même résolution, sur les faits du territoire lu (${areaLabel}) ; les cellules ` +
    `voisines sur la grille H3 forment une seule proposition ; les cellules déjà confirmées en zone n’en font plus partie.`
  );
}

export interface PersistentCell {
  h3: string;
  count: number;
  previousCount: number;
  z: number;
  previousZ: number;
}

/**
 * The cells that are significant hot spots (Gi* z ≥ 1.96, `gi-star.ts`) in both years, grouped by
 * contiguity on the grid (two cells are contiguous when they are neighbours, k-ring 1): each group
 * is one proposal. Groups come largest first (by this year's facts), their cells in id order;
 * `exclude` removes cells (those already confirmed) before grouping.
 */
export function persistentHotspotGroups(
  current: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, number>,
  exclude: (h3: string) => boolean = () => false,
): PersistentCell[][] {
  const hot = (counts: ReadonlyMap<string, number>) =>
    new Map((counts.size ? giStar(counts) : []).filter(isHotspot).map((cell) => [cell.h3, cell.z as number]));
  const now = hot(current);
  const before = hot(previous);
  const cells = new Map<string, PersistentCell>();
  for (const [h3, z] of now) {
    const previousZ = before.get(h3);
    if (previousZ === undefined || exclude(h3)) continue;
    cells.set(h3, {
      h3,
      count: current.get(h3) ?? 0,
      previousCount: previous.get(h3) ?? 0,
      z,
      previousZ,
    });
  }
  const groups = contiguousGroups([...cells.keys()]).map((group) => group.map((h3) => cells.get(h3)!));
  const total = (group: PersistentCell[]) => group.reduce((sum, cell) => sum + cell.count, 0);
  return groups.sort((a, b) => total(b) - total(a) || a[0].h3.localeCompare(b[0].h3));
}

/** The cells split into groups of neighbours (connected components), each sorted by id. */
export function contiguousGroups(cells: readonly string[]): string[][] {
  const left = new Set(cells);
  const groups: string[][] = [];
  for (const start of [...left].sort()) {
    if (!left.has(start)) continue;
    left.delete(start);
    const group = [start];
    for (let i = 0; i < group.length; i++)
      for (const other of gridDisk(group[i], 1))
        if (left.has(other)) {
          left.delete(other);
          group.push(other);
        }
    groups.push(group.sort());
  }
  return groups;
}
