import { describe, expect, it } from 'vitest';
import { diffObjects, toStableJson, type DiffResult } from '../../src/diff/index.js';
import type { IgnoreForDiffRule } from '../../src/project/types.js';
import { UserError } from '../../src/util/errors.js';
import type { K8sObject } from '../../src/util/k8s.js';

function deployment(
  over: {
    image?: string;
    sidecar?: string;
    replicas?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    namespace?: string;
  } = {},
): K8sObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: over.namespace ?? 'shop',
      labels: { app: 'web', ...over.labels },
      ...(over.annotations ? { annotations: over.annotations } : {}),
    },
    spec: {
      replicas: over.replicas ?? 1,
      template: {
        spec: {
          containers: [
            { name: 'web', image: over.image ?? 'web:1' },
            { name: 'proxy', image: over.sidecar ?? 'envoy:1' },
          ],
        },
      },
    },
  };
}

const configMap = (
  name: string,
  data: Record<string, string>,
  annotations?: Record<string, string>,
): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'shop', ...(annotations ? { annotations } : {}) },
  data,
});

const paths = (base: K8sObject[], head: K8sObject[], rules: IgnoreForDiffRule[] = []) =>
  diffObjects(base, head, rules).objects.flatMap((o) => (o.changes ?? []).map((c) => c.path));

describe('diffObjects: matching and change paths', () => {
  it('classifies objects as new, changed, deleted or unchanged by group, kind, namespace and name', () => {
    const base = [deployment(), configMap('a', { x: '1' }), configMap('gone', {})];
    const head = [
      deployment({ image: 'web:2' }),
      configMap('a', { x: '1' }),
      configMap('fresh', {}),
    ];
    const { summary, objects } = diffObjects(base, head);
    expect(summary).toEqual({ new: 1, changed: 1, deleted: 1, unchanged: 1 });
    expect(objects.map((o) => `${o.change} ${o.kind}/${o.name}`)).toEqual([
      'new ConfigMap/fresh',
      'deleted ConfigMap/gone',
      'changed Deployment/web',
    ]);
  });

  it('treats the same name in another namespace as another object', () => {
    const { summary } = diffObjects([deployment()], [deployment({ namespace: 'other' })]);
    expect(summary).toEqual({ new: 1, changed: 0, deleted: 1, unchanged: 0 });
  });

  it('matches across API versions and shows the version change', () => {
    const old = { ...deployment(), apiVersion: 'apps/v1beta1' };
    const { objects } = diffObjects([old], [deployment()]);
    expect(objects).toHaveLength(1);
    expect(objects[0].changes).toEqual([
      { path: 'apiVersion', type: 'update', before: 'apps/v1beta1', after: 'apps/v1' },
    ]);
  });

  it("prints paths in kluctl's jsonPath style", () => {
    const base = [configMap('a', { plain: '1', 'dotted.key': '1', 'say"hi': '1' })];
    const head = [configMap('a', { plain: '2', 'dotted.key': '2', 'say"hi': '2' })];
    expect(paths(base, head)).toEqual(['data["dotted.key"]', 'data.plain', `data['say"hi']`]);
    const odd = (v: string): K8sObject => ({
      apiVersion: 'v1',
      kind: 'Thing',
      metadata: { name: 'x' },
      'weird.top': v,
    });
    expect(paths([odd('1')], [odd('2')])).toEqual(['$["weird.top"]']);
  });

  it('reports list elements by index, appended and removed elements as insert/delete', () => {
    const base = deployment();
    const head = deployment({ image: 'web:2' });
    const containers = (head.spec as { template: { spec: { containers: unknown[] } } }).template
      .spec.containers;
    containers.push({ name: 'log', image: 'fluent:1' });
    const { objects } = diffObjects([base], [head]);
    expect(objects[0].changes).toEqual([
      {
        path: 'spec.template.spec.containers[0].image',
        type: 'update',
        before: 'web:1',
        after: 'web:2',
      },
      {
        path: 'spec.template.spec.containers[2]',
        type: 'insert',
        after: { name: 'log', image: 'fluent:1' },
      },
    ]);
    expect(diffObjects([head], [base]).objects[0].changes![1]).toMatchObject({
      path: 'spec.template.spec.containers[2]',
      type: 'delete',
    });
  });

  it('shows a change of type as one update', () => {
    const a = configMap('a', {});
    const b = { ...configMap('a', {}), data: 'not a map' };
    expect(diffObjects([a], [b]).objects[0].changes).toEqual([
      { path: 'data', type: 'insert', after: 'not a map' },
    ]);
    const c = { ...configMap('a', {}), data: { k: 'v' } };
    expect(diffObjects([b], [c]).objects[0].changes).toEqual([
      { path: 'data', type: 'update', before: 'not a map', after: { k: 'v' } },
    ]);
  });

  it('compares the items of a List with the objects themselves', () => {
    const list: K8sObject = {
      apiVersion: 'v1',
      kind: 'List',
      items: [configMap('a', { x: '1' }), configMap('b', {})],
    };
    expect(diffObjects([configMap('a', { x: '1' }), configMap('b', {})], [list]).summary).toEqual({
      new: 0,
      changed: 0,
      deleted: 0,
      unchanged: 2,
    });
  });
});

describe('diffObjects: normalisation', () => {
  it('ignores server-side metadata, status, empty maps, key order and last-applied-configuration', () => {
    const base = deployment();
    const head: K8sObject = {
      spec: base.spec,
      kind: 'Deployment',
      status: { replicas: 3 },
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"x":1}' },
        uid: 'abc',
        resourceVersion: '42',
        creationTimestamp: null,
        managedFields: [{ manager: 'kubectl' }],
        namespace: 'shop',
        labels: { app: 'web' },
        name: 'web',
      },
      apiVersion: 'apps/v1',
    };
    expect(diffObjects([base], [head]).summary.unchanged).toBe(1);
  });

  it('drops last-applied-configuration at any depth', () => {
    const base = deployment();
    const head = deployment();
    (head.spec as Record<string, unknown>).template = {
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': 'secret-ish' },
      },
      spec: (base.spec as { template: { spec: unknown } }).template.spec,
    };
    const out = JSON.stringify(diffObjects([base], [head]));
    expect(out).not.toContain('last-applied');
    expect(out).not.toContain('secret-ish');
  });
});

describe('diffObjects: ignoreForDiff rules', () => {
  const base = [
    deployment({ replicas: 1, labels: { 'app.kubernetes.io/version': '1' } }),
    configMap('a', { x: '1' }),
  ];
  const head = [
    deployment({
      replicas: 3,
      image: 'web:2',
      sidecar: 'envoy:2',
      labels: { 'app.kubernetes.io/version': '2' },
    }),
    configMap('a', { x: '2' }),
  ];

  it('removes fieldPath matches, with * wildcards, quoted keys and a leading $', () => {
    expect(
      paths(base, head, [
        { fieldPath: ['$.spec.replicas', 'spec.template.spec.containers[*].image'] },
        { fieldPath: ['metadata.labels["app.kubernetes.io/version"]'] },
      ]),
    ).toEqual(['data.x']);
    expect(
      paths(base, head, [{ fieldPath: ['spec.template.spec.containers[1].image', 'data.*'] }]),
    ).toEqual([
      'metadata.labels["app.kubernetes.io/version"]',
      'spec.replicas',
      'spec.template.spec.containers[0].image',
    ]);
  });

  it('applies a rule only to objects matching its group, kind, namespace and name', () => {
    const all = paths(base, head).length;
    const rule = (sel: Partial<IgnoreForDiffRule>) =>
      paths(base, head, [{ ...sel, fieldPath: ['spec.replicas', 'data.x'] }]).length;
    expect(rule({})).toBe(all - 2);
    expect(rule({ kind: 'Deployment' })).toBe(all - 1);
    expect(rule({ group: 'apps' })).toBe(all - 1);
    expect(rule({ group: '' })).toBe(all - 1); // the core group: only the ConfigMap
    expect(rule({ kind: 'Deployment', namespace: 'other' })).toBe(all);
    expect(rule({ kind: 'Deployment', name: 'api' })).toBe(all);
    expect(rule({ kind: 'Deployment', namespace: 'shop', name: 'web', group: 'apps' })).toBe(
      all - 1,
    );
  });

  it('removes leaves whose jsonPath matches a fieldPathRegex anywhere in the path', () => {
    expect(paths(base, head, [{ fieldPathRegex: ['image$', 'replicas'] }])).toEqual([
      'data.x',
      'metadata.labels["app.kubernetes.io/version"]',
    ]);
    expect(
      paths(base, head, [
        { fieldPathRegex: ['^metadata\\.labels\\["app\\.kubernetes\\.io/.*"\\]$'] },
      ]),
    ).not.toContain('metadata.labels["app.kubernetes.io/version"]');
  });

  it('says which rule has a malformed fieldPath', () => {
    const bad = () =>
      diffObjects(base, head, [{ kind: 'Deployment', fieldPath: ['spec..replicas'] }]);
    expect(bad).toThrow(UserError);
    expect(bad).toThrow(
      'ignoreForDiff rule (kind Deployment): invalid JSON path "spec..replicas": recursive descent (..) is not supported',
    );
    expect(() => diffObjects(base, head, [{ fieldPath: ['spec.containers[?(@.name)]'] }])).toThrow(
      'filter expressions are not supported',
    );
  });
});

describe('diffObjects: kluctl.io/ignore-diff annotations of the head', () => {
  it('ignores every change of an object annotated kluctl.io/ignore-diff: "true", but not its creation', () => {
    const ann = { 'kluctl.io/ignore-diff': 'true' };
    const r = diffObjects(
      [configMap('a', { x: '1' }, ann)],
      [configMap('a', { x: '2' }, ann), configMap('b', {}, ann)],
    );
    expect(r.summary).toEqual({ new: 1, changed: 0, deleted: 0, unchanged: 1 });
    const off = { 'kluctl.io/ignore-diff': 'false' };
    expect(
      diffObjects([configMap('a', { x: '1' }, off)], [configMap('a', { x: '2' }, off)]).summary
        .changed,
    ).toBe(1);
  });

  it('ignores fields named by ignore-diff-field and ignore-diff-field-regex, numbered variants included', () => {
    const annotations = {
      'kluctl.io/ignore-diff-field': 'data.a',
      'kluctl.io/ignore-diff-field-1': 'data.b',
      'kluctl.io/ignore-diff-field-23': 'data["c.d"]',
      'kluctl.io/ignore-diff-field-regex-7': '^data\\.e',
    };
    const before = { a: '1', b: '1', 'c.d': '1', e1: '1', e2: '1', f: '1' };
    const after = { a: '2', b: '2', 'c.d': '2', e1: '2', e2: '2', f: '2' };
    expect(
      paths([configMap('x', before, annotations)], [configMap('x', after, annotations)]),
    ).toEqual(['data.f']);
    // The rule comes from the head: annotating an object in a change applies at once.
    expect(paths([configMap('x', before)], [configMap('x', after, annotations)])).toEqual([
      'data.f',
      'metadata.annotations',
    ]);
  });

  it('names the object and annotation with a malformed path', () => {
    const bad = configMap('x', {}, { 'kluctl.io/ignore-diff-field-2': 'data[abc]' });
    expect(() => diffObjects([configMap('x', {})], [bad])).toThrow(
      'ConfigMap shop/x: annotation kluctl.io/ignore-diff-field-2: invalid JSON path "data[abc]"',
    );
  });
});

describe('diffObjects: Secret masking', () => {
  const secret = (data: unknown, stringData?: unknown): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's', namespace: 'shop' },
    ...(data !== undefined ? { data } : {}),
    ...(stringData !== undefined ? { stringData } : {}),
  });

  it('shows keys added, removed and changed, never a value', () => {
    const base = secret({ same: 'c2FtZQ==', changed: 'b2xk', removed: 'cmVt' }, { pw: 'old-pw' });
    const head = secret({ same: 'c2FtZQ==', changed: 'bmV3', added: 'YWRk' }, { pw: 'new-pw' });
    const r = diffObjects([base], [head]);
    expect(r.objects[0].changes).toEqual([
      { path: 'data.added', type: 'insert', after: '*****' },
      { path: 'data.changed', type: 'update', before: '*****', after: '***** (changed)' },
      { path: 'data.removed', type: 'delete', before: '*****' },
      { path: 'stringData.pw', type: 'update', before: '*****', after: '***** (changed)' },
    ]);
    const out = JSON.stringify(r);
    for (const v of ['c2FtZQ==', 'b2xk', 'cmVt', 'bmV3', 'YWRk', 'old-pw', 'new-pw'])
      expect(out).not.toContain(v);
  });

  it('masks whole maps and values that are not maps', () => {
    const r = diffObjects([secret(undefined)], [secret({ token: 'dG9r' })]);
    expect(r.objects[0].changes).toEqual([
      { path: 'data', type: 'insert', after: { token: '*****' } },
    ]);
    const odd = diffObjects([secret('raw-old')], [secret('raw-new')]);
    expect(odd.objects[0].changes).toEqual([
      { path: 'data', type: 'update', before: '*****', after: '***** (changed)' },
    ]);
    expect(JSON.stringify(odd)).not.toContain('raw-');
  });

  it('finds no change when only unchanged Secret values are there', () => {
    expect(diffObjects([secret({ a: 'eA==' })], [secret({ a: 'eA==' })]).summary.unchanged).toBe(1);
  });
});

describe('toStableJson', () => {
  it('gives the same bytes whatever the input order, with sorted keys', () => {
    const base = [configMap('b', { x: '1' }), deployment(), configMap('a', { y: '1', x: '1' })];
    const head = [
      configMap('a', { x: '2', y: '2' }),
      deployment({ image: 'web:2' }),
      configMap('c', {}),
    ];
    const wrap = (t: ReturnType<typeof diffObjects>): DiffResult => ({
      base: { ref: 'main', commit: 'c0ffee' },
      hasChanges: true,
      targets: [{ target: 'prod', ...t }],
    });
    const one = toStableJson(wrap(diffObjects(base, head)));
    const two = toStableJson(wrap(diffObjects([...base].reverse(), [...head].reverse())));
    expect(two).toBe(one);
    const keysInOrder = (v: unknown): boolean =>
      Array.isArray(v)
        ? v.every(keysInOrder)
        : typeof v !== 'object' ||
          v === null ||
          (Object.keys(v).join() === Object.keys(v).sort().join() &&
            Object.values(v).every(keysInOrder));
    expect(keysInOrder(JSON.parse(one))).toBe(true);
    expect(one.endsWith('}\n')).toBe(true);
  });
});
