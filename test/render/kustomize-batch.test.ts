import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { configMap, writeProject } from '../support/project.js';

// Items are built by kustomize in batches for speed; the result must be exactly what
// building every item on its own gives, order included.
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const example = (rel: string) => {
  const dest = path.join(work, rel);
  cpSync(path.join(import.meta.dirname, '../fixtures/examples/kluctl-examples', rel), dest, {
    recursive: true,
  });
  return dest;
};

describe('batched kustomize builds', () => {
  it.each([
    ['microservices-demo/1-basic-project', 'local', []],
    ['microservices-demo/3-templating-and-multi-env', 'prod', ['redis']],
  ])('%s: batched output equals item-by-item output', async (rel, target, excludeTags) => {
    const dir = example(rel);
    const batched = await renderProject({ projectDir: dir, target, excludeTags });
    const alone = await renderProject(
      { projectDir: dir, target, excludeTags },
      { batchKustomize: false },
    );
    expect(batched.items.length).toBeGreaterThan(5);
    expect(batched.items).toEqual(alone.items);
  });

  it('items that define the same object are still built, each on its own', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n  - path: c\n',
      'a/cm.yaml': configMap('same', { from: 'a' }),
      'b/cm.yaml': configMap('same', { from: 'b' }),
      'c/cm.yaml': configMap('other'),
    });
    const result = await renderProject({ projectDir: dir });
    expect(result.items.map((i) => i.objects.map((o) => o.data))).toEqual([
      [{ from: 'a' }],
      [{ from: 'b' }],
      [{}],
    ]);
  });

  it('a broken item in a batch is reported by name, and the batch leaves no files behind', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n  - path: c\n',
      'a/cm.yaml': configMap('a'),
      'b/kustomization.yaml': 'resources: [cm.yaml]\npatches:\n  - path: patch.yaml\n',
      'b/cm.yaml': configMap('b'),
      'b/patch.yaml': configMap('missing'),
      'c/cm.yaml': configMap('c'),
    });
    await expect(
      renderProject({ projectDir: dir, renderOutputDir: path.join(dir, 'out') }),
    ).rejects.toThrow(/^kustomize build failed for b: .*missing/);
  });

  it('the render directory has no batch scaffolding', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: a\n  - path: b\n',
      'a/cm.yaml': configMap('a'),
      'b/cm.yaml': configMap('b'),
    });
    const result = await renderProject({ projectDir: dir, renderOutputDir: path.join(dir, 'out') });
    expect(result.objects.map((o) => o.metadata?.labels)).toEqual([
      { 'kluctl.io/tag-0': 'a' },
      { 'kluctl.io/tag-0': 'b' },
    ]);
    // Only the items and the marker that lets the next render replace the directory.
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['.shipshape-render', 'a', 'b']);
  });
});
