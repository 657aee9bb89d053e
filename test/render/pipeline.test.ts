import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPrinter, yamlPrinter } from '../../src/cli/render-output.js';
import { renderProject, type RenderedItem } from '../../src/render/index.js';
import { KustomizeBatcher, type BatchBounds } from '../../src/render/kustomize-batch.js';
import { findKustomize } from '../../src/render/kustomize.js';
import type { SeenImage } from '../../src/images/types.js';
import { parseAllDocuments } from 'yaml';
import { configMap, writeProject } from '../support/project.js';

// kustomize behind a script that notes every run, so a test sees how items were batched.
function countingKustomize(dir: string) {
  const real = findKustomize();
  const log = path.join(dir, 'runs.log');
  writeFileSync(log, '');
  const script = path.join(dir, 'kustomize-counting');
  writeFileSync(script, `#!/bin/sh\necho run >> '${log}'\nexec '${real.command}' "$@"\n`);
  chmodSync(script, 0o755);
  return {
    tool: { ...real, command: script },
    runs: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length,
  };
}

/** `n` items, each a directory of `docs` ConfigMaps. */
function itemsProject(n: number, docs: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++)
    for (let d = 0; d < docs; d++) files[`i${i}/cm${d}.yaml`] = configMap(`i${i}-${d}`);
  return writeProject(files);
}

async function buildAll(
  project: string,
  n: number,
  docs: number,
  bounds: BatchBounds,
  sizeOf: (docs: number) => number = () => 1,
) {
  const k = countingKustomize(project);
  const batcher = new KustomizeBatcher(k.tool, path.join(project, '.batches'), 1, bounds);
  const built = Array.from({ length: n }, (_, i) =>
    batcher.build({
      dir: path.join(project, `i${i}`),
      name: `i${i}`,
      batchable: true,
      documents: docs,
      bytes: sizeOf(docs),
    }),
  );
  batcher.flush();
  const objects = await Promise.all(built);
  batcher.close();
  return { runs: k.runs(), names: objects.map((os) => os.map((o) => o.metadata?.name)) };
}

const loose: BatchBounds = { items: 100, documents: 10_000, bytes: 1e9, startDocuments: 10_000 };
const expected = (n: number, docs: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: docs }, (_, d) => `i${i}-${d}`));

describe('kustomize batches are bounded by items, objects and bytes', () => {
  // Without kustomize.yaml files the items are plain directories: kustomize needs one each.
  const withKustomizations = (n: number, docs: number) => {
    const dir = itemsProject(n, docs);
    for (let i = 0; i < n; i++)
      writeFileSync(
        path.join(dir, `i${i}`, 'kustomization.yaml'),
        `resources:\n${Array.from({ length: docs }, (_, d) => `  - cm${d}.yaml`).join('\n')}\n`,
      );
    return dir;
  };

  it('one kustomize run builds small items together, each item keeping its own objects', async () => {
    const dir = withKustomizations(6, 3);
    const r = await buildAll(dir, 6, 3, loose);
    expect(r.names).toEqual(expected(6, 3));
    expect(r.runs).toBe(1);
  });

  it('a batch ends at the item bound', async () => {
    const dir = withKustomizations(7, 1);
    const r = await buildAll(dir, 7, 1, { ...loose, items: 3 });
    expect(r.names).toEqual(expected(7, 1));
    expect(r.runs).toBe(3); // 3 + 3 + 1
  });

  it('a batch ends at the object bound, so items with many objects are not built in one run', async () => {
    const dir = withKustomizations(4, 5);
    const r = await buildAll(dir, 4, 5, { ...loose, documents: 10 });
    expect(r.names).toEqual(expected(4, 5));
    expect(r.runs).toBe(2); // 5 + 5 objects per run
  });

  it('a batch ends at the byte bound', async () => {
    const dir = withKustomizations(4, 1);
    const r = await buildAll(dir, 4, 1, { ...loose, bytes: 2_500 }, () => 1_000);
    expect(r.names).toEqual(expected(4, 1));
    expect(r.runs).toBe(2);
  });

  it('starts building once enough objects wait, before the last item is queued', async () => {
    const dir = withKustomizations(3, 2);
    const k = countingKustomize(dir);
    const batcher = new KustomizeBatcher(k.tool, path.join(dir, '.batches'), 2, {
      ...loose,
      startDocuments: 4,
    });
    const job = (i: number) => ({
      dir: path.join(dir, `i${i}`),
      name: `i${i}`,
      batchable: true,
      documents: 2,
      bytes: 100,
    });
    const first = [batcher.build(job(0)), batcher.build(job(1))];
    // No flush: the two items are built while the third is still to come.
    const built = await Promise.all(first);
    expect(built.map((os) => os.map((o) => o.metadata?.name))).toEqual(expected(2, 2));
    const last = batcher.build(job(2));
    batcher.flush();
    expect((await last).map((o) => o.metadata?.name)).toEqual(['i2-0', 'i2-1']);
    batcher.close();
    expect(k.runs()).toBe(2);
  });
});

describe('a render hands its items over as they are done', () => {
  it('in deployment order, keeping none of them in the result', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n  - barrier: true\n  - path: b\n  - path: c\n',
      'a/cm.yaml': configMap('a'),
      'b/cm.yaml': configMap('b'),
      'c/cm.yaml': configMap('c'),
    });
    const seen: RenderedItem[] = [];
    let target: unknown = 'not called';
    const result = await renderProject(
      { projectDir: dir },
      { sink: { start: (t) => (target = t), item: (i) => seen.push(i) } },
    );
    expect(target).toBeUndefined();
    expect(
      seen.map((i) => [i.dir, i.barrier ?? false, i.objects.map((o) => o.metadata?.name)]),
    ).toEqual([
      ['a', false, ['a']],
      [undefined, true, []],
      ['b', false, ['b']],
      ['c', false, ['c']],
    ]);
    expect(result.items).toEqual([]);
    expect(result.objects).toEqual([]);
  });

  it('a failing item ends the stream there: every item before it was handed over, none after', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n  - path: c\n  - path: d\n',
      'a/cm.yaml': configMap('a'),
      'b/cm.yaml': configMap('b'),
      'c/cm.yaml': '{{ raise("c is broken") }}\n',
      'd/cm.yaml': configMap('d'),
    });
    const seen: string[] = [];
    await expect(
      renderProject(
        { projectDir: dir },
        { sink: { start: () => {}, item: (i) => seen.push(i.dir as string) } },
      ),
    ).rejects.toThrow(/c is broken/);
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('the render command prints as it goes', () => {
  const item = (dir: string, objects: RenderedItem['objects']): RenderedItem =>
    ({ dir, tags: [dir], objects }) as unknown as RenderedItem;
  const items = [
    item('a', [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: '##[' } },
    ]),
    item('b', []),
    item('c', [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c1' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c2', labels: { l: 'v' } } },
    ]),
  ];
  const images = [
    { image: 'x', resultImage: 'x:1', fixedImage: { image: 'x' } },
  ] as unknown as SeenImage[];
  const printed = (
    make: typeof jsonPrinter,
    target: { name: string } | undefined,
    its: RenderedItem[],
  ) => {
    let out = '';
    const p = make((t) => (out += t));
    p.start(target);
    its.forEach((i) => p.item(i));
    p.end(images);
    return out;
  };

  it.each([
    ['a target and items', { name: 'dev' }, items],
    ['no target', undefined, items],
    ['no items', { name: 'dev' }, []],
  ])('-o json, streamed, is the one JSON document of the whole result (%s)', (_, target, its) => {
    const whole = {
      target,
      items: its,
      images: images.map(({ fixedImage: _f, ...i }) => i),
    };
    expect(printed(jsonPrinter, target, its)).toBe(
      `${JSON.stringify(whole, null, 2).replace(/##\[/g, '##\\u005b')}\n`,
    );
  });

  it('--print-all, streamed, is every object as one YAML document each', () => {
    const docs = parseAllDocuments(printed(yamlPrinter, undefined, items)).map((d) => d.toJS());
    expect(docs).toEqual(items.flatMap((i) => i.objects));
  });
});
