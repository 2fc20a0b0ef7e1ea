import { gridDiskDistances } from 'h3-js';
import { H3Memo } from './h3-memo';

/**
 * Kernel density on the H3 grid: each fact is spread over the cells around its own by a quartic
 * (biweight) kernel of the grid distance d (in rings), with a bandwidth of h = 3 rings:
 *
 *   K(d) = (1 − (d/h)²)²  for d < h, 0 beyond  →  1, 64/81, 25/81 at d = 0, 1, 2
 *
 * normalised so that a fact counts once in all (the weights of a cell's disk of radius 2 sum to
 * W = 1 + 6·64/81 + 12·25/81 = 765/81), then divided by the receiving cell's own area in km²
 * (h3-js `cellArea`: cells of one resolution differ slightly). The density of cell i is thus
 *
 *   D_i = Σ_j x_j · K(d_ij) / W / area_i      (facts per km² over the year)
 *
 * a smoothed surface, where the counts are a step per cell and Gi* a test.
 */
export const KERNEL_BANDWIDTH_RINGS = 3;

/** K(d) for d = 0 … h − 1. */
export const KERNEL_WEIGHTS: readonly number[] = Array.from(
  { length: KERNEL_BANDWIDTH_RINGS },
  (_, d) => (1 - (d / KERNEL_BANDWIDTH_RINGS) ** 2) ** 2,
);

/** Σ of the kernel over a disk: one cell at distance 0, 6·d at distance d. */
const KERNEL_TOTAL = KERNEL_WEIGHTS.reduce((sum, weight, d) => sum + weight * (d === 0 ? 1 : 6 * d), 0);

/** What the field's description says, in French. */
export const KERNEL_DESCRIPTION =
  'Densité de noyau (faits par km² sur l’année) : noyau quartique (biweight) sur la distance en anneaux H3, ' +
  'largeur de bande 3 anneaux (poids 1, 64/81 et 25/81 à 0, 1 et 2 anneaux), normalisé pour qu’un fait compte une fois, ' +
  'divisé par la surface de la cellule (h3-js)';

/** The kernel density (facts per km²) of each cell of `cells`, from the counts of every cell. */
export function kernelDensity(
  counts: ReadonlyMap<string, number>,
  cells: Iterable<string>,
  h3s = new H3Memo(),
): Map<string, number> {
  const spread = new Map<string, number>();
  for (const [h3, count] of counts) {
    if (count <= 0) continue;
    gridDiskDistances(h3, KERNEL_BANDWIDTH_RINGS - 1).forEach((ring, d) => {
      const share = (count * KERNEL_WEIGHTS[d]) / KERNEL_TOTAL;
      for (const other of ring) spread.set(other, (spread.get(other) ?? 0) + share);
    });
  }
  const density = new Map<string, number>();
  for (const h3 of cells) density.set(h3, (spread.get(h3) ?? 0) / h3s.areaKm2(h3));
  return density;
}
