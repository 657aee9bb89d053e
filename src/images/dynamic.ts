/**
 * Dynamic images (the Container Images page of kluctl up to 2.19): `images.get_image(image,
 * latest_version)` without a fixed image takes the newest registry tag its filter admits,
 * unless the object is already deployed: then the deployed container's image is kept, so an
 * unrelated deploy restarts nothing. `-u/--update-images` always takes the newest (for the
 * items selected with -I where given). One registry listing per image and filter per run.
 */
import type { RegistryClient } from '../registry/client.js';
import { parseImageReference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import type { K8sObject } from '../util/k8s.js';
import { decideTag } from './decide.js';
import { kluctlPolicy } from './policy.js';
import { DEFAULT_FILTER } from './version-filter.js';

/** What was found for one dynamic use, recorded by list-images. */
export interface DynamicChoice {
  /** The filter as kluctl writes it (`semver(allow_no_nums=False)`). */
  versionFilter: string;
  /** `image:tag` of the newest tag the filter admits; absent when the lookup failed. */
  registryImage?: string;
  /** The image the deployed object has at the same place, when it is deployed. */
  deployedImage?: string;
  /** Which one is used. */
  chosen: 'registry' | 'deployed';
  why: string;
}

export interface DynamicImageOptions {
  registry: () => Promise<RegistryClient>;
  /** The object as deployed (undefined when it is not); absent: offline, nothing is deployed. */
  deployedObject?: (obj: K8sObject) => Promise<K8sObject | undefined>;
}

export interface DynamicUse {
  image: string;
  latestVersion?: string;
  /** The rendered object and where in it the image goes (the whole value must be the image). */
  object: K8sObject;
  path: (string | number)[];
  wholeValue: boolean;
  /** -u applies to this use. */
  update: boolean;
}

export class DynamicImages {
  private readonly latest = new Map<string, Promise<{ image?: string; error?: string }>>();
  private readonly deployed = new Map<string, Promise<K8sObject | undefined>>();

  constructor(private readonly opts: DynamicImageOptions) {}

  private filterOf(latestVersion: string | undefined): string {
    return latestVersion ?? DEFAULT_FILTER;
  }

  /** The newest admitted tag, listed once per image and filter. */
  private newest(image: string, filter: string): Promise<{ image?: string; error?: string }> {
    const key = `${image}\0${filter}`;
    let p = this.latest.get(key);
    if (!p) {
      p = (async () => {
        let policy;
        try {
          policy = kluctlPolicy(filter);
        } catch (err) {
          throw new UserError(
            `images.get_image("${image}"): invalid latest_version ${filter}: ${(err as Error).message}`,
          );
        }
        try {
          const ref = parseImageReference(image);
          const registry = await this.opts.registry();
          const listing = await registry.listTags(ref);
          const d = await decideTag(policy, listing, undefined, async () => undefined);
          return { image: `${image}:${d.latest}` };
        } catch (err) {
          return { error: (err as Error).message };
        }
      })();
      this.latest.set(key, p);
    }
    return p;
  }

  private deployedObj(obj: K8sObject): Promise<K8sObject | undefined> {
    const get = this.opts.deployedObject;
    if (!get) return Promise.resolve(undefined);
    const md = (obj.metadata ?? {}) as { name?: string; namespace?: string };
    const key = `${String(obj.apiVersion)}/${String(obj.kind)}/${md.namespace ?? ''}/${md.name ?? ''}`;
    let p = this.deployed.get(key);
    if (!p) {
      p = get(obj);
      this.deployed.set(key, p);
    }
    return p;
  }

  /** Looks up what a use needs (registry and deployed object); call resolve afterwards. */
  async prefetch(
    uses: readonly DynamicUse[],
  ): Promise<Map<DynamicUse, DynamicChoice & { resultImage?: string; error?: string }>> {
    const out = new Map<DynamicUse, DynamicChoice & { resultImage?: string; error?: string }>();
    await Promise.all(
      uses.map(async (u) => {
        const filter = this.filterOf(u.latestVersion);
        const versionFilter = kluctlPolicyText(filter);
        const [latest, live] = await Promise.all([
          this.newest(u.image, filter),
          u.wholeValue ? this.deployedObj(u.object) : Promise.resolve(undefined),
        ]);
        let deployedImage: string | undefined;
        if (live) {
          let v: unknown = live;
          for (const k of u.path)
            v =
              v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined;
          if (typeof v === 'string' && v) deployedImage = v;
        }
        if (deployedImage && !u.update) {
          out.set(u, {
            versionFilter,
            registryImage: latest.image,
            deployedImage,
            chosen: 'deployed',
            why: 'the object is deployed with this image (-u/--update-images takes the newest)',
            resultImage: deployedImage,
          });
          return;
        }
        out.set(u, {
          versionFilter,
          registryImage: latest.image,
          deployedImage,
          chosen: 'registry',
          why: latest.image
            ? deployedImage
              ? `--update-images: the newest tag ${versionFilter} admits`
              : `not deployed yet: the newest tag ${versionFilter} admits`
            : `the registry lookup failed: ${latest.error}`,
          resultImage: latest.image,
          error: latest.error,
        });
      }),
    );
    return out;
  }
}

function kluctlPolicyText(filter: string): string {
  try {
    return kluctlPolicy(filter).text;
  } catch {
    return filter;
  }
}
