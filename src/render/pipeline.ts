/**
 * Renders the items of one target as a pipeline: the items are templated one after the
 * other (templating is CPU work in this process) while kustomize builds the items before
 * them in batches (kustomize-batch.ts), and each item is post-processed and handed on, in
 * deployment order, as soon as it and every item before it are done, so a consumer that
 * streams keeps only a few items in memory.
 *
 * Before an item is templated, the render cache (cache/index.ts) is asked for what
 * kustomize built from the same inputs; a hit skips templating and kustomize.
 *
 * A kustomization may list another item's rendered directory (an `onlyRender` component,
 * `../base`): that item is templated before kustomize runs, whether or not it came from the
 * cache. Such an item's objects depend on the other item's rendering, so it is not cached.
 */
import path from 'node:path';
import { chartDigest } from '../helm/chart-files.js';
import { isChartFile } from '../helm/layout.js';
import { findHelm } from '../helm/template.js';
import type { DeploymentItemPlan } from '../project/deployment.js';
import type { Vars } from '../templating/engine.js';
import type { K8sObject } from '../util/k8s.js';
import { hasSensitive, redactSensitive } from '../util/sensitive.js';
import { currentKey, DepRecorder, type DepReader } from './cache/deps.js';
import type { CachedBuild } from './cache/index.js';
import { toolVersion } from './cache/tool-version.js';
import { sourceRelative, toPosix, type RenderContext } from './context.js';
import { finishItem } from './finish.js';
import { HelmItemRenderer } from './helm-items.js';
import { itemInputKey } from './item-key.js';
import {
  checkLocalEntries,
  kustomizationRefs,
  type KustomizationRefs,
} from './kustomization-check.js';
import { prepareKustomization, type PreparedKustomization } from './kustomization.js';
import { buildDirect } from './direct-build.js';
import { KustomizeBatcher } from './kustomize-batch.js';
import { readItemTree, renderItemTree, type ItemTree, type RenderedTree } from './template-dir.js';

/** An item on its way through the pipeline. */
interface ItemRun {
  item: DeploymentItemPlan;
  relDir: string;
  renderDir: string;
  lookup?: Promise<Lookup>;
  templated?: Promise<Templated>;
}

interface Lookup {
  vars: Vars;
  /** Undefined when the item cannot be cached (or this render uses no cache). */
  inputKey?: string;
  /** Kept from computing the key until the item is templated. */
  tree?: ItemTree;
  hit?: CachedBuild;
}

interface Templated {
  recorder: DepRecorder;
  /** Its YAML texts are let go once the item is built. */
  rendered: RenderedTree;
  prepared: PreparedKustomization;
  /** A rendered file was SOPS-decrypted. */
  decrypted: boolean;
  refs: KustomizationRefs;
}

const NOT_BUILT: PreparedKustomization = {
  barrier: false,
  waitReadiness: false,
  batchable: false,
  write: () => undefined,
};

/** Why an item was not rendered: an item before it failed. */
class Stopped extends Error {
  constructor() {
    super('not rendered: an item before it failed');
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

// Promise.withResolvers, which Node 20 (where dist/ runs too) does not have.
function deferred<T>(): Deferred<T> {
  const d = {} as Deferred<T>;
  d.promise = new Promise<T>((resolve, reject) => Object.assign(d, { resolve, reject }));
  return d;
}

const noop = () => undefined;

/** Stands in for an item's result once the consumer took it. */
const CONSUMED = deferred<K8sObject[] | undefined>();
CONSUMED.resolve(undefined);

/** Writes an item's render directory (rendered-files.ts), with the kustomization kustomize reads. */
function writeItem(t: Pick<Templated, 'rendered' | 'prepared'>): void {
  t.rendered.files.write();
  t.prepared.write();
}

/** Whether objects hold Secret data, which a persistent cache never keeps. */
function holdsSecrets(objects: readonly K8sObject[]): boolean {
  return objects.some(
    (o) =>
      (o.kind === 'Secret' && (o.data !== undefined || o.stringData !== undefined)) ||
      (Array.isArray(o.items) && holdsSecrets(o.items as K8sObject[])),
  );
}

/** Whether objects hold a value this process learned is secret (a decrypted value, say). */
function mentionsSecrets(objects: readonly K8sObject[]): boolean {
  if (!hasSensitive()) return false;
  const text = JSON.stringify(objects);
  return redactSensitive(text) !== text;
}

export class ItemPipeline {
  private readonly runs: ItemRun[];
  private readonly byRenderDir = new Map<string, ItemRun>();
  private readonly batcher: KustomizeBatcher;
  private helm?: HelmItemRenderer;
  private stopped = false;
  /** Items taken from the cache. */
  reused = 0;
  /** Items kustomize built (the others it would only have read: direct-build.ts). */
  kustomized = 0;

  constructor(
    private readonly rc: RenderContext,
    items: readonly DeploymentItemPlan[],
    private readonly opts: { concurrency: number; batch: boolean; direct: boolean },
  ) {
    this.runs = items.map((item) => {
      const dir = item.dir as string;
      const relDir = sourceRelative(item, dir);
      const renderDir = path.join(
        rc.renderRoot,
        item.project.source.renderPrefix,
        item.renderIndex ? `${relDir}-${item.renderIndex}` : relDir,
      );
      return { item, relDir, renderDir };
    });
    for (const r of this.runs) this.byRenderDir.set(r.renderDir, r);
    this.batcher = new KustomizeBatcher(
      rc.kustomize,
      path.join(rc.renderRoot, '.shipshape-batches'),
      opts.concurrency,
    );
  }

  /**
   * Renders every item; `done` is called for each, in order, with its finished objects
   * (undefined for onlyRender items). The first failure in item order is thrown, once the
   * work already started has ended.
   */
  async run(
    done: (item: DeploymentItemPlan, objects: K8sObject[] | undefined) => void,
  ): Promise<void> {
    const results = this.runs.map(() => deferred<K8sObject[] | undefined>());
    const queued = this.runs.map(() => deferred<void>());
    // What waits for the items to end holds no objects: `results` lets go of each item's
    // once `done` has it, so memory does not grow with the project.
    const ended = results.map((r) => r.promise.then(noop, noop));
    const producer = (async () => {
      for (const [i, run] of this.runs.entries()) {
        if (this.stopped) {
          results[i].reject(new Stopped());
          queued[i].resolve();
          continue;
        }
        this.complete(run, queued[i].resolve).then(results[i].resolve, (err: unknown) => {
          this.stopped = true;
          queued[i].resolve();
          results[i].reject(err);
        });
        // let kustomize's output in while the next item is templated
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Nothing more can be queued: what waits for a batch is built. Even after a failure:
      // the items before the failed one must end, so the error thrown is the first real one.
      await Promise.all(queued.map((q) => q.promise));
      this.batcher.flush();
    })();
    let failure: unknown;
    try {
      for (const [i, run] of this.runs.entries()) {
        const objects = await results[i].promise.catch((err: unknown) => {
          failure ??= err;
        });
        if (failure !== undefined) break;
        results[i] = CONSUMED;
        done(run.item, objects ?? undefined);
      }
    } catch (err) {
      failure ??= err;
    } finally {
      this.stopped ||= failure !== undefined;
      await producer;
      await Promise.all(ended);
      await this.helm?.close();
      this.batcher.close();
    }
    if (failure !== undefined) throw failure;
  }

  /** One item, from the cache or rendered and built; `queued` once it needs no more templating. */
  private async complete(run: ItemRun, queued: () => void): Promise<K8sObject[] | undefined> {
    let build: CachedBuild;
    try {
      const look = await this.lookup(run);
      if (look.hit) {
        queued();
        this.reused++;
        build = look.hit;
      } else build = await this.render(run, look, queued);
    } finally {
      queued();
    }
    // Its variables and cached objects are not needed again (an item that names this one's
    // directory looks it up anew).
    run.lookup = undefined;
    run.item.barrier ||= build.barrier;
    run.item.waitReadiness ||= build.waitReadiness;
    if (run.item.onlyRender) return undefined;
    return finishItem(this.rc, run.item, run, build.objects);
  }

  /** Templates and builds an item, and keeps what kustomize built in the cache. */
  private async render(run: ItemRun, look: Lookup, queued: () => void): Promise<CachedBuild> {
    const t = await this.templated(run);
    await this.materializeReferenced(run, t.refs);
    let objects: K8sObject[] = [];
    const direct =
      !run.item.onlyRender && t.prepared.direct && this.opts.direct
        ? buildDirect(t.prepared.direct, t.rendered.yaml, t.rendered.objects)
        : undefined;
    t.rendered.yaml.clear();
    t.rendered.objects.clear();
    if (direct) objects = direct;
    else if (!run.item.onlyRender) {
      this.kustomized++;
      writeItem(t);
      const building = this.batcher.build({
        dir: run.renderDir,
        name: run.relDir,
        batchable: t.prepared.batchable && this.opts.batch,
        documents: t.rendered.documents,
        bytes: t.rendered.bytes,
      });
      queued();
      // Only a cache needs to know which kustomize built it (asked while it builds).
      const identity = this.rc.cache && this.kustomizeIdentity();
      objects = await building;
      if (identity) {
        const version = await identity;
        if (version) t.recorder.add({ kind: 'kustomize' }, version);
        else t.recorder.volatile('kustomize did not say its version');
      }
    }
    const build = {
      objects,
      barrier: t.prepared.barrier,
      waitReadiness: t.prepared.waitReadiness,
    };
    const cache = this.rc.cache;
    if (cache && look.inputKey && !t.recorder.volatileReason) {
      const persist = !run.item.vars.sensitive && !t.decrypted && !holdsSecrets(objects);
      cache.put(
        look.inputKey,
        t.recorder.deps,
        t.recorder.key(look.inputKey),
        build,
        persist && !mentionsSecrets(objects),
      );
    }
    // Its rendered files are let go, so memory does not grow with the project: an item that
    // names this one's directory later templates it anew, as it does an item taken from the
    // cache, and gets the same files. One that read the clock or chance keeps them.
    if (!t.recorder.volatileReason) run.templated = undefined;
    return build;
  }

  /** The item's variables and input key, and what the cache holds for it. */
  private lookup(run: ItemRun): Promise<Lookup> {
    return (run.lookup ??= (async () => {
      const rc = this.rc;
      const dir = run.item.dir as string;
      const tree = this.readTree(run);
      const vars = rc.templateContext(run.item.vars.vars);
      if (!rc.cache) return { vars, tree };
      const inputKey = itemInputKey({
        tree,
        vars,
        code: rc.templateCode,
        searchDirs: [dir, ...run.item.project.searchDirs].map((d) => rc.keyPaths.key(d)),
        overrideNamespace: run.item.project.overrideNamespace,
        recursive: run.item.recursive,
        onlyRender: run.item.onlyRender === true,
      });
      if (!inputKey) return { vars, tree };
      const deps = rc.cache.manifest(inputKey);
      const key = deps && (await currentKey(inputKey, deps, this.depReader()));
      const hit = key ? rc.cache.get(key) : undefined;
      return hit ? { vars, inputKey, hit } : { vars, inputKey, tree };
    })());
  }

  /** Renders the item's templates and Helm charts and readies its kustomization. */
  private templated(run: ItemRun): Promise<Templated> {
    return (run.templated ??= (async () => {
      const rc = this.rc;
      const look = await this.lookup(run);
      const dir = run.item.dir as string;
      const tree = look.tree ?? this.readTree(run);
      look.tree = undefined;
      const recorder = new DepRecorder(rc.keyPaths);
      let decrypted = false;
      const rendered = renderItemTree(rc.engine, tree, {
        targetDir: run.renderDir,
        vars: look.vars,
        scope: { searchDirs: [dir, ...run.item.project.searchDirs] },
        decrypt: (file, content, display) => {
          const out = rc.sources.decrypt(file, content, display);
          decrypted ||= out !== content;
          return out;
        },
        reads: recorder,
      });
      if (tree.files.some((f) => isChartFile(path.posix.basename(f.rel)))) {
        // helm reads the chart's values and settings from the render directory
        rendered.files.write();
        this.helm ??= new HelmItemRenderer(rc.helm);
        const charts = await this.helm.renderItem(
          { sourceDir: dir, renderDir: run.renderDir, name: run.relDir },
          recorder,
        );
        rendered.documents += charts.documents;
        rendered.bytes += charts.bytes;
        for (const [rel, text] of charts.yaml) rendered.yaml.set(rel, text);
        for (const [rel, docs] of charts.objects) rendered.objects.set(rel, docs);
        // Only a cache needs to know which helm rendered (and `helm version` is a process).
        if (rc.cache) {
          const identity = await this.helmIdentity();
          if (identity) recorder.add({ kind: 'helm' }, identity);
          else recorder.volatile('helm did not say its version');
        }
      }
      const prepared = run.item.onlyRender
        ? NOT_BUILT
        : prepareKustomization(rendered.files, {
            overrideNamespace: run.item.project.overrideNamespace,
            recursive: run.item.recursive,
            itemName: run.relDir,
          });
      // A kept render directory is read by the user: every item, as kustomize reads it.
      if (rc.keepsRenderDir) writeItem({ rendered, prepared });
      const refs = kustomizationRefs(
        rendered.files,
        (d) => this.ownerOf(d) !== run,
        (f) => toPosix(path.relative(rc.renderRoot, f)),
        prepared.kustomization,
      );
      for (const p of refs.paths)
        if (this.ownerOf(p) !== run)
          recorder.volatile(`${toPosix(path.relative(rc.renderRoot, p))} is not its own`);
      return { recorder, rendered, prepared, decrypted, refs };
    })());
  }

  /**
   * Templates every item whose directory the kustomizations name (and, in turn, those their
   * kustomizations name), so kustomize finds them: an item from the cache has none yet.
   */
  private async materializeReferenced(run: ItemRun, refs: KustomizationRefs): Promise<void> {
    const seen = new Set<ItemRun>([run]);
    const all = [refs];
    for (let i = 0; i < all.length; i++) {
      for (const p of all[i].paths) {
        const owner = this.ownerOf(p);
        if (!owner || seen.has(owner)) continue;
        seen.add(owner);
        const templated = await this.templated(owner);
        // kustomize reads the directory this item names, and its kustomization in it
        writeItem(templated);
        all.push(templated.refs);
      }
    }
    all.forEach(checkLocalEntries);
  }

  /** The item's files (a cache key needs them, then templating: read once for both). */
  private readTree(run: ItemRun): ItemTree {
    const dir = run.item.dir as string;
    const { engine, ignore } = this.rc;
    return readItemTree(
      engine,
      ignore,
      run.item.project.source.boundary,
      dir,
      this.nestedItemDirs(dir),
    );
  }

  /**
   * The other items' directories inside `dir`: their files are theirs, not this item's.
   * Item directories are absolute and normalised, so a prefix test is exact (and a project of
   * many items does not pay path.relative for every pair).
   */
  private nestedItemDirs(dir: string): Set<string> {
    const prefix = dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`;
    return new Set([...this.rc.itemDirs].filter((d) => d.startsWith(prefix)));
  }

  /** The item whose rendered directory holds `p` (the innermost). */
  private ownerOf(p: string): ItemRun | undefined {
    for (let d = p; d.length >= this.rc.renderRoot.length; d = path.dirname(d)) {
      const owner = this.byRenderDir.get(d);
      if (owner) return owner;
      if (path.dirname(d) === d) break;
    }
    return undefined;
  }

  private kustomizeIdentity(): Promise<string | undefined> {
    const { command, versionArgs } = this.rc.kustomize;
    return toolVersion(command, versionArgs);
  }

  private helmIdentity(): Promise<string | undefined> {
    const { env, kubeVersion } = this.rc.helm;
    let helm: string;
    try {
      helm = findHelm(env);
    } catch {
      return Promise.resolve(undefined);
    }
    return toolVersion(helm, ['version']).then(
      (v) => v && `${v}\0kube-version ${kubeVersion ?? ''}`,
    );
  }

  private depReader(): DepReader {
    const rc = this.rc;
    return {
      paths: rc.keyPaths,
      lookupFile: (name, from, search) => rc.engine.lookupFile(name, from, search),
      chartDigest: (dir) => {
        try {
          return chartDigest(dir, rc.boundary, dir);
        } catch {
          return 'unreadable';
        }
      },
      helmIdentity: () => this.helmIdentity(),
      kustomizeIdentity: () => this.kustomizeIdentity(),
    };
  }
}
