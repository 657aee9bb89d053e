import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  loadFixedImagesFile,
  parseFixedImageArg,
  parseFixedImages,
} from '../images/fixed-images.js';
import { loadDeploymentTree, type DeploymentItemPlan } from '../project/deployment.js';
import { envAccess } from '../project/env-access.js';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { isDirectory, isInside } from '../project/paths.js';
import { resolveTarget } from '../project/target.js';
import type { FixedImage } from '../project/types.js';
import type { VarsContext } from '../project/vars.js';
import { TemplateEngine } from '../templating/engine.js';
import { UserError } from '../util/errors.js';
import { ProjectBoundary } from '../util/project-boundary.js';
import type { K8sObject } from '../util/k8s.js';
import { withSortedKeys, type PlainObject } from '../util/merge.js';
import { ImagePlaceholders, versionHelpers, type ImageResolveContext } from './images.js';
import { openRenderSources, protectRenderDir, type RenderSources } from './sources.js';
import { Inclusion } from './inclusion.js';
import { findKustomize, type KustomizeTool } from './kustomize.js';
import { buildItems } from './kustomize-batch.js';
import { HelmItemRenderer, chartFilesIn } from './helm-items.js';
import { checkKustomizations } from './kustomization-check.js';
import { prepareKustomization } from './kustomization.js';
import { checkRenderOutputDir, moveIntoPlace } from './output-dir.js';
import { postprocessObjects } from './postprocess.js';
import { renderTemplateDir } from './template-dir.js';
import { TemplateIgnore } from './templateignore.js';
import type { RenderedItem, RenderOptions, RenderResult } from './types.js';

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * An item directory as kluctl names it (the `kluctl.io/deployment-item-dir` annotation,
 * `--include-deployment-dir`, the render directory's layout): relative to the root of the
 * source, the git repository the project lives in, else the project directory.
 */
const sourceRelative = (item: DeploymentItemPlan, dir: string) =>
  toPosix(path.relative(item.project.source.root, dir)) || '.';

interface RenderContext {
  root: string;
  boundary: ProjectBoundary;
  renderRoot: string;
  engine: TemplateEngine;
  ignore: TemplateIgnore;
  kustomize: KustomizeTool;
  placeholders: ImagePlaceholders;
  fixed: FixedImage[];
  discriminator?: string;
  allowUnresolvedImages: boolean;
  /** Whether the render directory outlives the render (then each item gets .rendered.yml). */
  keepsRenderDir: boolean;
  templateContext: (vars: PlainObject) => PlainObject;
  /** Directories of all rendered items, so an item does not render another item's directory. */
  itemDirs: Set<string>;
  /** git/OCI sources, SOPS and dynamic images of this run (render/sources.ts). */
  sources: RenderSources;
  /** Items -u/--update-images applies to. */
  updateImages: (item: DeploymentItemPlan) => boolean;
}

/** The `images` variable as fixed images, remembering where the list lives. */
function imagesFromVars(vars: VarsContext): FixedImage[] {
  const list = vars.vars.images;
  if (list === undefined || list === null) return [];
  const source = vars.imagesSource ?? { file: '(vars)', path: ['images'] };
  return parseFixedImages(
    { file: source.file, value: null, positionOf: () => undefined },
    list,
    source.path,
    'vars',
  );
}

interface PreparedItem {
  item: DeploymentItemPlan;
  relDir: string;
  renderDir: string;
  batchable: boolean;
  /** The rendered directory holds helm-chart.yaml files (rendered before its kustomization). */
  helm: boolean;
}

/** Renders an item's templates (synchronous CPU work). */
function prepareItem(rc: RenderContext, item: DeploymentItemPlan): PreparedItem {
  const dir = item.dir as string;
  const relDir = sourceRelative(item, dir);
  const renderDir = path.join(
    rc.renderRoot,
    item.project.source.renderPrefix,
    item.renderIndex ? `${relDir}-${item.renderIndex}` : relDir,
  );
  const skipDirs = new Set([...rc.itemDirs].filter((d) => d !== dir && isInside(dir, d)));
  renderTemplateDir(rc.engine, rc.ignore, item.project.source.boundary, {
    sourceDir: dir,
    targetDir: renderDir,
    vars: rc.templateContext(item.vars.vars),
    scope: { searchDirs: [dir, ...item.project.searchDirs] },
    skipDirs,
    decrypt: rc.sources.decrypt,
  });
  return { item, relDir, renderDir, batchable: false, helm: chartFilesIn(renderDir).length > 0 };
}

/** Readies an item's kustomization, after its Helm charts were rendered into their output files. */
function prepareBuild(p: PreparedItem): void {
  const { item, relDir, renderDir } = p;
  if (item.onlyRender) return;
  const prepared = prepareKustomization(renderDir, {
    overrideNamespace: item.project.overrideNamespace,
    recursive: item.recursive,
    itemName: relDir,
  });
  item.barrier ||= prepared.barrier;
  item.waitReadiness ||= prepared.waitReadiness;
  p.batchable = prepared.batchable;
}

/** Renders the Helm charts of every item that has some, in parallel; the first failure (in item order) wins. */
async function renderHelm(
  rc: RenderContext,
  opts: RenderOptions,
  prepared: PreparedItem[],
): Promise<void> {
  const withHelm = prepared.filter((p) => p.helm);
  if (withHelm.length === 0) return;
  const renderer = new HelmItemRenderer({
    projectRoot: rc.root,
    boundary: rc.boundary,
    env: opts.env ?? process.env,
    kubeVersion: opts.kubernetesVersion,
    credentialFlags: opts.helmCredentials,
    log: opts.log ?? (() => undefined),
  });
  try {
    // helm/template.ts bounds the helm processes; items wait on them, not on each other.
    const results = await Promise.allSettled(
      withHelm.map((p) =>
        renderer.renderItem({
          sourceDir: p.item.dir as string,
          renderDir: p.renderDir,
          name: p.relDir,
        }),
      ),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    await renderer.close();
  }
}

/** kluctl's labels, annotations and image resolution on the objects kustomize built. */
function finishItem(
  rc: RenderContext,
  { item, relDir, renderDir }: PreparedItem,
  built: K8sObject[],
): K8sObject[] {
  const labels: Record<string, string> = { ...item.project.commonLabels };
  if (rc.discriminator) labels['kluctl.io/discriminator'] = rc.discriminator;
  item.tags.forEach((t, i) => (labels[`kluctl.io/tag-${i}`] = t));
  const annotations: Record<string, string> = {
    ...item.project.commonAnnotations,
    'kluctl.io/deployment-item-dir': relDir,
  };
  if (item.skipDeleteIfTags) annotations['kluctl.io/skip-delete-if-tags'] = 'true';

  const imageCtx = imageContext(rc, item, relDir);
  const objects = postprocessObjects(built, {
    labels,
    annotations,
    each: (o) => rc.placeholders.resolve(o, imageCtx),
  });
  if (rc.keepsRenderDir) {
    writeFileSync(
      path.join(renderDir, '.rendered.yml'),
      objects.map((o) => stringify(o)).join('---\n'),
    );
  }
  return objects;
}

function imageContext(
  rc: RenderContext,
  item: DeploymentItemPlan,
  relDir: string,
): ImageResolveContext {
  return {
    fixed: rc.fixed,
    fromVars: imagesFromVars(item.vars),
    deploymentDir: relDir,
    tags: item.tags,
    allowUnresolved: rc.allowUnresolvedImages,
    updateImages: rc.updateImages(item),
  };
}

function toRenderedItem(item: DeploymentItemPlan, objects: K8sObject[]): RenderedItem {
  return {
    dir: item.dir ? sourceRelative(item, item.dir) : undefined,
    tags: item.tags,
    barrier: item.barrier,
    message: item.message,
    waitReadiness: item.waitReadiness,
    waitReadinessObjects: item.waitReadinessObjects,
    deleteObjects: item.deleteObjects,
    alwaysDeploy: item.alwaysDeploy,
    skipDeleteIfTags: item.skipDeleteIfTags,
    onlyRender: item.onlyRender,
    objects,
  };
}

export interface RenderProjectExtras {
  /** list-images: keep going when an image has no fixed version. */
  allowUnresolvedImages?: boolean;
  /** Keep the render directory (the CLI prints it); otherwise it is removed. */
  keepRenderDir?: boolean;
  /** Build items one kustomize run each instead of in batches (to compare both; default true). */
  batchKustomize?: boolean;
}

/**
 * Renders a kluctl project for one target: loads .kluctl.yaml and the deployment.yaml tree,
 * renders each selected item's templates, builds it with kustomize (items in parallel,
 * bounded by the cores) and post-processes the objects as kluctl does.
 */
export async function renderProject(
  opts: RenderOptions,
  extras: RenderProjectExtras = {},
): Promise<RenderResult & { renderDir?: string }> {
  const context: { target?: string } = {};
  const rs = openRenderSources(opts, () => context.target);
  try {
    return await renderWithSources(opts, extras, rs, context);
  } finally {
    await rs.close();
  }
}

async function renderWithSources(
  opts: RenderOptions,
  extras: RenderProjectExtras,
  rs: RenderSources,
  context: { target?: string },
): Promise<RenderResult & { renderDir?: string }> {
  const root = path.resolve(opts.projectDir);
  if (!isDirectory(root))
    throw new UserError(
      `project directory ${opts.projectDir} does not exist`,
      {},
      'pass --project-dir pointing at the directory with .kluctl.yaml / deployment.yaml',
    );
  const log = opts.log ?? (() => {});
  const engine = new TemplateEngine(root);
  const boundary = ProjectBoundary.forProject(root);
  const project = await loadKluctlProject(root);
  const resolved = await resolveTarget(
    project,
    {
      target: opts.target,
      args: opts.args,
      argsFiles: opts.argsFiles,
      discriminator: opts.discriminator,
      targetNameOverride: opts.targetNameOverride,
      cwd: opts.cwd ?? process.cwd(),
    },
    engine,
  );

  const fixed: FixedImage[] = [...resolved.images];
  for (const f of opts.fixedImagesFiles ?? []) fixed.push(...(await loadFixedImagesFile(f)));
  fixed.push(...(opts.fixedImages ?? []).map(parseFixedImageArg));

  context.target = resolved.target?.context;
  const placeholders = new ImagePlaceholders(rs.dynamic);
  // Templates see `images` as the get_image() object; the `images` variable stays in the
  // vars for fixed-image lookup. Each render gets its own copy (templates may mutate data:
  // update_dict, list.append), with keys sorted as kluctl's Go maps give them.
  const templateContext = (vars: PlainObject) => ({
    ...(withSortedKeys(vars) as PlainObject),
    images: placeholders.templateObject,
    version: versionHelpers,
  });
  const tree = await loadDeploymentTree(
    root,
    { target: resolved.targetVars, args: resolved.args },
    engine,
    {
      engine,
      boundary,
      env: envAccess(opts.env ?? process.env, opts.allowEnv),
      templateContext,
      sources: rs.sources,
      clusterContext: resolved.target?.context,
      onSecret: (v) => rs.sources.opts.onSecret?.(v),
    },
  );

  const inclusion = new Inclusion(opts);
  const selected = tree.items.filter(
    (i) =>
      i.onlyRender ||
      i.alwaysDeploy ||
      i.barrier ||
      inclusion.matches(i.tags, i.dir ? sourceRelative(i, i.dir) : undefined),
  );
  const pathItems = selected.filter((i) => i.dir !== undefined);
  log(
    `rendering ${pathItems.length} item(s)${resolved.target ? ` for target ${resolved.target.name}` : ''}`,
  );

  if (opts.renderOutputDir)
    checkRenderOutputDir(path.resolve(opts.renderOutputDir), [root, opts.cwd ?? process.cwd()]);
  const outParent = opts.renderOutputDir
    ? path.dirname(path.resolve(opts.renderOutputDir))
    : tmpdir();
  mkdirSync(outParent, { recursive: true });
  const renderRoot = mkdtempSync(path.join(outParent, '.shipshape-render-'));
  const rc: RenderContext = {
    root,
    boundary,
    renderRoot,
    engine,
    ignore: new TemplateIgnore(root),
    kustomize: findKustomize(),
    placeholders,
    fixed,
    discriminator: resolved.discriminator,
    allowUnresolvedImages: extras.allowUnresolvedImages ?? false,
    keepsRenderDir: Boolean(opts.renderOutputDir) || (extras.keepRenderDir ?? false),
    templateContext,
    itemDirs: new Set(pathItems.map((i) => i.dir as string)),
    sources: rs,
    updateImages: (i) =>
      opts.updateImages === true &&
      inclusion.matches(i.tags, i.dir ? sourceRelative(i, i.dir) : undefined),
  };

  const started = Date.now();
  let items: RenderedItem[];
  try {
    // All templates first: a kustomization may use another item's rendered directory.
    const prepared = pathItems.map((item) => prepareItem(rc, item));
    await renderHelm(rc, opts, prepared);
    for (const p of prepared) prepareBuild(p);
    const toBuild = prepared.filter((p) => !p.item.onlyRender);
    checkKustomizations(renderRoot, (f) => toPosix(path.relative(renderRoot, f)));
    const built = await buildItems(
      rc.kustomize,
      path.join(renderRoot, '.shipshape-batches'),
      toBuild.map((p) => ({
        dir: p.renderDir,
        name: p.relDir,
        batchable: p.batchable && extras.batchKustomize !== false,
      })),
      availableParallelism(),
    );
    await placeholders.prefetch(
      toBuild.map((p, i) => ({ objects: built[i], ctx: imageContext(rc, p.item, p.relDir) })),
    );
    const objectsByItem = new Map<DeploymentItemPlan, K8sObject[]>(
      toBuild.map((p, i) => [p.item, finishItem(rc, p, built[i])]),
    );
    items = selected.map((item) => toRenderedItem(item, objectsByItem.get(item) ?? []));
  } catch (err) {
    rmSync(renderRoot, { recursive: true, force: true });
    throw err;
  }
  const objects = items.flatMap((i) => i.objects);
  log(`rendered ${objects.length} object(s) in ${Date.now() - started} ms`);

  let renderDir: string | undefined;
  if (rc.keepsRenderDir)
    protectRenderDir(renderRoot, rs.decrypted, opts.renderOutputSecrets === true);
  if (opts.renderOutputDir) {
    renderDir = path.resolve(opts.renderOutputDir);
    moveIntoPlace(renderRoot, renderDir);
  } else if (extras.keepRenderDir) {
    renderDir = renderRoot;
  } else {
    rmSync(renderRoot, { recursive: true, force: true });
  }

  return {
    projectDir: root,
    target: resolved.target
      ? {
          name: resolved.target.name,
          context: resolved.target.context,
          discriminator: resolved.discriminator,
        }
      : undefined,
    items,
    objects,
    images: placeholders.seen,
    ignoreForDiff: tree.projects.flatMap((p) => p.ignoreForDiff),
    conflictResolution: tree.projects.flatMap((p) => p.conflictResolution),
    renderDir,
  };
}
