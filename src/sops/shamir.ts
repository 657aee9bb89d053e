/**
 * Shamir's secret sharing over GF(2^8) (Rijndael's field), as SOPS splits a data key among
 * key groups: each part is the shares of every byte followed by the part's x coordinate.
 */

function mult(a: number, b: number): number {
  let acc = 0;
  for (let i = 7; i >= 0; i--) {
    acc = ((acc << 1) ^ (acc & 0x80 ? 0x1b : 0)) & 0xff;
    if ((b >> i) & 1) acc ^= a;
  }
  return acc;
}

function inverse(a: number): number {
  // a^254 = a^-1 in GF(2^8)
  let result = 1;
  let base = a;
  for (let e = 254; e > 0; e >>= 1) {
    if (e & 1) result = mult(result, base);
    base = mult(base, base);
  }
  return result;
}

/** The secret from `parts` (at least the threshold of them). */
export function combineShares(parts: readonly Buffer[]): Buffer {
  if (parts.length < 2)
    throw new Error('less than two parts cannot be used to reconstruct the secret');
  const len = parts[0].length;
  if (len < 2 || parts.some((p) => p.length !== len)) throw new Error('invalid key parts');
  const xs = parts.map((p) => p[len - 1]);
  if (new Set(xs).size !== xs.length) throw new Error('duplicate key part');
  const secret = Buffer.alloc(len - 1);
  for (let idx = 0; idx < len - 1; idx++) {
    let result = 0;
    for (let i = 0; i < parts.length; i++) {
      let basis = 1;
      for (let j = 0; j < parts.length; j++) {
        if (i === j) continue;
        // (0 - x_j) / (x_i - x_j); subtraction is XOR
        basis = mult(basis, mult(xs[j], inverse(xs[i] ^ xs[j])));
      }
      result ^= mult(parts[i][idx], basis);
    }
    secret[idx] = result;
  }
  return secret;
}
