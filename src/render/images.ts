import { findFixedImage } from '../images/fixed-images.js';
import { pyFunction } from '../templating/index.js';
import type { FixedImage } from '../project/types.js';
import { UserError } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';
import { refOf, refString, type K8sObject } from '../util/k8s.js';
import type { SeenImage } from './types.js';

interface Call {
  image: string;
  latestVersion?: string;
}

// The object an image ends up in (namespace, Kind/name, container) is known only after
// kustomize, so get_image() leaves a token in the template output that is resolved later.
const TOKEN = /__shipshape_get_image_(\d+)__/g;

const pyBool = (v: unknown) => (v ? 'True' : 'False');
const quote = (v: unknown) => JSON.stringify(String(v));

/**
 * kluctl's `version.*` helpers build the filter string given to get_image's second argument,
 * e.g. `version.prefix("master-", suffix=version.number())` → `prefix("master-", suffix="number()")`.
 */
export const versionHelpers = {
  semver: pyFunction(
    'semver',
    [['allow_no_nums', false]],
    (allowNoNums: unknown) => `semver(allow_no_nums=${pyBool(allowNoNums)})`,
  ),
  prefix: pyFunction('prefix', ['prefix', ['suffix', null]], (prefix: unknown, suffix: unknown) =>
    suffix === null || suffix === undefined
      ? `prefix(${quote(prefix)})`
      : `prefix(${quote(prefix)}, suffix=${quote(suffix)})`,
  ),
  number: pyFunction('number', [], () => 'number()'),
  regex: pyFunction('regex', ['regex'], (r: unknown) => `regex(${quote(r)})`),
};

export interface ImageResolveContext {
  fixed: readonly FixedImage[];
  fromVars: readonly FixedImage[];
  deploymentDir: string;
  tags: string[];
  /** list-images reports unpinned images instead of failing; they keep the bare image name. */
  allowUnresolved: boolean;
}

/** Hands out get_image() tokens during templating and resolves them in rendered objects. */
export class ImagePlaceholders {
  private readonly calls: Call[] = [];
  readonly seen: SeenImage[] = [];

  /** The `images` object templates see. */
  readonly templateObject = {
    get_image: pyFunction(
      'get_image',
      ['image', ['latest_version', null]],
      (image: unknown, latest: unknown) => {
        if (typeof image !== 'string' || image === '')
          throw new Error('images.get_image() needs an image name');
        this.calls.push({
          image,
          latestVersion: latest === undefined || latest === null ? undefined : String(latest),
        });
        return `__shipshape_get_image_${this.calls.length - 1}__`;
      },
    ),
  };

  /** Replaces every token in `obj` with the fixed image that wins for its use. */
  resolve(obj: K8sObject, ctx: ImageResolveContext): void {
    const ref = refOf(obj);
    const deployment = `${ref.kind}/${ref.name}`;
    const visit = (node: unknown, parent: Record<string, unknown> | undefined): unknown => {
      if (typeof node === 'string') {
        if (!node.includes('__shipshape_get_image_')) return node;
        const container = parent && typeof parent.name === 'string' ? parent.name : '';
        return node.replace(TOKEN, (_, n: string) => {
          const call = this.calls[Number(n)];
          const use = { image: call.image, namespace: ref.namespace, deployment, container };
          const fi = findFixedImage(use, ctx.fixed, ctx.fromVars);
          this.seen.push({
            ...use,
            latestVersion: call.latestVersion,
            resultImage: fi?.resultImage,
            fixedImage: fi,
            deploymentDir: ctx.deploymentDir,
            tags: ctx.tags,
          });
          if (!fi) {
            if (ctx.allowUnresolved) return call.image;
            throw new UserError(
              `failed to find fixed image for ${call.image} (${refString(ref)}${container ? `, container ${container}` : ''}, item ${ctx.deploymentDir})`,
              {},
              `pin it with -F ${call.image}=${call.image}:<tag>, a --fixed-images-file, the target's "images" or an "images" variable`,
            );
          }
          return fi.resultImage;
        });
      }
      if (Array.isArray(node)) {
        node.forEach((v, i) => (node[i] = visit(v, undefined)));
        return node;
      }
      if (isPlainObject(node)) {
        for (const [k, v] of Object.entries(node)) node[k] = visit(v, node);
        return node;
      }
      return node;
    };
    visit(obj, undefined);
  }
}
