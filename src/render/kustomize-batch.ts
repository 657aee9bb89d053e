import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import { stringify } from 'yaml';
import type { K8sObject } from '../util/k8s.js';
import { parseYamlStream } from '../util/yaml.js';
import { kustomizeBuild, type KustomizeTool } from './kustomize.js';

export interface BuildJob {
  /** Rendered item directory holding its kustomization. */
  dir: string;
  /** Item name for errors. */
  name: string;
  /** False when the kustomization only behaves the same as the top of a build (sortOptions, buildMetadata). */
  batchable: boolean;
  /** Size of its manifests (template-dir.ts), to keep batches small enough. */
  documents: number;
  bytes: number;
}

/**
 * How much one kustomize run builds. Starting kustomize costs about as much as building a
 * hundred objects, but its time grows faster than the objects (2 cores: 400 objects 0.3 s,
 * 1,000 objects 0.9 s, 2,000 objects 2.5 s, 4,000 objects 9 s), so a batch ends at whichever
 * bound it reaches first.
 */
export interface BatchBounds {
  items: number;
  documents: number;
  bytes: number;
  /** A batch starts early, while kustomize has nothing else to do, once it has this many. */
  startDocuments: number;
}

export const DEFAULT_BOUNDS: BatchBounds = {
  items: 40,
  documents: 400,
  bytes: 2 * 1024 * 1024,
  startDocuments: 100,
};

// Marks which item an object came from in a batched build; removed before anyone sees it.
const ITEM_LABEL = 'shipshape.internal/item';

function takeItemLabel(obj: K8sObject): number {
  const md = obj.metadata as { labels?: Record<string, string> };
  const id = Number(md.labels?.[ITEM_LABEL]);
  if (md.labels) {
    delete md.labels[ITEM_LABEL];
    if (Object.keys(md.labels).length === 0) delete md.labels;
  }
  return id;
}

interface Queued {
  job: BuildJob;
  resolve: (objects: K8sObject[]) => void;
  reject: (err: unknown) => void;
}

/**
 * Builds items with kustomize while the items after them are still being rendered. Items
 * are built in batches: a generated kustomization lists each item (through a wrapper that
 * labels its objects with the item's number) and one kustomize run builds them all. Each
 * item is still its own kustomization, so namespaces, patches and generators apply exactly
 * as in a build of the item alone, and the output order of each item is kept. When a batch
 * fails (an item's error, or two items defining the same object), its items are built one
 * by one, so every error names its item.
 */
export class KustomizeBatcher {
  private readonly limit: LimitFunction;
  private pending: Queued[] = [];
  private pendingDocuments = 0;
  private pendingBytes = 0;
  private batches = 0;
  private jobs = 0;

  constructor(
    private readonly tool: KustomizeTool,
    private readonly workDir: string,
    private readonly concurrency: number,
    private readonly bounds: BatchBounds = DEFAULT_BOUNDS,
  ) {
    this.limit = pLimit(concurrency);
  }

  /** Builds an item; resolves with its objects in kustomize's order. */
  build(job: BuildJob): Promise<K8sObject[]> {
    return new Promise((resolve, reject) => {
      const q: Queued = { job, resolve, reject };
      if (!job.batchable) {
        void this.limit(() => this.single(q));
        return;
      }
      const b = this.bounds;
      if (
        this.pending.length > 0 &&
        (this.pending.length + 1 > b.items ||
          this.pendingDocuments + job.documents > b.documents ||
          this.pendingBytes + job.bytes > b.bytes)
      )
        this.dispatch(this.take());
      this.pending.push(q);
      this.pendingDocuments += job.documents;
      this.pendingBytes += job.bytes;
      const idle = this.limit.activeCount + this.limit.pendingCount < this.concurrency;
      if (idle && this.pendingDocuments >= b.startDocuments) this.dispatch(this.take());
    });
  }

  /** No more items are coming: builds what waits, spread over the idle kustomize runs. */
  flush(): void {
    const rest = this.take();
    const idle = Math.max(1, this.concurrency - this.limit.activeCount - this.limit.pendingCount);
    const parts = Math.min(
      idle,
      rest.length,
      Math.ceil(this.docs(rest) / this.bounds.startDocuments),
    );
    const size = Math.ceil(rest.length / Math.max(1, parts));
    for (let i = 0; i < rest.length; i += size) this.dispatch(rest.slice(i, i + size));
  }

  close(): void {
    rmSync(this.workDir, { recursive: true, force: true });
  }

  private docs(qs: Queued[]): number {
    return qs.reduce((n, q) => n + q.job.documents, 0);
  }

  private take(): Queued[] {
    const out = this.pending;
    this.pending = [];
    this.pendingDocuments = 0;
    this.pendingBytes = 0;
    return out;
  }

  private dispatch(members: Queued[]): void {
    if (members.length === 0) return;
    if (members.length === 1) {
      void this.limit(() => this.single(members[0]));
      return;
    }
    const n = this.batches++;
    void this.limit(() => this.batch(members, n));
  }

  private async single(q: Queued): Promise<void> {
    try {
      q.resolve(
        parseYamlStream(
          await kustomizeBuild(this.tool, q.job.dir, q.job.name),
          path.join(q.job.dir, 'kustomization.yaml'),
        ) as K8sObject[],
      );
    } catch (err) {
      q.reject(err);
    }
  }

  private async batch(members: Queued[], n: number): Promise<void> {
    const root = path.join(this.workDir, `batch-${n}`);
    const first = this.jobs;
    this.jobs += members.length;
    members.forEach((q, i) => {
      const wrapper = path.join(root, String(first + i));
      mkdirSync(wrapper, { recursive: true });
      const resource = path.relative(wrapper, q.job.dir).split(path.sep).join('/');
      writeFileSync(
        path.join(wrapper, 'kustomization.yaml'),
        stringify({
          resources: [resource],
          labels: [{ pairs: { [ITEM_LABEL]: String(first + i) } }],
        }),
      );
    });
    writeFileSync(
      path.join(root, 'kustomization.yaml'),
      stringify({
        resources: members.map((_, i) => String(first + i)),
        sortOptions: { order: 'fifo' },
      }),
    );
    let objects: K8sObject[];
    try {
      objects = parseYamlStream(
        await kustomizeBuild(this.tool, root, 'batch'),
        path.join(root, 'kustomization.yaml'),
      ) as K8sObject[];
    } catch {
      // One by one, so each error names its item.
      for (const q of members) void this.limit(() => this.single(q));
      return;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const out = members.map((): K8sObject[] => []);
    for (const o of objects) out[takeItemLabel(o) - first].push(o);
    members.forEach((q, i) => q.resolve(out[i]));
  }
}
