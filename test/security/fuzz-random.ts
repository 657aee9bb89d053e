/** The deterministic random source of the fuzz passes: a failure is reproduced by its seed. */

/** xorshift32: small, fast, and the same sequence on every machine. */
export function random(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}

export type Random = ReturnType<typeof random>;
