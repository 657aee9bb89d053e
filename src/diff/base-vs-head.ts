import { realpathSync } from 'node:fs';
import path from 'node:path';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { chooseTargets } from '../project/target.js';
import { isDirectory, isInside } from '../project/paths.js';
import type { KluctlProjectConfig } from '../project/types.js';
import { openRenderCache, renderProject, type RenderOptions } from '../render/index.js';
import { UsageError, UserError, formatError } from '../util/errors.js';
import { diffObjects } from './compare.js';
import { countsText } from './describe.js';
import { repoRoot, resolveCommit, withWorktree } from './git-worktree.js';
import { summaryHasChanges, type DiffResult, type TargetDiff } from './model.js';

export type Side = 'base' | 'head';

/** Rendering one side failed; says which side, which target and why. */
export class RenderSideError extends UserError {
  constructor(
    readonly side: Side,
    readonly target: string | null,
    message: string,
    loc: { file?: string; line?: number; col?: number },
    hint?: string,
    cause?: unknown,
  ) {
    super(message, loc, hint, { cause });
    this.name = 'RenderSideError';
  }
}

export interface DiffAgainstRefOptions {
  /** Project, image and inclusion flags; `projectDir` is the head (the working tree), `log` gets progress lines. */
  render: Omit<RenderOptions, 'target' | 'renderOutputDir'>;
  /** Targets to compare; none: every target of the head project. */
  targets?: readonly string[];
  /** Branch, tag or commit of the repository holding the project. */
  baseRef: string;
}

interface BaseCheckout {
  ref: string;
  /** The temporary worktree. */
  tree: string;
}

/** The base side of one target: rendered, or empty with the reason. */
type BaseSide = { render: true } | { render: false; note: string };

function baseSideOf(
  baseProject: KluctlProjectConfig | undefined,
  target: string | null,
  ref: string,
): BaseSide {
  if (!baseProject)
    return {
      render: false,
      note: `the project directory does not exist at ${ref}; every object is new`,
    };
  if (target === null && baseProject.targets.length > 0)
    return {
      render: false,
      note: `the project at ${ref} defines targets and this one defines none; every object is new`,
    };
  if (target !== null && !baseProject.targets.some((t) => t.name === target))
    return {
      render: false,
      note: `target ${target} does not exist at ${ref}; every object is new`,
    };
  return { render: true };
}

const realpath = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/**
 * Renders the project of the working tree (head) and of `baseRef` (base, in a temporary
 * worktree) for each target and compares them object by object.
 *
 * Files given as flags that live inside the repository (fixed-images files, args files,
 * the working directory for `-a name=@file`) are read from the base checkout for the base
 * side, so a change to them shows up in the diff. A target or project directory that does
 * not exist at the base is compared with nothing (every object new), with a note.
 */
export async function diffAgainstRef(opts: DiffAgainstRefOptions): Promise<DiffResult> {
  const log = opts.render.log ?? (() => undefined);
  const headDir = realpath(opts.render.projectDir);
  if (!isDirectory(headDir))
    throw new UserError(
      `project directory ${opts.render.projectDir} does not exist`,
      {},
      'pass --project-dir pointing at the directory with .kluctl.yaml / deployment.yaml',
    );
  const env = opts.render.env ?? process.env;
  // Two git processes at once, and the head's project read while they run; not being in a
  // repository is the error to report first.
  const [top, base, head] = await Promise.allSettled([
    repoRoot(env, headDir),
    resolveCommit(env, headDir, opts.baseRef),
    onSide('head', () => loadKluctlProject(headDir)),
  ]);
  if (top.status === 'rejected') throw top.reason;
  if (base.status === 'rejected') throw base.reason;
  if (head.status === 'rejected') throw head.reason;
  const root = realpath(top.value);
  const commit = base.value;
  const headProject = head.value;
  const targets = chooseTargets(headProject, opts.targets ?? []).map((t) => t ?? null);

  // Base and head share the cache: an item the pull request did not change renders once.
  const cache = opts.render.cache ?? openRenderCache(opts.render, true);
  try {
    return await withWorktree(env, root, commit, (tree, release) =>
      diffInWorktree(opts, { headDir, root, commit, targets, tree, release, cache, log }),
    );
  } finally {
    if (!opts.render.cache) await cache?.close();
  }
}

async function diffInWorktree(
  opts: DiffAgainstRefOptions,
  run: {
    headDir: string;
    root: string;
    commit: string;
    targets: (string | null)[];
    tree: Promise<string>;
    /** The base checkout is no longer read. */
    release: () => void;
    cache: RenderOptions['cache'];
    log: (line: string) => void;
  },
): Promise<DiffResult> {
  const { headDir, root, commit, targets, cache, log } = run;
  // The base checkout, once git has written it (the head renders meanwhile).
  let checkout:
    | Promise<{ base: BaseCheckout; toBase: (p: string) => string; project?: KluctlProjectConfig }>
    | undefined;
  const baseCheckout = () =>
    (checkout ??= run.tree.then(async (tree) => {
      const base: BaseCheckout = { ref: opts.baseRef, tree };
      // Where a path of the head checkout is in the base checkout.
      const toBase = (p: string) => {
        const real = realpath(p);
        return isInside(root, real) ? path.join(tree, path.relative(root, real)) : p;
      };
      const baseDir = toBase(headDir);
      const project = isDirectory(baseDir)
        ? await onSide('base', () => loadKluctlProject(baseDir), base)
        : undefined;
      return { base, toBase, project };
    }));

  const results: TargetDiff[] = [];
  for (const [i, target] of targets.entries()) {
    const started = Date.now();
    const label = target ?? 'project';
    log(`${label}: rendering head`);
    const logAs = (s: Side) => (line: string) => log(`${label} [${s}] ${line}`);
    const headOpts: RenderOptions = {
      ...opts.render,
      projectDir: headDir,
      target: target ?? undefined,
      log: logAs('head'),
      cache,
    };
    // One after the other: the second finds what the first built in the cache, and each
    // keeps every core busy on its own.
    const headRender = await settled(renderProject(headOpts));
    const { base, toBase, project: baseProject } = await baseCheckout();
    const side = baseSideOf(baseProject, target, base.ref);
    if (side.render) log(`${label}: rendering base (${base.ref})`);
    const baseCwd = opts.render.cwd && toBase(opts.render.cwd);
    const baseOpts: RenderOptions = {
      ...headOpts,
      projectDir: toBase(headDir),
      argsFiles: opts.render.argsFiles?.map(toBase),
      fixedImagesFiles: opts.render.fixedImagesFiles?.map(toBase),
      cwd: baseCwd && isDirectory(baseCwd) ? baseCwd : opts.render.cwd,
      log: logAs('base'),
    };
    const baseRender = await settled(
      side.render ? renderProject(baseOpts) : Promise.resolve(undefined),
    );
    // git removes the checkout while the last target's objects are compared.
    if (i === targets.length - 1) run.release();
    if (headRender.status === 'rejected') {
      if (headRender.reason instanceof UsageError) throw headRender.reason;
      const both = baseRender.status === 'rejected';
      throw sideError('head', target, headRender.reason, undefined, both);
    }
    if (baseRender.status === 'rejected') throw sideError('base', target, baseRender.reason, base);
    const { objects, ignoreForDiff } = headRender.value;
    const diff = diffObjects(baseRender.value?.objects ?? [], objects, ignoreForDiff);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`${label}: ${countsText(diff.summary)} (${seconds} s)`);
    results.push({ target, ...(side.render ? {} : { note: side.note }), ...diff });
  }
  return {
    base: { ref: opts.baseRef, commit },
    hasChanges: results.some((t) => summaryHasChanges(t.summary)),
    targets: results,
  };
}

function settled<T>(p: Promise<T>): Promise<PromiseSettledResult<T>> {
  return p.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

/** Runs a step of one side; its failure becomes a RenderSideError (head usage errors stay). */
async function onSide<T>(side: Side, fn: () => Promise<T>, base?: BaseCheckout): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (side === 'head' && err instanceof UsageError) throw err;
    throw sideError(side, null, err, base);
  }
}

/** Wraps a render failure; paths inside the base checkout read as `ref:path`. */
function sideError(
  side: Side,
  target: string | null,
  err: unknown,
  base?: BaseCheckout,
  otherFailedToo = false,
): RenderSideError {
  const ue = err instanceof UserError ? err : undefined;
  const inBase = (s: string) =>
    base
      ? s
          .split(`${base.tree}${path.sep}`)
          .join(`${base.ref}:`)
          .split(base.tree)
          .join(`${base.ref}:.`)
      : s;
  const where = side === 'base' ? `the base (${base?.ref})` : 'the head (working tree)';
  const why = inBase(ue ? ue.message : formatError(err));
  const message = `rendering ${where}${target ? ` of target ${target}` : ''} failed: ${why}${otherFailedToo ? ' (the base failed too)' : ''}`;
  return new RenderSideError(
    side,
    target,
    message,
    { file: ue?.file && inBase(ue.file), line: ue?.line, col: ue?.col },
    ue?.hint && inBase(ue.hint),
    err,
  );
}
