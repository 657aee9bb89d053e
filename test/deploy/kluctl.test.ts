/**
 * kluctl itself (the oracle) and shipshape deploying the same project to the same real API
 * server: the objects they leave (spec, labels, annotations, field ownership) are the same;
 * a cluster deployed by kluctl is taken over by shipshape without a change or a write, and
 * kluctl sees nothing to change after shipshape; shipshape prunes what kluctl deployed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { K8sObject } from '../../src/util/k8s.js';
import type { Json } from '../cluster/objects.js';
import { kluctlEnv, toolPath, toolUnavailable } from '../support/tools.js';
import {
  configMap,
  names,
  project,
  runCommand,
  targetUnavailable,
  useTarget,
  writes,
  unique,
} from './helpers.js';

const kluctlMissing = toolUnavailable('kluctl');
if (kluctlMissing) console.warn(`skipping the kluctl differential deploy tests: ${kluctlMissing}`);

const home = mkdtempSync(path.join(tmpdir(), 'shipshape-kluctl-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Runs kluctl with the test cluster's kubeconfig; never writes command results into the cluster. */
function kluctl(
  kubeconfig: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      toolPath('kluctl'),
      args[0] === 'diff' ? args : [...args, '--write-command-result=false'],
      { env: { ...kluctlEnv(home), KUBECONFIG: kubeconfig }, maxBuffer: 1 << 26 },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * `kluctl deploy`, once more if the first fails: kluctl applies a custom resource right after
 * its CRD without waiting for it to be established, which sometimes fails on a busy machine.
 */
async function kluctlDeploy(kubeconfig: string, dir: string, ns: string) {
  const args = ['deploy', '--project-dir', dir, '-a', `ns=${ns}`, '-y'];
  const first = await kluctl(kubeconfig, args);
  return first.code === 0 ? first : kluctl(kubeconfig, args);
}

/** The project both tools deploy: kinds with server defaults, a Secret, a CRD and its resource, a hook. */
function theProject(): string {
  return project({
    '.kluctl.yaml': 'discriminator: "kd-{{ args.ns }}"\nargs:\n  - name: ns\n',
    'deployment.yaml':
      'commonLabels:\n  app.kubernetes.io/part-of: shop\ndeployments:\n  - path: base\n  - barrier: true\n  - path: app\n    tags: [app]\n',
    'base/ns.yaml': { apiVersion: 'v1', kind: 'Namespace', metadata: { name: '{{ args.ns }}' } },
    'base/crd.yaml': {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.{{ args.ns }}.example.com' },
      spec: {
        group: '{{ args.ns }}.example.com',
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
    'app/objects.yaml': [
      configMap('settings', { mode: 'fast', 'app.yaml': 'a: 1\nb: [x, y]\n' }),
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'creds', namespace: '{{ args.ns }}' },
        stringData: { password: 'differential-s3cret' },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: '{{ args.ns }}', annotations: { team: 'shop' } },
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
                  ports: [{ containerPort: 80 }, { containerPort: 9090, name: 'metrics' }],
                  env: [
                    { name: 'A', value: '1' },
                    {
                      name: 'B',
                      valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } },
                    },
                  ],
                  resources: { requests: { cpu: 0.5, memory: '64Mi' }, limits: { cpu: 1 } },
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
        spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80 }] },
      },
      {
        apiVersion: '{{ args.ns }}.example.com/v1',
        kind: 'Widget',
        metadata: { name: 'w', namespace: '{{ args.ns }}' },
        spec: { size: 3, tags: ['a', 'b'] },
      },
      configMap(
        'hook',
        { ran: 'yes' },
        {
          annotations: {
            'kluctl.io/hook': 'post-deploy',
            'kluctl.io/hook-delete-policy': 'before-hook-creation',
          },
        },
      ),
    ],
  });
}

const KINDS: [string, string, string][] = [
  ['', 'v1', 'ConfigMap'],
  ['', 'v1', 'Secret'],
  ['apps', 'v1', 'Deployment'],
  ['', 'v1', 'Service'],
];

describe.skipIf(targetUnavailable() || kluctlMissing)('deploy: kluctl as the oracle', () => {
  const t = useTarget('kluctl');
  const dir = theProject();

  /** Every object of the project in namespace `ns`, comparable across namespaces. */
  async function snapshot(ns: string): Promise<Record<string, Json>> {
    const out: Record<string, Json> = {};
    const take = (o: K8sObject | undefined, key: string) => {
      if (!o) return;
      const md = o.metadata as Json;
      const clean = {
        ...o,
        metadata: {
          ...md,
          uid: undefined,
          resourceVersion: undefined,
          creationTimestamp: undefined,
          generation: undefined,
          managedFields: (md.managedFields as Json[]).map(({ time: _t, ...m }) => m),
        },
      };
      out[key] = JSON.parse(JSON.stringify(clean).split(ns).join('NS'));
    };
    for (const [group, version, kind] of KINDS)
      for (const name of ['settings', 'creds', 'web', 'hook'])
        take(await t.cluster.get({ group, version, kind, namespace: ns, name }), `${kind}/${name}`);
    take(
      await t.cluster.get({
        group: `${ns}.example.com`,
        version: 'v1',
        kind: 'Widget',
        namespace: ns,
        name: 'w',
      }),
      'Widget/w',
    );
    take(
      await t.cluster.get({ group: '', version: 'v1', kind: 'Namespace', namespace: '', name: ns }),
      'Namespace',
    );
    take(
      await t.cluster.get({
        group: 'apiextensions.k8s.io',
        version: 'v1',
        kind: 'CustomResourceDefinition',
        namespace: '',
        name: `widgets.${ns}.example.com`,
      }),
      'CRD',
    );
    // Written by the server, not what either tool applied: status, allocated cluster IPs.
    delete out.Namespace?.status;
    delete out.CRD?.status;
    for (const field of ['clusterIP', 'clusterIPs']) delete out['Service/web']?.spec[field];
    return out;
  }

  it('leaves the same objects, labels, annotations and field ownership as kluctl', async () => {
    const a = unique('ka');
    const b = unique('kb');
    const byKluctl = await kluctlDeploy(t.kubeconfig, dir, a);
    expect(byKluctl.code, byKluctl.stdout + byKluctl.stderr).toBe(0);
    const byUs = await runCommand(t, 'deploy', dir, { ns: b });
    expect(byUs.code, JSON.stringify(byUs.result.errors)).toBe(0);
    const [theirs, ours] = [await snapshot(a), await snapshot(b)];
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    expect(Object.keys(ours)).toHaveLength(8);
    for (const key of Object.keys(theirs)) expect(ours[key], key).toEqual(theirs[key]);
  }, 60_000);

  it("takes over kluctl's deployment: nothing changed, nothing written, no field lost", async () => {
    const ns = unique('kc');
    const byKluctl = await kluctlDeploy(t.kubeconfig, dir, ns);
    expect(byKluctl.code, byKluctl.stdout + byKluctl.stderr).toBe(0);
    const before = await snapshot(ns);
    const run = await runCommand(t, 'deploy', dir, { ns });
    expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
    expect(run.result.summary).toMatchObject({ new: 0, changed: 0, deleted: 0, orphan: 0 });
    // The post-deploy hook runs again on every deploy (it is deleted and re-created); nothing else is written.
    expect(writes(run.requests).map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual([
      'DELETE hook',
      'PATCH hook',
    ]);
    const after = await snapshot(ns);
    delete before['ConfigMap/hook'];
    delete after['ConfigMap/hook'];
    expect(after).toEqual(before);
  }, 60_000);

  it('after a shipshape deploy, kluctl finds nothing to change; shipshape prunes what kluctl left', async () => {
    const ns = unique('kd');
    expect((await runCommand(t, 'deploy', dir, { ns })).code).toBe(0);
    const out = path.join(home, `${ns}.yaml`);
    const diff = await kluctl(t.kubeconfig, [
      'diff',
      '--project-dir',
      dir,
      '-a',
      `ns=${ns}`,
      '-o',
      `yaml=${out}`,
    ]);
    expect(diff.code, diff.stderr).toBe(0);
    const result = parse(readFileSync(out, 'utf8')) as Json;
    // kluctl 2.22 writes its objects compacted (the remote/applied copies as deltas), flags as they are.
    const changedByKluctl = ((result.compactedObjects ?? result.objects) as Json[]).filter(
      (o) => o.new || o.changes?.length || o.orphan,
    );
    // kluctl re-creates the hook on every deploy too, so it shows as changed for both tools.
    expect(changedByKluctl.map((o) => `${o.ref.kind}/${o.ref.name}`)).toEqual([]);

    // An object kluctl deployed and the project no longer renders is an orphan to shipshape.
    const extra = project({
      '.kluctl.yaml': 'discriminator: "kd-{{ args.ns }}"\nargs:\n  - name: ns\n',
      'deployment.yaml': 'deployments:\n  - path: more\n    tags: [app]\n',
      'more/cm.yaml': [configMap('leftover')],
    });
    expect(
      (await kluctl(t.kubeconfig, ['deploy', '--project-dir', extra, '-a', `ns=${ns}`, '-y'])).code,
    ).toBe(0);
    const pruned = await runCommand(t, 'prune', dir, { ns });
    expect(pruned.code, JSON.stringify(pruned.result.errors)).toBe(0);
    expect(names(pruned.result.objects, (o) => o.change === 'deleted')).toEqual([
      `ConfigMap ${ns}/leftover`,
    ]);
  }, 60_000);
});
