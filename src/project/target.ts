import type { TemplateEngine } from '../templating/engine.js';
import { UsageError, nearest } from '../util/errors.js';
import {
  deepMerge,
  isPlainObject,
  newMap,
  withSortedKeys,
  type PlainObject,
} from '../util/merge.js';
import { parseFixedImages } from '../images/fixed-images.js';
import { applyArgDefaults, loadArgsFile, parseArgFlags } from './args.js';
import type { FixedImage, KluctlProjectConfig, TargetConfig } from './types.js';

export interface TargetRequest {
  target?: string;
  args?: readonly string[];
  argsFiles?: readonly string[];
  discriminator?: string;
  /** `-T`: renames the target; see resolveTarget for when the new name is visible. */
  targetNameOverride?: string;
  /** The cluster context in use, which templates see as `target.context` ('' offline). */
  clusterContext?: string;
  cwd: string;
}

export interface ResolvedTarget {
  /** The selected target after rendering; undefined for projects without targets. */
  target?: TargetConfig;
  /** What templates see as `target`. */
  targetVars: PlainObject;
  /** What templates see as `args`: defaults, then target args, then command-line args. */
  args: PlainObject;
  discriminator?: string;
  images: FixedImage[];
}

/**
 * The targets a multi-target command (diff, image-bump) works on: the ones asked for (each
 * must exist), else every target; `[undefined]` for a project without targets.
 */
export function chooseTargets(
  project: KluctlProjectConfig,
  wanted: readonly string[],
): (string | undefined)[] {
  const names = project.targets.map((t) => t.name);
  if (names.length === 0) {
    if (wanted.length)
      throw new UsageError(`-t ${wanted[0]}: the project defines no targets; omit -t`);
    return [undefined];
  }
  if (wanted.length === 0) return names;
  for (const w of wanted) {
    if (names.includes(w)) continue;
    const guess = nearest(w, names);
    throw new UsageError(
      `unknown target "${w}"${guess ? ` (did you mean "${guess}"?)` : ''}; known targets: ${names.join(', ')}`,
    );
  }
  return [...new Set(wanted)];
}

function selectTarget(
  project: KluctlProjectConfig,
  name: string | undefined,
): TargetConfig | undefined {
  const names = project.targets.map((t) => t.name);
  if (project.targets.length === 0) {
    if (name !== undefined)
      throw new UsageError(`-t ${name}: the project defines no targets; omit -t`);
    return undefined;
  }
  // Without -t, kluctl renders the no-name target even when the project defines targets.
  if (name === undefined) return undefined;
  const t = project.targets.find((x) => x.name === name);
  if (!t) throw new UsageError(`unknown target "${name}"; known targets: ${names.join(', ')}`);
  return t;
}

/** Renders every string leaf of `value`; returns the result and whether anything changed. */
function renderLeaves(
  value: unknown,
  render: (s: string) => string,
): { value: unknown; changed: boolean } {
  if (typeof value === 'string') {
    const out = render(value);
    return { value: out, changed: out !== value };
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const r = renderLeaves(v, render);
      changed ||= r.changed;
      return r.value;
    });
    return { value: out, changed };
  }
  if (isPlainObject(value)) {
    let changed = false;
    const out = newMap();
    for (const [k, v] of Object.entries(value)) {
      const r = renderLeaves(v, render);
      changed ||= r.changed;
      out[k] = r.value;
    }
    return { value: out, changed };
  }
  return { value, changed: false };
}

/**
 * Selects the target and computes `args`. Target values may reference `target` and `args`
 * themselves, so they are rendered repeatedly until they stop changing (at most 10 rounds,
 * as kluctl does).
 */
export async function resolveTarget(
  project: KluctlProjectConfig,
  req: TargetRequest,
  engine: TemplateEngine,
): Promise<ResolvedTarget> {
  const selected = selectTarget(project, req.target);
  // kluctl merges the args files over the -a arguments: a file wins.
  let external = await parseArgFlags(req.args ?? [], req.cwd);
  for (const f of req.argsFiles ?? []) external = deepMerge(external, await loadArgsFile(f));

  const where = project.file ?? project.dir;
  const computeArgs = (targetValues: PlainObject) =>
    applyArgDefaults(
      project.args,
      deepMerge(isPlainObject(targetValues.args) ? targetValues.args : {}, external),
      where,
    );

  // As in kluctl: the no-name target is renamed before it is rendered (its discriminator
  // sees the new name); a named target was rendered under its own name, then renamed.
  let values: PlainObject = selected
    ? { ...selected.values, discriminator: selected.discriminator }
    : { name: req.targetNameOverride ?? '', discriminator: project.discriminator };
  if (values.discriminator === undefined) delete values.discriminator;
  let args = computeArgs(values);
  const file = project.file ? project.file.slice(project.dir.length + 1) : '.kluctl.yaml';
  let lastError: unknown;
  for (let round = 0; round < 10; round++) {
    try {
      const r = renderLeaves(values, (s) =>
        s.includes('{')
          ? engine.renderString(s, withSortedKeys({ target: values, args }) as PlainObject, file)
          : s,
      );
      values = r.value as PlainObject;
      args = computeArgs(values);
      lastError = undefined;
      if (!r.changed) break;
    } catch (err) {
      lastError = err;
    }
  }
  if (lastError) throw lastError;
  if (selected && req.targetNameOverride !== undefined)
    values = { ...values, name: req.targetNameOverride };

  let target: TargetConfig | undefined;
  let images: FixedImage[] = [];
  if (selected) {
    const index = project.targets.indexOf(selected);
    // Re-parse the rendered images so templated resultImages are resolved, keeping their source.
    images = project.file
      ? parseFixedImages(
          { file: project.file, value: null, positionOf: () => undefined },
          values.images,
          ['targets', index, 'images'],
          'target',
        )
      : [];
    target = {
      ...selected,
      values,
      args: isPlainObject(values.args) ? values.args : {},
      images,
      context: values.context as string | undefined,
    };
  }
  const discriminator = req.discriminator ?? (values.discriminator as string | undefined);
  const context = req.clusterContext ?? '';
  const targetVars = selected
    ? { ...values, aws: targetAws(values.aws, project.aws), context }
    : { ...values, context };
  return { target, targetVars, args, discriminator, images };
}

/**
 * What templates see as `target.aws`: the target's settings, each missing one taken from the
 * project's (kluctl's rule), `{}` when neither has any.
 */
function targetAws(own: unknown, project: PlainObject | undefined): PlainObject {
  if (!isPlainObject(own)) return project ? { ...project } : {};
  const out = { ...own };
  for (const k of ['profile', 'serviceAccount'])
    if (out[k] === undefined && project?.[k] !== undefined) out[k] = project[k];
  return out;
}
