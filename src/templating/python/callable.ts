/**
 * Python calling convention for functions implemented in JavaScript (filters, tests, globals,
 * str/list/dict methods): positional and keyword arguments are bound to a declared signature,
 * with Python's errors for a wrong call.
 */
import { typeError } from '../errors.js';
import { SoftUndefined, Undefined } from './values.js';

export const PY_CALL = Symbol('jinja.call');

export type Kwargs = Record<string, unknown>;

/** What a context-aware function (get_var, render, load_template...) learns about its caller. */
export interface CallSite {
  readonly context: unknown;
  readonly frame: unknown;
}

export interface PyCallable {
  [PY_CALL](args: unknown[], kwargs: Kwargs | null, site: CallSite): unknown;
}

export function isPyCallable(v: unknown): v is PyCallable {
  return (typeof v === 'object' || typeof v === 'function') && v !== null && PY_CALL in v;
}

/** A parameter: a name (required) or [name, default]. */
export type Param = string | readonly [string, unknown];

export interface SignatureOptions {
  /** collect extra positional arguments into an array passed after the parameters */
  varargs?: boolean;
  /** collect unknown keyword arguments into an object passed last */
  varkw?: boolean;
  /**
   * let undefined values through (the `default` filter, tests); otherwise an undefined
   * argument raises its UndefinedError, naming the variable
   */
  undefinedOk?: boolean;
}

function failOnUndefined(values: readonly unknown[]): void {
  for (const v of values) if (v instanceof Undefined && !(v instanceof SoftUndefined)) v.fail();
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Impl = (this: CallSite, ...bound: any[]) => unknown;

/** A JavaScript function callable from templates with Python argument binding. */
export interface PyFunction extends PyCallable {
  (...args: unknown[]): unknown;
  readonly pyName: string;
}

export function pyFunction(
  name: string,
  params: readonly Param[],
  impl: Impl,
  opts: SignatureOptions = {},
): PyFunction {
  const names = params.map((p) => (typeof p === 'string' ? p : p[0]));
  const required = params.filter((p) => typeof p === 'string').length;
  const bind = (args: unknown[], kwargs: Kwargs | null): unknown[] => {
    // fast path: every parameter passed positionally, nothing else
    if (!kwargs && args.length === names.length && !opts.varargs && !opts.varkw) {
      if (!opts.undefinedOk) failOnUndefined(args);
      return args;
    }
    if (!kwargs && args.length >= required && args.length <= names.length && !opts.varkw) {
      const bound = args.slice();
      for (let i = args.length; i < names.length; i++)
        bound.push((params[i] as readonly [string, unknown])[1]);
      if (!opts.undefinedOk) failOnUndefined(bound);
      if (opts.varargs) bound.push([]);
      return bound;
    }
    return bindSlow(args, kwargs);
  };
  const bindSlow = (args: unknown[], kwargs: Kwargs | null): unknown[] => {
    const bound: unknown[] = new Array(names.length);
    const given: boolean[] = new Array(names.length).fill(false);
    let rest: unknown[] = [];
    const n = Math.min(args.length, names.length);
    for (let i = 0; i < n; i++) {
      bound[i] = args[i];
      given[i] = true;
    }
    if (args.length > names.length) {
      if (!opts.varargs) {
        throw typeError(
          `${name}() takes ${names.length === 1 ? '1 positional argument' : `at most ${names.length} arguments`} (${args.length} given)`,
        );
      }
      rest = args.slice(names.length);
    }
    let extra: Kwargs | undefined;
    if (kwargs) {
      for (const key of Object.keys(kwargs)) {
        const idx = names.indexOf(key);
        if (idx >= 0) {
          if (given[idx]) throw typeError(`${name}() got multiple values for argument '${key}'`);
          bound[idx] = kwargs[key];
          given[idx] = true;
        } else if (opts.varkw) {
          extra ??= Object.create(null) as Kwargs;
          extra[key] = kwargs[key];
        } else {
          throw typeError(`${name}() got an unexpected keyword argument '${key}'`);
        }
      }
    }
    for (let i = 0; i < names.length; i++) {
      if (given[i]) continue;
      const p = params[i];
      if (typeof p === 'string') {
        throw typeError(`${name}() missing 1 required positional argument: '${p}'`);
      }
      bound[i] = p[1];
    }
    if (!opts.undefinedOk) {
      failOnUndefined(bound);
      failOnUndefined(rest);
      if (extra) failOnUndefined(Object.values(extra));
    }
    if (opts.varargs) bound.push(rest);
    if (opts.varkw) bound.push(extra ?? (Object.create(null) as Kwargs));
    return bound;
  };
  const fn = ((...args: unknown[]) =>
    impl.apply(NO_SITE, bind(args, null))) as unknown as PyFunction & Record<symbol, unknown>;
  fn[PY_CALL] = (args: unknown[], kwargs: Kwargs | null, site: CallSite) =>
    impl.apply(site, bind(args, kwargs));
  Object.defineProperty(fn, 'pyName', { value: name });
  return fn;
}

const NO_SITE: CallSite = { context: undefined, frame: undefined };

/** `obj.method` as a value: calling it passes `obj` as the first argument. */
export class BoundMethod implements PyCallable {
  constructor(
    readonly fn: PyCallable,
    readonly self: unknown,
    readonly name: string,
  ) {}

  [PY_CALL](args: unknown[], kwargs: Kwargs | null, site: CallSite): unknown {
    return this.fn[PY_CALL]([this.self, ...args], kwargs, site);
  }

  __str__(): string {
    return `<built-in method ${this.name}>`;
  }
}

/** Calls any callable value with Python arguments. */
/**
 * Calls a plain JavaScript function handed in with the variables (e.g. images.get_image):
 * keyword arguments arrive as one trailing object; undefined arguments raise first.
 */
export function callForeign(
  fn: (...a: unknown[]) => unknown,
  args: unknown[],
  kwargs: Kwargs | null,
): unknown {
  failOnUndefined(args);
  if (!kwargs || !Object.keys(kwargs).length) return fn(...args);
  failOnUndefined(Object.values(kwargs));
  return fn(...args, { ...kwargs });
}
