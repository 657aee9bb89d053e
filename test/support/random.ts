/**
 * A seeded random number generator (mulberry32) for tests that try many generated cases:
 * the same seed gives the same cases, so a failure can be replayed.
 */
export function seededRandom(seed: number) {
  let state = seed | 0;
  /** An integer in [0, n). */
  const random = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const pick = <T>(list: readonly T[]): T => list[random(list.length)];
  return { random, pick };
}
