/** Jinja2 3.1's built-in tests (`x is defined`, `x is divisibleby 3`, ...). */
import { isPyCallable, type PyFunction, pyFunction, type CallSite } from './python/callable.js';
import { toPythonString } from './python/repr.js';
import { Undefined, isDict, isFloat, isNumeric, num, pyIter } from './python/values.js';
import { contains, eq, ge, gt, le, lt, mod, ne } from './runtime/ops.js';
import type { RenderContext } from './runtime/scope.js';

type Env = { filters: Record<string, unknown>; tests: Record<string, unknown> };
const envOf = (site: CallSite) => (site.context as RenderContext).state.env as Env;

const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

function sequence(v: unknown): boolean {
  return typeof v === 'string' || Array.isArray(v) || isDict(v);
}

function iterable(v: unknown): boolean {
  if (v instanceof Undefined) {
    v.iter(); // a strict undefined raises, as in Jinja2
    return true;
  }
  try {
    pyIter(v);
    return true;
  } catch {
    return false;
  }
}

/** str.islower()/isupper(): has a cased character and is unchanged by the conversion. */
function casedAs(v: unknown, convert: (s: string) => string): boolean {
  const s = toPythonString(v);
  return [...s].some((c) => c.toLowerCase() !== c.toUpperCase()) && convert(s) === s;
}

// Tests see undefined values (`x is defined`); those that compute with them raise.
const T = (
  name: string,
  params: Parameters<typeof pyFunction>[1],
  impl: Parameters<typeof pyFunction>[2],
) => [name, pyFunction(name, params, impl, { undefinedOk: true })] as const;

export function builtinTests(): Record<string, PyFunction> {
  const cmp = (name: string, f: (a: unknown, b: unknown) => boolean) => T(name, ['a', 'b'], f);
  const list: (readonly [string, PyFunction])[] = [
    T('boolean', ['value'], (v: unknown) => v === true || v === false),
    T('callable', ['obj'], (v: unknown) => typeof v === 'function' || isPyCallable(v)),
    T('defined', ['value'], (v: unknown) => !(v instanceof Undefined)),
    T('divisibleby', ['value', 'num'], (v: unknown, n: unknown) => num(mod(v, n)) === 0),
    cmp('eq', eq),
    cmp('==', eq),
    cmp('equalto', eq),
    T('escaped', ['value'], () => false),
    T('even', ['value'], (v: unknown) => num(mod(v, 2)) === 0),
    T('false', ['value'], (v: unknown) => v === false),
    T('filter', ['value'], function (this: CallSite, v: unknown) {
      return typeof v === 'string' && Object.hasOwn(envOf(this).filters, v);
    }),
    T('float', ['value'], (v: unknown) => isFloat(v)),
    cmp('ge', ge),
    cmp('>=', ge),
    cmp('gt', gt),
    cmp('>', gt),
    cmp('greaterthan', gt),
    T('in', ['value', 'seq'], (v: unknown, seq: unknown) => contains(seq, v)),
    T('integer', ['value'], (v: unknown) => isInt(v)),
    T('iterable', ['value'], iterable),
    cmp('le', le),
    cmp('<=', le),
    T('lower', ['value'], (v: unknown) => casedAs(v, (s) => s.toLowerCase())),
    cmp('lt', lt),
    cmp('<', lt),
    cmp('lessthan', lt),
    T('mapping', ['value'], (v: unknown) => isDict(v)),
    cmp('ne', ne),
    cmp('!=', ne),
    T('none', ['value'], (v: unknown) => v === null),
    T('number', ['value'], (v: unknown) => isNumeric(v)),
    T('odd', ['value'], (v: unknown) => num(mod(v, 2)) === 1),
    T('sameas', ['value', 'other'], (v: unknown, o: unknown) => v === o),
    T('sequence', ['value'], sequence),
    T('string', ['value'], (v: unknown) => typeof v === 'string'),
    T('test', ['value'], function (this: CallSite, v: unknown) {
      return typeof v === 'string' && Object.hasOwn(envOf(this).tests, v);
    }),
    T('true', ['value'], (v: unknown) => v === true),
    T('undefined', ['value'], (v: unknown) => v instanceof Undefined),
    T('upper', ['value'], (v: unknown) => casedAs(v, (s) => s.toUpperCase())),
  ];
  return Object.assign(Object.create(null) as Record<string, PyFunction>, Object.fromEntries(list));
}
