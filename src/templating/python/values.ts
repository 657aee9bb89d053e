/**
 * Python's value model on JavaScript values, as Jinja2 templates see it:
 * None = null, bool = boolean, int = integral number, float = non-integral number or
 * PyFloat (an integral float such as `6/2`, which Python prints as `3.0`), str = string,
 * list = Array, tuple = PyTuple, dict = plain object with string keys.
 */
import { typeError, undefinedError } from '../errors.js';

/** A float whose value happens to be integral: JavaScript numbers cannot tell 3.0 from 3. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Wraps the result of a float operation so that integral values keep printing as floats. */
export function pyFloat(n: number): number | PyFloat {
  return Number.isInteger(n) ? new PyFloat(n) : n;
}

/** A Python tuple: an array that prints as `(a, b)` and never equals a list. */
export class PyTuple<T = unknown> extends Array<T> {
  static override get [Symbol.species]() {
    return Array;
  }
}

/** What the groupby filter yields: a (grouper, list) tuple with named members. */
export class GroupTuple extends PyTuple {}

export function tuple<T>(items: readonly T[]): PyTuple<T> {
  const t = new PyTuple<T>();
  for (const item of items) t.push(item);
  return t;
}

/** `dict.keys()`, `.values()`, `.items()`: iterable lists that print like Python's views. */
export class DictView<T = unknown> extends Array<T> {
  kind: 'keys' | 'values' | 'items' = 'keys';
  static override get [Symbol.species]() {
    return Array;
  }
}

export function dictView<T>(kind: DictView['kind'], items: readonly T[]): DictView<T> {
  const v = new DictView<T>();
  v.kind = kind;
  for (const item of items) v.push(item);
  return v;
}

/** `range(...)`: a list of ints that prints as `range(0, 3)`. */
export class PyRange extends Array<number> {
  bounds: [number, number, number] = [0, 0, 1];
  static override get [Symbol.species]() {
    return Array;
  }
}

/**
 * Jinja2's StrictUndefined: a lookup that found nothing. Any use other than `is defined`,
 * `default` or passing it along raises an UndefinedError with this message.
 */
export class Undefined {
  constructor(readonly message: string) {}

  fail(): never {
    throw undefinedError(this.message);
  }

  /** str(), bool() and iter(): strict undefined values raise. */
  str(): string {
    return this.fail();
  }

  bool(): boolean {
    return this.fail();
  }

  iter(): unknown[] {
    return this.fail();
  }
}

/**
 * Jinja2's plain Undefined, which the engine uses for `a if cond` without an else: prints
 * as '', is false and iterates as empty; anything else raises as a strict one does.
 */
export class SoftUndefined extends Undefined {
  override str(): string {
    return '';
  }

  override bool(): boolean {
    return false;
  }

  override iter(): unknown[] {
    return [];
  }
}

export function undefinedVar(name: string): Undefined {
  return new Undefined(`'${name}' is undefined`);
}

/** Jinja2's message for a missing attribute or item of `obj`. */
export function missing(obj: unknown, name: unknown): Undefined {
  if (typeof name !== 'string') {
    return new Undefined(`${objectTypeRepr(obj)} has no element ${reprKey(name)}`);
  }
  return new Undefined(`'${objectTypeRepr(obj)}' has no attribute '${name}'`);
}

function reprKey(k: unknown): string {
  if (typeof k === 'number') return String(k);
  if (typeof k === 'boolean') return k ? 'True' : 'False';
  if (k === null) return 'None';
  return String(k);
}

// Jinja2's own classes print with their module, as Python's object_type_repr does.
const QUALIFIED: Record<string, string> = {
  Namespace: 'jinja2.utils.Namespace',
  Cycler: 'jinja2.utils.Cycler',
  LoopContext: 'jinja2.runtime.LoopContext',
  Macro: 'jinja2.runtime.Macro',
  TemplateModule: 'jinja2.runtime.TemplateModule',
};

function objectTypeRepr(obj: unknown): string {
  if (obj === null || obj === undefined) return 'None';
  const name = typeName(obj);
  return `${QUALIFIED[name] ?? name} object`;
}

/** A namespace() object: the one kind of object `{% set ns.x = ... %}` may assign to. */
export class Namespace {
  readonly attrs: Record<string, unknown> = Object.create(null);
}

/** Plain data objects: from the variables (Object.prototype) or built by templates (null). */
export function isDict(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || v === Object.prototype) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Writes a dict key as an own data property: the one way template data is written. On a
 * dict from the variables, `d['__proto__'] = v` would call Object.prototype's setter and
 * replace the dict's prototype instead of storing a key, and reading the key back would
 * give Object.prototype itself, open to writes.
 */
export function setKey(d: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(d, key, { value, writable: true, enumerable: true, configurable: true });
  } else d[key] = value;
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

export function isFloat(v: unknown): boolean {
  return v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));
}

/** int, float or bool: what Python arithmetic accepts. */
export function isNumeric(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat;
}

/** The numeric value of an int, float or bool. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Undefined) v.fail();
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** Python's `type(v).__name__`. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'string':
      return 'str';
    case 'function':
      return 'function';
  }
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof DictView) return `dict_${v.kind}`;
  if (v instanceof PyRange) return 'range';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Undefined) return 'StrictUndefined';
  if (v instanceof Namespace) return 'Namespace';
  if (isDict(v)) return 'dict';
  const ctor = (v as object).constructor;
  return typeof ctor === 'function' && ctor.name ? ctor.name : 'object';
}

/** A Python-style operator method (`__add__`, `__lt__`, ...) of a runtime object, if it has one. */
export function dunder(obj: unknown, name: string): ((other: unknown) => unknown) | undefined {
  if (obj === null || typeof obj !== 'object') return undefined;
  const fn = (obj as Record<string, unknown>)[name];
  return typeof fn === 'function' && !isDict(obj)
    ? (fn as (o: unknown) => unknown).bind(obj)
    : undefined;
}

/** Python truthiness; an undefined value raises. */
export function truthy(v: unknown): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'undefined':
      return false;
    case 'function':
      return true;
  }
  if (v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Undefined) return v.bool();
  if (v instanceof PyFloat) return v.value !== 0;
  if (isDict(v)) {
    for (const _ in v) return true;
    return false;
  }
  return true;
}

/** Python `==`. */
export function pyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Undefined) a.fail();
  if (b instanceof Undefined) b.fail();
  if (isNumeric(a) && isNumeric(b)) return num(a) === num(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a instanceof PyTuple !== b instanceof PyTuple) return false;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i], b[i])) return false;
    return true;
  }
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !pyEq(a[k], b[k])) return false;
    return true;
  }
  const eq = dunder(a, '__eq__');
  return eq ? !!eq(b) : false;
}

/** Python ordering (`<`): numbers, strings, and lists/tuples element-wise. */
export function pyLt(a: unknown, b: unknown, op = '<'): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if (a instanceof Undefined) a.fail();
  if (b instanceof Undefined) b.fail();
  if (isNumeric(a) && isNumeric(b)) return num(a) < num(b);
  if (
    Array.isArray(a) &&
    Array.isArray(b) &&
    a instanceof PyTuple === b instanceof PyTuple &&
    !(a instanceof DictView)
  ) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!pyEq(a[i], b[i])) return pyLt(a[i], b[i], op);
    }
    return a.length < b.length;
  }
  const lt = dunder(a, '__lt__');
  if (lt) return !!lt(b);
  throw typeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

export function pyCompare(a: unknown, b: unknown): number {
  if (pyLt(a, b)) return -1;
  if (pyLt(b, a)) return 1;
  return 0;
}

/** Python `len()`, counting code points for strings. */
export function pyLen(v: unknown): number {
  if (typeof v === 'string') return strLen(v);
  if (Array.isArray(v)) return v.length;
  if (isDict(v)) return Object.keys(v).length;
  if (v instanceof Undefined) return v.iter().length;
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when a string needs code-point (not UTF-16 unit) handling. */
export function hasAstral(s: string): boolean {
  return SURROGATE.test(s);
}

export function strLen(s: string): number {
  return hasAstral(s) ? Array.from(s).length : s.length;
}

/** The characters of a string as Python sees them (code points). */
export function chars(s: string): string[] {
  return Array.from(s);
}

/** Python `iter()`: the items a for loop or a filter walks over. */
export function pyIter(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return chars(v);
  if (v instanceof Undefined) return v.iter();
  if (isDict(v)) return Object.keys(v);
  if (v !== null && typeof v === 'object' && Symbol.iterator in v) {
    return Array.from(v as Iterable<unknown>);
  }
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

/** Coerces a dict key the way a JavaScript object stores it. */
export function dictKey(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k instanceof Undefined) k.fail();
  if (typeof k === 'number' || typeof k === 'boolean' || k === null || k instanceof PyFloat) {
    return pyKeyString(k);
  }
  throw typeError(`unhashable type: '${typeName(k)}'`);
}

function pyKeyString(k: unknown): string {
  if (k === null) return 'None';
  if (typeof k === 'boolean') return k ? 'True' : 'False';
  return String(num(k));
}

/** A new dict (null prototype: keys such as `__proto__` stay plain data). */
export function newDict(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}
