/**
 * What goes wrong when deploying, against a real API server: conflicts with other field
 * managers (kluctl's automatic resolution, annotations, conflictResolution rules,
 * --force-apply), invalid and immutable fields (--replace-on-error,
 * --force-replace-on-error), permissions, credentials, an unreachable server,
 * --abort-on-error. Each failure names the object and is reported per object; the rest is
 * deployed; the exit code is 1.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Json } from '../cluster/objects.js';
import { CONTEXTS } from '../support/kube/index.js';
import { writeProject } from '../support/project.js';
import {
  configMap,
  names,
  project,
  runCommand,
  targetUnavailable,
  unique,
  useTarget,
} from './helpers.js';

describe.skipIf(targetUnavailable())('deploy: conflicts and faults', () => {
  const t = useTarget('faults');
  const get = async (ns: string, name: string, kind = 'ConfigMap') =>
    (await t.cluster.get({ group: '', version: 'v1', kind, namespace: ns, name })) as Json;
  const newNs = async () => {
    const ns = unique('f');
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    return ns;
  };
  /** Another manager takes a field over, as an operator or a person would. */
  const takeOver = (ns: string, manager: string, data: Record<string, string>) =>
    t.cluster.apply(
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: ns }, data },
      { fieldManager: manager, force: true },
    );
  const cfgProject = (
    annotations: Record<string, string> = {},
    deploymentYaml = 'deployments:\n  - path: app\n',
  ) =>
    project({
      'deployment.yaml': deploymentYaml,
      'app/cm.yaml': [configMap('cfg', { level: 'info', other: 'ours' }, { annotations })],
    });

  describe('conflicts with other field managers', () => {
    it("leaves a field another manager took to it, with a warning per field, and applies the rest (kluctl's resolution)", async () => {
      const ns = await newNs();
      expect((await runCommand(t, 'deploy', cfgProject(), { ns, disc: ns })).code).toBe(0);
      await takeOver(ns, 'my-operator', { level: 'debug' });
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('cfg', { level: 'info', other: 'changed' })],
      });
      const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
      expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
      expect(run.result.warnings).toEqual([
        expect.objectContaining({
          kind: 'ConfigMap',
          name: 'cfg',
          // kluctl's words: the server's cause, then what was done about it.
          message: `conflict with "my-operator". Not updating field '.data.level' as we lost field ownership`,
        }),
      ]);
      const live = await get(ns, 'cfg');
      expect(live.data).toEqual({ level: 'debug', other: 'changed' });
      expect(run.result.objects[0].changes).toEqual([
        { path: 'data.other', type: 'update', before: 'ours', after: 'changed' },
      ]);
    });

    it('takes fields back from kubectl (a person editing by hand), without a warning', async () => {
      const ns = await newNs();
      await runCommand(t, 'deploy', cfgProject(), { ns, disc: ns });
      await takeOver(ns, 'kubectl-edit', { level: 'trace' });
      const run = await runCommand(t, 'deploy', cfgProject(), { ns, disc: ns });
      expect(run.code).toBe(0);
      expect(run.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('info');
      expect(names(run.result.objects, (o) => o.change === 'changed')).toEqual([
        `ConfigMap ${ns}/cfg`,
      ]);
    });

    it('kluctl.io/ignore-conflicts-field leaves the field without a warning; kluctl.io/force-apply-field takes it', async () => {
      const ns = await newNs();
      await runCommand(t, 'deploy', cfgProject(), { ns, disc: ns });
      await takeOver(ns, 'my-operator', { level: 'debug' });
      const ignored = await runCommand(
        t,
        'deploy',
        cfgProject({ 'kluctl.io/ignore-conflicts-field': 'data.level' }),
        { ns, disc: ns },
      );
      expect(ignored.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('debug');
      const forced = await runCommand(
        t,
        'deploy',
        cfgProject({ 'kluctl.io/force-apply-field-1': 'data.level' }),
        { ns, disc: ns },
      );
      expect(forced.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('info');
      const mf = (await get(ns, 'cfg')).metadata.managedFields as Json[];
      expect(
        mf.find((m) => m.manager === 'my-operator')?.fieldsV1?.['f:data']?.['f:level'],
      ).toBeUndefined();
    });

    it('kluctl.io/force-apply-manager, kluctl.io/ignore-conflicts (all), conflictResolution rules and --force-apply', async () => {
      const ns = await newNs();
      await runCommand(t, 'deploy', cfgProject(), { ns, disc: ns });
      await takeOver(ns, 'cert-injector', { level: 'debug' });
      const byManager = await runCommand(
        t,
        'deploy',
        cfgProject({ 'kluctl.io/force-apply-manager': '^cert-.*' }),
        { ns, disc: ns },
      );
      expect(byManager.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('info');

      await takeOver(ns, 'cert-injector', { level: 'debug' });
      const ignoreAll = await runCommand(
        t,
        'deploy',
        cfgProject({ 'kluctl.io/ignore-conflicts': 'true' }),
        { ns, disc: ns },
      );
      expect(ignoreAll.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('debug');

      const rule =
        'deployments:\n  - path: app\nconflictResolution:\n  - kind: ConfigMap\n    manager: cert-injector\n    action: force-apply\n';
      const byRule = await runCommand(t, 'deploy', cfgProject({}, rule), { ns, disc: ns });
      expect(byRule.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('info');

      await takeOver(ns, 'cert-injector', { level: 'debug' });
      const ignoreRule =
        'deployments:\n  - path: app\nconflictResolution:\n  - fieldPath: data.level\n    action: ignore\n';
      expect(
        (await runCommand(t, 'deploy', cfgProject({}, ignoreRule), { ns, disc: ns })).result
          .warnings,
      ).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('debug');

      const forced = await runCommand(t, 'deploy', cfgProject(), { ns, disc: ns }, [
        '--force-apply',
      ]);
      expect(forced.result.warnings).toEqual([]);
      expect((await get(ns, 'cfg')).data.level).toBe('info');
    });
  });

  describe('invalid and immutable fields', () => {
    const immutable = (value: string) =>
      project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [
          { ...configMap('frozen', { v: value }), immutable: true },
          configMap('other', { v: value }),
        ],
      });

    it('names the object and field; the other objects are still applied; exit 1', async () => {
      const ns = await newNs();
      await runCommand(t, 'deploy', immutable('1'), { ns, disc: ns });
      const run = await runCommand(t, 'deploy', immutable('2'), { ns, disc: ns });
      expect(run.code).toBe(1);
      expect(run.result.errors).toEqual([
        expect.objectContaining({
          kind: 'ConfigMap',
          name: 'frozen',
          message: expect.stringMatching(
            /ConfigMap .*frozen.* is invalid: .*data: Forbidden: field is immutable when `immutable` is set/,
          ),
        }),
      ]);
      expect((await get(ns, 'other')).data.v).toBe('2');
      expect(names(run.result.objects, (o) => o.status === 'failed')).toEqual([
        `ConfigMap ${ns}/frozen`,
      ]);
    });

    it('--replace-on-error replaces an object server-side apply cannot patch; --force-replace-on-error deletes and re-creates', async () => {
      const ns = await newNs();
      // Server-side apply refuses duplicate list keys; an update (replace) takes them.
      const dup = (value: string) =>
        project({
          'deployment.yaml': 'deployments:\n  - path: app\n',
          'app/d.yaml': {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'dup', namespace: '{{ args.ns }}' },
            spec: {
              selector: { matchLabels: { app: 'dup' } },
              template: {
                metadata: { labels: { app: 'dup' } },
                spec: {
                  containers: [
                    {
                      name: 'app',
                      image: 'nginx',
                      env: [
                        { name: 'A', value: '1' },
                        { name: 'A', value: value },
                      ],
                    },
                  ],
                },
              },
            },
          },
        });
      const created = await t.kubectl(
        ['create', '-n', ns, '-f', '-'],
        stringify({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'dup', namespace: ns },
          spec: {
            selector: { matchLabels: { app: 'dup' } },
            template: {
              metadata: { labels: { app: 'dup' } },
              spec: { containers: [{ name: 'app', image: 'nginx' }] },
            },
          },
        }),
      );
      expect(created.code, created.stderr).toBe(0);
      const plain = await runCommand(t, 'deploy', dup('2'), { ns, disc: ns });
      expect(plain.code).toBe(1);
      expect(plain.result.errors[0].message).toContain('duplicate entries for key [name="A"]');
      const replaced = await runCommand(t, 'deploy', dup('2'), { ns, disc: ns }, [
        '--replace-on-error',
      ]);
      expect(replaced.code, JSON.stringify(replaced.result.errors)).toBe(0);
      expect(replaced.result.warnings[0].message).toContain(
        'retrying with replace instead of apply',
      );
      const live = (await t.cluster.get({
        group: 'apps',
        version: 'v1',
        kind: 'Deployment',
        namespace: ns,
        name: 'dup',
      })) as Json;
      expect(live.spec.template.spec.containers[0].env).toEqual([
        { name: 'A', value: '1' },
        { name: 'A', value: '2' },
      ]);

      await runCommand(t, 'deploy', immutable('1'), { ns, disc: ns });
      const notEnough = await runCommand(t, 'deploy', immutable('2'), { ns, disc: ns }, [
        '--replace-on-error',
      ]);
      expect(notEnough.code).toBe(1);
      const uid = (await get(ns, 'frozen')).metadata.uid;
      const recreated = await runCommand(t, 'deploy', immutable('2'), { ns, disc: ns }, [
        '--force-replace-on-error',
      ]);
      expect(recreated.code, JSON.stringify(recreated.result.errors)).toBe(0);
      expect(recreated.result.warnings.map((w) => w.message)).toEqual([
        expect.stringContaining('retrying with replace instead of apply'),
        expect.stringContaining('retrying by deleting and re-creating the object'),
      ]);
      const after = await get(ns, 'frozen');
      expect(after.data.v).toBe('2');
      expect(after.metadata.uid).not.toBe(uid);
    });
  });

  describe('access', () => {
    it('403 on one kind fails those objects with the RBAC message; the others are applied', async () => {
      const ns = await newNs();
      await t.cluster.apply({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: 'configmaps', namespace: ns },
        rules: [
          {
            apiGroups: [''],
            resources: ['configmaps'],
            verbs: ['get', 'list', 'watch', 'create', 'patch', 'update'],
          },
        ],
      });
      await t.cluster.apply({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'viewer-configmaps', namespace: ns },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'configmaps' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'viewer' }],
      });
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/x.yaml': [
          configMap('allowed'),
          {
            apiVersion: 'v1',
            kind: 'Secret',
            metadata: { name: 'denied', namespace: '{{ args.ns }}' },
            stringData: { k: 'v' },
          },
        ],
      });
      // The RBAC authorizer learns of the binding through a watch: wait until it applies.
      for (let i = 0; i < 50; i++) {
        const probe = await t.kubectl([
          'auth',
          'can-i',
          'patch',
          'configmaps',
          '-n',
          ns,
          '--as',
          'viewer',
        ]);
        if (probe.stdout.trim() === 'yes') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const run = await runCommand(
        t,
        'deploy',
        dir,
        { ns, disc: ns },
        ['--context', CONTEXTS.viewer],
        { kubeconfig: t.kubeconfig },
      );
      expect(run.code).toBe(1);
      expect(run.result.errors).toEqual([
        expect.objectContaining({
          kind: 'Secret',
          name: 'denied',
          message: expect.stringMatching(
            /not allowed to apply Secret .*denied \(403 Forbidden\): .*User "viewer" cannot patch resource "secrets"/,
          ),
        }),
      ]);
      expect(names(run.result.objects, (o) => o.change === 'new')).toEqual([
        `ConfigMap ${ns}/allowed`,
      ]);
      expect(run.result.warnings.map((w) => w.message)).toContainEqual(
        expect.stringMatching(/not allowed to list \d+ kind\(s\) by the discriminator label/),
      );
    });

    it('expired credentials and an unreachable server: one clear error, nothing applied, the kubeconfig never printed', async () => {
      const ns = unique('f');
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('cfg')],
      });
      const expired = await runCommand(
        t,
        'deploy',
        dir,
        { ns, disc: ns },
        ['--context', CONTEXTS.expired],
        { kubeconfig: t.kubeconfig },
      );
      expect(expired.code).toBe(1);
      expect(expired.result.errors).toEqual([
        {
          message: expect.stringMatching(
            /rejected the credentials of context "shipshape-expired" \(401 Unauthorized\)/,
          ),
        },
      ]);
      expect(expired.result.summary.notApplied).toBe(1);
      expect(names(expired.result.objects, (o) => o.status === 'not-applied')).toEqual([
        `ConfigMap ${ns}/cfg`,
      ]);

      const token = 'tok-never-print-me-1234567890';
      const kubeconfig = `${writeProject({})}/unreachable.yaml`;
      writeFileSync(
        kubeconfig,
        stringify({
          apiVersion: 'v1',
          kind: 'Config',
          clusters: [{ name: 'gone', cluster: { server: 'http://127.0.0.1:9' } }],
          users: [{ name: 'u', user: { token } }],
          contexts: [{ name: 'gone', context: { cluster: 'gone', user: 'u' } }],
          'current-context': 'gone',
        }),
      );
      const gone = await runCommand(t, 'deploy', dir, { ns, disc: ns }, [], { kubeconfig });
      expect(gone.code).toBe(1);
      expect(gone.result.errors[0].message).toMatch(
        /cannot reach the Kubernetes API server at http:\/\/127\.0\.0\.1:9 \(context "gone"\): ECONNREFUSED/,
      );
      expect(gone.stdout + gone.stderr).not.toContain(token);
    }, 30_000);
  });

  it('--abort-on-error stops at the first error: later items are not run and their objects reported as not applied', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: bad\n  - barrier: true\n  - path: later\n',
      'bad/svc.yaml': {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'bad', namespace: '{{ args.ns }}' },
        spec: { ports: [{ port: 99999 }] },
      },
      'later/cm.yaml': [configMap('later')],
    });
    const aborted = await runCommand(t, 'deploy', dir, { ns, disc: ns }, ['--abort-on-error']);
    expect(aborted.code).toBe(1);
    expect(aborted.result.errors).toEqual([
      expect.objectContaining({
        kind: 'Service',
        name: 'bad',
        message: expect.stringContaining('spec.ports[0].port'),
      }),
    ]);
    expect(names(aborted.result.objects, (o) => o.status === 'not-applied')).toEqual([
      `ConfigMap ${ns}/later`,
    ]);
    // The barrier item itself started before the error; nothing after it did.
    expect(aborted.result.items?.map((i) => i.status)).toEqual(['failed', 'done', 'aborted']);
    expect(await get(ns, 'later')).toBeUndefined();

    const goesOn = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(goesOn.code).toBe(1);
    expect(names(goesOn.result.objects, (o) => o.change === 'new')).toEqual([
      `ConfigMap ${ns}/later`,
    ]);
    expect(goesOn.result.summary).toMatchObject({ failed: 1, notApplied: 0, new: 1 });
  });

  it('retries when the server is busy (429, 503) and deploys', async () => {
    const ns = await newNs();
    t.proxy.faults.push(
      { method: 'PATCH', status: 429, retryAfterSeconds: 0, times: 2 },
      { method: 'PATCH', status: 503, times: 1 },
    );
    const run = await runCommand(
      t,
      'deploy',
      project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('busy')],
      }),
      { ns, disc: ns },
    );
    expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
    expect(run.requests.filter((r) => r.method === 'PATCH').length).toBe(4);
    expect((await get(ns, 'busy')).data).toEqual({ key: 'busy' });
  });
});
