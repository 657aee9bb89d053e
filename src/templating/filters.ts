/** Jinja2 3.1's built-in filters, with their keyword arguments and Python semantics. */
import { TemplateError, typeError, valueError } from './errors.js';
import { unescapeEntities } from './html-entities.js';
import { checkList, checkText, joinText } from './limits.js';
import {
  BoundMethod,
  type CallSite,
  type Kwargs,
  PY_CALL,
  type PyFunction,
  pyFunction,
} from './python/callable.js';
import { percentFormat } from './python/format.js';
import {
  PY_WHITESPACE,
  pyCapitalize,
  pyCenter,
  pyReplace,
  pyStrip,
  splitlines,
} from './python/methods.js';
import { fixedDigits, roundHalfEven } from './python/numfmt.js';
import { pyRepr, toPythonString } from './python/repr.js';
import {
  GroupTuple,
  PyFloat,
  PyTuple,
  Undefined,
  chars,
  isDict,
  isFloat,
  isNumeric,
  missing,
  newDict,
  num,
  pyCompare,
  pyEq,
  pyFloat,
  pyIter,
  pyLen,
  truthy,
  tuple,
  typeName,
} from './python/values.js';
import { getattr, getitem } from './runtime/access.js';
import { add } from './runtime/ops.js';
import type { RenderContext } from './runtime/scope.js';
import { jsonDumps } from './json.js';
import { readVolatile } from './reads.js';

const filterArgumentError = (msg: string) => new TemplateError('FilterArgumentError', msg);

const str = (v: unknown) => toPythonString(v);

type Env = { filters: Record<string, PyFunction>; tests: Record<string, PyFunction> };
const envOf = (site: CallSite) => (site.context as RenderContext).state.env as Env;

/** `attribute` arguments: "a.b.0" walks items/attributes (integers index). */
function attrGetter(
  attribute: unknown,
  postprocess?: (v: unknown) => unknown,
  dflt: unknown = null,
): (item: unknown) => unknown {
  const parts =
    typeof attribute === 'string'
      ? attribute.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
      : [attribute];
  return (item: unknown) => {
    let v = item;
    for (const p of parts) {
      v = getitem(v, p);
      if (dflt !== null && v instanceof Undefined) v = dflt;
    }
    return postprocess ? postprocess(v) : v;
  };
}

function multiAttrGetter(
  attribute: unknown,
  postprocess?: (v: unknown) => unknown,
): (item: unknown) => unknown[] {
  const getters = (typeof attribute === 'string' ? attribute.split(',') : [attribute]).map((a) =>
    attrGetter(a, postprocess),
  );
  return (item) => getters.map((g) => g(item));
}

const ignoreCase = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

function sortKeyed(items: unknown[], key: (v: unknown) => unknown, reverse: unknown): unknown[] {
  const decorated = items.map((v) => [key(v), v] as const);
  decorated.sort((a, b) => pyCompare(a[0], b[0]));
  if (truthy(reverse)) {
    // Python's sort(reverse=True) keeps equal items in their original order
    decorated.reverse();
    stableReverseTies(decorated);
  }
  return decorated.map(([, v]) => v);
}

function stableReverseTies(d: (readonly [unknown, unknown])[]): void {
  let i = 0;
  while (i < d.length) {
    let j = i + 1;
    while (j < d.length && pyCompare(d[i][0], d[j][0]) === 0) j++;
    const run = d.slice(i, j).reverse();
    d.splice(i, run.length, ...run);
    i = j;
  }
}

function htmlEscape(v: unknown): string {
  return str(v)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');
}

/** Python int(text, base): whitespace, sign and underscores allowed. */
export function parseIntText(text: string, base: number): number | undefined {
  let t = pyStrip(text, null, true, true);
  let sign = 1;
  if (t[0] === '+' || t[0] === '-') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  let b = base;
  const prefix = /^0([bBoOxX])/.exec(t);
  if (prefix) {
    const pb = { b: 2, o: 8, x: 16 }[prefix[1].toLowerCase() as 'b' | 'o' | 'x'];
    if (b === 0 || b === pb) {
      b = pb;
      t = t.slice(2).replace(/^_/, '');
    }
  }
  if (b === 0) b = 10;
  if (!/^[0-9a-zA-Z]+(_[0-9a-zA-Z]+)*$/.test(t)) return undefined;
  const digits = t.replace(/_/g, '').toLowerCase();
  for (const c of digits) if (parseInt(c, 36) >= b) return undefined;
  return sign * parseInt(digits, b);
}

/** Python float(text). */
export function parseFloatText(text: string): number | undefined {
  const t = pyStrip(text, null, true, true).replace(/(?<=\d)_(?=\d)/g, '');
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}

function toInt(value: unknown, dflt: unknown, base: unknown): unknown {
  if (typeof value === 'string') {
    const i = parseIntText(value, num(base));
    if (i !== undefined) return i;
    const f = parseFloatText(value);
    return f !== undefined && Number.isFinite(f) ? Math.trunc(f) : dflt;
  }
  if (isNumeric(value)) {
    const n = num(value);
    return Number.isFinite(n) ? Math.trunc(n) : dflt;
  }
  return dflt;
}

function toFloat(value: unknown, dflt: unknown): unknown {
  if (typeof value === 'string') {
    const f = parseFloatText(value);
    return f === undefined ? dflt : pyFloat(f);
  }
  if (isNumeric(value)) return pyFloat(num(value));
  return dflt;
}

function indent(s: unknown, width: unknown, first: unknown, blank: unknown): string {
  if (typeof width !== 'string') checkText(num(width));
  const ind = typeof width === 'string' ? width : ' '.repeat(num(width));
  const text = `${str(s)}\n`;
  let rv: string;
  if (truthy(blank)) rv = joinText(splitlines(text), `\n${ind}`);
  else {
    const lines = splitlines(text);
    const rest = lines.slice(1).map((l) => (l ? ind + l : l));
    rv = joinText([lines[0] ?? '', ...rest], '\n');
  }
  return truthy(first) ? ind + rv : rv;
}

function truncate(
  s: unknown,
  length: unknown,
  killwords: unknown,
  end: unknown,
  leeway: unknown,
): string {
  const text = chars(str(s));
  const len = num(length);
  const e = str(end);
  const lee = leeway === null ? 5 : num(leeway);
  if (len < chars(e).length)
    throw new TemplateError('AssertionError', `expected length >= ${chars(e).length}, got ${len}`);
  if (text.length <= len + lee) return text.join('');
  if (truthy(killwords)) return text.slice(0, len - chars(e).length).join('') + e;
  const head = text.slice(0, len - chars(e).length).join('');
  const cut = head.lastIndexOf(' ');
  return (cut < 0 ? head : head.slice(0, cut)) + e;
}

function round(value: unknown, precision: unknown, method: unknown): unknown {
  if (method !== 'common' && method !== 'ceil' && method !== 'floor') {
    throw filterArgumentError('method must be common, ceil or floor');
  }
  const p = num(precision);
  if (!isNumeric(value)) throw typeError(`type ${typeName(value)} doesn't define __round__ method`);
  const x = num(value);
  if (method === 'common') {
    // round(int, n) stays an int; round(float, n) is a float
    if (!isFloat(value)) return p >= 0 ? x : roundHalfEven(x, p);
    return pyFloat(roundHalfEven(x, p));
  }
  const f = method === 'ceil' ? Math.ceil : Math.floor;
  return pyFloat(f(x * 10 ** p) / 10 ** p);
}

function minMax(
  value: unknown,
  caseSensitive: unknown,
  attribute: unknown,
  which: 'min' | 'max',
): unknown {
  const items = pyIter(value);
  if (!items.length) return new Undefined(`No aggregated item, sequence was empty.`);
  const post = truthy(caseSensitive) ? undefined : ignoreCase;
  const key =
    attribute !== null ? attrGetter(attribute, post) : (v: unknown) => (post ? post(v) : v);
  let best = items[0];
  let bestKey = key(best);
  for (const item of items.slice(1)) {
    const k = key(item);
    const c = pyCompare(k, bestKey);
    if ((which === 'min' && c < 0) || (which === 'max' && c > 0)) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

/** Python sets and dict keys only take hashable values (not lists or dicts). */
function requireHashable(v: unknown): void {
  if ((Array.isArray(v) && !(v instanceof PyTuple)) || isDict(v)) {
    throw typeError(`unhashable type: '${typeName(v)}'`);
  }
  if (v instanceof PyTuple) v.forEach(requireHashable);
}

function unique(value: unknown, caseSensitive: unknown, attribute: unknown): unknown[] {
  const post = truthy(caseSensitive) ? undefined : ignoreCase;
  const key =
    attribute !== null ? attrGetter(attribute, post) : (v: unknown) => (post ? post(v) : v);
  const seen: unknown[] = [];
  const out: unknown[] = [];
  for (const item of pyIter(value)) {
    const k = key(item);
    requireHashable(k);
    if (!seen.some((s) => pyEq(s, k))) {
      seen.push(k);
      out.push(item);
    }
  }
  return out;
}

function groupby(
  value: unknown,
  attribute: unknown,
  dflt: unknown,
  caseSensitive: unknown,
): GroupTuple[] {
  const key = attrGetter(attribute, truthy(caseSensitive) ? undefined : ignoreCase, dflt);
  const sorted = sortKeyed(pyIter(value), key, false);
  const groups: GroupTuple[] = [];
  for (const item of sorted) {
    const k = key(item);
    const last = groups[groups.length - 1];
    if (last && pyEq(last[2 as number], k)) (last[1] as unknown[]).push(item);
    else {
      const g = new GroupTuple();
      g.push(k, [item]);
      groups.push(g);
      (g as unknown as unknown[])[2] = k;
    }
  }
  const display = truthy(caseSensitive) ? undefined : attrGetter(attribute, undefined, dflt);
  for (const g of groups) {
    g.length = 2;
    if (display) g[0] = display((g[1] as unknown[])[0]);
  }
  return groups;
}

/** select/reject/selectattr/rejectattr */
function selectOrReject(
  site: CallSite,
  value: unknown,
  args: unknown[],
  lookupAttr: boolean,
  keep: boolean,
): unknown[] {
  let getter = (v: unknown) => v;
  let rest = args;
  if (lookupAttr) {
    if (!rest.length) throw typeError('Missing parameter for attribute name');
    getter = attrGetter(rest[0]);
    rest = rest.slice(1);
  }
  let check: (v: unknown) => boolean = truthy;
  if (rest.length) {
    const name = rest[0];
    const testArgs = rest.slice(1);
    const tests = envOf(site).tests;
    if (typeof name !== 'string' || !Object.hasOwn(tests, name))
      throw new TemplateError('TemplateRuntimeError', `No test named '${String(name)}'.`);
    check = (v) => truthy(tests[name][PY_CALL]([v, ...testArgs], null, site));
  }
  return pyIter(value).filter((item) => check(getter(item)) === keep);
}

function map(this: CallSite, value: unknown, args: unknown[], kwargs: Kwargs): unknown[] {
  const items = pyIter(value);
  if (!args.length && 'attribute' in kwargs) {
    const { attribute, default: dflt = null, ...extra } = kwargs;
    const unknownKey = Object.keys(extra)[0];
    if (unknownKey) throw filterArgumentError(`Unexpected keyword argument '${unknownKey}'`);
    return items.map(attrGetter(attribute, undefined, dflt));
  }
  if (!args.length) throw filterArgumentError('map requires a filter argument');
  const [name, ...rest] = args;
  const filters = envOf(this).filters;
  if (typeof name !== 'string' || !Object.hasOwn(filters, name)) {
    throw new TemplateError('TemplateRuntimeError', `No filter named '${String(name)}'.`);
  }
  return items.map((item) => filters[name][PY_CALL]([item, ...rest], kwargs, this));
}

function batch(value: unknown, linecount: unknown, fill: unknown): unknown[][] {
  const n = num(linecount);
  if (fill !== null) checkList(n);
  const out: unknown[][] = [];
  let tmp: unknown[] = [];
  for (const item of pyIter(value)) {
    if (tmp.length === n) {
      out.push(tmp);
      tmp = [];
    }
    tmp.push(item);
  }
  if (tmp.length) {
    if (fill !== null && tmp.length < n) while (tmp.length < n) tmp.push(fill);
    out.push(tmp);
  }
  return out;
}

function sliceFilter(value: unknown, slices: unknown, fill: unknown): unknown[][] {
  const seq = pyIter(value);
  const n = num(slices);
  checkList(n);
  const per = Math.floor(seq.length / n);
  const extra = seq.length % n;
  let offset = 0;
  const out: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const start = offset + i * per;
    if (i < extra) offset++;
    const end = offset + (i + 1) * per;
    const tmp = seq.slice(start, end);
    if (fill !== null && i >= extra) tmp.push(fill);
    out.push(tmp);
  }
  return out;
}

function filesizeformat(value: unknown, binary: unknown): string {
  const bytes = num(toFloat(value, 0.0));
  const base = truthy(binary) ? 1024 : 1000;
  const prefixes = truthy(binary)
    ? ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB']
    : ['kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
  if (bytes === 1) return '1 Byte';
  if (bytes < base) return `${Math.trunc(bytes)} Bytes`;
  let unit = base;
  let prefix = prefixes[0];
  for (let i = 0; i < prefixes.length; i++) {
    unit = base ** (i + 2);
    prefix = prefixes[i];
    if (bytes < unit) break;
  }
  return `${fixedDigits((base * bytes) / unit, 1)} ${prefix}`;
}

function urlQuote(v: unknown, forQs: boolean): string {
  const s = typeof v === 'string' ? v : str(v);
  const safe = forQs ? '' : '/';
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out +=
      /[A-Za-z0-9_.\-~]/.test(ch) || safe.includes(ch)
        ? ch
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return forQs ? out.replace(/%20/g, '+') : out;
}

function urlencode(value: unknown): string {
  if (typeof value === 'string') return urlQuote(value, false);
  const pairs = isDict(value)
    ? Object.entries(value)
    : pyIter(value).map((p) => pyIter(p) as [unknown, unknown]);
  return pairs.map(([k, v]) => `${urlQuote(k, true)}=${urlQuote(v, true)}`).join('&');
}

function striptags(value: unknown): string {
  const s = str(value)
    .replace(/<!--.*?-->/gs, '')
    .replace(/<.*?>/gs, '');
  const collapsed = s
    .split(new RegExp(`[${PY_WHITESPACE}]+`))
    .filter(Boolean)
    .join(' ');
  return unescapeEntities(collapsed);
}

/** textwrap.wrap as Jinja2's wordwrap calls it (no tab expansion, whitespace kept). */
function wrapLine(
  line: string,
  width: number,
  breakLong: boolean,
  breakHyphens: boolean,
): string[] {
  const chunkRe = breakHyphens ? /\s+|[^\s-]*\w+-(?=\w)|\S+?(?:-+(?=\w)|(?=\s)|$)/g : /\s+|\S+/g;
  const chunks = (line.match(chunkRe) ?? []).filter((c) => c !== '');
  chunks.reverse();
  const lines: string[] = [];
  while (chunks.length) {
    const cur: string[] = [];
    let len = 0;
    if (lines.length && /^\s+$/.test(chunks[chunks.length - 1])) chunks.pop();
    while (chunks.length) {
      const l = chars(chunks[chunks.length - 1]).length;
      if (len + l <= width) {
        cur.push(chunks.pop() as string);
        len += l;
      } else break;
    }
    if (chunks.length && chars(chunks[chunks.length - 1]).length > width) {
      const space = Math.max(width - len, 1);
      if (breakLong) {
        const c = chars(chunks.pop() as string);
        cur.push(c.slice(0, space).join(''));
        chunks.push(c.slice(space).join(''));
      } else if (!cur.length) cur.push(chunks.pop() as string);
    }
    if (cur.length && /^\s+$/.test(cur[cur.length - 1])) cur.pop();
    if (cur.length) lines.push(cur.join(''));
  }
  return lines;
}

function wordwrap(
  s: unknown,
  width: unknown,
  breakLong: unknown,
  wrapstring: unknown,
  breakHyphens: unknown,
): string {
  const sep = wrapstring === null ? '\n' : str(wrapstring);
  const lines = splitlines(str(s)).map((line) =>
    joinText(wrapLine(line, num(width), truthy(breakLong), truthy(breakHyphens)), sep),
  );
  return joinText(lines, sep);
}

function xmlattr(d: unknown, autospace: unknown): string {
  if (!isDict(d)) throw typeError('xmlattr requires a mapping');
  const parts: string[] = [];
  for (const [k, v] of Object.entries(d)) {
    if (v === null || v instanceof Undefined) continue;
    if (/[\s/>=]/.test(k)) throw valueError(`Invalid character in attribute name: ${pyRepr(k)}`);
    parts.push(`${htmlEscape(k)}="${htmlEscape(v)}"`);
  }
  const rv = parts.join(' ');
  return truthy(autospace) && rv ? ` ${rv}` : rv;
}

/** Jinja2's title filter: capitalises after whitespace, `-`, and opening brackets. */
function title(s: unknown): string {
  return str(s)
    .split(/([-\s({[<]+)/)
    .filter(Boolean)
    .map((item) => {
      const cs = chars(item);
      return cs[0].toUpperCase() + cs.slice(1).join('').toLowerCase();
    })
    .join('');
}

function sum(iterable: unknown, attribute: unknown, start: unknown): unknown {
  const items = pyIter(iterable);
  const values = attribute !== null ? items.map(attrGetter(attribute)) : items;
  let total = start;
  for (const v of values) {
    if (typeof v === 'string' || typeof total === 'string') {
      throw typeError(
        `unsupported operand type(s) for +: '${typeName(total)}' and '${typeName(v)}'`,
      );
    }
    total = add(total, v);
  }
  return total;
}

function reverse(value: unknown): unknown {
  if (typeof value === 'string') return chars(value).reverse().join('');
  return [...pyIter(value)].reverse();
}

function first(seq: unknown): unknown {
  const items = pyIter(seq);
  return items.length ? items[0] : new Undefined('No first item, sequence was empty.');
}

function last(seq: unknown): unknown {
  const items = pyIter(seq);
  return items.length
    ? items[items.length - 1]
    : new Undefined('No last item, sequence was empty.');
}

function dictsort(value: unknown, caseSensitive: unknown, by: unknown, rev: unknown): PyTuple[] {
  if (!isDict(value)) throw typeError(`'${typeName(value)}' object has no attribute 'items'`);
  const pos = by === 'key' ? 0 : by === 'value' ? 1 : -1;
  if (pos < 0) throw filterArgumentError('You can only sort by either "key" or "value"');
  const items = Object.keys(value).map((k) => tuple([k, value[k]]));
  const key = (t: unknown) => {
    const v = (t as unknown[])[pos];
    return truthy(caseSensitive) ? v : ignoreCase(v);
  };
  return sortKeyed(items, key, rev) as PyTuple[];
}

function sort(value: unknown, rev: unknown, caseSensitive: unknown, attribute: unknown): unknown[] {
  const post = truthy(caseSensitive) ? undefined : ignoreCase;
  const key =
    attribute !== null ? multiAttrGetter(attribute, post) : (v: unknown) => (post ? post(v) : v);
  const k =
    attribute !== null && !String(attribute).includes(',')
      ? (v: unknown) => (key(v) as unknown[])[0]
      : key;
  return sortKeyed([...pyIter(value)], k, rev);
}

function formatFilter(value: unknown, args: unknown[], kwargs: Kwargs): string {
  const hasKw = Object.keys(kwargs).length > 0;
  if (args.length && hasKw)
    throw filterArgumentError("can't handle positional and keyword arguments at the same time");
  return percentFormat(str(value), hasKw ? Object.assign(newDict(), kwargs) : tuple(args));
}

function tojson(value: unknown, indentArg: unknown): string {
  const json = jsonDumps(value, {
    sortKeys: true,
    indent: indentArg === null ? undefined : num(indentArg),
  });
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/'/g, '\\u0027');
}

const F = (
  name: string,
  params: Parameters<typeof pyFunction>[1],
  impl: Parameters<typeof pyFunction>[2],
  opts?: Parameters<typeof pyFunction>[3],
) => [name, pyFunction(name, params, impl, opts)] as const;

export function builtinFilters(): Record<string, PyFunction> {
  const length = pyFunction('length', ['obj'], (v: unknown) => pyLen(v));
  const dflt = pyFunction(
    'default',
    ['value', ['default_value', ''], ['boolean', false]],
    (v: unknown, d: unknown, b: unknown) =>
      v instanceof Undefined || (truthy(b) && !truthy(v)) ? d : v,
    { undefinedOk: true },
  );
  const escape = pyFunction('escape', ['s'], htmlEscape);
  const list: (readonly [string, PyFunction])[] = [
    F('abs', ['x'], (x: unknown) => {
      if (!isNumeric(x)) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
      return x instanceof PyFloat ? new PyFloat(Math.abs(x.value)) : Math.abs(num(x));
    }),
    F('attr', ['obj', 'name'], (obj: unknown, name: unknown) => {
      // attribute only: a dict's data keys are not attributes
      const n = str(name);
      if (isDict(obj) && !(getattr(newDict(), n) instanceof BoundMethod)) return missing(obj, n);
      return getattr(obj, n);
    }),
    F('batch', ['value', 'linecount', ['fill_with', null]], batch),
    F('capitalize', ['s'], (s: unknown) => pyCapitalize(str(s))),
    F('center', ['value', ['width', 80]], (v: unknown, w: unknown) => pyCenter(str(v), w)),
    ['count', length],
    ['d', dflt],
    ['default', dflt],
    F(
      'dictsort',
      ['value', ['case_sensitive', false], ['by', 'key'], ['reverse', false]],
      dictsort,
    ),
    ['e', escape],
    ['escape', escape],
    F('filesizeformat', ['value', ['binary', false]], filesizeformat),
    F('first', ['seq'], first),
    F('float', ['value', ['default', new PyFloat(0)]], toFloat),
    F('forceescape', ['value'], htmlEscape),
    F('format', ['value'], formatFilter, { varargs: true, varkw: true }),
    F('groupby', ['value', 'attribute', ['default', null], ['case_sensitive', false]], groupby),
    F('indent', ['s', ['width', 4], ['first', false], ['blank', false]], indent),
    F('int', ['value', ['default', 0], ['base', 10]], toInt),
    F(
      'items',
      ['value'],
      (v: unknown) => {
        if (v instanceof Undefined) return [];
        if (!isDict(v)) throw typeError('Can only get item pairs from a mapping.');
        return Object.keys(v).map((k) => tuple([k, v[k]]));
      },
      { undefinedOk: true },
    ),
    F('join', ['value', ['d', ''], ['attribute', null]], (v: unknown, d: unknown, a: unknown) => {
      const items = pyIter(v);
      return joinText((a !== null ? items.map(attrGetter(a)) : items).map(str), str(d));
    }),
    F('last', ['seq'], last),
    ['length', length],
    F('list', ['value'], (v: unknown) => [...pyIter(v)]),
    F('lower', ['s'], (s: unknown) => str(s).toLowerCase()),
    F('map', ['value'], map, { varargs: true, varkw: true }),
    F(
      'max',
      ['value', ['case_sensitive', false], ['attribute', null]],
      (v: unknown, c: unknown, a: unknown) => minMax(v, c, a, 'max'),
    ),
    F(
      'min',
      ['value', ['case_sensitive', false], ['attribute', null]],
      (v: unknown, c: unknown, a: unknown) => minMax(v, c, a, 'min'),
    ),
    F('pprint', ['value'], (v: unknown) => pyRepr(v)),
    F('random', ['seq'], (seq: unknown) => {
      const items = pyIter(seq);
      if (!items.length)
        throw new TemplateError('IndexError', 'Cannot choose from an empty sequence');
      readVolatile('random');
      return items[Math.floor(Math.random() * items.length)];
    }),
    F(
      'reject',
      ['value'],
      function (this: CallSite, v: unknown, args: unknown[]) {
        return selectOrReject(this, v, args, false, false);
      },
      { varargs: true },
    ),
    F(
      'rejectattr',
      ['value'],
      function (this: CallSite, v: unknown, args: unknown[]) {
        return selectOrReject(this, v, args, true, false);
      },
      { varargs: true },
    ),
    F(
      'replace',
      ['s', 'old', 'new', ['count', null]],
      (s: unknown, o: unknown, n: unknown, c: unknown) =>
        pyReplace(str(s), str(o), str(n), c === null ? -1 : c),
    ),
    F('reverse', ['value'], reverse),
    F('round', ['value', ['precision', 0], ['method', 'common']], round),
    F('safe', ['value'], (v: unknown) => str(v)),
    F(
      'select',
      ['value'],
      function (this: CallSite, v: unknown, args: unknown[]) {
        return selectOrReject(this, v, args, false, true);
      },
      { varargs: true },
    ),
    F(
      'selectattr',
      ['value'],
      function (this: CallSite, v: unknown, args: unknown[]) {
        return selectOrReject(this, v, args, true, true);
      },
      { varargs: true },
    ),
    F('slice', ['value', 'slices', ['fill_with', null]], sliceFilter),
    F('sort', ['value', ['reverse', false], ['case_sensitive', false], ['attribute', null]], sort),
    F('string', ['value'], (v: unknown) => str(v)),
    F('striptags', ['value'], striptags),
    F('sum', ['iterable', ['attribute', null], ['start', 0]], sum),
    F('title', ['s'], title),
    F('tojson', ['value', ['indent', null]], tojson),
    F('trim', ['value', ['chars', null]], (v: unknown, c: unknown) =>
      pyStrip(str(v), c, true, true),
    ),
    F(
      'truncate',
      ['s', ['length', 255], ['killwords', false], ['end', '...'], ['leeway', null]],
      truncate,
    ),
    F('unique', ['value', ['case_sensitive', false], ['attribute', null]], unique),
    F('upper', ['s'], (s: unknown) => str(s).toUpperCase()),
    F('urlencode', ['value'], urlencode),
    F('wordcount', ['s'], (s: unknown) => (str(s).match(/[\p{L}\p{N}_]+/gu) ?? []).length),
    F(
      'wordwrap',
      [
        's',
        ['width', 79],
        ['break_long_words', true],
        ['wrapstring', null],
        ['break_on_hyphens', true],
      ],
      wordwrap,
    ),
    F('xmlattr', ['d', ['autospace', true]], xmlattr),
  ];
  return Object.assign(Object.create(null) as Record<string, PyFunction>, Object.fromEntries(list));
}
