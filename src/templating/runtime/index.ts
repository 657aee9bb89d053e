/**
 * The `runtime` object compiled templates call into. Everything here follows Python/Jinja2
 * semantics; see ops.ts, access.ts, scope.ts for the details.
 */
import { TemplateError, locate, typeError, valueError } from '../errors.js';
import {
  PY_CALL,
  type CallSite,
  type Kwargs,
  callForeign,
  isPyCallable,
} from '../python/callable.js';
import { toPythonString } from '../python/repr.js';
import {
  PyFloat,
  SoftUndefined,
  Undefined,
  dictKey,
  isDict,
  newDict,
  pyIter,
  setKey,
  truthy,
  tuple,
  typeName,
} from '../python/values.js';
import { getattr, getitem, setattr, slice } from './access.js';
import { LoopContext } from './loop.js';
import { MISSING, Macro } from './macro.js';
import * as ops from './ops.js';
import { Frame, type RenderContext, assign, enter, leave, lookup } from './scope.js';
import { outputTooLong } from '../limits.js';
import * as templates from './templates.js';

/** A filter or test as the environment stores it. */
export type Callable = {
  [PY_CALL](args: unknown[], kwargs: Kwargs | null, site: CallSite): unknown;
};

/** What the runtime needs from the environment. */
export interface RuntimeEnv extends templates.TemplateLoader {
  readonly filters: Record<string, Callable>;
  readonly tests: Record<string, Callable>;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : toPythonString(v);
}

function call(
  context: RenderContext,
  frame: Frame,
  fn: unknown,
  args: unknown[],
  kwargs: Kwargs | null,
): unknown {
  if (isPyCallable(fn)) {
    const r = fn[PY_CALL](args, kwargs, { context, frame });
    return r === undefined ? null : r;
  }
  if (typeof fn === 'function') {
    const r = callForeign(fn as (...a: unknown[]) => unknown, args, kwargs);
    return r === undefined ? null : r;
  }
  if (fn instanceof Undefined) fn.fail();
  throw typeError(`'${typeName(fn)}' object is not callable`);
}

/** A filter call; `args` starts with the filtered value. */
function filter(
  context: RenderContext,
  frame: Frame,
  name: string,
  args: unknown[],
  kwargs: Kwargs | null,
): unknown {
  const env = context.state.env as RuntimeEnv;
  return env.filters[name][PY_CALL](args, kwargs, { context, frame });
}

/** A test; `args` starts with the tested value. */
function test(
  context: RenderContext,
  frame: Frame,
  name: string,
  args: unknown[],
  kwargs: Kwargs | null,
): boolean {
  const env = context.state.env as RuntimeEnv;
  return truthy(env.tests[name][PY_CALL](args, kwargs, { context, frame }));
}

/** Unpacks `a, b = value` (also loop targets): exactly n items. */
function unpack(value: unknown, n: number): unknown[] {
  const items = pyIter(value);
  if (items.length < n)
    throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
  return items;
}

/** A dict literal: keys and values interleaved. */
function dict(kv: unknown[]): Record<string, unknown> {
  const d = newDict();
  for (let i = 0; i < kv.length; i += 2) setKey(d, dictKey(kv[i]), kv[i + 1]);
  return d;
}

function spreadArgs(args: unknown[], dyn: unknown): unknown[] {
  return dyn === null ? args : [...args, ...pyIter(dyn)];
}

function spreadKwargs(kwargs: Kwargs | null, dyn: unknown): Kwargs | null {
  if (dyn === null) return kwargs;
  if (dyn instanceof Undefined) dyn.fail();
  if (!isDict(dyn)) throw typeError(`argument after ** must be a mapping, not ${typeName(dyn)}`);
  return Object.assign(newDict(), kwargs ?? {}, dyn);
}

function condUndefined(): SoftUndefined {
  return new SoftUndefined(
    'the inline if-expression evaluated to false and no else section was defined.',
  );
}

export const runtime = {
  // values
  PyFloat,
  MISSING,
  Frame,
  LoopContext,
  Macro,
  str,
  truthy,
  tuple,
  dict,
  iter: pyIter,
  unpack,
  condUndefined,
  // names and members
  lookup,
  assign: (context: RenderContext, frame: Frame, name: string, value: unknown, local = false) =>
    local ? void (frame.vars[name] = value) : assign(context, frame, name, value),
  getattr,
  getitem,
  setattr,
  slice,
  // operators
  ...ops,
  // calls
  call,
  filter,
  test,
  spreadArgs,
  spreadKwargs,
  // templates
  include: templates.include,
  importModule: templates.importModule,
  moduleGet: templates.moduleGet,
  extend: templates.extend,
  renderParent: templates.renderParent,
  addBlocks: templates.addBlocks,
  renderBlock: templates.renderBlock,
  blockSuper: templates.blockSuper,
  locate,
  // limits
  enter,
  leave,
  outputTooLong,
};

export type Runtime = typeof runtime;
export { TemplateError };
