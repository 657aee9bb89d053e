import path from 'node:path';
import type { TemplateEngine } from '../templating/engine.js';
import { UserError } from '../util/errors.js';
import { deepMerge, isPlainObject, type PlainObject } from '../util/merge.js';
import { parseYaml, type LocatedYaml, type YamlPath } from '../util/yaml.js';
import { findYamlFileSync } from './find-file.js';
import { isDirectory, resolveInside } from './paths.js';
import { Schema, toStringMap } from '../util/schema.js';
import type {
  ConflictResolutionRule,
  IgnoreForDiffRule,
  ItemBehaviour,
  ObjectSelector,
} from './types.js';
import { loadVars, type VarsContext, type VarsEnvironment } from './vars.js';
import { isInside, ProjectBoundary } from '../util/project-boundary.js';
import { checkoutGitSpec } from './git-checkout.js';
import { parseOciRef } from '../sources/oci.js';
import { applyArgDefaults } from './args.js';
import { readYamlFile } from '../util/yaml.js';
import type { ArgSpec } from './types.js';

const PROJECT_FIELDS = {
  deployments: 'list',
  vars: 'list',
  commonLabels: 'stringMap',
  commonAnnotations: 'stringMap',
  overrideNamespace: 'string',
  tags: 'stringList',
  ignoreForDiff: 'list',
  conflictResolution: 'list',
  when: 'string',
  templateExcludes: 'stringList',
} as const;

const ITEM_FIELDS = {
  path: 'string',
  include: 'string',
  git: 'any',
  oci: 'any',
  barrier: 'boolean',
  message: 'string',
  deleteObjects: 'list',
  waitReadinessObjects: 'list',
  vars: 'list',
  when: 'string',
  tags: 'stringList',
  alwaysDeploy: 'boolean',
  skipDeleteIfTags: 'boolean',
  onlyRender: 'boolean',
  waitReadiness: 'boolean',
  recursive: 'boolean',
  passVars: 'boolean',
  args: 'map',
} as const;

const SELECTOR_FIELDS = {
  group: 'string',
  kind: 'string',
  name: 'string',
  namespace: 'string',
} as const;
const RULE_FIELDS = { fieldPath: 'any', fieldPathRegex: 'any', ...SELECTOR_FIELDS } as const;

/**
 * Where a deployment project's files come from: the user's repository, or a fetched git or
 * OCI include, which is a boundary of its own (its templates never see the parent's files).
 */
export interface ProjectSource {
  /** Item directories are named relative to this (kluctl's source dir). */
  root: string;
  boundary: ProjectBoundary;
  /** Where the source's items render, inside the render directory ('' for the user's). */
  renderPrefix: string;
  /** `git:<url>` or `oci://…`, for messages; absent for the user's repository. */
  label?: string;
  /**
   * What was fetched (url and commit, or url and digest); '' for the user's repository.
   * Two sources with the same id hold the same files (render/cache names paths by it).
   */
  id: string;
}

/** One deployment.yaml (or the implicit root project of a directory without one). */
export interface DeploymentProject {
  dir: string;
  source: ProjectSource;
  /** deployment.yaml, absent for an implicit root project. */
  file?: string;
  parent?: DeploymentProject;
  /** Tags the include item that brought this project in gives to everything inside. */
  includeTags: string[];
  /** Template search dirs: this project's dir, then each parent project's dir. */
  searchDirs: string[];
  vars: VarsContext;
  tags: string[];
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  overrideNamespace?: string;
  ignoreForDiff: IgnoreForDiffRule[];
  conflictResolution: ConflictResolutionRule[];
}

export interface DeploymentItemPlan extends ItemBehaviour {
  project: DeploymentProject;
  /** Absolute item directory for `path` items. */
  dir?: string;
  /** Render directory suffix when the same directory is used by several items. */
  renderIndex: number;
  vars: VarsContext;
  recursive: boolean;
  /** Where the item is declared, for errors. */
  where: { file: string; line?: number };
}

export interface DeploymentTree {
  root: DeploymentProject;
  projects: DeploymentProject[];
  items: DeploymentItemPlan[];
}

const unique = (xs: string[]) => [...new Set(xs)];
const rel = (root: string, p: string) => path.relative(root, p).split(path.sep).join('/') || '.';

interface Loader {
  root: string;
  engine: TemplateEngine;
  venv: VarsEnvironment;
  projects: DeploymentProject[];
  dirUses: Map<string, number>;
  /** Fetched sources by directory (one per checkout / artifact). */
  sources: Map<string, ProjectSource>;
}

const LIBRARY_FIELDS = { args: 'list' } as const;

/** `.kluctl-library.yaml` of an included directory: its args, or undefined when it has none. */
async function libraryArgs(dir: string): Promise<{ specs: ArgSpec[]; file: string } | undefined> {
  const file = findYamlFileSync(dir, '.kluctl-library');
  if (!file) return undefined;
  const doc = await readYamlFile(file, file, { kluctl: true });
  const schema = new Schema(doc);
  const root = schema.object(doc.value ?? {}, [], '.kluctl-library.yaml', LIBRARY_FIELDS);
  const specs = schema.list(root.args, ['args'], 'args').map((a, i) => {
    const o = schema.object(a, ['args', i], 'argument', { name: 'string', default: 'any' }, [
      'name',
    ]);
    return { name: o.name as string, hasDefault: 'default' in o, default: o.default };
  });
  return { specs, file };
}

function fetchedSource(l: Loader, dir: string, label: string, id: string): ProjectSource {
  let src = l.sources.get(dir);
  if (!src) {
    src = {
      root: dir,
      boundary: ProjectBoundary.exactly(dir),
      renderPrefix: path.join('.shipshape-sources', String(l.sources.size + 1)),
      label,
      id,
    };
    l.sources.set(dir, src);
    l.engine.addSourceRoot(dir, label);
  }
  return src;
}

/** A deployment item's `git:` (a url, or url/ref/subDir). */
function gitIncludeSpec(schema: Schema, git: unknown, at: YamlPath) {
  return typeof git === 'string'
    ? { url: git }
    : schema.object(
        git,
        [...at, 'git'],
        'git include',
        { url: 'string', ref: 'any', subDir: 'string' },
        ['url'],
      );
}

/**
 * Starts fetching the git includes of a deployment list at once (each fetch is git
 * processes and network), so the loop over the items, which takes them one by one, mostly
 * finds them fetched (checkouts are fetched once per run). An include whose `when` is false
 * is not fetched; whatever fails here is left to the loop, which reports it in order.
 */
function prefetchGitIncludes(
  l: Loader,
  schema: Schema,
  deployments: unknown[],
  doc: LocatedYaml,
  vars: Record<string, unknown>,
): void {
  const sources = l.venv.sources;
  if (!sources) return;
  deployments.forEach((raw, i) => {
    if (!isPlainObject(raw) || raw.git === undefined) return;
    const at = ['deployments', i];
    try {
      const when = raw.when;
      if (
        when &&
        !l.engine.evaluate(String(when), l.venv.templateContext(vars), rel(l.root, doc.file))
      )
        return;
      const spec = gitIncludeSpec(schema, raw.git, at);
      const where = { file: doc.file, line: doc.positionOf(at)?.line };
      checkoutGitSpec(sources, spec, schema, [...at, 'git'], where).catch(() => undefined);
    } catch {
      // reported by the loop
    }
  });
}

/** `subDir` of a git or OCI include, inside the fetched tree. */
function subDirOf(root: string, subDir: unknown, error: (msg: string) => Error): string {
  const rel = subDir === undefined || subDir === null ? '' : String(subDir);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\\:*?"<>|\x00-\x1f]/.test(rel) || rel.split('/').includes('..') || rel.startsWith('/'))
    throw error(`'${rel}' is not valid subdirectory path`);
  const dir = path.join(root, ...rel.split('/').filter(Boolean));
  if (!isInside(root, dir) || !isDirectory(dir)) throw error(`subDir "${rel}" does not exist`);
  return dir;
}

function selectors(schema: Schema, list: unknown, at: YamlPath, what: string): ObjectSelector[] {
  return schema
    .list(list, at, what)
    .map((s, i) => schema.object(s, [...at, i], what, SELECTOR_FIELDS) as ObjectSelector);
}

function asStringList(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

function rules(
  schema: Schema,
  list: unknown,
  at: YamlPath,
  what: string,
  extra: Record<string, 'string'> = {},
): PlainObject[] {
  return schema.list(list, at, what).map((r, i) => {
    const o = schema.object(r, [...at, i], what, { ...RULE_FIELDS, ...extra });
    const out: PlainObject = {
      ...o,
      fieldPath: asStringList(o.fieldPath),
      fieldPathRegex: asStringList(o.fieldPathRegex),
    };
    for (const re of (out.fieldPathRegex as string[] | undefined) ?? []) {
      try {
        new RegExp(re);
      } catch (err) {
        throw schema.error(
          [...at, i, 'fieldPathRegex'],
          `invalid regex: ${(err as Error).message}`,
        );
      }
    }
    return out;
  });
}

async function loadProject(
  l: Loader,
  dir: string,
  source: ProjectSource,
  ctx: VarsContext,
  parent: DeploymentProject | undefined,
  includeTags: string[],
  chain: string[],
): Promise<DeploymentItemPlan[]> {
  // Templates are searched for in this project and its parents of the same source only.
  const searchDirs = [dir, ...(parent && parent.source === source ? parent.searchDirs : [])];
  const file = findYamlFileSync(dir, 'deployment');
  let doc: LocatedYaml;
  if (!file) {
    if (parent) {
      const hint = findYamlFileSync(dir, 'kustomization')
        ? 'use "path:" for a kustomize directory, "include:" is for deployment projects'
        : 'add a deployment.yaml or fix the include path';
      throw new UserError(
        `included directory ${rel(l.root, dir)} has no deployment.yaml`,
        { file: parent.file ?? dir },
        hint,
      );
    }
    // A root without deployment.yaml is a single kustomize item.
    doc = {
      file: path.join(dir, 'deployment.yaml'),
      value: { deployments: [{ path: '.' }] },
      positionOf: () => undefined,
    };
  } else {
    const text = l.engine.renderFile(file, l.venv.templateContext(ctx.vars), { searchDirs });
    doc = parseYaml(text, file, { kluctl: true });
  }
  const schema = new Schema(doc);
  const cfg = schema.object(doc.value ?? {}, [], 'deployment.yaml', PROJECT_FIELDS);
  if (!parent && cfg.when !== undefined)
    throw schema.error(
      ['when'],
      'the root deployment project can not have "when"',
      'move the condition to the items',
    );
  if (
    parent &&
    cfg.when &&
    !l.engine.evaluate(String(cfg.when), l.venv.templateContext(ctx.vars), rel(l.root, file ?? dir))
  )
    return [];

  const projectVars = await loadVars(
    ctx,
    doc,
    ['vars'],
    cfg.vars,
    { searchDirs },
    l.venv,
    source.boundary,
  );
  const overrideNamespace =
    (cfg.overrideNamespace as string | undefined) ?? parent?.overrideNamespace;
  const project: DeploymentProject = {
    dir,
    source,
    file,
    parent,
    includeTags,
    searchDirs,
    vars: projectVars,
    tags: unique([
      ...((cfg.tags as string[] | undefined) ?? []).map(String),
      ...includeTags,
      ...(parent?.tags ?? []),
    ]),
    commonLabels: { ...parent?.commonLabels, ...toStringMap(cfg.commonLabels) },
    commonAnnotations: { ...parent?.commonAnnotations, ...toStringMap(cfg.commonAnnotations) },
    overrideNamespace,
    ignoreForDiff: rules(
      schema,
      cfg.ignoreForDiff,
      ['ignoreForDiff'],
      'ignoreForDiff rule',
    ) as IgnoreForDiffRule[],
    conflictResolution: rules(
      schema,
      cfg.conflictResolution,
      ['conflictResolution'],
      'conflictResolution rule',
      { manager: 'string', action: 'string' },
    ).map((r, i) => {
      if (r.action !== 'ignore' && r.action !== 'force-apply')
        throw schema.error(
          ['conflictResolution', i],
          'conflictResolution action must be "ignore" or "force-apply"',
        );
      return r as unknown as ConflictResolutionRule;
    }),
  };
  l.projects.push(project);

  const out: DeploymentItemPlan[] = [];
  const deployments = schema.list(cfg.deployments, ['deployments'], 'deployments');
  prefetchGitIncludes(l, schema, deployments, doc, projectVars.vars);
  for (const [i, raw] of deployments.entries()) {
    const at = ['deployments', i];
    const item = schema.object(raw, at, 'deployment item', ITEM_FIELDS);
    const pos = doc.positionOf(at);
    const where = { file: doc.file, line: pos?.line };
    const kinds = ['path', 'include', 'git', 'oci'].filter((k) => item[k] !== undefined);
    if (kinds.length > 1)
      throw schema.error(
        at,
        `a deployment item can have only one of path, include, git, oci (found ${kinds.join(', ')})`,
      );
    if (kinds.length === 0 && !item.barrier && !item.deleteObjects && !item.waitReadinessObjects) {
      throw schema.error(
        at,
        'a deployment item needs path, include, barrier, deleteObjects or waitReadinessObjects',
      );
    }
    const isInclude = kinds[0] === 'include' || kinds[0] === 'git' || kinds[0] === 'oci';
    if (item.args !== undefined && !isInclude)
      throw schema.error(
        [...at, 'args'],
        'args are only allowed when another project is included (via include, git or oci)',
      );
    if (item.passVars !== undefined && !isInclude)
      throw schema.error(
        [...at, 'passVars'],
        'passVars is only allowed when another project is included (via include, git or oci)',
      );
    if (
      item.when &&
      !l.engine.evaluate(
        String(item.when),
        l.venv.templateContext(projectVars.vars),
        rel(l.root, doc.file),
      )
    )
      continue;

    const target = (item.path ?? item.include) as string | undefined;
    const defaultTag = target ? path.basename(target) : '';
    const ownTags = item.tags
      ? (item.tags as unknown[]).map(String)
      : defaultTag && defaultTag !== '.' && defaultTag !== '..'
        ? [defaultTag]
        : [];
    const common = {
      barrier: item.barrier === true,
      message: item.message as string | undefined,
      where,
    };

    if (isInclude) {
      let incDir: string;
      let incSource = source;
      let key: string;
      if (item.include !== undefined) {
        incDir = resolveInside(source.boundary, dir, String(item.include), 'include', where);
        if (!isDirectory(incDir))
          throw schema.error(
            [...at, 'include'],
            `include directory "${item.include}" does not exist`,
          );
        key = incDir;
      } else {
        const sources = l.venv.sources;
        if (!sources)
          throw schema.error([...at, kinds[0]], `${kinds[0]} includes cannot be used here`);
        let fetched: { dir: string; label: string; key: string };
        if (item.git !== undefined) {
          const spec = gitIncludeSpec(schema, item.git, at);
          const {
            url,
            checkout: co,
            label,
          } = await checkoutGitSpec(sources, spec, schema, [...at, 'git'], where);
          incSource = fetchedSource(l, co.dir, label, `${url.key}@${co.commit}`);
          incDir = subDirOf(co.dir, spec.subDir, (m) =>
            schema.error([...at, 'git', 'subDir'], `${label}: ${m}`),
          );
          fetched = { dir: incDir, label, key: `${url.key}@${co.commit}` };
        } else {
          const spec = schema.object(
            item.oci,
            [...at, 'oci'],
            'oci include',
            { url: 'string', ref: 'any', subDir: 'string' },
            ['url'],
          );
          let ref;
          try {
            ref = parseOciRef(spec.ref);
          } catch (err) {
            throw schema.error([...at, 'oci', 'ref'], (err as Error).message);
          }
          const art = await sources.oci.pull(String(spec.url), ref, where);
          const label = String(spec.url);
          incSource = fetchedSource(l, art.dir, label, `${spec.url}@${art.digest}`);
          incDir = subDirOf(art.dir, spec.subDir, (m) =>
            schema.error([...at, 'oci', 'subDir'], `${label}: ${m}`),
          );
          fetched = { dir: incDir, label, key: `${spec.url}@${art.digest}` };
        }
        key = `${fetched.key}/${path.relative(incSource.root, incDir)}`;
      }
      if (chain.includes(key)) {
        const cycle = [...chain.slice(chain.indexOf(key)), key]
          .map((d) => (path.isAbsolute(d) ? rel(l.root, d) : d))
          .join(' -> ');
        throw schema.error(
          [...at, kinds[0]],
          `include cycle: ${cycle}`,
          'remove one of the includes in the cycle',
        );
      }
      // A library project (.kluctl-library.yaml) gets only its args (and, with passVars,
      // the includer's variables); any other project gets every variable.
      const library = await libraryArgs(incDir);
      let baseCtx: VarsContext = projectVars;
      if (library) {
        const vars: PlainObject = item.passVars === true ? deepMerge({}, projectVars.vars) : {};
        delete vars.args;
        const given = deepMerge({}, (item.args as PlainObject | undefined) ?? {});
        vars.args = applyArgDefaults(library.specs, given, library.file);
        baseCtx = {
          vars,
          imagesSource: item.passVars === true ? projectVars.imagesSource : undefined,
          // its args are rendered from the includer's variables
          sensitive: projectVars.sensitive,
        };
      }
      const childCtx = await loadVars(
        baseCtx,
        doc,
        [...at, 'vars'],
        item.vars,
        { searchDirs },
        l.venv,
        source.boundary,
      );
      out.push(
        ...(await loadProject(l, incDir, incSource, childCtx, project, ownTags, [...chain, key])),
      );
      if (common.barrier) out.push(plan(project, projectVars, project.tags, { ...common, where }));
      continue;
    }

    let itemDir: string | undefined;
    if (item.path !== undefined) {
      itemDir = resolveInside(source.boundary, dir, String(item.path), 'path', where);
      if (!isDirectory(itemDir))
        throw schema.error(
          [...at, 'path'],
          `deployment directory "${item.path}" does not exist or is not a directory`,
        );
    }
    const renderIndex = itemDir ? (l.dirUses.get(itemDir) ?? 0) : 0;
    if (itemDir) l.dirUses.set(itemDir, renderIndex + 1);
    const itemVars = await loadVars(
      projectVars,
      doc,
      [...at, 'vars'],
      item.vars,
      { searchDirs },
      l.venv,
      source.boundary,
    );
    out.push({
      ...plan(project, itemVars, unique([...project.tags, ...ownTags]), common),
      dir: itemDir,
      renderIndex,
      waitReadiness: item.waitReadiness === true,
      waitReadinessObjects: selectors(
        schema,
        item.waitReadinessObjects,
        [...at, 'waitReadinessObjects'],
        'waitReadinessObjects entry',
      ),
      deleteObjects: selectors(
        schema,
        item.deleteObjects,
        [...at, 'deleteObjects'],
        'deleteObjects entry',
      ),
      alwaysDeploy: item.alwaysDeploy === true,
      skipDeleteIfTags: item.skipDeleteIfTags === true,
      onlyRender: item.onlyRender === true,
      recursive: item.recursive === true,
    });
  }
  return out;
}

function plan(
  project: DeploymentProject,
  vars: VarsContext,
  tags: string[],
  common: { barrier: boolean; message?: string; where: DeploymentItemPlan['where'] },
): DeploymentItemPlan {
  return {
    project,
    renderIndex: 0,
    vars,
    tags,
    ...common,
    waitReadiness: false,
    waitReadinessObjects: [],
    deleteObjects: [],
    alwaysDeploy: false,
    skipDeleteIfTags: false,
    onlyRender: false,
    recursive: false,
  };
}

/** Loads the deployment.yaml tree below `root` with the target's variables. */
export async function loadDeploymentTree(
  root: string,
  baseVars: PlainObject,
  engine: TemplateEngine,
  venv: VarsEnvironment,
): Promise<DeploymentTree> {
  const l: Loader = {
    root,
    engine,
    venv,
    projects: [],
    dirUses: new Map(),
    sources: new Map(),
  };
  const source: ProjectSource = {
    root: venv.boundary.root,
    boundary: venv.boundary,
    renderPrefix: '',
    id: '',
  };
  const items = await loadProject(
    l,
    root,
    source,
    { vars: deepMerge({}, baseVars) },
    undefined,
    [],
    [root],
  );
  return { root: l.projects[0], projects: l.projects, items };
}
