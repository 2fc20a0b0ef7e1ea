import { H3Memo } from './h3-memo';

/** A hotspot is significant at |z| ≥ 1.96 (two-sided, 5 %). */
export const SIGNIFICANT_Z = 1.96;

export interface HotspotCell {
  h3: string;
  count: number;
  /** Getis-Ord Gi* z-score; null when every cell of the study area holds the same count. */
  z: number | null;
}

/**
 * Getis-Ord Gi* on an H3 grid, with binary weights: the neighbours of cell i are its k-ring 1
 * (itself and its six adjacent cells), w_ij = 1 for those and 0 otherwise.
 *
 *            Σ_j w_ij x_j − X̄ Σ_j w_ij
 *   Gi*  = ─────────────────────────────────────────────
 *           S · √( (n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1) )
 *
 * with n the number of cells of the study area, X̄ = Σ x_j / n and S = √(Σ x_j² / n − X̄²). The
 * study area is every cell holding a fact plus its k-ring 1 (counted 0 when empty), so that each
 * cell with facts has its whole neighbourhood; a neighbour outside it has no weight.
 */
export function giStar(counts: ReadonlyMap<string, number>, h3s = new H3Memo()): HotspotCell[] {
  const area = studyArea(counts.keys(), h3s);
  const n = area.length;
  const x = (h3: string) => counts.get(h3) ?? 0;
  const sum = area.reduce((total, h3) => total + x(h3), 0);
  const mean = sum / n;
  const s = Math.sqrt(area.reduce((total, h3) => total + x(h3) ** 2, 0) / n - mean ** 2);
  const inArea = new Set(area);
  return area.map((h3) => {
    const neighbours = h3s.disk(h3).filter((other) => inArea.has(other));
    const weights = neighbours.length;
    const local = neighbours.reduce((total, other) => total + x(other), 0);
    const denominator = s * Math.sqrt((n * weights - weights ** 2) / (n - 1));
    const z = n > 1 && denominator > 0 ? (local - mean * weights) / denominator : null;
    return { h3, count: x(h3), z };
  });
}

/** The cells with facts and their k-ring 1, each once, in a stable order. */
export function studyArea(cells: Iterable<string>, h3s = new H3Memo()): string[] {
  const area = new Set<string>();
  for (const h3 of cells) for (const other of h3s.disk(h3)) area.add(other);
  return [...area].sort();
}

export function isHotspot(cell: HotspotCell): boolean {
  return cell.z !== null && cell.z >= SIGNIFICANT_Z;
}

export interface PredictionAccuracy {
  /** Share of this period's facts that fell in last period's hotspots. */
  hitRate: number;
  /** Share of the study area those hotspots cover. */
  areaShare: number;
  /** hitRate / areaShare; null when last period had no hotspot or this period no fact. */
  index: number | null;
  hotspotCells: number;
}

/**
 * The Prediction Accuracy Index (Chainey et al. 2008) of last period's hotspots for this period:
 * (n / N) / (a / A) — n this period's facts in last period's significant hot cells, N all of them;
 * a the area of those cells (H3 cells of one resolution differ slightly in area: their real areas
 * are summed), A the area of the study area of both periods.
 */
export function predictionAccuracy(
  previous: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
  h3s = new H3Memo(),
): PredictionAccuracy {
  const hotspots = giStar(previous, h3s)
    .filter(isHotspot)
    .map((cell) => cell.h3);
  const area = studyArea([...previous.keys(), ...current.keys()], h3s);
  const total = [...current.values()].reduce((sum, count) => sum + count, 0);
  const hits = hotspots.reduce((sum, h3) => sum + (current.get(h3) ?? 0), 0);
  const areaOf = (cells: string[]) => cells.reduce((sum, h3) => sum + h3s.areaKm2(h3), 0);
  const areaShare = area.length ? areaOf(hotspots) / areaOf(area) : 0;
  const hitRate = total ? hits / total : 0;
  const index = total > 0 && areaShare > 0 ? hitRate / areaShare : null;
  return { hitRate, areaShare, index, hotspotCells: hotspots.length };
}
