import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { renderProject } from '../../src/render/index.js';
import { refOf, type K8sObject } from '../../src/util/k8s.js';

// Real kluctl example projects (github.com/kluctl/kluctl-examples, Apache-2.0), copied into fixtures.
const examples = path.join(import.meta.dirname, '../fixtures/examples/kluctl-examples');
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyExample(rel: string): string {
  const dest = path.join(work, rel);
  cpSync(path.join(examples, rel), dest, { recursive: true });
  return dest;
}

const ids = (objs: K8sObject[]) =>
  objs
    .map((o) => {
      const r = refOf(o);
      return `${r.kind}/${r.namespace}/${r.name}`;
    })
    .sort();

const idOf = (o: K8sObject) => {
  const r = refOf(o);
  return `${r.kind}/${r.namespace}/${r.name}`;
};
const byId = (objs: K8sObject[]) => [...objs].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));

/**
 * What plain kustomize makes of an untemplated directory: the oracle for object content (the
 * order is kluctl's, checked against kluctl in test/oracle), sorted by identity.
 */
function kustomize(dir: string): K8sObject[] {
  const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  return byId(parseAllDocuments(out).map((d) => d.toJS() as K8sObject));
}

describe('kluctl-examples/simple', () => {
  const dir = copyExample('simple');
  it.each(['simple', 'another'])('renders target %s into its own namespace', async (target) => {
    const result = await renderProject({ projectDir: dir, target });
    expect(ids(result.objects)).toEqual([
      `Deployment/simple-${target}/nginx-deployment`,
      `Namespace//simple-${target}`,
      `Service/simple-${target}/nginx`,
    ]);
    for (const o of result.objects) {
      expect(o.metadata?.labels).toMatchObject({
        'kluctl.io/discriminator': `kluctl-examples-simple-${target}`,
        'kluctl.io/tag-0': 'deployment',
        'kluctl.io/tag-1': 'nginx',
      });
      expect(o.metadata?.annotations).toMatchObject({
        'kluctl.io/deployment-item-dir': 'deployment/nginx',
      });
    }
  });
});

describe('kluctl-examples/microservices-demo/1-basic-project', () => {
  const dir = copyExample('microservices-demo/1-basic-project');
  it('renders every service exactly as kustomize builds it, plus kluctl labels', async () => {
    const result = await renderProject({ projectDir: dir, target: 'local' });
    const services = result.items.map((i) => i.dir as string);
    expect(services).toHaveLength(12);
    for (const item of result.items) {
      const expected = kustomize(path.join(dir, item.dir as string));
      expect(item.objects.length).toBe(expected.length);
      byId(item.objects).forEach((o, i) => {
        const { labels, annotations, ...meta } = o.metadata as Record<string, unknown>;
        const {
          labels: el = {},
          annotations: ea = {},
          ...emeta
        } = expected[i].metadata as Record<string, unknown>;
        expect({ ...o, metadata: meta }).toEqual({ ...expected[i], metadata: emeta });
        expect(labels).toEqual({
          ...(el as object),
          'examples.kluctl.io/deployment-project': 'microservices-demo',
          'kluctl.io/discriminator': 'kluctl-examples-microservices-demo-local',
          'kluctl.io/tag-0': item.dir,
        });
        expect(annotations).toEqual({
          ...(ea as object),
          'kluctl.io/deployment-item-dir': item.dir,
        });
      });
    }
  });
});

describe('kluctl-examples/microservices-demo/3-templating-and-multi-env', () => {
  const dir = copyExample('microservices-demo/3-templating-and-multi-env');
  // third-party/redis (a Helm chart) is left out here; test/helm/examples.test.ts renders it.
  it.each([
    ['local', false],
    ['prod', true],
  ])('target %s uses its vars file (optional services: %s)', async (target, optional) => {
    const result = await renderProject({ projectDir: dir, target, excludeTags: ['redis'] });
    const names = new Set(result.objects.map((o) => refOf(o).name));
    expect(names.has('emailservice')).toBe(optional);
    expect(names.has('loadgenerator')).toBe(optional);
    expect(names.has('frontend')).toBe(true);
    for (const o of result.objects) {
      const ref = refOf(o);
      expect(ref.namespace).toBe(ref.kind === 'Namespace' ? '' : `ms-demo-${target}`);
      expect(o.metadata?.labels).toMatchObject({
        'examples.kluctl.io/deployment-target': target,
        'examples.kluctl.io/deployment-project': 'microservices-demo',
      });
    }
    // The barrier after namespaces is kept in the item list, in order.
    expect(result.items[1]).toMatchObject({ barrier: true, dir: undefined });
    expect(result.items[0].objects.map((o) => o.kind)).toEqual(['Namespace']);
  });
});

describe('kluctl-examples/gitops-deployment', () => {
  const dir = copyExample('gitops-deployment');
  it('includes the cluster directory chosen by an argument', async () => {
    const result = await renderProject({
      projectDir: dir,
      target: 'gitops',
      args: ['cluster_name=test.example.com'],
    });
    expect(ids(result.objects)).toEqual([
      'KluctlDeployment/kluctl-gitops/app1',
      'KluctlDeployment/kluctl-gitops/app2',
      'KluctlDeployment/kluctl-gitops/gitops',
      'Namespace//kluctl-gitops',
    ]);
    const gitops = result.objects.find((o) => refOf(o).name === 'gitops') as {
      spec: { args: Record<string, string> };
    } & K8sObject;
    expect(gitops.spec.args.cluster_name).toBe('test.example.com');
    expect(gitops.metadata?.labels).toMatchObject({
      'kluctl.io/discriminator': 'gitops-test-example-com',
    });
  });
});
