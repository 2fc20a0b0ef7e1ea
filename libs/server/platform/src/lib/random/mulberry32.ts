/**
 * mulberry32: a small, fast, reproducible PRNG — numbers in [0, 1) from one 32-bit seed. For drawing
 * worlds that can be replayed (the demo seed, the policies' differential tests), never for secrets.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
