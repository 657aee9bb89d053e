/**
 * Variable scopes with Jinja2's rules:
 * - each template execution has a RenderContext: `vars` are its top-level assignments
 *   (what `import` exports), `parent` everything it can read from outside (the render's
 *   variables, or the includer's variables and locals);
 * - each for-loop iteration, macro call and `with` block gets a Frame whose assignments
 *   never leak out (`{% set %}` inside a loop is loop-scoped; use namespace() to carry
 *   values out);
 * - `if` and `filter` blocks do not create scopes.
 */
import { recursionError } from '../errors.js';
import { MAX_DEPTH } from '../limits.js';
import { undefinedVar } from '../python/values.js';

export type FrameKind = 'template' | 'loop' | 'macro' | 'with' | 'block';

export class Frame {
  readonly vars: Record<string, unknown> = Object.create(null);
  /** Names assigned with `set` in this loop iteration: what context functions see (kluctl's get_var workaround). */
  sets?: Record<string, unknown>;

  constructor(
    readonly parent: Frame | null,
    readonly kind: FrameKind,
  ) {}
}

/** Everything one render call shares across the templates it includes and imports. */
export interface RenderState {
  /** the environment (filters, tests, template loading) */
  readonly env: unknown;
  /** the render's variables (kluctl passes them as Jinja2 globals, so imports see them) */
  readonly globals: Record<string, unknown>;
  /** directories searched for include/import/load_template names */
  readonly searchDirs: readonly string[];
  /** modules imported without context, by absolute path */
  readonly modules: Map<string, unknown>;
  /** compiled functions running (templates, macros, recursive loops, blocks): enter/leave */
  depth: number;
}

/** Every compiled function starts here: past MAX_DEPTH nested calls, a RecursionError. */
export function enter(state: RenderState): void {
  if (state.depth >= MAX_DEPTH) throw recursionError();
  state.depth++;
}

export function leave(state: RenderState): void {
  state.depth--;
}

/** Per-template-execution state; compiled code receives it as `context`. */
export class RenderContext {
  readonly exported = new Set<string>();
  /** blocks by name, child-most first (template inheritance) */
  readonly blocks = new Map<string, BlockFn[]>();
  parentTemplate: unknown = null;
  /** output length when `{% extends %}` ran: later top-level output is dropped */
  extendedAt = 0;

  constructor(
    readonly state: RenderState,
    /** absolute path of the running template ('' for strings) */
    readonly path: string,
    /** name used in error messages */
    readonly displayName: string,
    readonly parent: Record<string, unknown>,
    readonly root: Frame,
    readonly envGlobals: Record<string, unknown>,
  ) {}

  get vars(): Record<string, unknown> {
    return this.root.vars;
  }

  /** Context.resolve: top-level vars, then outside variables, then environment globals. */
  resolve(name: string): unknown {
    if (name in this.root.vars) return this.root.vars[name];
    if (name in this.parent) return this.parent[name];
    if (name in this.envGlobals) return this.envGlobals[name];
    return undefinedVar(name);
  }

  /** Jinja2's `context.get_all()`, plus the set-variables of the caller's loop iteration. */
  getAll(frame: Frame | null): Record<string, unknown> {
    const all = Object.assign(
      Object.create(null) as Record<string, unknown>,
      this.envGlobals,
      this.parent,
      this.root.vars,
    );
    const sets = callerSets(frame);
    return sets ? Object.assign(all, sets) : all;
  }

  /** One variable as `context.get_all()[name]` would give it (undefined when absent). */
  getVisible(frame: Frame | null, name: string): unknown {
    const sets = callerSets(frame);
    if (sets && name in sets) return sets[name];
    if (name in this.root.vars) return this.root.vars[name];
    if (name in this.parent) return this.parent[name];
    if (name in this.envGlobals) return this.envGlobals[name];
    return undefined;
  }

  /** All variables the code at `frame` can read: what `include` passes on (Jinja2 passes locals too). */
  flatten(frame: Frame | null): Record<string, unknown> {
    const chain: Frame[] = [];
    for (let f = frame; f; f = f.parent) chain.push(f);
    const all = Object.assign(
      Object.create(null) as Record<string, unknown>,
      this.parent,
      this.root.vars,
    );
    for (let i = chain.length - 1; i >= 0; i--) Object.assign(all, chain[i].vars);
    return all;
  }
}

export type BlockFn = (env: unknown, context: RenderContext, frame: Frame, depth: number) => string;

/** The innermost loop (or block) iteration's `set` variables, unless a macro is in between. */
function callerSets(frame: Frame | null): Record<string, unknown> | undefined {
  for (let f = frame; f; f = f.parent) {
    if (f.kind === 'loop' || f.kind === 'block') return f.sets;
    if (f.kind !== 'with') return undefined;
  }
  return undefined;
}

/** Name lookup from compiled code: locals (innermost first), then the context. */
export function lookup(context: RenderContext, frame: Frame, name: string): unknown {
  for (let f: Frame | null = frame; f; f = f.parent) {
    const v = f.vars[name];
    if (v !== undefined) return v;
  }
  const outside = context.parent[name];
  if (outside !== undefined) return outside;
  const global = context.envGlobals[name];
  return global !== undefined ? global : undefinedVar(name);
}

/** `{% set name = value %}` */
export function assign(context: RenderContext, frame: Frame, name: string, value: unknown): void {
  frame.vars[name] = value;
  if (frame.kind === 'loop' || frame.kind === 'block')
    (frame.sets ??= Object.create(null))[name] = value;
  else if (frame.kind === 'template' && frame === context.root && !name.startsWith('_')) {
    context.exported.add(name);
  }
}
