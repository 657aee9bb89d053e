/**
 * `shipshape deploy` against a real API server: server-side apply as kluctl (field manager
 * kluctl), namespaces and CRDs first, barriers, deletions, dry runs, what the report says,
 * and that a deploy with nothing changed writes nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { K8sObject } from '../../src/util/k8s.js';
import type { Json } from '../cluster/objects.js';
import {
  configMap,
  names,
  namespace,
  project,
  runCommand,
  targetUnavailable,
  unique,
  useTarget,
  writes,
} from './helpers.js';

const md = (o: K8sObject | undefined) => (o?.metadata ?? {}) as Json;

describe.skipIf(targetUnavailable())('deploy', () => {
  const t = useTarget('deploy');
  const cm = (ns: string, name: string) => ({
    group: '',
    version: 'v1',
    kind: 'ConfigMap',
    namespace: ns,
    name,
  });

  it('applies every object as field manager kluctl, the namespace before the objects in it even in a later item', async () => {
    const ns = unique('d');
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n  - path: base\n',
      'app/cm.yaml': [configMap('one'), configMap('two')],
      'base/ns.yaml': namespace(),
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(run.code, run.stderr).toBe(0);
    expect(run.result.summary).toMatchObject({ new: 3, changed: 0, applied: 3, errors: 0 });
    expect(names(run.result.objects, (o) => o.change === 'new')).toEqual([
      `ConfigMap ${ns}/one`,
      `ConfigMap ${ns}/two`,
      `Namespace ${ns}`,
    ]);
    const live = await t.cluster.get(cm(ns, 'one'));
    expect(md(live).managedFields).toEqual([
      expect.objectContaining({ manager: 'kluctl', operation: 'Apply' }),
    ]);
    expect(md(live).labels).toMatchObject({
      'kluctl.io/discriminator': ns,
      'kluctl.io/tag-0': 'app',
    });
    // The namespace was applied before the ConfigMaps of the first item.
    const patches = run.requests.filter((r) => r.method === 'PATCH').map((r) => r.path);
    expect(patches[0]).toBe(`/api/v1/namespaces/${ns}`);
    expect(run.result.items?.map((i) => [i.dir, i.status, i.applied])).toEqual([
      ['app', 'done', 2],
      ['base', 'done', 1],
    ]);
  });

  it('a second deploy with nothing changed sends no write and reports nothing changed', async () => {
    const ns = unique('d');
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/ns.yaml': namespace(),
      'app/objects.yaml': [
        configMap('cfg'),
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'creds', namespace: '{{ args.ns }}' },
          stringData: { password: 'sup3r-s3cret-value' },
        },
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web', namespace: '{{ args.ns }}' },
          spec: {
            replicas: 2,
            selector: { matchLabels: { app: 'web' } },
            template: {
              metadata: { labels: { app: 'web' } },
              spec: {
                containers: [
                  {
                    name: 'app',
                    image: 'nginx:1.27',
                    ports: [{ containerPort: 80 }],
                    resources: { requests: { cpu: 1 } },
                  },
                ],
              },
            },
          },
        },
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'web', namespace: '{{ args.ns }}' },
          spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
        },
      ],
    });
    expect((await runCommand(t, 'deploy', dir, { ns, disc: ns })).code).toBe(0);
    const again = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(again.code, again.stderr).toBe(0);
    expect(writes(again.requests)).toEqual([]);
    expect(again.result.summary).toMatchObject({ new: 0, changed: 0, unchanged: 5, applied: 0 });
    expect(again.result.objects).toEqual([]);
  });

  it('reports a change with its changed fields and diff, Secret values masked everywhere', async () => {
    const ns = unique('d');
    const files = (value: string, password: string) => ({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/ns.yaml': namespace(),
      'app/cm.yaml': [
        configMap('cfg', { level: value }),
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'creds', namespace: '{{ args.ns }}' },
          stringData: { password },
        },
      ],
    });
    await runCommand(t, 'deploy', project(files('info', 'first-s3cret-pw')), { ns, disc: ns });
    const run = await runCommand(
      t,
      'deploy',
      project(files('debug', 'second-s3cret-pw')),
      { ns, disc: ns },
      [],
      {},
    );
    expect(run.code).toBe(0);
    const changed = run.result.objects.filter((o) => o.change === 'changed');
    expect(changed.map((o) => o.kind)).toEqual(['ConfigMap', 'Secret']);
    expect(changed[0].changes).toEqual([
      { path: 'data.level', type: 'update', before: 'info', after: 'debug' },
    ]);
    expect(changed[0].diff).toContain('-  level: info\n+  level: debug');
    expect(changed[1].diff).toContain('password: "***** (changed)"');
    const everything = run.stdout + run.stderr;
    for (const pw of ['first-s3cret-pw', 'second-s3cret-pw'])
      for (const form of [pw, Buffer.from(pw).toString('base64')])
        expect(everything).not.toContain(form);
    // The text and YAML reports too, written to files.
    const out = mkdtempSync(path.join(tmpdir(), 'shipshape-out-'));
    const again = await runCommand(
      t,
      'deploy',
      project(files('warn', 'third-s3cret-pw')),
      { ns, disc: ns },
      ['-o', `text=${out}/report.txt`, '--output-format', `yaml=${out}/result.yaml`],
    );
    const text = readFileSync(`${out}/report.txt`, 'utf8');
    expect(text).toContain(`~ Secret ${ns}/creds`);
    expect(parse(readFileSync(`${out}/result.yaml`, 'utf8'))).toEqual(again.result);
    for (const s of [
      text,
      readFileSync(`${out}/result.yaml`, 'utf8'),
      again.stdout,
      again.stderr,
    ]) {
      expect(s).not.toContain('third-s3cret-pw');
      expect(s).not.toContain(Buffer.from('third-s3cret-pw').toString('base64'));
    }
    rmSync(out, { recursive: true });
  });

  it('a barrier (item or kustomization annotation) starts what follows only after everything before it', async () => {
    const ns = unique('d');
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    const dir = project({
      'deployment.yaml':
        'deployments:\n  - path: a\n  - path: b\n  - barrier: true\n    message: a and b first\n  - path: c\n  - path: d\n  - path: e\n',
      'a/cm.yaml': [configMap('a1'), configMap('a2'), configMap('a3')],
      'b/cm.yaml': [configMap('b1'), configMap('b2')],
      'c/cm.yaml': [configMap('c1')],
      'd/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata:\n  annotations:\n    kluctl.io/barrier: "true"\nresources:\n  - cm.yaml\n',
      'd/cm.yaml': [configMap('d1'), configMap('d2')],
      'e/cm.yaml': [configMap('e1')],
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('waiting on barrier: a and b first');
    const order = run.requests
      .filter((r) => r.method === 'PATCH')
      .map((r) => r.path.split('/').pop() as string);
    const last = (prefix: string) =>
      Math.max(...order.map((n, i) => (n.startsWith(prefix) ? i : -1)));
    const first = (prefix: string) => order.findIndex((n) => n.startsWith(prefix));
    expect(Math.max(last('a'), last('b'))).toBeLessThan(Math.min(first('c'), first('d')));
    expect(Math.max(last('c'), last('d'))).toBeLessThan(first('e'));
  });

  it('deletes deleteObjects and kluctl.io/delete objects, and reports them as deleted', async () => {
    const ns = unique('d');
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    for (const name of ['old-a', 'old-b'])
      await t.cluster.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: ns },
      });
    const dir = project({
      'deployment.yaml': `deployments:\n  - deleteObjects:\n      - kind: ConfigMap\n        namespace: ${ns}\n        name: old-a\n  - path: app\n`,
      'app/cm.yaml': [
        configMap('kept'),
        // Never sent to the server: it need not be complete.
        {
          kind: 'ConfigMap',
          apiVersion: 'v1',
          metadata: {
            name: 'old-b',
            namespace: '{{ args.ns }}',
            annotations: { 'kluctl.io/delete': 'true' },
          },
        },
        {
          kind: 'ConfigMap',
          apiVersion: 'v1',
          metadata: {
            name: 'never-existed',
            namespace: '{{ args.ns }}',
            annotations: { 'kluctl.io/delete': 'true' },
          },
        },
      ],
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(run.code, run.stderr).toBe(0);
    expect(names(run.result.objects, (o) => o.change === 'deleted')).toEqual([
      `ConfigMap ${ns}/old-a`,
      `ConfigMap ${ns}/old-b`,
    ]);
    expect(await t.cluster.get(cm(ns, 'old-a'))).toBeUndefined();
    expect(await t.cluster.get(cm(ns, 'old-b'))).toBeUndefined();
    expect(await t.cluster.get(cm(ns, 'kept'))).toBeDefined();
    expect(run.result.items?.map((i) => i.type)).toEqual(['deleteObjects', 'path']);
  });

  it('--dry-run sends every change with dryRun=All, changes nothing, and reports what would change', async () => {
    const ns = unique('d');
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/ns.yaml': namespace(),
      'app/cm.yaml': [configMap('cfg')],
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns }, ['--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.result.dryRun).toBe(true);
    expect(names(run.result.objects, (o) => o.change === 'new')).toEqual([
      `ConfigMap ${ns}/cfg`,
      `Namespace ${ns}`,
    ]);
    expect(run.requests.filter((r) => r.method === 'PATCH').length).toBe(2);
    expect(writes(run.requests)).toEqual([]);
    expect(
      await t.cluster.get({ group: '', version: 'v1', kind: 'Namespace', namespace: '', name: ns }),
    ).toBeUndefined();
  });

  it('applies a custom resource after its CRD from another item is established', async () => {
    const ns = unique('d');
    const group = `${ns}.shipshape.test`;
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: widgets\n  - path: crds\n',
      'widgets/w.yaml': [
        namespace(),
        {
          apiVersion: `${group}/v1`,
          kind: 'Widget',
          metadata: { name: 'w1', namespace: '{{ args.ns }}' },
          spec: { size: 3 },
        },
      ],
      'crds/crd.yaml': {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: `widgets.${group}` },
        spec: {
          group,
          scope: 'Namespaced',
          names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: {
                openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
              },
            },
          ],
        },
      },
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
    expect(names(run.result.objects, (o) => o.change === 'new')).toContain(`Widget ${ns}/w1`);
    const w = await t.cluster.get({
      group,
      version: 'v1',
      kind: 'Widget',
      namespace: ns,
      name: 'w1',
    });
    expect((w as Json).spec.size).toBe(3);
  });

  it('without -y shows what would change (a dry run) and asks; no deploys nothing, yes deploys', async () => {
    const ns = unique('d');
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/x.yaml': [namespace(), configMap('asked')],
    });
    const ask = async (answer: boolean) => {
      let stderr = '';
      let stdout = '';
      const questions: string[] = [];
      const code = await main(
        [
          'deploy',
          '--project-dir',
          dir,
          '-a',
          `ns=${ns}`,
          '--discriminator',
          ns,
          '--kubeconfig',
          t.kubeconfig,
          '-o',
          'json',
        ],
        {
          stdout: (x) => (stdout += x),
          stderr: (x) => (stderr += x),
          env: { ...process.env, KUBECONFIG: undefined },
          cwd: process.cwd(),
          confirm: async (q) => {
            questions.push(q);
            return answer;
          },
        },
      );
      return { code, stderr, stdout, questions };
    };
    const declined = await ask(false);
    expect(declined.questions).toEqual(['The diff succeeded, do you want to proceed?']);
    expect(declined.stderr).toContain(`+ ConfigMap ${ns}/asked`);
    expect(declined.code).toBe(1);
    expect(JSON.parse(declined.stdout).errors).toEqual([
      { message: 'aborted: the deployment was not confirmed' },
    ]);
    expect(await t.cluster.get(cm(ns, 'asked'))).toBeUndefined();
    const accepted = await ask(true);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(await t.cluster.get(cm(ns, 'asked'))).toBeDefined();
  });

  it('an unknown kind fails that object with the reason, and everything else is still deployed', async () => {
    const ns = unique('d');
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n  - path: more\n',
      'app/x.yaml': [
        namespace(),
        {
          apiVersion: 'nowhere.example.com/v1',
          kind: 'Gadget',
          metadata: { name: 'g', namespace: '{{ args.ns }}' },
        },
        configMap('a'),
      ],
      'more/cm.yaml': [configMap('b')],
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(run.code).toBe(1);
    expect(run.result.errors).toEqual([
      expect.objectContaining({
        kind: 'Gadget',
        name: 'g',
        item: 'app',
        message: expect.stringContaining(
          'kind "Gadget" of apiVersion "nowhere.example.com/v1" is not known',
        ),
      }),
    ]);
    expect(names(run.result.objects, (o) => o.status === 'failed')).toEqual([`Gadget ${ns}/g`]);
    expect(names(run.result.objects, (o) => o.change === 'new')).toEqual([
      `ConfigMap ${ns}/a`,
      `ConfigMap ${ns}/b`,
      `Namespace ${ns}`,
    ]);
    expect(run.result.items?.map((i) => [i.dir, i.status])).toEqual([
      ['app', 'failed'],
      ['more', 'done'],
    ]);
    expect(run.stderr).toContain('error: Gadget');
  });
});
