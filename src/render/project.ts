import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadFixedImagesFile, parseFixedImageArg } from '../images/fixed-images.js';
import { loadDeploymentTree } from '../project/deployment.js';
import { envAccess } from '../project/env-access.js';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { isDirectory } from '../project/paths.js';
import { resolveTarget } from '../project/target.js';
import type { FixedImage } from '../project/types.js';
import { TemplateEngine } from '../templating/engine.js';
import { UserError } from '../util/errors.js';
import { ProjectBoundary } from '../util/project-boundary.js';
import { removeIfInterrupted, scratchDir } from '../util/scratch.js';
import { withSortedKeys, type PlainObject } from '../util/merge.js';
import { RenderCache } from './cache/index.js';
import { KeyPaths } from './cache/key-paths.js';
import { sourceRelative, type RenderContext } from './context.js';
import { toRenderedItem } from './finish.js';
import { ImagePlaceholders, versionHelpers } from './images.js';
import { openRenderSources, protectRenderDir, type RenderSources } from './sources.js';
import { Inclusion } from './inclusion.js';
import { findKustomize } from './kustomize.js';
import { checkRenderOutputDir, moveIntoPlace } from './output-dir.js';
import { ItemPipeline } from './pipeline.js';
import { TemplateIgnore } from './templateignore.js';
import type { RenderedItem, RenderOptions, RenderResult } from './types.js';

export interface RenderProjectExtras {
  /** list-images: keep going when an image has no fixed version. */
  allowUnresolvedImages?: boolean;
  /** Keep the render directory (the CLI prints it); otherwise it is removed. */
  keepRenderDir?: boolean;
  /** Build items one kustomize run each instead of in batches (to compare both; default true). */
  batchKustomize?: boolean;
  /** Run kustomize even where it would only read the manifests (direct-build.ts; to compare both; default true). */
  directBuild?: boolean;
  /**
   * Takes the items as they are done, in deployment order, instead of the result: the
   * result's items then hold no objects, so memory does not grow with the project.
   */
  sink?: RenderSink;
}

/** A consumer of a streamed render (RenderProjectExtras.sink). */
export interface RenderSink {
  /** Before any item: the target being rendered. */
  start(target: RenderResult['target']): void;
  item(item: RenderedItem): void;
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
  // A render of its own keeps nothing in memory for others; a shared cache is the caller's.
  const cache = opts.cache ?? openRenderCache(opts, false);
  try {
    return await renderWithSources(opts, extras, rs, context, cache);
  } finally {
    await rs.close();
    if (!opts.cache) await cache?.close();
  }
}

/**
 * The cache for renders of one run: in memory (`memory`: for the run's other renders) and
 * in `opts.cacheDir` when given; undefined when neither.
 */
export function openRenderCache(
  opts: Pick<RenderOptions, 'cacheDir' | 'env' | 'log'>,
  memory: boolean,
): RenderCache | undefined {
  if (!memory && !opts.cacheDir) return undefined;
  const log = opts.log ?? (() => undefined);
  return new RenderCache({
    dir: opts.cacheDir,
    memory,
    env: opts.env ?? process.env,
    warn: (m) => log(`warning: ${m}`),
  });
}

async function renderWithSources(
  opts: RenderOptions,
  extras: RenderProjectExtras,
  rs: RenderSources,
  context: { target?: string },
  cache: RenderCache | undefined,
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
  const target = resolved.target
    ? {
        name: resolved.target.name,
        context: resolved.target.context,
        discriminator: resolved.discriminator,
      }
    : undefined;
  extras.sink?.start(target);

  if (opts.renderOutputDir)
    checkRenderOutputDir(path.resolve(opts.renderOutputDir), [root, opts.cwd ?? process.cwd()]);
  const outParent = opts.renderOutputDir
    ? path.dirname(path.resolve(opts.renderOutputDir))
    : scratchDir();
  mkdirSync(outParent, { recursive: true });
  const renderRoot = mkdtempSync(path.join(outParent, '.shipshape-render-'));
  const forget = removeIfInterrupted(renderRoot);
  const keepsRenderDir = Boolean(opts.renderOutputDir) || (extras.keepRenderDir ?? false);
  const sources = new Map(tree.projects.map((p) => [p.source.root, p.source]));
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
    keepsRenderDir,
    templateContext,
    templateCode: ['images', 'version'],
    itemDirs: new Set(pathItems.map((i) => i.dir as string)),
    sources: rs,
    updateImages: (i) =>
      opts.updateImages === true &&
      inclusion.matches(i.tags, i.dir ? sourceRelative(i, i.dir) : undefined),
    helm: {
      projectRoot: root,
      boundary,
      env: opts.env ?? process.env,
      kubeVersion: opts.kubernetesVersion,
      credentialFlags: opts.helmCredentials,
      log,
    },
    // A kept render directory must hold every item, so nothing is taken from the cache.
    cache: keepsRenderDir ? undefined : cache,
    keyPaths: new KeyPaths([...sources.values()].map((s) => ({ id: s.id, dir: s.root }))),
    log,
  };

  if (keepsRenderDir && cache)
    log('the render directory is kept, so every item is rendered: the cache is not used');
  const started = Date.now();
  const items: RenderedItem[] = [];
  let objectCount = 0;
  let next = 0;
  // Items without a directory (barriers, deletes) go out in their place between the others.
  const emit = (upTo: number, item?: RenderedItem) => {
    for (; next < upTo; next++)
      if (selected[next].dir === undefined) handOver(toRenderedItem(selected[next], []));
    if (item) {
      next++;
      handOver(item);
    }
  };
  const handOver = (item: RenderedItem) => {
    objectCount += item.objects.length;
    if (extras.sink) extras.sink.item(item);
    else items.push(item);
  };
  const pipeline = new ItemPipeline(rc, pathItems, {
    concurrency: availableParallelism(),
    batch: extras.batchKustomize !== false,
    direct: extras.directBuild !== false,
  });
  try {
    const position = new Map(selected.map((item, i) => [item, i]));
    await pipeline.run((item, objects) =>
      emit(position.get(item) as number, toRenderedItem(item, objects ?? [])),
    );
    emit(selected.length);
  } catch (err) {
    rmSync(renderRoot, { recursive: true, force: true });
    forget();
    throw err;
  }
  const reused = rc.cache
    ? ` (${pipeline.reused} of ${pathItems.length} item(s) from the cache)`
    : '';
  // Most items need no kustomize run (direct-build.ts); saying how many did explains a slow render.
  log(
    `rendered ${objectCount} object(s) in ${Date.now() - started} ms${reused}; kustomize ran for ${pipeline.kustomized} item(s)`,
  );

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
  // moved, handed to the caller (who keeps it) or removed
  forget();

  return {
    projectDir: root,
    target,
    items,
    objects: items.flatMap((i) => i.objects),
    images: placeholders.seen,
    ignoreForDiff: tree.projects.flatMap((p) => p.ignoreForDiff),
    conflictResolution: tree.projects.flatMap((p) => p.conflictResolution),
    renderDir,
  };
}
