/**
 * kustomize reads only the rendered project: no file outside the kustomization's directory,
 * nothing over the network, bounded in time and memory, and its failures stay short
 * (issue 9, probes 3 and 9).
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { findKustomize, kustomizeBuild } from '../../src/render/kustomize.js';
import { parseYaml } from '../../src/util/yaml.js';
import { configMap, writeProject } from '../support/project.js';

const MARKER = 'runner-secret-7d1e90';

async function failure(files: Record<string, string>): Promise<Error & { hint?: string }> {
  const dir = writeProject(files);
  const err = await renderProject({ projectDir: dir, env: {} }).then(
    (r) => {
      throw new Error(`rendered instead of failing: ${JSON.stringify(r.objects).slice(0, 500)}`);
    },
    (e: Error) => e,
  );
  expect(err.message).not.toContain(MARKER);
  expect(err.message).not.toMatch(/root:x:0:0/);
  return err;
}

const generator = (file: string) =>
  `configMapGenerator:\n  - name: leak\n    files:\n      - ${file}\n`;

describe('kustomize reads nothing outside the kustomization', () => {
  beforeAll(() => {
    process.env.SHIPSHAPE_TEST_MARKER = MARKER;
  });
  afterAll(() => {
    delete process.env.SHIPSHAPE_TEST_MARKER;
  });

  it.each([
    ['/proc/self/environ'],
    ['/etc/passwd'],
    ['../../../../../../../../etc/passwd'],
    ['environ=/proc/self/environ'],
  ])('configMapGenerator files: %s', async (file) => {
    const err = await failure({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/kustomization.yaml': generator(file),
    });
    expect(err.message).toMatch(/^kustomize build failed for app: .*not in or below/);
    expect(err.hint).toMatch(/only read files inside its own directory/);
  });

  it('a directory such as ../base is still allowed', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: overlay\n',
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'base/cm.yaml': configMap('from-base'),
      'overlay/kustomization.yaml': 'resources: [../base]\nnamePrefix: prod-\n',
    });
    // kustomize needs ../base in the render directory too: a barrier-free item that only renders it.
    writeFileSync(
      path.join(dir, 'deployment.yaml'),
      'deployments:\n  - path: base\n    onlyRender: true\n  - path: overlay\n',
    );
    const result = await renderProject({ projectDir: dir });
    expect(result.objects.map((o) => o.metadata?.name)).toEqual(['prod-from-base']);
  });
});

describe('kustomize fetches nothing', () => {
  let server: Server;
  let hits = 0;
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end(configMap('fetched'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it.each([
    ['a resource URL', () => `resources:\n  - ${url}/cm.yaml\n`],
    ['a patch URL', () => `resources: [cm.yaml]\npatches:\n  - path: ${url}/patch.yaml\n`],
    ['a generator file URL', () => generator(`x=${url}/data`)],
    ['a component URL', () => `components:\n  - ${url}/component\n`],
    [
      'a git repository',
      () =>
        'resources:\n  - github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v3.3.1\n',
    ],
    ['an ssh remote', () => 'resources:\n  - git@github.com:acme/base.git\n'],
  ])('%s is refused before kustomize runs', async (_what, ky) => {
    const err = await failure({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/kustomization.yaml': ky(),
      'app/cm.yaml': configMap('local'),
    });
    expect(err.message).toMatch(/^app\/kustomization.yaml refers to the remote location/);
    expect(err.hint).toMatch(/never fetches remote kustomize resources/);
    expect(hits).toBe(0);
  });

  it('a remote URL inside a generator configuration file is refused too', async () => {
    const err = await failure({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/kustomization.yaml': 'generators: [gen.yaml]\n',
      'app/gen.yaml': `apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: x\nfiles:\n  - ${url}/data\n`,
    });
    expect(err.message).toMatch(/refers to the remote location/);
    expect(hits).toBe(0);
  });
});

describe('exhaustion', () => {
  const bomb = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: lol',
    'data:',
    '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    '  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    '  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    '  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    '  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    '  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    '  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    '  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    '  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  ].join('\n');

  it('a YAML alias bomb in a manifest is refused before kustomize expands it', async () => {
    const err = await failure({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/bomb.yaml': bomb,
    });
    expect(err.message).toMatch(/YAML aliases expand too much/);
    expect((err as { file?: string }).file).toBe('app/bomb.yaml');
  });

  it('a few ordinary anchors still work', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: &l {app: x}\n  annotations: *l\n',
    });
    const result = await renderProject({ projectDir: dir });
    expect(result.objects[0].metadata?.annotations).toMatchObject({ app: 'x' });
  });

  it('kustomize is stopped at the time limit', async () => {
    const dir = writeProject({
      'cm.yaml': configMap('a'),
      'kustomization.yaml': 'resources: [cm.yaml]\n',
    });
    await expect(
      kustomizeBuild(findKustomize(), dir, 'app', { timeoutMs: 1, memoryBytes: 2 ** 40 }),
    ).rejects.toThrow('kustomize build of app took longer than 0.001 s and was stopped');
  });

  it('kustomize is stopped at the memory limit', async () => {
    const dir = writeProject({
      'cm.yaml': configMap('a'),
      'kustomization.yaml': 'resources: [cm.yaml]\n',
    });
    await expect(
      kustomizeBuild(findKustomize(), dir, 'app', { timeoutMs: 60_000, memoryBytes: 1024 }),
    ).rejects.toThrow(/kustomize build of app needed more than 0 MB and was stopped/);
  });

  it("a crash's goroutine dump does not become the error message", async () => {
    const bin = writeProject({
      kustomize: [
        '#!/bin/sh',
        "echo 'Error: boom' >&2",
        'i=0',
        'while [ $i -lt 500 ]; do',
        '  printf "goroutine %d [running]:\\nmain.f()\\n\\t/x.go:1\\n" $i >&2',
        '  i=$((i+1))',
        'done',
        'exit 2',
      ].join('\n'),
    });
    chmodSync(path.join(bin, 'kustomize'), 0o755);
    await expect(kustomizeBuild(findKustomize({ PATH: bin }), bin, 'app')).rejects.toThrow(
      /^kustomize build failed for app: boom$/,
    );
  });

  it('a 50,000-key ConfigMap parses, and a duplicate key among them is still an error', () => {
    // Linear now (bench/yaml-keys.ts measures it); kustomize itself needs ~30 s for such a map.
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: "v${i}"`);
    const text = (ks: string[]) => `apiVersion: v1\nkind: ConfigMap\ndata:\n${ks.join('\n')}\n`;
    const doc = parseYaml(text(keys), 'big.yaml').value as { data: object };
    expect(Object.keys(doc.data)).toHaveLength(50_000);
    expect(() => parseYaml(text([...keys, '  k123: "again"']), 'big.yaml')).toThrow(
      'invalid YAML: map keys must be unique ("k123" appears twice)',
    );
  });
});
