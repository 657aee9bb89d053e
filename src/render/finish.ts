/** After kustomize: kluctl's post-processing of an item's objects, and the item as rendered. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseFixedImages } from '../images/fixed-images.js';
import type { DeploymentItemPlan } from '../project/deployment.js';
import type { FixedImage } from '../project/types.js';
import type { VarsContext } from '../project/vars.js';
import type { K8sObject } from '../util/k8s.js';
import { sourceRelative, type RenderContext } from './context.js';
import type { ImageResolveContext } from './images.js';
import { postprocessObjects } from './postprocess.js';
import type { RenderedItem } from './types.js';

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

export function imageContext(
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

/** kluctl's labels, annotations and image resolution on the objects kustomize built. */
export async function finishItem(
  rc: RenderContext,
  item: DeploymentItemPlan,
  dirs: { relDir: string; renderDir: string },
  built: K8sObject[],
): Promise<K8sObject[]> {
  const labels: Record<string, string> = { ...item.project.commonLabels };
  if (rc.discriminator) labels['kluctl.io/discriminator'] = rc.discriminator;
  item.tags.forEach((t, i) => (labels[`kluctl.io/tag-${i}`] = t));
  const annotations: Record<string, string> = {
    ...item.project.commonAnnotations,
    'kluctl.io/deployment-item-dir': dirs.relDir,
  };
  if (item.skipDeleteIfTags) annotations['kluctl.io/skip-delete-if-tags'] = 'true';

  const imageCtx = imageContext(rc, item, dirs.relDir);
  await rc.placeholders.prefetch([{ objects: built, ctx: imageCtx }]);
  const objects = postprocessObjects(built, {
    labels,
    annotations,
    each: (o) => rc.placeholders.resolve(o, imageCtx),
  });
  if (rc.keepsRenderDir) {
    writeFileSync(
      path.join(dirs.renderDir, '.rendered.yml'),
      objects.map((o) => stringify(o)).join('---\n'),
    );
  }
  return objects;
}

export function toRenderedItem(item: DeploymentItemPlan, objects: K8sObject[]): RenderedItem {
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
