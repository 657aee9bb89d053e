/**
 * The bundled actions against a real API server, run the way the runner runs them (INPUT_*
 * variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY): actions/deploy, the root action's
 * prune / delete / validate, and actions/diff with `against: cluster`. Needs `npm run bundle`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionEntry } from '../support/action.js';
import { configMap, project, setStatus, targetUnavailable, unique, useTarget } from './helpers.js';

const dist = path.resolve(import.meta.dirname, '../../dist');
const bundled = existsSync(path.join(dist, 'deploy.js'));
if (!bundled)
  console.warn(
    'skipping the bundled deploy action tests: dist/deploy.js is missing (run npm run bundle)',
  );

describe.skipIf(targetUnavailable() || !bundled)(
  'actions/deploy and the cluster commands of the root action',
  () => {
    const t = useTarget('action');
    const kubeconfigText = () => readFileSync(t.kubeconfig, 'utf8');
    const token = () => /token: (\S+)/.exec(kubeconfigText())?.[1] ?? '';

    const files = (extra: Record<string, unknown> = {}) => ({
      '.kluctl.yaml': 'discriminator: "act-{{ args.ns }}"\nargs:\n  - name: ns\n',
      'deployment.yaml': 'deployments:\n  - path: app\n  - barrier: true\n  - path: web\n',
      'app/x.yaml': [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: '{{ args.ns }}' } },
        configMap('settings'),
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'db', namespace: '{{ args.ns }}' },
          stringData: { password: 'action-s3cret-pw' },
        },
      ],
      'web/x.yaml': [configMap('web')],
      ...extra,
    });

    it('deploys with a kubeconfig input: outputs, job summary with the report and per-item timings, nothing secret anywhere', async () => {
      const ns = unique('a');
      const dir = project(files() as never);
      const run = await runActionEntry(
        'deploy',
        { 'project-dir': '.', args: `ns=${ns}`, kubeconfig: kubeconfigText() },
        { GITHUB_WORKSPACE: dir },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.changed).toBe('true');
      expect(run.outputs.errors).toBe('0');
      const result = JSON.parse(readFileSync(run.outputs['result-json'], 'utf8'));
      expect(result.command).toBe('deploy');
      expect(result.results).toHaveLength(1);
      expect(result.results[0].summary).toMatchObject({ new: 4, errors: 0 });
      expect(
        result.results[0].items.map((i: { dir?: string; type: string }) => i.dir ?? i.type),
      ).toEqual(['app', 'barrier', 'web']);
      expect(run.summary).toContain('### shipshape deploy: project');
      expect(run.summary).toMatch(/\| `app` \| done \| 3 \| 0 \| 0 \| 0 \| 0 \| \d+(ms|s) \|/);
      expect(run.stdout).toContain('::group::deploy project');
      // The kubeconfig's token is masked for the runner and appears nowhere else.
      expect(run.stdout).toContain(`::add-mask::${token()}`);
      const published = [
        run.summary,
        readFileSync(run.outputs['result-json'], 'utf8'),
        run.stdout.replace(/^::add-mask::.*$/gm, ''),
      ];
      for (const text of published) {
        expect(text).not.toContain(token());
        expect(text).not.toContain('action-s3cret-pw');
        expect(text).not.toContain(Buffer.from('action-s3cret-pw').toString('base64'));
      }

      const again = await runActionEntry(
        'deploy',
        { 'project-dir': '.', args: `ns=${ns}` },
        { GITHUB_WORKSPACE: dir, KUBECONFIG: t.kubeconfig },
      );
      expect(again.code, again.stdout).toBe(0);
      expect(again.outputs.changed).toBe('false');
    });

    it('fails the step with the object and its error, after writing the summary and outputs', async () => {
      const ns = unique('a');
      const dir = project(
        files({
          'web/bad.yaml': {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: 'bad', namespace: '{{ args.ns }}' },
            spec: { ports: [{ port: 99999 }] },
          },
        }) as never,
      );
      const run = await runActionEntry(
        'deploy',
        { args: `ns=${ns}` },
        { GITHUB_WORKSPACE: dir, KUBECONFIG: t.kubeconfig },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::deploy of the project failed: Service .*\/bad: .*spec\.ports\[0\]\.port/,
      );
      expect(run.outputs.errors).toBe('1');
      expect(run.outputs.changed).toBe('true');
      expect(run.summary).toContain('**Failed**');
    });

    it('root action: validate waits for readiness, prune deletes orphans, delete removes the target, and unknown inputs are refused', async () => {
      const ns = unique('a');
      const dir = project(
        files({
          'web/d.yaml': {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'd', namespace: '{{ args.ns }}' },
            spec: {
              replicas: 1,
              selector: { matchLabels: { a: 'd' } },
              template: {
                metadata: { labels: { a: 'd' } },
                spec: { containers: [{ name: 'c', image: 'nginx' }] },
              },
            },
          },
        }) as never,
      );
      const env = { GITHUB_WORKSPACE: dir, KUBECONFIG: t.kubeconfig };
      expect((await runActionEntry('deploy', { args: `ns=${ns}` }, env)).code).toBe(0);

      const notReady = await runActionEntry(
        'action',
        { command: 'validate', args: `ns=${ns}`, wait: 'false' },
        env,
      );
      expect(notReady.code).toBe(1);
      expect(notReady.stdout).toContain('readyReplicas field not in status or empty');
      await setStatus(t, 'deployments', ns, 'd', {
        observedGeneration: 1,
        replicas: 1,
        readyReplicas: 1,
      });
      const ready = await runActionEntry('action', { command: 'validate', args: `ns=${ns}` }, env);
      expect(ready.code, ready.stdout).toBe(0);
      expect(ready.summary).toContain('**Ready:** yes');

      const smaller = project(files({ 'web/x.yaml': [] }) as never);
      const pruned = await runActionEntry(
        'action',
        { command: 'prune', args: `ns=${ns}`, 'project-dir': smaller },
        env,
      );
      expect(pruned.code, pruned.stdout).toBe(0);
      const prunedResult = JSON.parse(readFileSync(pruned.outputs['result-json'], 'utf8'));
      expect(
        prunedResult.results[0].objects.map(
          (o: { kind: string; name: string }) => `${o.kind} ${o.name}`,
        ),
      ).toEqual(['ConfigMap web', 'Deployment d']);

      const refused = await runActionEntry(
        'action',
        { command: 'delete', args: `ns=${ns}`, 'readiness-timeout': '1m' },
        env,
      );
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/::error::delete does not use the input readiness-timeout/);

      const deleted = await runActionEntry(
        'action',
        { command: 'delete', args: `ns=${ns}`, wait: 'false' },
        env,
      );
      expect(deleted.code, deleted.stdout).toBe(0);
      expect(deleted.outputs.changed).toBe('true');
    });

    it('actions/diff against: cluster reports new, changed and orphan objects from dry runs', async () => {
      const ns = unique('a');
      const dir = project(files() as never);
      const env = { GITHUB_WORKSPACE: dir, KUBECONFIG: t.kubeconfig };
      expect((await runActionEntry('deploy', { args: `ns=${ns}` }, env)).code).toBe(0);
      const changed = project(
        files({
          'web/x.yaml': [configMap('web', { key: 'changed' }), configMap('added')],
        }) as never,
      );
      const before = t.proxy.requests.length;
      const run = await runActionEntry(
        'diff',
        { against: 'cluster', comment: 'false', args: `ns=${ns}`, 'project-dir': changed },
        env,
      );
      expect(run.code, run.stdout).toBe(0);
      expect(t.proxy.requests.length).toBe(before); // straight to the server, not through the proxy
      expect(run.outputs['has-changes']).toBe('true');
      expect(run.outputs.new).toBe('1');
      expect(run.outputs.changed).toBe('1');
      expect(run.summary).toContain('`cluster');
      expect(run.summary).toContain('-  key: web\n+  key: changed');
      const live = await t.cluster.get({
        group: '',
        version: 'v1',
        kind: 'ConfigMap',
        namespace: ns,
        name: 'web',
      });
      expect((live as { data: Record<string, string> }).data.key).toBe('web');
    });
  },
);
