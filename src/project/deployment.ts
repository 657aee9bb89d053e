import path from 'node:path';
import type { TemplateEngine } from '../templating/engine.js';
import { UserError } from '../util/errors.js';
import { deepMerge, type PlainObject } from '../util/merge.js';
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
import type { ProjectBoundary } from '../util/project-boundary.js';

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

/** One deployment.yaml (or the implicit root project of a directory without one). */
export interface DeploymentProject {
  dir: string;
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
  boundary: ProjectBoundary;
  engine: TemplateEngine;
  venv: VarsEnvironment;
  projects: DeploymentProject[];
  dirUses: Map<string, number>;
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

function loadProject(
  l: Loader,
  dir: string,
  ctx: VarsContext,
  parent: DeploymentProject | undefined,
  includeTags: string[],
  chain: string[],
): DeploymentItemPlan[] {
  const searchDirs = [dir, ...(parent?.searchDirs ?? [])];
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
    doc = parseYaml(text, file);
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

  const projectVars = loadVars(ctx, doc, ['vars'], cfg.vars, { searchDirs }, l.venv);
  const overrideNamespace =
    (cfg.overrideNamespace as string | undefined) ?? parent?.overrideNamespace;
  const project: DeploymentProject = {
    dir,
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
  schema.list(cfg.deployments, ['deployments'], 'deployments').forEach((raw, i) => {
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
    if (
      item.when &&
      !l.engine.evaluate(
        String(item.when),
        l.venv.templateContext(projectVars.vars),
        rel(l.root, doc.file),
      )
    )
      return;
    if (item.git !== undefined || item.oci !== undefined) {
      throw schema.error(
        [...at, kinds[0]],
        `${kinds[0]} includes are not supported by shipshape yet`,
        'vendor the project into this repository and use "include:"',
      );
    }

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

    if (item.include !== undefined) {
      const incDir = resolveInside(l.boundary, dir, String(item.include), 'include', where);
      if (!isDirectory(incDir))
        throw schema.error(
          [...at, 'include'],
          `include directory "${item.include}" does not exist`,
        );
      if (chain.includes(incDir)) {
        const cycle = [...chain.slice(chain.indexOf(incDir)), incDir]
          .map((d) => rel(l.root, d))
          .join(' -> ');
        throw schema.error(
          [...at, 'include'],
          `include cycle: ${cycle}`,
          'remove one of the includes in the cycle',
        );
      }
      const childCtx = loadVars(
        projectVars,
        doc,
        [...at, 'vars'],
        item.vars,
        { searchDirs },
        l.venv,
      );
      out.push(...loadProject(l, incDir, childCtx, project, ownTags, [...chain, incDir]));
      if (common.barrier) out.push(plan(project, projectVars, project.tags, { ...common, where }));
      return;
    }

    let itemDir: string | undefined;
    if (item.path !== undefined) {
      itemDir = resolveInside(l.boundary, dir, String(item.path), 'path', where);
      if (!isDirectory(itemDir))
        throw schema.error(
          [...at, 'path'],
          `deployment directory "${item.path}" does not exist or is not a directory`,
        );
    }
    const renderIndex = itemDir ? (l.dirUses.get(itemDir) ?? 0) : 0;
    if (itemDir) l.dirUses.set(itemDir, renderIndex + 1);
    const itemVars = loadVars(projectVars, doc, [...at, 'vars'], item.vars, { searchDirs }, l.venv);
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
  });
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
export function loadDeploymentTree(
  root: string,
  baseVars: PlainObject,
  engine: TemplateEngine,
  venv: VarsEnvironment,
): DeploymentTree {
  const l: Loader = {
    root,
    boundary: venv.boundary,
    engine,
    venv,
    projects: [],
    dirUses: new Map(),
  };
  const items = loadProject(l, root, { vars: deepMerge({}, baseVars) }, undefined, [], [root]);
  return { root: l.projects[0], projects: l.projects, items };
}
