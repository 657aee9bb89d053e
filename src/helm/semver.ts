/**
 * Chart versions and update constraints as Helm and kluctl read them: the Masterminds
 * semver v3 rules (github.com/Masterminds/semver), which differ from npm's. Versions parse
 * leniently (`v1.2`, `1` are 1.2.0 and 1.0.0); constraints know `~ ~> ^ = != > < >= <= =>
 * =<`, wildcards (`1.2.x`, `*`), hyphen ranges (`1 - 2`), AND by space or comma and OR by
 * `||`. A pre-release version only satisfies a constraint atom that has a pre-release
 * itself (`~1.2.0-0`).
 */

export interface ChartSemver {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release without the dash ('' for none). */
  pre: string;
  /** The text it was parsed from. */
  original: string;
}

const NUM = '0123456789';
const ALLOWED = /^[0-9A-Za-z-]+$/;
const VERSION_RE =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

const onlyDigits = (s: string) => s.length > 0 && [...s].every((c) => NUM.includes(c));

function validPrerelease(pre: string): boolean {
  return pre
    .split('.')
    .every((p) => (onlyDigits(p) ? !(p.length > 1 && p[0] === '0') : ALLOWED.test(p)));
}

/** A version the way Masterminds' NewVersion reads it, or undefined. */
export function parseChartVersion(text: string): ChartSemver | undefined {
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const n = (s: string | undefined) => (s ? Number(s.replace(/^\./, '')) : 0);
  const parts = [n(m[1]), n(m[2]), n(m[3])];
  // Go parses into uint64; beyond JavaScript's safe integers comparisons would be wrong.
  if (parts.some((p) => !Number.isSafeInteger(p))) return undefined;
  const pre = m[5] ?? '';
  if (pre && !validPrerelease(pre)) return undefined;
  return { major: parts[0], minor: parts[1], patch: parts[2], pre, original: text };
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return o !== '' ? -1 : 1;
  if (o === '') return 1;
  const sn = onlyDigits(s);
  const on = onlyDigits(o);
  if (!sn && !on) return s > o ? 1 : -1;
  if (!on) return -1; // a number sorts before a string
  if (!sn) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

function comparePrerelease(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = comparePrePart(as[i] ?? '', bs[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

/** -1, 0 or 1; build metadata is ignored, as semver says. */
export function compareChartVersions(a: ChartSemver, b: ChartSemver): number {
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  }
  if (a.pre === b.pre) return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  return comparePrerelease(a.pre, b.pre);
}

type Op = '' | '=' | '!=' | '>' | '<' | '>=' | '=>' | '<=' | '=<' | '~' | '~>' | '^';

interface Atom {
  op: Op;
  con: ChartSemver;
  text: string;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const CV = String.raw`v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?`;
const OPS = String.raw`=||!=|>|<|>=|=>|<=|=<|~|~>|\^`;
const CV_BARE = CV.replace(/\((?!\?)/g, '(?:');
const ATOM_RE = new RegExp(String.raw`^\s*(${OPS})\s*(${CV})\s*$`);
const FIND_RE = new RegExp(String.raw`(${OPS})\s*(${CV_BARE})`, 'g');
const VALID_RE = new RegExp(
  String.raw`^(\s*(?:${OPS})\s*(?:${CV_BARE})\s*)((?:\s+|,\s*)(?:${OPS})\s*(?:${CV_BARE})\s*)*$`,
);
const RANGE_RE = new RegExp(String.raw`\s*(${CV_BARE})\s+-\s+(${CV_BARE})\s*`, 'g');

const isX = (s: string | undefined) => s === 'x' || s === 'X' || s === '*';

function parseAtom(text: string): Atom {
  if (text === '') {
    return {
      op: '',
      con: { major: 0, minor: 0, patch: 0, pre: '', original: '0.0.0' },
      text,
      dirty: true,
      minorDirty: false,
      patchDirty: false,
    };
  }
  const m = ATOM_RE.exec(text);
  if (!m) throw new Error(`improper constraint: ${text}`);
  const [, op, written, major, minorPart, patchPart, pre] = m as unknown as (string | undefined)[];
  const minor = minorPart?.slice(1);
  const patch = patchPart?.slice(1);
  const suffix = pre ?? '';
  let ver: string;
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major) || !major) {
    ver = `0.0.0${suffix}`;
    dirty = true;
  } else if (isX(minor) || !minor) {
    ver = `${major}.0.0${suffix}`;
    dirty = minorDirty = true;
  } else if (isX(patch) || !patch) {
    ver = `${major}.${minor}.0${suffix}`;
    dirty = patchDirty = true;
  } else {
    ver = `${major}.${minor}.${patch}${suffix}`;
  }
  const con = parseChartVersion(ver);
  if (!con) throw new Error(`improper constraint: ${text}`);
  return { op: (op ?? '') as Op, con, text: written ?? '', dirty, minorDirty, patchDirty };
}

const lt = (a: ChartSemver, b: ChartSemver) => compareChartVersions(a, b) < 0;

function tilde(v: ChartSemver, c: Atom): boolean {
  if (lt(v, c.con)) return false;
  if (c.con.major === 0 && c.con.minor === 0 && c.con.patch === 0 && !c.minorDirty && !c.patchDirty)
    return true;
  if (v.major !== c.con.major) return false;
  return v.minor === c.con.minor || c.minorDirty;
}

function caret(v: ChartSemver, c: Atom): boolean {
  if (lt(v, c.con)) return false;
  if (c.con.major > 0 || c.minorDirty) return v.major === c.con.major;
  if (v.major > 0) return false;
  if (c.con.minor > 0 || c.patchDirty) return v.minor === c.con.minor;
  if (v.minor > 0) return false;
  return v.patch === c.con.patch;
}

function notEqual(v: ChartSemver, c: Atom): boolean {
  if (c.dirty) {
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (c.con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) {
      if (v.pre !== '' || c.con.pre !== '') return comparePrerelease(v.pre, c.con.pre) !== 0;
      return false;
    }
  }
  return compareChartVersions(v, c.con) !== 0;
}

function greater(v: ChartSemver, c: Atom): boolean {
  if (!c.dirty) return compareChartVersions(v, c.con) > 0;
  if (v.major !== c.con.major) return v.major > c.con.major;
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > c.con.minor;
  return compareChartVersions(v, c.con) > 0;
}

function lessOrEqual(v: ChartSemver, c: Atom): boolean {
  if (!c.dirty) return compareChartVersions(v, c.con) <= 0;
  if (v.major > c.con.major) return false;
  return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
}

function check(v: ChartSemver, c: Atom): boolean {
  // Pre-releases only match atoms that ask for them (Masterminds issue 21); != included
  // when it has a wildcard.
  if (v.pre !== '' && c.con.pre === '' && (c.op !== '!=' || c.dirty)) return false;
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : compareChartVersions(v, c.con) === 0;
    case '!=':
      return notEqual(v, c);
    case '>':
      return greater(v, c);
    case '<':
      return compareChartVersions(v, c.con) < 0;
    case '>=':
    case '=>':
      return compareChartVersions(v, c.con) >= 0;
    case '<=':
    case '=<':
      return lessOrEqual(v, c);
    case '~':
    case '~>':
      return tilde(v, c);
    case '^':
      return caret(v, c);
  }
}

export interface ChartConstraint {
  text: string;
  /** ORs of ANDs. */
  groups: Atom[][];
  /** Whether some atom has a pre-release, i.e. pre-releases can match at all. */
  allowsPrereleases: boolean;
}

/** Parses a constraint; throws an Error with Masterminds' wording when it is not one. */
export function parseConstraint(text: string): ChartConstraint {
  const rewritten = text.replace(RANGE_RE, (_m, a: string, b: string) => `>= ${a}, <= ${b} `);
  const groups = rewritten.split('||').map((part) => {
    if (!VALID_RE.test(part)) throw new Error(`improper constraint: ${part}`);
    const found = part.match(FIND_RE) ?? [part];
    return found.map(parseAtom);
  });
  return {
    text,
    groups,
    allowsPrereleases: groups.some((g) => g.some((a) => a.con.pre !== '')),
  };
}

export function satisfies(v: ChartSemver, c: ChartConstraint): boolean {
  return c.groups.some((and) => and.every((atom) => check(v, atom)));
}
