/**
 * The render cache: what kustomize built for an item (before kluctl's post-processing),
 * found again by a key that covers everything that can change it.
 *
 * An item's *input key* digests what is known before rendering: its files, the variables
 * its templates see, the tools and the code (item-keys.ts). Under the input key the cache
 * keeps the list of what the last render read besides (deps.ts: templates found by name,
 * Helm charts, other items' directories). The *key* of a build is the input key plus each of
 * those deps with the value read; a lookup re-reads the deps and uses a build only when all
 * are the same, which is exactly when rendering would read the same. A wrong hit would need
 * a read nobody recorded: templates report their reads themselves (templating/reads.ts),
 * and a render that reads what cannot be recorded (the clock, chance, git history, a chart
 * pulled from the network) is never cached.
 *
 * Layers: memory (the renders of one run: a diff's base and head, several targets) and a
 * directory shared by runs (disk.ts). What comes from a secret is kept in memory only.
 */
import { deserialize, serialize } from 'node:v8';
import type { K8sObject } from '../../util/k8s.js';
import { isDepList, type Dep } from './deps.js';
import { DiskCache } from './disk.js';
import { cacheScopes } from './scope.js';

export interface CachedBuild {
  /** What kustomize built (empty for onlyRender items, which are not built). */
  objects: K8sObject[];
  /** kluctl.io/barrier and kluctl.io/wait-readiness of the item's kustomization. */
  barrier: boolean;
  waitReadiness: boolean;
}

export interface RenderCacheOptions {
  /** A persistent directory shared by runs (`--cache-dir`). */
  dir?: string;
  /** Keep builds in memory for the other renders of this run. */
  memory: boolean;
  /** Decides the scope of the persistent directory (GitHub's event and ref). */
  env: Record<string, string | undefined>;
  warn: (message: string) => void;
}

function isPlainData(v: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every((x) => isPlainData(x, depth + 1));
  if (typeof v !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v as object).every((x) => isPlainData(x, depth + 1));
}

function isBuild(v: unknown): v is CachedBuild {
  const b = v as CachedBuild;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof b.barrier === 'boolean' &&
    typeof b.waitReadiness === 'boolean' &&
    Array.isArray(b.objects) &&
    b.objects.every((o) => typeof o === 'object' && o !== null && !Array.isArray(o)) &&
    isPlainData(b.objects)
  );
}

export class RenderCache {
  private readonly manifests = new Map<string, Dep[]>();
  private readonly builds = new Map<string, Buffer>();
  private readonly disk?: DiskCache;
  /** Items taken from the cache and items rendered, over the renders using this cache. */
  readonly counts = { reused: 0, rendered: 0 };

  constructor(private readonly opts: RenderCacheOptions) {
    if (opts.dir) this.disk = DiskCache.open(opts.dir, cacheScopes(opts.env), opts.warn);
  }

  /** What the last render with these inputs read besides them. */
  manifest(inputKey: string): Dep[] | undefined {
    const known = this.manifests.get(inputKey);
    if (known) return known;
    const deps = this.disk?.readManifest(inputKey);
    return isDepList(deps) ? deps : undefined;
  }

  get(key: string): CachedBuild | undefined {
    const mine = this.builds.get(key);
    // what this process wrote itself needs no checking
    if (mine) return deserialize(mine) as CachedBuild;
    const stored = this.disk?.readItem(key);
    if (!stored) return undefined;
    let build: unknown;
    try {
      build = deserialize(stored);
    } catch {
      build = undefined;
    }
    if (isBuild(build)) return build;
    this.disk?.rejectItem(key);
    return undefined;
  }

  /**
   * Keeps a build; `persist` false (it holds something secret) keeps it in memory only. The
   * build is copied: the caller goes on changing its objects.
   */
  put(inputKey: string, deps: Dep[], key: string, build: CachedBuild, persist: boolean): void {
    if (!this.opts.memory && !(persist && this.disk)) return;
    const payload = serialize(build);
    if (this.opts.memory) {
      this.manifests.set(inputKey, deps);
      this.builds.set(key, payload);
    }
    if (persist && this.disk) {
      this.disk.writeManifest(inputKey, deps);
      this.disk.writeItem(key, payload);
    }
  }

  async close(): Promise<void> {
    await this.disk?.close();
  }
}
