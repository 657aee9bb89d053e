/**
 * Decimal formatting of floats exactly as Python does it: from the exact binary value,
 * rounding half to even. (JavaScript's toFixed/toPrecision round exact ties up instead,
 * so `'%.1f' % 0.25` would give 0.3 where Python gives 0.2.)
 */

interface Decimal {
  /** digits of |x| without sign; value = digits × 10^-scale */
  digits: string;
  scale: number;
}

function exactDecimal(x: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (biased === 0) exp2 = -1074;
  else {
    mant |= 1n << 52n;
    exp2 = biased - 1075;
  }
  if (exp2 >= 0) return { digits: (mant << BigInt(exp2)).toString(), scale: 0 };
  return { digits: (mant * 5n ** BigInt(-exp2)).toString(), scale: -exp2 };
}

/** Rounds |x| half-to-even to `frac` fractional digits (negative: to tens, hundreds...). */
function roundDecimal(d: Decimal, frac: number): Decimal {
  let digits = d.digits;
  if (digits.length <= d.scale) digits = '0'.repeat(d.scale - digits.length + 1) + digits;
  const keep = digits.length - d.scale + frac;
  if (keep >= digits.length)
    return { digits: digits + '0'.repeat(keep - digits.length), scale: frac };
  if (keep < 0) return { digits: '0', scale: frac };
  const kept = digits.slice(0, keep) || '0';
  const rest = digits.slice(keep);
  let up = false;
  if (rest[0] > '5') up = true;
  else if (rest[0] === '5') {
    up = /[1-9]/.test(rest.slice(1)) || Number(kept[kept.length - 1]) % 2 === 1;
  }
  const n = up ? BigInt(kept) + 1n : BigInt(kept);
  return { digits: n.toString(), scale: frac };
}

function withPoint(d: Decimal): string {
  if (d.scale <= 0) return d.digits + '0'.repeat(-d.scale);
  const digits = d.digits.padStart(d.scale + 1, '0');
  return `${digits.slice(0, digits.length - d.scale)}.${digits.slice(digits.length - d.scale)}`;
}

/** Python `round(x, ndigits)` on a float. */
export function roundHalfEven(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  const r = roundDecimal(exactDecimal(x), ndigits);
  const v = Number(withPoint(r));
  return x < 0 ? -v : v;
}

/** `%.{prec}f` without sign. */
export function fixedDigits(x: number, prec: number): string {
  return withPoint(roundDecimal(exactDecimal(x), prec));
}

/** `%.{prec}e` without sign: mantissa and exponent. */
function sciParts(x: number, prec: number): { mant: string; exp: number } {
  if (x === 0) return { mant: prec > 0 ? `0.${'0'.repeat(prec)}` : '0', exp: 0 };
  const d = exactDecimal(x);
  const stripped = d.digits.replace(/^0+/, '');
  let exp = stripped.length - d.scale - 1;
  let r = roundDecimal(d, prec - exp);
  if (r.digits.length > prec + 1) {
    exp += 1;
    r = roundDecimal(d, prec - exp);
  }
  const digits = r.digits.padStart(prec + 1, '0');
  return { mant: prec > 0 ? `${digits[0]}.${digits.slice(1)}` : digits[0], exp };
}

function expSuffix(exp: number, upper: boolean): string {
  return `${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

export function sciDigits(x: number, prec: number, upper = false): string {
  const { mant, exp } = sciParts(x, prec);
  return mant + expSuffix(exp, upper);
}

/** `%g` without sign; `alt` keeps trailing zeros (the `#` flag). */
export function generalDigits(x: number, prec: number, alt = false, upper = false): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return alt ? `0.${'0'.repeat(p - 1)}` : '0';
  const { exp } = sciParts(x, p - 1);
  let s: string;
  if (exp >= -4 && exp < p) s = fixedDigits(x, p - 1 - exp);
  else s = sciDigits(x, p - 1, upper);
  if (alt) return s;
  const [m, e] = s.split(/(?=[eE])/);
  const trimmed = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
  return trimmed + (e ?? '');
}

export function nonFinite(x: number, upper: boolean): string | undefined {
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  if (!Number.isFinite(x)) return upper ? 'INF' : 'inf';
  return undefined;
}
