/* eslint-disable @typescript-eslint/no-explicit-any -- reading deep into rendered manifests */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { refOf, type K8sObject } from '../../src/util/k8s.js';

// examples/shop is the project the README's first command renders.
const shop = path.resolve(import.meta.dirname, '../../examples/shop');
const find = (objs: K8sObject[], kind: string, name: string) =>
  objs.find((o) => o.kind === kind && refOf(o).name === name) as K8sObject & {
    spec: Record<string, any>;
    data: Record<string, string>;
  };
const image = (o: { spec: Record<string, any> }) =>
  o.spec.template.spec.containers[0].image as string;

describe('examples/shop', () => {
  it('dev: target images win over the images variable; debug settings from vars/dev.yaml', async () => {
    const { objects } = await renderProject({ projectDir: shop, target: 'dev' });
    expect(objects).toHaveLength(10);
    expect(image(find(objects, 'Deployment', 'frontend'))).toBe(
      'ghcr.io/example/shop-frontend:1.4.0-rc.1',
    );
    expect(image(find(objects, 'Deployment', 'api'))).toBe('ghcr.io/example/shop-api:2.8.0');
    expect(find(objects, 'Deployment', 'api').spec.template.spec.containers[0].env).toContainEqual({
      name: 'LOG_LEVEL',
      value: 'debug',
    });
    expect(find(objects, 'Ingress', 'frontend').spec.rules[0].host).toBe('dev.shop.example.com');
    expect(objects.some((o) => o.kind === 'ServiceMonitor')).toBe(false);
    // The worker's Go template is excluded from Jinja2 by .templateignore.
    expect(find(objects, 'ConfigMap', 'worker-templates').data['notification.tmpl']).toContain(
      '{{ .Customer.Name }}',
    );
    for (const o of objects.filter((x) => x.kind !== 'Namespace'))
      expect(refOf(o).namespace).toBe('shop-dev');
  });

  it('prod: monitoring enabled by an argument, three replicas, more memory for redis', async () => {
    const { objects } = await renderProject({ projectDir: shop, target: 'prod' });
    expect(find(objects, 'ServiceMonitor', 'shop').metadata?.labels).toMatchObject({
      'kluctl.io/tag-0': 'infra',
      'kluctl.io/tag-1': 'monitoring',
    });
    expect(find(objects, 'Deployment', 'api').spec.replicas).toBe(3);
    expect(find(objects, 'StatefulSet', 'redis').spec.template.spec.containers[0].args).toEqual([
      '--maxmemory',
      '1gb',
    ]);
    expect(image(find(objects, 'Deployment', 'frontend'))).toBe(
      'ghcr.io/example/shop-frontend:1.3.2',
    );
  });
});
