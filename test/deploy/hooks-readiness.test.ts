/**
 * Hooks and readiness waits against a real API server. Nothing runs Jobs or rolls out
 * Deployments there, so the tests play the controller: they write the status subresource
 * while a deploy waits.
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../cluster/objects.js';
import { eventually } from '../cluster/target.js';
import {
  configMap,
  names,
  project,
  runCommand,
  setStatus,
  targetUnavailable,
  unique,
  useTarget,
  type CommandRun,
} from './helpers.js';

const hook = (name: string, annotations: Record<string, string>) =>
  configMap(name, { hook: name }, { annotations });

const job = (name: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name, namespace: '{{ args.ns }}', annotations },
  spec: {
    template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } },
  },
});

const deployment = (name: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: '{{ args.ns }}', annotations },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'app', image: 'nginx' }] },
    },
  },
});

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const jobComplete = () => ({
  startTime: now(),
  completionTime: now(),
  succeeded: 1,
  conditions: [
    { type: 'SuccessCriteriaMet', status: 'True', lastTransitionTime: now() },
    { type: 'Complete', status: 'True', lastTransitionTime: now() },
  ],
});
const jobFailed = (message: string) => ({
  startTime: now(),
  failed: 1,
  conditions: [
    {
      type: 'FailureTarget',
      status: 'True',
      lastTransitionTime: now(),
      reason: 'BackoffLimitExceeded',
      message,
    },
    {
      type: 'Failed',
      status: 'True',
      lastTransitionTime: now(),
      reason: 'BackoffLimitExceeded',
      message,
    },
  ],
});

describe.skipIf(targetUnavailable())('hooks and readiness', () => {
  const t = useTarget('hooks');
  const exists = async (ns: string, kind: string, name: string) =>
    !!(await t.cluster.get({
      group: kind === 'Job' ? 'batch' : kind === 'Deployment' ? 'apps' : '',
      version: 'v1',
      kind,
      namespace: ns,
      name,
    }));
  const newNs = async () => {
    const ns = unique('h');
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    return ns;
  };
  /** Plays the controller: once the object exists, writes its status. */
  const whenCreated = async (
    ns: string,
    resource: string,
    kind: string,
    name: string,
    status: Record<string, unknown>,
  ) => {
    await eventually(() => exists(ns, kind, name), Boolean, 200, 50);
    await setStatus(t, resource, ns, name, status);
  };
  /**
   * Sets the status only once the deploy watches the object, i.e. once it has seen it not
   * ready and said so: without this wait, a fast status update races the first check.
   */
  const whenWatched = async (
    ns: string,
    resource: string,
    name: string,
    status: Record<string, unknown>,
  ) => {
    const watching = () =>
      t.proxy.requests.some(
        (r) =>
          r.path.endsWith(`/namespaces/${ns}/${resource}`) &&
          /[?&]watch=(true|1)/.test(r.query) &&
          r.query.includes(encodeURIComponent(`metadata.name=${name}`)),
      );
    await eventually(async () => watching(), Boolean, 400, 50);
    await setStatus(t, resource, ns, name, status);
  };

  it('initial deploy runs the initial and always-hooks in weight order around the objects; upgrades run the upgrade hooks', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/x.yaml': [
        configMap('main'),
        hook('pre-b', { 'kluctl.io/hook': 'pre-deploy-initial', 'kluctl.io/hook-weight': '5' }),
        hook('pre-a', { 'kluctl.io/hook': 'pre-deploy', 'kluctl.io/hook-weight': '-1' }),
        hook('pre-up', { 'kluctl.io/hook': 'pre-deploy-upgrade' }),
        hook('gone-after', {
          'kluctl.io/hook': 'post-deploy',
          'kluctl.io/hook-delete-policy': 'hook-succeeded',
          'kluctl.io/hook-weight': '3',
        }),
        hook('helm-post-install', { 'helm.sh/hook': 'post-install', 'helm.sh/hook-weight': '2' }),
        hook('post-any', {
          'kluctl.io/hook': 'post-deploy-initial,post-deploy-upgrade',
          'kluctl.io/hook-weight': '1',
        }),
      ],
    });
    const first = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(first.code, JSON.stringify(first.result.errors)).toBe(0);
    const applied = (run: CommandRun) =>
      run.requests.filter((r) => r.method === 'PATCH').map((r) => r.path.split('/').pop());
    expect(applied(first)).toEqual([
      'pre-a',
      'pre-b',
      'main',
      'post-any',
      'helm-post-install',
      'gone-after',
    ]);
    expect(names(first.result.objects, (o) => !!o.hook)).toEqual(
      ['gone-after', 'helm-post-install', 'post-any', 'pre-a', 'pre-b'].map(
        (n) => `ConfigMap ${ns}/${n}`,
      ),
    );
    expect(first.result.summary.hooks).toBe(5);
    expect(await exists(ns, 'ConfigMap', 'gone-after')).toBe(false);
    expect(await exists(ns, 'ConfigMap', 'pre-up')).toBe(false);

    const second = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(second.code).toBe(0);
    // `main` is unchanged: not sent again.
    expect(applied(second)).toEqual(['pre-a', 'pre-up', 'post-any', 'gone-after']);
    // before-hook-creation (the default) deletes the old hook object first; hook-succeeded after.
    const deletes = second.requests
      .filter((r) => r.method === 'DELETE')
      .map((r) => r.path.split('/').pop());
    expect(deletes).toEqual(['pre-a', 'pre-up', 'post-any', 'gone-after']);
  });

  it('waits for a Job hook to complete and deletes it on success (hook-succeeded)', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/x.yaml': [
        configMap('main'),
        job('migrate', {
          'kluctl.io/hook': 'pre-deploy',
          'kluctl.io/hook-delete-policy': 'hook-succeeded',
        }),
      ],
    });
    const running = runCommand(t, 'deploy', dir, { ns, disc: ns });
    await whenWatched(ns, 'jobs', 'migrate', jobComplete());
    const run = await running;
    expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
    expect(run.stderr).toMatch(/waiting for Job .*\/migrate to become ready: not completed/);
    expect(await exists(ns, 'Job', 'migrate')).toBe(false);
    // The hook ran before the item's objects.
    const order = run.requests
      .filter((r) => r.method === 'PATCH')
      .map((r) => r.path.split('/').pop());
    expect(order).toEqual(['migrate', 'main']);
  });

  it('a failing hook is an error naming it; hook-failed deletes it; the item is still deployed; exit 1', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/x.yaml': [
        configMap('main'),
        job('check', {
          'kluctl.io/hook': 'pre-deploy',
          'kluctl.io/hook-delete-policy': 'hook-failed',
        }),
      ],
    });
    const running = runCommand(t, 'deploy', dir, { ns, disc: ns });
    await whenCreated(
      ns,
      'jobs',
      'Job',
      'check',
      jobFailed('Job has reached the specified backoff limit'),
    );
    const run = await running;
    expect(run.code).toBe(1);
    expect(run.result.errors).toEqual([
      expect.objectContaining({
        kind: 'Job',
        name: 'check',
        message: 'Job has reached the specified backoff limit',
      }),
    ]);
    expect(await exists(ns, 'Job', 'check')).toBe(false);
    expect(names(run.result.objects, (o) => o.change === 'new')).toEqual([`ConfigMap ${ns}/main`]);
  });

  it('hook-wait false and --no-wait do not wait; hooks are validated', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/x.yaml': [
        job('fire-and-forget', { 'kluctl.io/hook': 'post-deploy', 'kluctl.io/hook-wait': 'false' }),
      ],
    });
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns });
    expect(run.code).toBe(0);
    expect(await exists(ns, 'Job', 'fire-and-forget')).toBe(true);

    const bad = project({
      'deployment.yaml': 'deployments:\n  - path: app\n',
      'app/x.yaml': [
        hook('typo', {
          'kluctl.io/hook': 'pre-deploi',
          'kluctl.io/hook-delete-policy': 'sometimes',
        }),
      ],
    });
    const invalid = await runCommand(t, 'deploy', bad, { ns, disc: ns });
    expect(invalid.code).toBe(1);
    expect(invalid.result.errors.map((e) => e.message)).toEqual([
      expect.stringContaining("unsupported kluctl.io/hook 'pre-deploi'"),
      expect.stringContaining("unsupported kluctl.io/hook-delete-policy 'sometimes'"),
    ]);
  });

  it('waitReadiness waits for each object, saying what it waits for and why', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n    waitReadiness: true\n  - path: next\n',
      'app/x.yaml': [deployment('web'), configMap('plain')],
      'next/x.yaml': [configMap('after')],
    });
    const running = runCommand(t, 'deploy', dir, { ns, disc: ns });
    await whenWatched(ns, 'deployments', 'web', {
      observedGeneration: 1,
      replicas: 1,
      readyReplicas: 1,
      updatedReplicas: 1,
      availableReplicas: 1,
    });
    const run = await running;
    expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
    expect(run.stderr).toMatch(
      /waiting for Deployment .*\/web to become ready: readyReplicas field not in status or empty/,
    );
    expect(run.stderr).toMatch(/Deployment .*\/web is ready/);
  });

  it('a readiness timeout is an error for that object (per object); the rest is deployed; --no-wait and kluctl.io/is-ready skip the wait', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': 'deployments:\n  - path: app\n  - barrier: true\n  - path: next\n',
      'app/x.yaml': [
        deployment('stuck', { 'kluctl.io/wait-readiness': 'true' }),
        deployment('declared-ready', {
          'kluctl.io/wait-readiness': 'true',
          'kluctl.io/is-ready': 'true',
        }),
      ],
      'next/x.yaml': [configMap('after')],
    });
    const started = Date.now();
    const run = await runCommand(t, 'deploy', dir, { ns, disc: ns }, ['--readiness-timeout', '2s']);
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.result.errors).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'stuck',
        message:
          'timed out after 2s waiting for readiness: readyReplicas field not in status or empty',
      }),
    ]);
    expect(names(run.result.objects, (o) => o.change === 'new')).toContain(`ConfigMap ${ns}/after`);

    const noWait = await runCommand(t, 'deploy', dir, { ns, disc: ns }, ['--no-wait']);
    expect(noWait.code).toBe(0);
    expect(noWait.stderr).not.toContain('waiting for');
  }, 30_000);

  it('waitReadinessObjects waits for objects of no item (a CRD an operator installs)', async () => {
    const ns = await newNs();
    const dir = project({
      'deployment.yaml': `deployments:\n  - waitReadinessObjects:\n      - kind: Deployment\n        namespace: ${ns}\n        name: operator\n  - path: app\n`,
      'app/x.yaml': [configMap('after')],
    });
    await t.cluster.apply({
      ...deployment('operator'),
      metadata: { name: 'operator', namespace: ns },
    } as Json);
    const running = runCommand(t, 'deploy', dir, { ns, disc: ns });
    await new Promise((r) => setTimeout(r, 500));
    await setStatus(t, 'deployments', ns, 'operator', {
      observedGeneration: 1,
      replicas: 1,
      readyReplicas: 1,
    });
    const run = await running;
    expect(run.code, JSON.stringify(run.result.errors)).toBe(0);
    expect(run.stderr).toMatch(/waiting for Deployment .*\/operator to become ready/);
    expect(run.result.items?.map((i) => i.type)).toEqual(['waitReadinessObjects', 'path']);
  });
});
