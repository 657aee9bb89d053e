/**
 * The Python methods templates call on values: `s.split()`, `s.replace(a, b)`,
 * `list.append(x)`, `d.items()`, `d.get(k, default)`, ...
 */
import { indexError, keyError, typeError, valueError } from '../errors.js';
import { checkList, checkText, joinText } from '../limits.js';
import { type Kwargs, type Param, type PyFunction, pyFunction } from './callable.js';
import { strFormat } from './format.js';
import { pyRepr } from './repr.js';
import {
  PyTuple,
  chars,
  dictKey,
  dictView,
  hasAstral,
  isDict,
  isInt,
  num,
  pyCompare,
  pyEq,
  pyIter,
  setKey,
  tuple,
  typeName,
} from './values.js';

/** The characters str.isspace() accepts (what strip() and split() remove). */
export const PY_WHITESPACE =
  '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const WS_CLASS = `[${PY_WHITESPACE.replace(/[\]\\^-]/g, '\\$&')}]`;
const WS_RUN = new RegExp(`${WS_CLASS}+`, 'u');
// The line boundaries of Python's str.splitlines(), control characters included.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/;

type Table = Record<string, PyFunction>;

// Each implementation receives `self` and the bound arguments, typed per method.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MethodImpl = (...a: any[]) => unknown;

function table(defs: Record<string, [readonly Param[], MethodImpl]>): Table {
  const t = Object.create(null) as Table;
  for (const [name, [params, impl]] of Object.entries(defs)) {
    t[name] = pyFunction(name, ['self', ...params], impl);
  }
  return t;
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeName(v)}`);
  return v;
}

/** Code-point slice of s (Python indexes count code points). */
function cpSlice(s: string, start: unknown, end: unknown): { sub: string; offset: number } {
  if (start == null && end == null) return { sub: s, offset: 0 };
  const cs = hasAstral(s) ? chars(s) : null;
  const len = cs ? cs.length : s.length;
  const norm = (v: unknown, dflt: number) => {
    if (v == null) return dflt;
    let n = num(v);
    if (n < 0) n = Math.max(0, n + len);
    return Math.min(n, len);
  };
  const a = norm(start, 0);
  const b = norm(end, len);
  if (b <= a) return { sub: '', offset: a };
  return { sub: cs ? cs.slice(a, b).join('') : s.slice(a, b), offset: a };
}

function cpIndex(s: string, unitIndex: number): number {
  return unitIndex < 0 || !hasAstral(s) ? unitIndex : chars(s.slice(0, unitIndex)).length;
}

function find(s: string, sub: unknown, start: unknown, end: unknown, last: boolean): number {
  const needle = str(sub, 'substring');
  const { sub: hay, offset } = cpSlice(s, start, end);
  const i = last ? hay.lastIndexOf(needle) : hay.indexOf(needle);
  return i < 0 ? -1 : cpIndex(hay, i) + offset;
}

function count(s: string, sub: unknown, start: unknown, end: unknown): number {
  const needle = str(sub, 'substring');
  const { sub: hay } = cpSlice(s, start, end);
  if (needle === '') return chars(hay).length + 1;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

function affixMatch(
  s: string,
  affix: unknown,
  start: unknown,
  end: unknown,
  atEnd: boolean,
): boolean {
  const { sub } = cpSlice(s, start, end);
  const options = affix instanceof PyTuple ? [...affix] : [affix];
  return options.some((a) => {
    const t = str(a, atEnd ? 'endswith arg' : 'startswith arg');
    return atEnd ? sub.endsWith(t) : sub.startsWith(t);
  });
}

export function pySplit(s: string, sep: unknown, maxsplit: unknown): string[] {
  let max = maxsplit == null ? -1 : num(maxsplit);
  if (sep === null || sep === undefined) {
    const out: string[] = [];
    let rest = s.replace(new RegExp(`^${WS_CLASS}+`, 'u'), '');
    while (rest !== '') {
      if (max === 0) {
        out.push(rest);
        break;
      }
      const m = WS_RUN.exec(rest);
      if (!m) {
        out.push(rest);
        break;
      }
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
      max--;
    }
    return out;
  }
  const d = str(sep, 'separator');
  if (d === '') throw valueError('empty separator');
  const parts = s.split(d);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [...parts.slice(0, max), parts.slice(max).join(d)];
}

function rsplit(s: string, sep: unknown, maxsplit: unknown): string[] {
  const max = maxsplit == null ? -1 : num(maxsplit);
  if (max < 0) return pySplit(s, sep, -1);
  const rev = (x: string) => chars(x).reverse().join('');
  const revSep = sep == null ? sep : rev(str(sep, 'separator'));
  return pySplit(rev(s), revSep, max).map(rev).reverse();
}

export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest !== '') {
    const m = LINE_BREAK.exec(rest);
    if (!m) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, keepends ? m.index + m[0].length : m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

export function pyStrip(s: string, charsArg: unknown, left: boolean, right: boolean): string {
  const set = charsArg == null ? PY_WHITESPACE : str(charsArg, 'strip arg');
  const cs = chars(s);
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && set.includes(cs[a])) a++;
  if (right) while (b > a && set.includes(cs[b - 1])) b--;
  return cs.slice(a, b).join('');
}

const isCased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** Python str.title(): a letter after a non-letter is upper-cased, the rest lower-cased. */
export function pyTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    if (isCased(ch)) {
      out += prevCased ? ch.toLowerCase() : ch.toUpperCase();
      prevCased = true;
    } else {
      out += ch;
      prevCased = false;
    }
  }
  return out;
}

export function pyCapitalize(s: string): string {
  const cs = chars(s);
  if (cs.length === 0) return '';
  return cs[0].toUpperCase() + cs.slice(1).join('').toLowerCase();
}

/** Python str.center(): the odd extra pad goes left only when the width is odd. */
export function pyCenter(s: string, width: unknown, fill: unknown = ' '): string {
  const w = num(width);
  const len = chars(s).length;
  const f = str(fill, 'fill character');
  if (w <= len) return s;
  checkText(w);
  const padding = w - len;
  const left = Math.floor(padding / 2) + (padding & w & 1);
  return f.repeat(left) + s + f.repeat(padding - left);
}

function just(s: string, width: unknown, fill: unknown, left: boolean): string {
  const w = num(width);
  const n = w - chars(s).length;
  if (n <= 0) return s;
  checkText(w);
  const f = str(fill, 'fill character').repeat(n);
  return left ? s + f : f + s;
}

export function pyReplace(s: string, old: unknown, rep: unknown, countArg: unknown = -1): string {
  const o = str(old, 'replace() argument 1');
  const r = str(rep, 'replace() argument 2');
  let max = countArg == null ? -1 : num(countArg);
  if (max < 0) {
    // r before every character and at the end: '' becomes r, 'ab' becomes r a r b r
    if (o === '') return joinText(['', ...chars(s), ''], r);
    return joinText(s.split(o), r);
  }
  if (o === '') {
    const cs = chars(s);
    checkText(s.length + Math.min(max, cs.length + 1) * r.length);
    let out = '';
    for (let i = 0; i <= cs.length; i++) {
      if (max > 0) {
        out += r;
        max--;
      }
      if (i < cs.length) out += cs[i];
    }
    return out;
  }
  const parts = s.split(o);
  if (parts.length - 1 <= max) return joinText(parts, r);
  return joinText(parts.slice(0, max + 1), r) + o + parts.slice(max + 1).join(o);
}

function strJoin(sep: string, items: unknown): string {
  const parts = pyIter(items).map((x, i) => {
    if (typeof x !== 'string') {
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    }
    return x;
  });
  return joinText(parts, sep);
}

const is = (re: RegExp) => (s: string) => s.length > 0 && re.test(s);

export const STR_METHODS = table({
  upper: [[], (s: string) => s.toUpperCase()],
  lower: [[], (s: string) => s.toLowerCase()],
  casefold: [[], (s: string) => s.toLowerCase()],
  swapcase: [
    [],
    (s: string) =>
      chars(s)
        .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
        .join(''),
  ],
  title: [[], pyTitle],
  capitalize: [[], pyCapitalize],
  strip: [[['chars', null]], (s: string, c: unknown) => pyStrip(s, c, true, true)],
  lstrip: [[['chars', null]], (s: string, c: unknown) => pyStrip(s, c, true, false)],
  rstrip: [[['chars', null]], (s: string, c: unknown) => pyStrip(s, c, false, true)],
  split: [
    [
      ['sep', null],
      ['maxsplit', -1],
    ],
    pySplit,
  ],
  rsplit: [
    [
      ['sep', null],
      ['maxsplit', -1],
    ],
    rsplit,
  ],
  splitlines: [[['keepends', false]], (s: string, k: unknown) => splitlines(s, !!k)],
  replace: [['old', 'new', ['count', -1]], pyReplace],
  startswith: [
    ['prefix', ['start', null], ['end', null]],
    (s: string, p: unknown, a: unknown, b: unknown) => affixMatch(s, p, a, b, false),
  ],
  endswith: [
    ['suffix', ['start', null], ['end', null]],
    (s: string, p: unknown, a: unknown, b: unknown) => affixMatch(s, p, a, b, true),
  ],
  find: [
    ['sub', ['start', null], ['end', null]],
    (s: string, x: unknown, a: unknown, b: unknown) => find(s, x, a, b, false),
  ],
  rfind: [
    ['sub', ['start', null], ['end', null]],
    (s: string, x: unknown, a: unknown, b: unknown) => find(s, x, a, b, true),
  ],
  index: [
    ['sub', ['start', null], ['end', null]],
    (s: string, x: unknown, a: unknown, b: unknown) => {
      const i = find(s, x, a, b, false);
      if (i < 0) throw valueError('substring not found');
      return i;
    },
  ],
  rindex: [
    ['sub', ['start', null], ['end', null]],
    (s: string, x: unknown, a: unknown, b: unknown) => {
      const i = find(s, x, a, b, true);
      if (i < 0) throw valueError('substring not found');
      return i;
    },
  ],
  count: [['sub', ['start', null], ['end', null]], count],
  center: [['width', ['fillchar', ' ']], pyCenter],
  ljust: [['width', ['fillchar', ' ']], (s: string, w: unknown, f: unknown) => just(s, w, f, true)],
  rjust: [
    ['width', ['fillchar', ' ']],
    (s: string, w: unknown, f: unknown) => just(s, w, f, false),
  ],
  zfill: [
    ['width'],
    (s: string, w: unknown) => {
      const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
      const body = sign ? s.slice(1) : s;
      const n = num(w) - chars(s).length;
      if (n > 0) checkText(num(w));
      return n > 0 ? sign + '0'.repeat(n) + body : s;
    },
  ],
  join: [['iterable'], strJoin],
  partition: [
    ['sep'],
    (s: string, sep: unknown) => {
      const d = str(sep, 'separator');
      const i = s.indexOf(d);
      return i < 0 ? tuple([s, '', '']) : tuple([s.slice(0, i), d, s.slice(i + d.length)]);
    },
  ],
  rpartition: [
    ['sep'],
    (s: string, sep: unknown) => {
      const d = str(sep, 'separator');
      const i = s.lastIndexOf(d);
      return i < 0 ? tuple(['', '', s]) : tuple([s.slice(0, i), d, s.slice(i + d.length)]);
    },
  ],
  removeprefix: [
    ['prefix'],
    (s: string, p: unknown) => (s.startsWith(str(p, 'prefix')) ? s.slice((p as string).length) : s),
  ],
  removesuffix: [
    ['suffix'],
    (s: string, p: unknown) => {
      const x = str(p, 'suffix');
      return x && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
    },
  ],
  isalnum: [[], is(/^[\p{L}\p{N}]+$/u)],
  isalpha: [[], is(/^\p{L}+$/u)],
  isdigit: [[], is(/^\p{Nd}+$/u)],
  isdecimal: [[], is(/^\p{Nd}+$/u)],
  isnumeric: [[], is(/^\p{N}+$/u)],
  isspace: [[], is(new RegExp(`^${WS_CLASS}+$`, 'u'))],
  islower: [[], (s: string) => chars(s).some(isCased) && s === s.toLowerCase()],
  isupper: [[], (s: string) => chars(s).some(isCased) && s === s.toUpperCase()],
  istitle: [[], (s: string) => chars(s).some(isCased) && pyTitle(s) === s],
});

export function strFormatMethod(
  getter: (obj: unknown, key: string | number) => unknown,
): PyFunction {
  return pyFunction(
    'format',
    ['self'],
    (self: string, args: unknown[], kwargs: Kwargs) => strFormat(self, args, kwargs, getter),
    { varargs: true, varkw: true },
  );
}

function listIndex(list: unknown[], i: unknown): number {
  if (!isInt(i) && typeof i !== 'boolean') {
    throw typeError(`'${typeName(i)}' object cannot be interpreted as an integer`);
  }
  const n = num(i);
  return n < 0 ? n + list.length : n;
}

export const LIST_METHODS = table({
  append: [
    ['object'],
    (l: unknown[], x: unknown) => {
      checkList(l.length + 1);
      l.push(x);
      return null;
    },
  ],
  extend: [
    ['iterable'],
    (l: unknown[], x: unknown) => {
      const items = pyIter(x);
      const n = items.length;
      checkList(l.length + n);
      // by index: l.extend(l) adds each item once, and no spread of a huge list onto the stack
      for (let i = 0; i < n; i++) l.push(items[i]);
      return null;
    },
  ],
  insert: [
    ['index', 'object'],
    (l: unknown[], i: unknown, x: unknown) => {
      checkList(l.length + 1);
      const at = Math.max(0, Math.min(listIndex(l, i), l.length));
      l.splice(at, 0, x);
      return null;
    },
  ],
  pop: [
    [['index', -1]],
    (l: unknown[], i: unknown) => {
      if (l.length === 0) throw indexError('pop from empty list');
      const at = listIndex(l, i);
      if (at < 0 || at >= l.length) throw indexError('pop index out of range');
      return l.splice(at, 1)[0];
    },
  ],
  remove: [
    ['value'],
    (l: unknown[], x: unknown) => {
      const at = l.findIndex((y) => pyEq(y, x));
      if (at < 0) throw valueError('list.remove(x): x not in list');
      l.splice(at, 1);
      return null;
    },
  ],
  index: [
    ['value'],
    (l: unknown[], x: unknown) => {
      const at = l.findIndex((y) => pyEq(y, x));
      if (at < 0) throw valueError(`${pyRepr(x)} is not in list`);
      return at;
    },
  ],
  count: [['value'], (l: unknown[], x: unknown) => l.filter((y) => pyEq(y, x)).length],
  reverse: [
    [],
    (l: unknown[]) => {
      l.reverse();
      return null;
    },
  ],
  sort: [
    [['reverse', false]],
    (l: unknown[], rev: unknown) => {
      l.sort(pyCompare);
      if (rev) l.reverse();
      return null;
    },
  ],
  copy: [[], (l: unknown[]) => [...l]],
  clear: [
    [],
    (l: unknown[]) => {
      l.length = 0;
      return null;
    },
  ],
});

export const TUPLE_METHODS = table({
  index: [
    ['value'],
    (l: unknown[], x: unknown) => {
      const at = l.findIndex((y) => pyEq(y, x));
      if (at < 0) throw valueError('tuple.index(x): x not in tuple');
      return at;
    },
  ],
  count: [['value'], (l: unknown[], x: unknown) => l.filter((y) => pyEq(y, x)).length],
});

type Dict = Record<string, unknown>;

const NO_DEFAULT = Symbol('no default');

/** dict.update (also what dict(...) does to a new dict). */
export function dictUpdate(d: Dict, other: unknown, kwargs: Kwargs): null {
  if (isDict(other)) {
    for (const k of Object.keys(other)) setKey(d, k, other[k]);
  } else if (other != null) {
    for (const pair of pyIter(other)) {
      const kv = pyIter(pair);
      if (kv.length !== 2) {
        throw valueError(
          `dictionary update sequence element has length ${kv.length}; 2 is required`,
        );
      }
      setKey(d, dictKey(kv[0]), kv[1]);
    }
  }
  for (const k of Object.keys(kwargs)) setKey(d, k, kwargs[k]);
  return null;
}

export const DICT_METHODS: Table = Object.assign(
  table({
    keys: [[], (d: Dict) => dictView('keys', Object.keys(d))],
    values: [[], (d: Dict) => dictView('values', Object.values(d))],
    items: [
      [],
      (d: Dict) =>
        dictView(
          'items',
          Object.keys(d).map((k) => tuple([k, d[k]])),
        ),
    ],
    get: [
      ['key', ['default', null]],
      (d: Dict, k: unknown, dflt: unknown) => {
        const key = dictKey(k);
        return Object.hasOwn(d, key) ? d[key] : dflt;
      },
    ],
    pop: [
      ['key', ['default', NO_DEFAULT]],
      (d: Dict, k: unknown, dflt: unknown) => {
        const key = dictKey(k);
        if (Object.hasOwn(d, key)) {
          const v = d[key];
          delete d[key];
          return v;
        }
        if (dflt === NO_DEFAULT) throw keyError(pyRepr(k));
        return dflt;
      },
    ],
    setdefault: [
      ['key', ['default', null]],
      (d: Dict, k: unknown, dflt: unknown) => {
        const key = dictKey(k);
        if (!Object.hasOwn(d, key)) setKey(d, key, dflt);
        return d[key];
      },
    ],
    copy: [[], (d: Dict) => Object.assign(Object.create(null) as Dict, d)],
    clear: [
      [],
      (d: Dict) => {
        for (const k of Object.keys(d)) delete d[k];
        return null;
      },
    ],
    popitem: [
      [],
      (d: Dict) => {
        const keys = Object.keys(d);
        if (!keys.length) throw keyError("'popitem(): dictionary is empty'");
        const k = keys[keys.length - 1];
        const v = d[k];
        delete d[k];
        return tuple([k, v]);
      },
    ],
  }),
  {
    update: pyFunction('update', ['self', ['other', null]], dictUpdate, { varkw: true }),
  },
);
