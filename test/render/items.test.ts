import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../src/render/index.js';
import { refOf, type K8sObject } from '../../src/util/k8s.js';
import { configMap, writeProject } from '../support/project.js';

const byName = (objs: K8sObject[], name: string) =>
  objs.find((o) => refOf(o).name === name) as K8sObject;

describe('item rendering and post-processing', () => {
  it('merges commonLabels and commonAnnotations root to leaf, children overriding', async () => {
    const dir = writeProject({
      'deployment.yaml':
        'commonLabels: { team: a, tier: root }\ncommonAnnotations: { note: root }\ndeployments:\n  - include: sub\n  - path: top\n',
      'top/cm.yaml': configMap('top'),
      'sub/deployment.yaml':
        'commonLabels: { tier: sub }\ndeployments:\n  - path: leaf\n    skipDeleteIfTags: true\n',
      'sub/leaf/cm.yaml': configMap('leaf'),
    });
    const { objects } = await renderProject({ projectDir: dir });
    expect(byName(objects, 'leaf').metadata?.labels).toEqual({
      team: 'a',
      tier: 'sub',
      'kluctl.io/tag-0': 'sub',
      'kluctl.io/tag-1': 'leaf',
    });
    expect(byName(objects, 'leaf').metadata?.annotations).toEqual({
      note: 'root',
      'kluctl.io/deployment-item-dir': 'sub/leaf',
      'kluctl.io/skip-delete-if-tags': 'true',
    });
    expect(byName(objects, 'top').metadata?.labels).toMatchObject({ team: 'a', tier: 'root' });
  });

  it('overrideNamespace applies only to namespaced kinds and only where the kustomization sets none', async () => {
    const dir = writeProject({
      'deployment.yaml':
        'overrideNamespace: override\ndeployments:\n  - path: plain\n  - path: own\n',
      'plain/cm.yaml': configMap('plain-cm'),
      'plain/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: override\n',
      'plain/role.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules: []\n',
      'own/kustomization.yaml': 'namespace: mine\nresources: [cm.yaml]\n',
      'own/cm.yaml': configMap('own-cm'),
    });
    const { objects } = await renderProject({ projectDir: dir });
    expect(refOf(byName(objects, 'plain-cm')).namespace).toBe('override');
    expect(refOf(byName(objects, 'override')).namespace).toBe('');
    expect(refOf(byName(objects, 'reader')).namespace).toBe('');
    expect(refOf(byName(objects, 'own-cm')).namespace).toBe('mine');
  });

  it('drops objects annotated kluctl.io/ignore, also those kustomize unpacked from Lists', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/cms.yaml': [
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: skipped\n  annotations: { kluctl.io/ignore: "true" }\n---',
        'apiVersion: v1\nkind: ConfigMapList\nitems:\n  - { apiVersion: v1, kind: ConfigMap, metadata: { name: in-list } }\n  - { apiVersion: v1, kind: ConfigMap, metadata: { name: ignored-in-list, annotations: { kluctl.io/ignore: "true" } } }\n',
      ].join('\n'),
    });
    const { objects } = await renderProject({ projectDir: dir });
    expect(objects.map((o) => refOf(o).name)).toEqual(['in-list']);
    expect(objects[0].metadata?.labels).toEqual({ 'kluctl.io/tag-0': 'app' });
  });

  it('copies .templateignore matches, Helm chart directories and binary files unrendered', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/.templateignore': 'raw/\n*.gotmpl\n',
      'app/kustomization.yaml':
        'resources: [cm.yaml]\nconfigMapGenerator:\n  - name: files\n    files: [raw/a.txt, b.gotmpl, chart/Chart.yaml, chart/templates/x.yaml]\ngeneratorOptions: { disableNameSuffixHash: true }\n',
      'app/cm.yaml': configMap('cm', { v: '{{ 1 + 1 }}' }),
      'app/raw/a.txt': '{{ .Values.a }}',
      'app/b.gotmpl': '{{ .B }}',
      'app/chart/Chart.yaml': 'name: chart\n',
      'app/chart/templates/x.yaml': '{{ .Release.Name }}',
      'app/blob.bin': 'bin\u0000{{ undefined_in_binary }}',
    });
    const result = await renderProject({ projectDir: dir, renderOutputDir: path.join(dir, 'out') });
    expect(readFileSync(path.join(dir, 'out', 'app', 'blob.bin'), 'utf8')).toBe(
      'bin\u0000{{ undefined_in_binary }}',
    );
    expect((byName(result.objects, 'cm').data as Record<string, string>).v).toBe('2');
    expect(byName(result.objects, 'files').data).toEqual({
      'a.txt': '{{ .Values.a }}',
      'b.gotmpl': '{{ .B }}',
      'Chart.yaml': 'name: chart\n',
      'x.yaml': '{{ .Release.Name }}',
    });
  });

  it('onlyRender items are rendered for others to use but yield no objects; recursive collects nested files', async () => {
    const dir = writeProject({
      'deployment.yaml':
        'deployments:\n  - path: component\n    onlyRender: true\n  - path: app\n  - path: tree\n    recursive: true\n',
      'component/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - patch: |-\n      apiVersion: v1\n      kind: ConfigMap\n      metadata: { name: app }\n      data: { from: "{{ "component" }}" }\n',
      'app/kustomization.yaml': 'resources: [cm.yaml]\ncomponents: [../component]\n',
      'app/cm.yaml': configMap('app'),
      'tree/a/one.yaml': configMap('one'),
      'tree/b/c/two.yaml': configMap('two'),
    });
    const result = await renderProject({ projectDir: dir });
    expect(result.items.map((i) => [i.dir, i.objects.length])).toEqual([
      ['component', 0],
      ['app', 1],
      ['tree', 2],
    ]);
    expect(byName(result.objects, 'app').data).toEqual({ from: 'component' });
  });

  it("an item naming another item's directory gets that item as kustomize builds it (its kustomization generated, its namespace set)", async () => {
    const dir = writeProject({
      'deployment.yaml':
        'overrideNamespace: team\ndeployments:\n  - path: base\n  - path: overlay\n  - path: own\n',
      'base/cm.yaml': configMap('base'),
      'own/kustomization.yaml': 'resources: [cm.yaml]\n',
      'own/cm.yaml': configMap('own'),
      'overlay/kustomization.yaml': 'resources: [../base, ../own]\nnamePrefix: copy-\n',
    });
    const result = await renderProject({ projectDir: dir });
    expect(result.items.map((i) => [i.dir, i.objects.map((o) => refOf(o).name)])).toEqual([
      ['base', ['base']],
      ['overlay', ['copy-base', 'copy-own']],
      ['own', ['own']],
    ]);
    expect(byName(result.objects, 'copy-base').metadata?.namespace).toBe('team');
    expect(byName(result.objects, 'copy-own').metadata?.namespace).toBe('team');
  });

  it('an item naming the directory of an item finished long before gets the files that item rendered', async () => {
    // base and clock are done (and their rendered files let go, unless read from the clock)
    // long before overlay is templated and names their directories.
    const fillers = Array.from({ length: 40 }, (_, i) => `filler-${i}`);
    const dir = writeProject({
      'deployment.yaml': [
        'deployments:',
        '  - path: base',
        '    vars: [{ values: { color: blue } }]',
        '  - path: clock',
        ...fillers.map((f) => `  - path: ${f}`),
        '  - path: overlay',
        '',
      ].join('\n'),
      'base/cm.yaml': configMap('base', { color: '{{ color }}' }),
      'clock/cm.yaml': configMap('clock', { at: '{{ time.now() }}' }),
      ...Object.fromEntries(fillers.map((f) => [`${f}/cm.yaml`, configMap(f)])),
      'overlay/kustomization.yaml': 'resources: [../base, ../clock]\nnamePrefix: copy-\n',
    });
    const result = await renderProject({ projectDir: dir });
    expect(byName(result.objects, 'copy-base').data).toEqual({ color: 'blue' });
    expect(byName(result.objects, 'copy-clock').data).toEqual(byName(result.objects, 'clock').data);
  });

  it("the same directory used twice renders twice with each item's vars", async () => {
    const dir = writeProject({
      'deployment.yaml':
        'deployments:\n  - path: app\n    vars: [{ values: { num: one } }]\n  - path: app\n    vars: [{ values: { num: two } }]\n',
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{{ num }}\n',
    });
    const result = await renderProject({ projectDir: dir, renderOutputDir: path.join(dir, 'out') });
    expect(result.objects.map((o) => refOf(o).name)).toEqual(['cm-one', 'cm-two']);
    expect(readFileSync(path.join(dir, 'out', 'app-1', 'cm.yaml'), 'utf8')).toContain('cm-two');
  });

  it('barrier and wait-readiness annotations on a kustomization mark the item', async () => {
    const dir = writeProject({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/kustomization.yaml':
        'metadata:\n  annotations: { kluctl.io/barrier: "true", kluctl.io/wait-readiness: "true" }\nresources: [cm.yaml]\n',
      'app/cm.yaml': configMap('cm'),
    });
    const result = await renderProject({ projectDir: dir });
    expect(result.items[0]).toMatchObject({ barrier: true, waitReadiness: true });
  });

  it('alwaysDeploy items survive tag selection; deleteObjects and waitReadinessObjects are kept', async () => {
    const dir = writeProject({
      'deployment.yaml': [
        'deployments:',
        '  - path: base',
        '    alwaysDeploy: true',
        '  - path: app',
        '  - deleteObjects: [{ kind: DaemonSet, namespace: kube-system, name: kube-proxy }]',
        '  - barrier: true',
        '    waitReadinessObjects: [{ kind: Deployment, namespace: ns, name: op }]',
      ].join('\n'),
      'base/cm.yaml': configMap('base'),
      'app/cm.yaml': configMap('app'),
    });
    const result = await renderProject({ projectDir: dir, includeTags: ['nothing-matches'] });
    expect(result.items.map((i) => i.dir ?? (i.barrier ? 'barrier' : 'other'))).toEqual([
      'base',
      'barrier',
    ]);
    const all = await renderProject({ projectDir: dir });
    expect(all.items[2].deleteObjects).toEqual([
      { kind: 'DaemonSet', namespace: 'kube-system', name: 'kube-proxy' },
    ]);
    expect(all.items[3].waitReadinessObjects).toEqual([
      { kind: 'Deployment', namespace: 'ns', name: 'op' },
    ]);
  });

  it('a root without deployment.yaml is a single item', async () => {
    const dir = writeProject({ 'cm.yaml': configMap('root-cm') });
    const result = await renderProject({ projectDir: dir });
    expect(result.items.map((i) => i.dir)).toEqual(['.']);
    expect(result.objects[0].metadata?.annotations).toEqual({
      'kluctl.io/deployment-item-dir': '.',
    });
  });
});
