import path from 'node:path';
import type { DeploymentItemPlan } from '../project/deployment.js';
import type { FixedImage } from '../project/types.js';
import type { TemplateEngine, Vars } from '../templating/engine.js';
import type { ProjectBoundary } from '../util/project-boundary.js';
import type { PlainObject } from '../util/merge.js';
import type { RenderCache } from './cache/index.js';
import type { KeyPaths } from './cache/key-paths.js';
import type { HelmRenderSetup } from './helm-items.js';
import type { ImagePlaceholders } from './images.js';
import type { KustomizeTool } from './kustomize.js';
import type { RenderSources } from './sources.js';
import type { TemplateIgnore } from './templateignore.js';

/** What every item of one render shares. */
export interface RenderContext {
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
  templateContext: (vars: PlainObject) => Vars;
  /** Entries of the template context that are code, not data (get_image, version helpers). */
  templateCode: readonly string[];
  /** Directories of all rendered items, so an item does not render another item's directory. */
  itemDirs: Set<string>;
  /** git/OCI sources, SOPS and dynamic images of this run (render/sources.ts). */
  sources: RenderSources;
  /** Items -u/--update-images applies to. */
  updateImages: (item: DeploymentItemPlan) => boolean;
  helm: HelmRenderSetup;
  /** The render cache, when this render may use one (not when the render directory is kept). */
  cache?: RenderCache;
  /** How cache keys name this render's paths. */
  keyPaths: KeyPaths;
  log: (line: string) => void;
}

export const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * An item directory as kluctl names it (the `kluctl.io/deployment-item-dir` annotation,
 * `--include-deployment-dir`, the render directory's layout): relative to the root of the
 * source, the git repository the project lives in, else the project directory.
 */
export const sourceRelative = (item: DeploymentItemPlan, dir: string) =>
  toPosix(path.relative(item.project.source.root, dir)) || '.';
