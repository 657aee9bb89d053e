/**
 * Attribute (`obj.name`) and item (`obj[key]`, `obj[a:b]`) access with Jinja2's rules:
 * `.name` prefers a method (so `d.items` is dict.items), `[key]` prefers data (so
 * `list["items"]` on a Kubernetes List is the data). A miss is a StrictUndefined.
 *
 * Safety: templates are project code, but they must not reach the JavaScript runtime
 * (`''.constructor.constructor('code')()` is nunjucks' known escape). Plain data is read
 * through own properties only, and `constructor`, `__proto__` and `prototype` are refused
 * everywhere.
 */
import { TemplateError, typeError } from '../errors.js';
import { BoundMethod, type PyCallable, isPyCallable } from '../python/callable.js';
import {
  DICT_METHODS,
  LIST_METHODS,
  STR_METHODS,
  TUPLE_METHODS,
  strFormatMethod,
} from '../python/methods.js';
import {
  GroupTuple,
  Namespace,
  PyFloat,
  PyRange,
  PyTuple,
  Undefined,
  chars,
  dictKey,
  hasAstral,
  isDict,
  missing,
  num,
  tuple,
  typeName,
} from '../python/values.js';

const BLOCKED = new Set(['constructor', '__proto__', 'prototype']);

export function refuse(name: string): never {
  throw new TemplateError(
    'SecurityError',
    `access to '${name}' is refused: templates cannot reach the JavaScript runtime`,
  );
}

/** Objects that expose named members to templates (loop, namespace, imported modules...). */
export interface HasMembers {
  member(name: string): unknown;
}

function hasMembers(v: object): v is HasMembers {
  return typeof (v as Partial<HasMembers>).member === 'function';
}

const FORMAT = strFormatMethod((obj, key) =>
  typeof key === 'number' ? getitem(obj, key) : getattr(obj, key),
);

function method(
  table: Record<string, PyCallable>,
  self: unknown,
  name: string,
): BoundMethod | undefined {
  if (name === 'format' && typeof self === 'string') return new BoundMethod(FORMAT, self, name);
  return name in table ? new BoundMethod(table[name], self, name) : undefined;
}

/**
 * A member of a JavaScript object handed in by the caller (e.g. `images`): own properties
 * and class methods, never what Object.prototype or Function.prototype provide.
 */
function foreignMember(obj: object, name: string): unknown {
  for (
    let o: object | null = obj;
    o && o !== Object.prototype && o !== Function.prototype;
    o = Object.getPrototypeOf(o)
  ) {
    if (Object.hasOwn(o, name)) {
      const v = Reflect.get(obj, name);
      return typeof v === 'function' && !isPyCallable(v) ? v.bind(obj) : v;
    }
  }
  return undefined;
}

/** `obj.name` */
export function getattr(obj: unknown, name: string): unknown {
  if (BLOCKED.has(name)) refuse(name);
  if (isDict(obj)) {
    // a method wins over a data key of the same name (d.items is dict.items)
    if (name in DICT_METHODS) return new BoundMethod(DICT_METHODS[name], obj, name);
    return Object.hasOwn(obj, name) ? obj[name] : missing(obj, name);
  }
  if (typeof obj === 'string') return method(STR_METHODS, obj, name) ?? missing(obj, name);
  if (obj instanceof GroupTuple && (name === 'grouper' || name === 'list')) {
    return obj[name === 'grouper' ? 0 : 1];
  }
  if (Array.isArray(obj)) {
    return (
      method(obj instanceof PyTuple ? TUPLE_METHODS : LIST_METHODS, obj, name) ?? missing(obj, name)
    );
  }
  if (obj instanceof Undefined) obj.fail();
  if (obj === null || obj === undefined || typeof obj !== 'object') return missing(obj, name);
  if (obj instanceof Namespace) return name in obj.attrs ? obj.attrs[name] : missing(obj, name);
  if (hasMembers(obj)) return obj.member(name);
  const v = foreignMember(obj, name);
  return v === undefined ? missing(obj, name) : v;
}

/**
 * Whether a dict has a non-string key. Data from vars (JSON/YAML objects) only has string
 * keys, as in kluctl; dicts built by templates or from_yaml (null prototype) may have had
 * int keys, which JavaScript stores as strings.
 */
export function hasKey(obj: Record<string, unknown>, key: unknown): boolean {
  if (typeof key === 'string') return Object.hasOwn(obj, key);
  if (Object.getPrototypeOf(obj) !== null) return false;
  if (
    typeof key !== 'number' &&
    typeof key !== 'boolean' &&
    key !== null &&
    !(key instanceof PyFloat)
  )
    return false;
  return Object.hasOwn(obj, dictKey(key));
}

function indexOf(len: number, key: unknown): number | undefined {
  if (typeof key === 'boolean') return key ? 1 : 0;
  if (typeof key !== 'number' || !Number.isInteger(key)) return undefined;
  const i = key < 0 ? key + len : key;
  return i >= 0 && i < len ? i : undefined;
}

/** `obj[key]` */
export function getitem(obj: unknown, key: unknown): unknown {
  if (typeof key === 'string' && BLOCKED.has(key)) refuse(key);
  if (key instanceof Undefined) key.fail();
  if (Array.isArray(obj)) {
    const i = indexOf(obj.length, key);
    if (i !== undefined) return obj[i];
    return typeof key === 'string' ? getattr(obj, key) : missing(obj, key);
  }
  if (isDict(obj)) {
    if (typeof key === 'string') {
      if (Object.hasOwn(obj, key)) return obj[key];
      return getattr(obj, key);
    }
    if (hasKey(obj, key)) return obj[dictKey(key)];
    return missing(obj, key);
  }
  if (typeof obj === 'string') {
    if (typeof key === 'string') return getattr(obj, key);
    const cs = hasAstral(obj) ? chars(obj) : obj;
    const i = indexOf(cs.length, key);
    return i !== undefined ? cs[i] : missing(obj, key);
  }
  if (obj instanceof Undefined) obj.fail();
  if (typeof key === 'string') return getattr(obj, key);
  return missing(obj, key);
}

/** Python's slice.indices(len): normalised start, stop and step. */
function sliceBounds(
  len: number,
  start: unknown,
  stop: unknown,
  step: unknown,
): [number, number, number] {
  const st = step == null ? 1 : num(step);
  if (st === 0) throw new TemplateError('ValueError', 'slice step cannot be zero');
  const norm = (v: unknown, dflt: number, lo: number, hi: number) => {
    if (v == null) return dflt;
    let n = num(v);
    if (n < 0) n += len;
    return Math.min(Math.max(n, lo), hi);
  };
  if (st > 0) return [norm(start, 0, 0, len), norm(stop, len, 0, len), st];
  return [norm(start, len - 1, -1, len - 1), norm(stop, -1, -1, len - 1), st];
}

function sliceIndices(len: number, start: unknown, stop: unknown, step: unknown): number[] {
  const [a, b, st] = sliceBounds(len, start, stop, step);
  const out: number[] = [];
  for (let i = a; st > 0 ? i < b : i > b; i += st) out.push(i);
  return out;
}

/** `obj[start:stop:step]` */
export function slice(obj: unknown, start: unknown, stop: unknown, step: unknown): unknown {
  for (const v of [obj, start, stop, step]) if (v instanceof Undefined) v.fail();
  if (typeof obj === 'string') {
    if (step == null && !hasAstral(obj)) {
      const idx = sliceIndices(obj.length, start, stop, 1);
      return idx.length ? obj.slice(idx[0], idx[idx.length - 1] + 1) : '';
    }
    const cs = chars(obj);
    return sliceIndices(cs.length, start, stop, step)
      .map((i) => cs[i])
      .join('');
  }
  if (obj instanceof PyRange) {
    // a slice of a range is a range
    const [a, b, st] = sliceBounds(obj.length, start, stop, step);
    const [r0, , rs] = obj.bounds;
    const r = new PyRange();
    r.bounds = [r0 + a * rs, r0 + b * rs, rs * st];
    for (const i of sliceIndices(obj.length, start, stop, step)) r.push(obj[i]);
    return r;
  }
  if (Array.isArray(obj)) {
    const items = sliceIndices(obj.length, start, stop, step).map((i) => obj[i]);
    return obj instanceof PyTuple ? tuple(items) : items;
  }
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** `{% set ns.attr = value %}` */
export function setattr(obj: unknown, name: string, value: unknown): void {
  if (BLOCKED.has(name)) refuse(name);
  if (obj instanceof Undefined) obj.fail();
  if (!(obj instanceof Namespace)) {
    throw new TemplateError(
      'TemplateRuntimeError',
      'cannot assign attribute on non-namespace object',
    );
  }
  obj.attrs[name] = value;
}
