/** Macros and `{% call %}` callers, with Jinja2's argument rules. */
import { typeError } from '../errors.js';
import { PY_CALL, type CallSite, type Kwargs, type PyCallable } from '../python/callable.js';
import { Undefined, newDict, tuple } from '../python/values.js';
import { Frame } from './scope.js';

/** Marks a parameter the caller did not pass; the compiled body then evaluates its default. */
export const MISSING = Symbol('missing');

export interface MacroSpec {
  name: string;
  params: readonly string[];
  /** parameters that have a default expression */
  defaults: readonly string[];
  /** the body refers to varargs / kwargs / caller */
  catchVarargs: boolean;
  catchKwargs: boolean;
  catchCaller: boolean;
}

export class Macro implements PyCallable {
  constructor(
    readonly spec: MacroSpec,
    /** the frame the macro was defined in: its body reads outer variables through it */
    private readonly defFrame: Frame | null,
    private readonly body: (frame: Frame) => string,
  ) {}

  get name(): string {
    return this.spec.name;
  }

  [PY_CALL](args: unknown[], kwargs: Kwargs | null, _site?: CallSite): string {
    const { name, params, defaults, catchVarargs, catchKwargs, catchCaller } = this.spec;
    const frame = new Frame(this.defFrame, 'macro');
    const rest: Kwargs = kwargs ? Object.assign(newDict(), kwargs) : newDict();
    const n = params.length;
    for (let i = 0; i < n; i++) {
      const p = params[i];
      let v: unknown;
      if (i < args.length) v = args[i];
      else if (Object.hasOwn(rest, p)) {
        v = rest[p];
        delete rest[p];
      } else if (defaults.includes(p)) v = MISSING;
      else v = new Undefined(`parameter '${p}' was not provided`);
      frame.vars[p] = v;
    }
    if (catchCaller) {
      frame.vars.caller = Object.hasOwn(rest, 'caller')
        ? rest.caller
        : new Undefined('No caller defined');
      delete rest.caller;
    }
    if (catchKwargs) frame.vars.kwargs = rest;
    else {
      const extra = Object.keys(rest);
      if (extra.length) {
        if (extra[0] === 'caller') {
          throw typeError(
            `macro '${name}' was invoked with two values for the special caller argument. This is most likely a bug.`,
          );
        }
        throw typeError(`macro '${name}' takes no keyword argument '${extra[0]}'`);
      }
    }
    if (catchVarargs) frame.vars.varargs = tuple(args.slice(n));
    else if (args.length > n) {
      throw typeError(`macro '${name}' takes not more than ${n} argument(s)`);
    }
    return this.body(frame);
  }

  __str__(): string {
    return `<Macro '${this.spec.name}'>`;
  }
}
