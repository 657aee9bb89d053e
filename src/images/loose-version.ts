/**
 * kluctl's loose version order (images.get_image filters semver()/prefix()/regex()):
 * an optional leading "v" is ignored; the leading dotted numbers compare numerically (a
 * shorter prefix list is less; none counts as [0]); with equal numbers a version without a
 * suffix is greater; suffixes compare token by token (digit runs as integers, letter runs
 * and other text as strings, "." dropped; a string is less than an integer; a shorter
 * list is less).
 */
export interface LooseVersion {
  nums: bigint[];
  suffix: (string | bigint)[];
  hasSuffix: boolean;
}

const HEAD = /^v?(\d+(?:\.\d+)*)?(.*)$/s;

export function parseLooseVersion(v: string): LooseVersion {
  const m = HEAD.exec(v) as RegExpExecArray;
  const nums = m[1] ? m[1].split('.').map((n) => BigInt(n)) : [0n];
  const rest = m[2];
  const suffix: (string | bigint)[] = [];
  // Split like Python's re.split with a capturing group: tokens and the text between them.
  for (const part of rest.split(/(\d+|[a-zA-Z]+|\.)/)) {
    if (part === '' || part === '.') continue;
    suffix.push(/^\d+$/.test(part) ? BigInt(part) : part);
  }
  return { nums, suffix, hasSuffix: rest !== '' };
}

const cmp = (a: string | bigint | number, b: string | bigint | number) =>
  a < b ? -1 : a > b ? 1 : 0;

function compareLists(a: (string | bigint)[], b: (string | bigint)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x !== typeof y) return typeof x === 'string' ? -1 : 1;
    const c = cmp(x, y);
    if (c !== 0) return c;
  }
  return cmp(a.length, b.length);
}

/** Negative when a < b, positive when a > b, 0 when they are the same version. */
export function compareLooseVersions(a: string, b: string): number {
  const x = parseLooseVersion(a);
  const y = parseLooseVersion(b);
  const n = compareLists(x.nums, y.nums);
  if (n !== 0) return n;
  if (x.hasSuffix !== y.hasSuffix) return x.hasSuffix ? -1 : 1;
  return compareLists(x.suffix, y.suffix);
}
