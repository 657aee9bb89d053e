/**
 * The bundled Helm example and the kluctl examples that use Helm render exactly as kluctl
 * renders them (kluctl 2.22.1, `render --offline-kubernetes --print-all`), every target.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { renderProject } from '../../src/render/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { toolUnavailable } from '../support/tools.js';
import { kluctl, scratch, TOOLS_PATH } from './support/helm.js';

const unavailable = toolUnavailable('helm') ?? toolUnavailable('kluctl');
if (unavailable) console.warn(`skipping the Helm example tests: ${unavailable}`);

const repoRoot = path.resolve(import.meta.dirname, '../..');
const key = (o: K8sObject) =>
  `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
const sorted = (objs: K8sObject[]) =>
  [...objs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const env = { ...process.env, PATH: TOOLS_PATH };

async function kluctlRender(dir: string, target: string): Promise<K8sObject[]> {
  const out = await kluctl(['render', '--offline-kubernetes', '--print-all', '-t', target], dir);
  return parseAllDocuments(out)
    .map((d) => d.toJS() as K8sObject)
    .filter(Boolean);
}

describe.skipIf(unavailable)('examples/helm (bundled, chart vendored in .helm-charts)', () => {
  // Copied out of the repository, so both tools see the same project boundary.
  const dir = path.join(scratch('example'), 'helm');
  cpSync(path.join(repoRoot, 'examples/helm'), dir, { recursive: true });

  it.each(['dev', 'prod'])('target %s renders as kluctl renders it', async (target) => {
    const ours = await renderProject({ projectDir: dir, target, env });
    expect(sorted(ours.objects)).toEqual(sorted(await kluctlRender(dir, target)));
    const kinds = ours.objects.map((o) => `${o.kind}/${o.metadata?.name}`).sort();
    expect(kinds).toEqual([
      'ConfigMap/web-hello',
      'Deployment/web-hello',
      'Job/web-hello-migrate',
      `Namespace/hello-${target}`,
      'NetworkPolicy/web-ingress',
      'Service/web-hello',
    ]);
    const deployment = ours.objects.find((o) => o.kind === 'Deployment') as K8sObject & {
      spec: { replicas: number };
    };
    expect(deployment.spec.replicas).toBe(target === 'prod' ? 3 : 1);
    expect(deployment.metadata?.namespace).toBe(`hello-${target}`);
  });
});

describe.skipIf(unavailable)(
  'kluctl-examples/microservices-demo/3-templating-and-multi-env, with its redis chart',
  () => {
    const examples = path.join(import.meta.dirname, '../fixtures/examples/kluctl-examples');
    const dir = path.join(scratch('ms-demo'), '3-templating-and-multi-env');
    cpSync(path.join(examples, 'microservices-demo/3-templating-and-multi-env'), dir, {
      recursive: true,
    });
    // Where helm-pull puts bitnami/redis 17.4.0; a stand-in (no internet here, see its README).
    const vendored = path.join(dir, '.helm-charts/https_charts.bitnami.com/bitnami/redis/17.4.0');
    mkdirSync(vendored, { recursive: true });
    cpSync(path.join(import.meta.dirname, '../fixtures/helm/charts/redis-standin'), vendored, {
      recursive: true,
    });

    it.each(['local', 'test', 'prod'])(
      'target %s renders as kluctl renders it, redis included',
      async (target) => {
        const ours = await renderProject({ projectDir: dir, target, env });
        expect(sorted(ours.objects)).toEqual(sorted(await kluctlRender(dir, target)));
        const redis = ours.objects.filter(
          (o) =>
            o.metadata?.annotations?.['kluctl.io/deployment-item-dir' as never] ===
            'third-party/redis',
        );
        const names = redis.map((o) => `${o.kind}/${o.metadata?.name}`).sort();
        expect(names).toContain(
          target === 'local' ? 'Service/cart-redis-master' : 'Service/cart-redis',
        );
        for (const o of redis)
          expect(o.metadata?.namespace ?? `ms-demo-${target}`).toBe(`ms-demo-${target}`);
      },
    );
  },
);
