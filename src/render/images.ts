import { findFixedImage } from '../images/fixed-images.js';
import { pyFunction } from '../templating/index.js';
import type { FixedImage } from '../project/types.js';
import { UserError } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';
import { refOf, refString, type K8sObject } from '../util/k8s.js';
import type { SeenImage } from './types.js';
import type { DynamicChoice, DynamicImages, DynamicUse } from '../images/dynamic.js';

interface Call {
  image: string;
  latestVersion?: string;
}

// The object an image ends up in (namespace, Kind/name, container) is known only after
// kustomize, so get_image() leaves a token in the template output that is resolved later.
// The token holds the call itself (hex of its JSON): kustomize output taken from the render
// cache resolves without the render that made it.
const TOKEN = /__shipshape_get_image_([0-9a-f]+)__/g;

const tokenOf = (call: Call) =>
  `__shipshape_get_image_${Buffer.from(JSON.stringify([call.image, call.latestVersion ?? null])).toString('hex')}__`;

function callOf(hex: string): Call {
  const [image, latestVersion] = JSON.parse(Buffer.from(hex, 'hex').toString('utf8')) as [
    string,
    string | null,
  ];
  return latestVersion === null ? { image } : { image, latestVersion };
}

const pyBool = (v: unknown) => (v ? 'True' : 'False');
// kluctl formats with Python's "%s": no escaping, so `regex("^1\.")` keeps its backslash once.
const quote = (v: unknown) => `"${String(v)}"`;

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
  /** -u/--update-images applies to this item: the newest tag wins over the deployed image. */
  updateImages?: boolean;
}

type Choice = DynamicChoice & { resultImage?: string; error?: string };
type Path = (string | number)[];

/** Every get_image token in an object: its call, where it is, and the container around it. */
function tokensIn(
  obj: K8sObject,
): { hex: string; path: Path; container: string; whole: boolean }[] {
  const out: { hex: string; path: Path; container: string; whole: boolean }[] = [];
  // One path, grown and shrunk as the walk goes, copied only where a token is: every
  // string of every object is visited, and few hold one.
  const path: (string | number)[] = [];
  const visit = (node: unknown, parent: Record<string, unknown> | undefined) => {
    if (typeof node === 'string') {
      if (!node.includes('__shipshape_get_image_')) return;
      const container = parent && typeof parent.name === 'string' ? parent.name : '';
      for (const m of node.matchAll(TOKEN))
        out.push({ hex: m[1], path: [...path], container, whole: m[0] === node });
    } else if (Array.isArray(node)) {
      node.forEach((v, i) => {
        path.push(i);
        visit(v, undefined);
        path.pop();
      });
    } else if (isPlainObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        path.push(k);
        visit(v, node);
        path.pop();
      }
    }
  };
  visit(obj, undefined);
  return out;
}

/** Hands out get_image() tokens during templating and resolves them in rendered objects. */
export class ImagePlaceholders {
  readonly seen: SeenImage[] = [];
  /** Dynamic choices by object and path (after prefetch). */
  private readonly choices = new Map<K8sObject, Map<string, Choice>>();

  /** `dynamic`: registry lookups (and deployed images) for images without a fixed one. */
  constructor(private readonly dynamic?: DynamicImages) {}

  /**
   * Looks up, for every use without a fixed image, the registry's newest tag and the deployed
   * image (in parallel, once per image and filter / per object), so resolve() can use them.
   */
  async prefetch(
    items: readonly { objects: readonly K8sObject[]; ctx: ImageResolveContext }[],
  ): Promise<void> {
    if (!this.dynamic) return;
    const uses: { use: DynamicUse; key: string }[] = [];
    for (const { objects, ctx } of items) {
      for (const obj of objects) {
        // Tokens resolve in the object kustomize returned (a List's items included).
        const r = refOf(obj);
        for (const t of tokensIn(obj)) {
          const call = callOf(t.hex);
          const use = {
            image: call.image,
            namespace: r.namespace,
            deployment: `${r.kind}/${r.name}`,
            container: t.container,
          };
          if (findFixedImage(use, ctx.fixed, ctx.fromVars)) continue;
          uses.push({
            use: {
              image: call.image,
              latestVersion: call.latestVersion,
              object: obj,
              path: t.path,
              wholeValue: t.whole,
              update: ctx.updateImages === true,
            },
            key: JSON.stringify([t.hex, t.path]),
          });
        }
      }
    }
    if (!uses.length) return;
    const found = await this.dynamic.prefetch(uses.map((u) => u.use));
    for (const u of uses) {
      let m = this.choices.get(u.use.object);
      if (!m) this.choices.set(u.use.object, (m = new Map()));
      m.set(u.key, found.get(u.use) as Choice);
    }
  }

  /** The `images` object templates see. */
  readonly templateObject = {
    get_image: pyFunction(
      'get_image',
      ['image', ['latest_version', null]],
      (image: unknown, latest: unknown) => {
        if (typeof image !== 'string' || image === '')
          throw new Error('images.get_image() needs an image name');
        return tokenOf({
          image,
          latestVersion: latest === undefined || latest === null ? undefined : String(latest),
        });
      },
    ),
  };

  /** Replaces every token in `obj` with the fixed image that wins for its use. */
  resolve(obj: K8sObject, ctx: ImageResolveContext): void {
    const ref = refOf(obj);
    const deployment = `${ref.kind}/${ref.name}`;
    const dynamicFor = this.choices.get(obj);
    // One path for the walk (see tokensIn); only a string holding a token is replaced.
    const path: Path = [];
    const visit = (node: unknown, parent: Record<string, unknown> | undefined): unknown => {
      if (typeof node === 'string') {
        if (!node.includes('__shipshape_get_image_')) return node;
        const container = parent && typeof parent.name === 'string' ? parent.name : '';
        return node.replace(TOKEN, (_, hex: string) => {
          const call = callOf(hex);
          const use = { image: call.image, namespace: ref.namespace, deployment, container };
          const fi = findFixedImage(use, ctx.fixed, ctx.fromVars);
          const dyn = fi ? undefined : dynamicFor?.get(JSON.stringify([hex, path]));
          const resultImage = fi?.resultImage ?? dyn?.resultImage;
          this.seen.push({
            ...use,
            latestVersion: call.latestVersion,
            resultImage,
            fixedImage: fi,
            dynamic: dyn
              ? {
                  versionFilter: dyn.versionFilter,
                  registryImage: dyn.registryImage,
                  deployedImage: dyn.deployedImage,
                  chosen: dyn.chosen,
                  why: dyn.why,
                }
              : undefined,
            deploymentDir: ctx.deploymentDir,
            tags: ctx.tags,
            object: {
              group: ref.group,
              version: ref.version,
              kind: ref.kind,
              name: ref.name,
              namespace: ref.namespace,
            },
          });
          if (!resultImage) {
            if (ctx.allowUnresolved) return call.image;
            throw new UserError(
              `failed to find fixed image for ${call.image} (${refString(ref)}${container ? `, container ${container}` : ''}, item ${ctx.deploymentDir})${dyn?.error ? `, and the registry lookup failed: ${dyn.error}` : ''}`,
              {},
              `pin it with -F ${call.image}=${call.image}:<tag>, a --fixed-images-file, the target's "images" or an "images" variable`,
            );
          }
          return resultImage;
        });
      }
      if (Array.isArray(node)) {
        node.forEach((v, i) => {
          path.push(i);
          const out = visit(v, undefined);
          if (out !== v) node[i] = out;
          path.pop();
        });
        return node;
      }
      if (isPlainObject(node)) {
        for (const [k, v] of Object.entries(node)) {
          path.push(k);
          const out = visit(v, node);
          if (out !== v) node[k] = out;
          path.pop();
        }
        return node;
      }
      return node;
    };
    visit(obj, undefined);
  }
}
