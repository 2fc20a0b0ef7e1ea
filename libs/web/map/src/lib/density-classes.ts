/** A class of the hex map's legend. */
export interface HexClass {
  key: string;
  label: string;
  color: string;
}

/** Sequential classes of the density (DSFR illustrative reds), and their upper bounds as shares of the densest cell. */
const DENSITY_COLORS = ['#fee9e6', '#fcc0b4', '#f95c5e', '#ce0500', '#6e0a0a'];
const DENSITY_SHARES = [0.05, 0.15, 0.3, 0.6, 1];

/**
 * The density classes of a set of hexes: five classes bounded by shares of the densest cell's
 * density (5, 15, 30, 60 and 100 %), so that the dense cores stand out of a département of mostly
 * quiet cells (quantiles would paint most of it dark), labelled in French.
 */
export function densityClasses(hexes: readonly { density?: number }[]): (HexClass & { max: number })[] {
  const top = hexes.reduce((max, hex) => Math.max(max, hex.density ?? 0), 0);
  if (top === 0) return [];
  const say = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: value < 10 ? 1 : 0 });
  const bounds = DENSITY_SHARES.map((share) => share * top);
  return bounds.map((max, i) => ({
    key: `d${i}`,
    max,
    color: DENSITY_COLORS[i],
    label:
      i === 0
        ? `Jusqu’à ${say(max)} faits/km²`
        : i === bounds.length - 1
          ? `Plus de ${say(bounds[i - 1])} faits/km² (au plus ${say(max)})`
          : `De ${say(bounds[i - 1])} à ${say(max)} faits/km²`,
  }));
}
