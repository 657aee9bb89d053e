/**
 * diff against the cluster, prune, delete and validate against a real API server.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import {
  configMap,
  names,
  project,
  runCommand,
  setStatus,
  targetUnavailable,
  unique,
  useTarget,
  writes,
} from './helpers.js';

describe.skipIf(targetUnavailable())('diff against the cluster, prune, delete, validate', () => {
  const t = useTarget('commands');
  const newNs = async () => {
    const ns = unique('c');
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    return ns;
  };
  const get = (ns: string, name: string) =>
    t.cluster.get({ group: '', version: 'v1', kind: 'ConfigMap', namespace: ns, name });

  describe('diff', () => {
    it('lists new, changed, deleted and orphan objects from dry runs only; --exit-code gives 3', async () => {
      const ns = await newNs();
      const v1 = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('stays', { v: '1' }), configMap('goes'), configMap('to-delete')],
      });
      expect((await runCommand(t, 'deploy', v1, { ns, disc: ns })).code).toBe(0);
      const v2 = project({
        'deployment.yaml': `deployments:\n  - path: app\n  - deleteObjects:\n      - kind: ConfigMap\n        namespace: ${ns}\n        name: to-delete\n`,
        'app/cm.yaml': [configMap('stays', { v: '2' }), configMap('fresh')],
      });
      const diff = await runCommand(t, 'diff', v2, { ns, disc: ns });
      expect(diff.code, diff.stderr).toBe(0);
      expect(diff.result.command).toBe('diff');
      expect(diff.result.dryRun).toBe(true);
      expect(names(diff.result.objects, (o) => o.change === 'new')).toEqual([
        `ConfigMap ${ns}/fresh`,
      ]);
      expect(names(diff.result.objects, (o) => o.change === 'changed')).toEqual([
        `ConfigMap ${ns}/stays`,
      ]);
      expect(names(diff.result.objects, (o) => o.change === 'deleted')).toEqual([
        `ConfigMap ${ns}/to-delete`,
      ]);
      expect(names(diff.result.objects, (o) => o.change === 'orphan')).toEqual([
        `ConfigMap ${ns}/goes`,
      ]);
      expect(writes(diff.requests)).toEqual([]);
      expect(await get(ns, 'to-delete')).toBeDefined();
      expect(await get(ns, 'fresh')).toBeUndefined();
      expect(diff.stderr).toContain(
        'changes on the cluster: 1 new, 1 changed, 1 deleted, 1 orphan',
      );

      const code = await runCli([
        'diff',
        '--project-dir',
        v2,
        '-a',
        `ns=${ns}`,
        '--discriminator',
        ns,
        '--kubeconfig',
        t.kubeconfig,
        '--exit-code',
        '-o',
        'text',
      ]);
      expect(code.code).toBe(3);
      expect(code.stdout).toContain(`~ ConfigMap ${ns}/stays`);
      expect(code.stdout).toContain('-  v: "1"\n      +  v: "2"');
      expect(code.stdout).toContain(`? ConfigMap ${ns}/goes`);
    });

    it('a new namespace and the objects in it: new, through a dry run into a stand-in namespace', async () => {
      const ns = unique('c');
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/x.yaml': [
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: '{{ args.ns }}' } },
          configMap('inside'),
        ],
      });
      const diff = await runCommand(t, 'diff', dir, { ns, disc: ns });
      expect(diff.code, JSON.stringify(diff.result.errors)).toBe(0);
      expect(names(diff.result.objects, (o) => o.change === 'new')).toEqual([
        `ConfigMap ${ns}/inside`,
        `Namespace ${ns}`,
      ]);
      expect(writes(diff.requests)).toEqual([]);
    });

    it('ignoreForDiff, kluctl.io/ignore-diff-field and --ignore-labels hide differences; kluctl.io/diff-name compares with the youngest object of that name', async () => {
      const ns = await newNs();
      // Earlier deploys of the same project (with its discriminator) left two versions.
      const earlier = (name: string, step: string) =>
        t.cluster.apply({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: {
            name,
            namespace: ns,
            labels: { 'kluctl.io/discriminator': ns },
            annotations: { 'kluctl.io/diff-name': 'job' },
          },
          data: { step },
        });
      await earlier('job-bbb', 'newer');
      await new Promise((r) => setTimeout(r, 1100)); // creationTimestamp has seconds
      await earlier('job-aaa', 'newest-before');
      await t.cluster.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'tuned', namespace: ns },
        data: { a: '1', b: '1', c: '1' },
      });
      const dir = project({
        'deployment.yaml':
          'deployments:\n  - path: app\nignoreForDiff:\n  - kind: ConfigMap\n    name: tuned\n    fieldPath: data.a\n',
        'app/cm.yaml': [
          configMap(
            'job-ccc',
            { step: 'newest' },
            { annotations: { 'kluctl.io/diff-name': 'job' } },
          ),
          configMap(
            'tuned',
            { a: '2', b: '2', c: '2' },
            { annotations: { 'kluctl.io/ignore-diff-field': 'data.b' } },
          ),
        ],
      });
      const diff = await runCommand(t, 'diff', dir, { ns, disc: ns }, [
        '--ignore-labels',
        '--ignore-annotations',
      ]);
      expect(diff.code, JSON.stringify(diff.result.errors)).toBe(0);
      const job = diff.result.objects.find((o) => o.name === 'job-ccc');
      // The youngest, not the greatest name.
      expect(job).toMatchObject({ change: 'changed', comparedWith: 'job-aaa' });
      expect(job?.changes).toContainEqual({
        path: 'data.step',
        type: 'update',
        before: 'newest-before',
        after: 'newest',
      });
      const tuned = diff.result.objects.find((o) => o.name === 'tuned');
      expect(tuned?.changes).toEqual([{ path: 'data.c', type: 'update', before: '1', after: '2' }]);
    });
  });

  describe('prune and deploy --prune', () => {
    it('deletes orphans that kluctl manages; skip-delete, owned and foreign objects stay; --dry-run deletes nothing', async () => {
      const ns = await newNs();
      const all = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [
          configMap('kept'),
          configMap('orphan'),
          configMap('protected', { k: 'v' }, { annotations: { 'kluctl.io/skip-delete': 'true' } }),
        ],
      });
      await runCommand(t, 'deploy', all, { ns, disc: ns });
      // Carrying the discriminator, but applied by someone else / owned by another object.
      await t.cluster.apply(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'foreign', namespace: ns, labels: { 'kluctl.io/discriminator': ns } },
        },
        { fieldManager: 'someone-else' },
      );
      const owner = await get(ns, 'kept');
      const ownerRef = [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name: 'kept',
          uid: (owner?.metadata as { uid: string }).uid,
        },
      ];
      await t.cluster.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'owned',
          namespace: ns,
          labels: { 'kluctl.io/discriminator': ns },
          ownerReferences: ownerRef,
        },
      });
      await t.cluster.apply(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: {
            name: 'forced',
            namespace: ns,
            labels: { 'kluctl.io/discriminator': ns },
            ownerReferences: ownerRef,
            annotations: { 'kluctl.io/force-managed': 'true' },
          },
        },
        { fieldManager: 'someone-else' },
      );

      const less = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('kept')],
      });
      const dry = await runCommand(t, 'prune', less, { ns, disc: ns }, ['--dry-run']);
      expect(dry.code).toBe(0);
      expect(names(dry.result.objects, (o) => o.change === 'deleted')).toEqual([
        `ConfigMap ${ns}/forced`,
        `ConfigMap ${ns}/orphan`,
      ]);
      expect(writes(dry.requests)).toEqual([]);
      expect(await get(ns, 'orphan')).toBeDefined();

      const pruned = await runCommand(t, 'prune', less, { ns, disc: ns });
      expect(pruned.code, JSON.stringify(pruned.result.errors)).toBe(0);
      expect(names(pruned.result.objects, (o) => o.change === 'deleted')).toEqual([
        `ConfigMap ${ns}/forced`,
        `ConfigMap ${ns}/orphan`,
      ]);
      for (const gone of ['orphan', 'forced']) expect(await get(ns, gone)).toBeUndefined();
      for (const stays of ['kept', 'protected', 'foreign', 'owned'])
        expect(await get(ns, stays)).toBeDefined();

      await runCommand(t, 'deploy', all, { ns, disc: ns });
      const deployPrune = await runCommand(t, 'deploy', less, { ns, disc: ns }, ['--prune']);
      expect(names(deployPrune.result.objects, (o) => o.change === 'deleted')).toEqual([
        `ConfigMap ${ns}/orphan`,
      ]);
      expect(deployPrune.result.summary.orphan).toBe(0);
    });

    it('refuses to prune or delete without a discriminator', async () => {
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('x')],
      });
      for (const cmd of ['prune', 'delete']) {
        const run = await runCommand(t, cmd, dir, { ns: 'default' });
        expect(run.code).toBe(1);
        expect(run.result.errors[0].message).toMatch(/without a discriminator is not supported/);
      }
    });
  });

  describe('delete', () => {
    it('deletes everything with the discriminator, by tag when -I/-E select, honouring skip-delete-if-tags; the namespace first, with what is in it', async () => {
      const ns = unique('c');
      const other = await newNs();
      const dir = project({
        'deployment.yaml':
          'deployments:\n  - path: base\n    skipDeleteIfTags: true\n  - path: web\n  - path: db\n',
        'base/ns.yaml': {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: '{{ args.ns }}' },
        },
        'web/cm.yaml': [configMap('web')],
        'db/cm.yaml': [configMap('db')],
      });
      await runCommand(t, 'deploy', dir, { ns, disc: ns });
      await t.cluster.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'other', namespace: other, labels: { 'kluctl.io/discriminator': other } },
      });

      const byTag = await runCommand(t, 'delete', dir, { ns, disc: ns }, [
        '-I',
        'web',
        '-I',
        'base',
      ]);
      expect(byTag.code, JSON.stringify(byTag.result.errors)).toBe(0);
      // base is tagged, but skipDeleteIfTags protects it while tags select.
      expect(names(byTag.result.objects, (o) => o.change === 'deleted')).toEqual([
        `ConfigMap ${ns}/web`,
      ]);
      expect(await get(ns, 'db')).toBeDefined();

      const everything = await runCommand(t, 'delete', dir, { ns, disc: ns }, ['--no-wait']);
      expect(everything.code, JSON.stringify(everything.result.errors)).toBe(0);
      expect(names(everything.result.objects, (o) => o.change === 'deleted')).toEqual([
        `ConfigMap ${ns}/db`,
        `Namespace ${ns}`,
      ]);
      const deletes = everything.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
      expect(deletes).toEqual([`/api/v1/namespaces/${ns}`]);
      expect(await get(other, 'other')).toBeDefined();
    });

    it('without -y and without a terminal it refuses (exit 2) and deletes nothing', async () => {
      const ns = await newNs();
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/cm.yaml': [configMap('x')],
      });
      await runCommand(t, 'deploy', dir, { ns, disc: ns });
      const r = await runCli(
        [
          'delete',
          '--project-dir',
          dir,
          '-a',
          `ns=${ns}`,
          '--discriminator',
          ns,
          '--kubeconfig',
          t.kubeconfig,
        ],
        { env: { KUBECONFIG: undefined } },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('pass -y (--yes)');
      expect(await get(ns, 'x')).toBeDefined();
    });
  });

  describe('validate', () => {
    it('ready objects, objects not ready, missing objects, validate-result annotations, validate-ignore and kluctl.io/delete', async () => {
      const ns = await newNs();
      const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name: 'web',
          namespace: '{{ args.ns }}',
          annotations: { 'validate-result.kluctl.io/health': 'see /healthz' },
        },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: { containers: [{ name: 'a', image: 'nginx' }] },
          },
        },
      };
      const dir = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/x.yaml': [deployment, configMap('cfg')],
      });
      await runCommand(t, 'deploy', dir, { ns, disc: ns });
      const notReady = await runCommand(t, 'validate', dir, { ns, disc: ns });
      expect(notReady.code).toBe(1);
      expect(notReady.result.ready).toBe(false);
      expect(notReady.result.errors).toEqual([
        expect.objectContaining({
          kind: 'Deployment',
          name: 'web',
          message: 'readyReplicas field not in status or empty',
        }),
      ]);
      expect(notReady.result.results).toEqual([
        expect.objectContaining({
          kind: 'Deployment',
          name: 'web',
          annotation: 'validate-result.kluctl.io/health',
          message: 'see /healthz',
        }),
      ]);

      const waiting = runCommand(t, 'validate', dir, { ns, disc: ns }, [
        '--wait',
        '20s',
        '--sleep',
        '300ms',
      ]);
      await new Promise((r) => setTimeout(r, 500));
      await setStatus(t, 'deployments', ns, 'web', {
        observedGeneration: 1,
        replicas: 1,
        readyReplicas: 1,
      });
      const ready = await waiting;
      expect(ready.code, JSON.stringify(ready.result.errors)).toBe(0);
      expect(ready.result.ready).toBe(true);

      const more = project({
        'deployment.yaml': 'deployments:\n  - path: app\n',
        'app/x.yaml': [
          configMap('cfg', { key: 'cfg' }, { annotations: { 'kluctl.io/delete': 'true' } }),
          configMap('missing'),
          configMap(
            'missing-but-ignored',
            { k: 'v' },
            { annotations: { 'kluctl.io/validate-ignore': 'true' } },
          ),
        ],
      });
      const broken = await runCommand(t, 'validate', more, { ns, disc: ns });
      expect(broken.code).toBe(1);
      expect(broken.result.errors.map((e) => `${e.name}: ${e.message}`)).toEqual([
        'cfg: the object is marked for deletion (kluctl.io/delete) but still exists on the cluster',
        'missing: object not found on the cluster',
        'missing-but-ignored: object not found on the cluster',
      ]);
    }, 40_000);
  });
});
