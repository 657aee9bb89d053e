/** Jinja2's default globals: range, dict, namespace, cycler, joiner. */
import { typeError, valueError } from './errors.js';
import { checkList } from './limits.js';
import { type Kwargs, type PyFunction, pyFunction } from './python/callable.js';
import { Namespace, PyRange, Undefined, missing, newDict, typeName } from './python/values.js';
import { dictUpdate } from './python/methods.js';
import type { HasMembers } from './runtime/access.js';

function intArg(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v instanceof Undefined) v.fail();
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

function range(args: unknown[]): PyRange {
  if (args.length < 1 || args.length > 3) {
    throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  }
  const [start, stop, step] =
    args.length === 1
      ? [0, intArg(args[0]), 1]
      : [intArg(args[0]), intArg(args[1]), args.length === 3 ? intArg(args[2]) : 1];
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  checkList(Math.max(0, Math.ceil((stop - start) / step)));
  const r = new PyRange();
  r.bounds = [start, stop, step];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) r.push(i);
  return r;
}

/** Python dict(mapping_or_pairs, **kwargs). */
function dict(args: unknown[], kwargs: Kwargs): Record<string, unknown> {
  const d = newDict();
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  dictUpdate(d, args[0], kwargs);
  return d;
}

class Cycler implements HasMembers {
  private pos = 0;
  constructor(private readonly items: unknown[]) {}

  private readonly next = pyFunction('next', [], () => {
    const v = this.items[this.pos];
    this.pos = (this.pos + 1) % this.items.length;
    return v;
  });

  private readonly reset = pyFunction('reset', [], () => {
    this.pos = 0;
    return null;
  });

  member(name: string): unknown {
    if (name === 'current') return this.items[this.pos];
    if (name === 'next' || name === '__next__') return this.next;
    if (name === 'reset') return this.reset;
    if (name === 'items') return this.items;
    return missing(this, name);
  }
}

export function builtinGlobals(): Record<string, PyFunction> {
  return Object.assign(Object.create(null) as Record<string, PyFunction>, {
    range: pyFunction('range', [], range, { varargs: true }),
    dict: pyFunction('dict', [], dict, { varargs: true, varkw: true }),
    namespace: pyFunction(
      'namespace',
      [],
      (args: unknown[], kwargs: Kwargs) => {
        const ns = new Namespace();
        Object.assign(ns.attrs, dict(args, kwargs));
        return ns;
      },
      { varargs: true, varkw: true },
    ),
    cycler: pyFunction(
      'cycler',
      [],
      (items: unknown[]) => {
        if (!items.length) throw new Error('at least one item has to be provided');
        return new Cycler(items);
      },
      { varargs: true },
    ),
    joiner: pyFunction('joiner', [['sep', ', ']], (sep: unknown) => {
      let used = false;
      return pyFunction('joiner', [], () => {
        if (!used) {
          used = true;
          return '';
        }
        return sep;
      });
    }),
  });
}
