/** include, import, extends and blocks: templates using other templates. */
import { TemplateError, runtimeError } from '../errors.js';
import { MAX_TEXT, outputTooLong } from '../limits.js';
import { PY_CALL, type PyCallable } from '../python/callable.js';
import { Undefined, missing } from '../python/values.js';
import type { HasMembers } from './access.js';
import { type BlockFn, Frame, RenderContext } from './scope.js';

export type RootFn = (env: unknown, context: RenderContext, frame: Frame) => string;

export interface CompiledTemplate {
  readonly path: string;
  readonly displayName: string;
  readonly root: RootFn;
  readonly blocks: Record<string, BlockFn>;
}

export interface TemplateLoader {
  /** Resolves `name` as seen from the running template; throws TemplateNotFound. */
  loadTemplate(name: string, from: RenderContext): CompiledTemplate;
  /** Runs a template with `parent` as its outside variables; returns the context and output. */
  execute(
    template: CompiledTemplate,
    from: RenderContext,
    parent: Record<string, unknown>,
  ): [RenderContext, string];
}

const notFound = (name: string) => new TemplateError('TemplateNotFound', name);

function loadFirst(
  env: TemplateLoader,
  context: RenderContext,
  names: unknown,
): CompiledTemplate | undefined {
  const list = Array.isArray(names) ? names : [names];
  let last: unknown;
  for (const n of list) {
    if (n instanceof Undefined) n.fail();
    if (typeof n !== 'string')
      throw runtimeError(`template name must be a string, not ${typeof n}`);
    try {
      return env.loadTemplate(n, context);
    } catch (e) {
      if (!(e instanceof TemplateError && e.pyType === 'TemplateNotFound')) throw e;
      last = e;
    }
  }
  if (list.length > 1) {
    throw notFound(
      `none of the templates given were found: ${list.map((n) => `'${n}'`).join(', ')}`,
    );
  }
  if (last) throw last;
  return undefined;
}

/** `{% include name [ignore missing] [with|without context] %}` */
export function include(
  env: TemplateLoader,
  context: RenderContext,
  frame: Frame,
  name: unknown,
  ignoreMissing: boolean,
  withContext: boolean,
): string {
  let template: CompiledTemplate | undefined;
  try {
    template = loadFirst(env, context, name);
  } catch (e) {
    if (ignoreMissing && e instanceof TemplateError && e.pyType === 'TemplateNotFound') return '';
    throw e;
  }
  if (!template) return '';
  const parent = withContext ? context.flatten(frame) : context.state.globals;
  return env.execute(template, context, parent)[1];
}

/** What `{% import %}` binds: the template's exported top-level names. */
export class TemplateModule implements HasMembers {
  constructor(
    readonly name: string,
    readonly exports: Record<string, unknown>,
    private readonly body: string,
  ) {}

  member(name: string): unknown {
    return Object.hasOwn(this.exports, name) ? this.exports[name] : missing(this, name);
  }

  __str__(): string {
    return this.body;
  }
}

/** `{% import name as m %}` and `{% from name import ... %}` */
export function importModule(
  env: TemplateLoader,
  context: RenderContext,
  frame: Frame,
  name: unknown,
  withContext: boolean,
): TemplateModule {
  const template = loadFirst(env, context, name) as CompiledTemplate;
  const modules = context.state.modules;
  if (!withContext && modules.has(template.path))
    return modules.get(template.path) as TemplateModule;
  const parent = withContext ? context.flatten(frame) : context.state.globals;
  const [ctx, body] = env.execute(template, context, parent);
  const exports: Record<string, unknown> = Object.create(null);
  for (const n of ctx.exported) exports[n] = ctx.vars[n];
  const mod = new TemplateModule(String(name), exports, body);
  if (!withContext) modules.set(template.path, mod);
  return mod;
}

export function moduleGet(
  mod: TemplateModule,
  name: string,
  lineno: number,
  from: string,
): unknown {
  if (Object.hasOwn(mod.exports, name)) return mod.exports[name];
  return new Undefined(
    `the template '${mod.name}' (imported on line ${lineno} in '${from}') does not export the requested name '${name}'`,
  );
}

/** `{% extends name %}` */
export function extend(
  env: TemplateLoader,
  context: RenderContext,
  name: unknown,
  outputLength: number,
): void {
  if (context.parentTemplate) throw runtimeError('extended multiple times');
  context.parentTemplate = loadFirst(env, context, name);
  context.extendedAt = outputLength;
}

/** After a child template ran: its parent renders, with the child's blocks taking precedence. */
export function renderParent(env: unknown, context: RenderContext, output: string): string {
  const parent = context.parentTemplate as CompiledTemplate;
  context.parentTemplate = null;
  const out = output.slice(0, context.extendedAt) + parent.root(env, context, context.root);
  if (out.length > MAX_TEXT) outputTooLong();
  return out;
}

export function addBlocks(context: RenderContext, blocks: Record<string, BlockFn>): void {
  for (const [name, fn] of Object.entries(blocks)) {
    const list = context.blocks.get(name);
    if (list) list.push(fn);
    else context.blocks.set(name, [fn]);
  }
}

export function renderBlock(
  env: unknown,
  context: RenderContext,
  frame: Frame,
  name: string,
): string {
  const fns = context.blocks.get(name) as BlockFn[];
  return fns[0](env, context, frame, 0);
}

/** `super()` inside a block: renders the same block of the parent template. */
export function blockSuper(
  env: unknown,
  context: RenderContext,
  frame: Frame,
  name: string,
  depth: number,
): unknown {
  const fns = context.blocks.get(name) ?? [];
  if (depth + 1 >= fns.length) {
    return new Undefined(`there is no parent block called '${name}'.`);
  }
  const callable: PyCallable = {
    [PY_CALL]: () => fns[depth + 1](env, context, frame, depth + 1),
  };
  return callable;
}
