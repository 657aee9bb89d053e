import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
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
}

// Marks which item an object came from in a batched build; removed before anyone sees it.
const ITEM_LABEL = 'shipshape.internal/item';
const BATCH_SIZE = 25;

function takeItemLabel(obj: K8sObject): number {
  const md = obj.metadata as { labels?: Record<string, string> };
  const id = Number(md.labels?.[ITEM_LABEL]);
  if (md.labels) {
    delete md.labels[ITEM_LABEL];
    if (Object.keys(md.labels).length === 0) delete md.labels;
  }
  return id;
}

/**
 * Builds items with kustomize. Starting kustomize costs about as much as building one
 * typical item, so items are built in batches: a generated kustomization lists each item
 * (through a wrapper that labels its objects with the item's number) and one kustomize run
 * builds them all. Each item is still its own kustomization, so namespaces, patches and
 * generators apply exactly as in a build of the item alone, and the output order of each
 * item is kept. When a batch fails (an item's error, or two items defining the same object),
 * its items are built one by one, so every error names its item.
 */
export async function buildItems(
  tool: KustomizeTool,
  workDir: string,
  jobs: readonly BuildJob[],
  concurrency: number,
): Promise<K8sObject[][]> {
  const limit = pLimit(concurrency);
  const results: K8sObject[][] = new Array(jobs.length);
  const single = async (i: number) => {
    results[i] = parseYamlStream(
      await kustomizeBuild(tool, jobs[i].dir, jobs[i].name),
      path.join(jobs[i].dir, 'kustomization.yaml'),
    ) as K8sObject[];
  };

  const batchable = jobs.map((j, i) => (j.batchable ? i : -1)).filter((i) => i >= 0);
  const batches: number[][] = [];
  const size = Math.max(1, Math.min(BATCH_SIZE, Math.ceil(batchable.length / concurrency)));
  for (let i = 0; i < batchable.length; i += size) batches.push(batchable.slice(i, i + size));

  const fallback: number[] = [];
  const batch = async (members: number[], n: number) => {
    if (members.length === 1) return single(members[0]);
    const root = path.join(workDir, `batch-${n}`);
    for (const i of members) {
      const wrapper = path.join(root, String(i));
      mkdirSync(wrapper, { recursive: true });
      const resource = path.relative(wrapper, jobs[i].dir).split(path.sep).join('/');
      writeFileSync(
        path.join(wrapper, 'kustomization.yaml'),
        stringify({ resources: [resource], labels: [{ pairs: { [ITEM_LABEL]: String(i) } }] }),
      );
    }
    writeFileSync(
      path.join(root, 'kustomization.yaml'),
      stringify({ resources: members.map(String), sortOptions: { order: 'fifo' } }),
    );
    let objects: K8sObject[];
    try {
      objects = parseYamlStream(
        await kustomizeBuild(tool, root, 'batch'),
        path.join(root, 'kustomization.yaml'),
      ) as K8sObject[];
    } catch {
      fallback.push(...members);
      return;
    }
    for (const i of members) results[i] = [];
    for (const o of objects) results[takeItemLabel(o)].push(o);
  };

  const settle = async (tasks: Promise<unknown>[]) => {
    const failed = (await Promise.allSettled(tasks)).find(
      (r): r is PromiseRejectedResult => r.status === 'rejected',
    );
    if (failed) throw failed.reason;
  };
  try {
    await settle([
      ...batches.map((members, n) => limit(() => batch(members, n))),
      ...jobs.flatMap((j, i) => (j.batchable ? [] : [limit(() => single(i))])),
    ]);
    // Items of failed batches, one by one and in item order, so the first error reported is the first item's.
    fallback.sort((a, b) => a - b);
    await settle(fallback.map((i) => limit(() => single(i))));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return results;
}
