/**
 * The real kubectl against the target cluster (the local API server, or kind in the e2e
 * workflow): server-side apply, dry-run, diff, conflicts and --force-conflicts, immutable
 * fields, patches, CRDs and wait, paging. These pin the API behaviour shipshape's own apply,
 * diff and waits are modelled on, and show the local server is a cluster kubectl works with
 * as users will use it (`npm run dev:cluster`).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  configMap,
  crdObject,
  deploymentWith,
  deploymentYaml,
  secretYaml,
  widget,
  widgetCrd,
  type Json,
} from './objects.js';
import { eventually, targetUnavailable, useTarget } from './target.js';

describe.skipIf(targetUnavailable())('kubectl', () => {
  const t = useTarget('kubectl');
  const json = (s: string) => JSON.parse(s) as Record<string, Json>;

  describe('kubectl apply --server-side', () => {
    it('creates the object with server-set metadata, defaults and an Apply managedFields entry', async () => {
      const r = await t.kubectl(
        ['apply', '--server-side', '-n', t.namespace, '-f', '-'],
        deploymentYaml(),
      );
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('deployment.apps/web serverside-applied');

      const got = await t.kubectl([
        'get',
        'deployment',
        'web',
        '-n',
        t.namespace,
        '-o',
        'json',
        '--show-managed-fields',
      ]);
      const d = json(got.stdout);
      expect(d.metadata.generation).toBe(1);
      expect(d.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
      expect(d.metadata.resourceVersion).toMatch(/^\d+$/);
      expect(Date.parse(d.metadata.creationTimestamp)).not.toBeNaN();
      // Defaults from the API reference (DeploymentSpec, Container).
      expect(d.spec.strategy).toEqual({
        type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
      });
      expect(d.spec.revisionHistoryLimit).toBe(10);
      expect(d.spec.progressDeadlineSeconds).toBe(600);
      const c = d.spec.template.spec.containers[0];
      expect(c.imagePullPolicy).toBe('IfNotPresent');
      expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
      expect(d.spec.template.spec.restartPolicy).toBe('Always');

      // FieldsV1 as documented (server-side-apply "Field management"): f: fields, k: list-map keys
      // with defaulted key fields, ".": the list item itself.
      // On a real cluster the deployment controller soon adds entries of its own (status, the
      // revision annotation); none of them owns spec fields.
      const mf = d.metadata.managedFields.find((m: Json) => m.manager === 'kubectl');
      const others = d.metadata.managedFields.filter((m: Json) => m !== mf);
      expect(others.filter((m: Json) => m.fieldsV1['f:spec'])).toEqual([]);
      expect(mf).toMatchObject({
        manager: 'kubectl',
        operation: 'Apply',
        apiVersion: 'apps/v1',
        fieldsType: 'FieldsV1',
      });
      expect(mf.fieldsV1).toEqual({
        'f:metadata': { 'f:labels': { 'f:app': {} } },
        'f:spec': {
          'f:replicas': {},
          'f:selector': {},
          'f:template': {
            'f:metadata': { 'f:labels': { 'f:app': {} } },
            'f:spec': {
              'f:containers': {
                'k:{"name":"nginx"}': {
                  '.': {},
                  'f:env': { 'k:{"name":"MODE"}': { '.': {}, 'f:name': {}, 'f:value': {} } },
                  'f:image': {},
                  'f:name': {},
                  'f:ports': {
                    'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} },
                  },
                },
              },
            },
          },
        },
      });
    });

    it('--dry-run=server reports the change without storing it', async () => {
      const before = json(
        (await t.kubectl(['get', 'deployment', 'web', '-n', t.namespace, '-o', 'json'])).stdout,
      );
      const changed = deploymentWith(
        (d) => (d.spec.template.spec.containers[0].image = 'nginx:1.28'),
      );
      const r = await t.kubectl(
        ['apply', '--server-side', '--dry-run=server', '-n', t.namespace, '-f', '-', '-o', 'json'],
        changed,
      );
      expect(r.code).toBe(0);
      const preview = json(r.stdout);
      expect(preview.spec.template.spec.containers[0].image).toBe('nginx:1.28');
      expect(preview.metadata.generation).toBe(2);
      const after = json(
        (await t.kubectl(['get', 'deployment', 'web', '-n', t.namespace, '-o', 'json'])).stdout,
      );
      expect(after.spec.template.spec.containers[0].image).toBe('nginx:1.27');
      expect(after.metadata.generation).toBe(before.metadata.generation);
    });

    it('kubectl diff shows changes (exit 1) and nothing for an unchanged manifest (exit 0)', async () => {
      const same = await t.kubectl(
        ['diff', '--server-side', '-n', t.namespace, '-f', '-'],
        deploymentYaml(),
      );
      expect(same).toMatchObject({ code: 0, stdout: '' });
      const changed = deploymentWith(
        (d) => (d.spec.template.spec.containers[0].image = 'nginx:1.28'),
      );
      for (const mode of [['--server-side'], []]) {
        const r = await t.kubectl(['diff', ...mode, '-n', t.namespace, '-f', '-'], changed);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stdout).toMatch(/^-\s+image: nginx:1\.27$/m);
        expect(r.stdout).toMatch(/^\+\s+image: nginx:1\.28$/m);
      }
    });

    it('a second field manager conflicts on fields kubectl owns, and --force-conflicts takes them over', async () => {
      const scaled = deploymentWith((d) => (d.spec.replicas = 3));
      const r = await t.kubectl(
        ['apply', '--server-side', '--field-manager=other', '-n', t.namespace, '-f', '-'],
        scaled,
      );
      expect(r.code).toBe(1);
      // The message format of the apiserver's conflict.go, as documented under "Conflicts".
      expect(r.stderr).toContain(
        'Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas',
      );

      const forced = await t.kubectl(
        [
          'apply',
          '--server-side',
          '--field-manager=other',
          '--force-conflicts',
          '-n',
          t.namespace,
          '-f',
          '-',
        ],
        scaled,
      );
      expect(forced.code, forced.stderr).toBe(0);
      const d = json(
        (
          await t.kubectl([
            'get',
            'deployment',
            'web',
            '-n',
            t.namespace,
            '-o',
            'json',
            '--show-managed-fields',
          ])
        ).stdout,
      );
      expect(d.spec.replicas).toBe(3);
      const byManager = Object.fromEntries(
        d.metadata.managedFields.map((m: Json) => [m.manager, m.fieldsV1]),
      );
      expect(byManager.other['f:spec']['f:replicas']).toEqual({});
      expect(byManager.kubectl['f:spec']['f:replicas']).toBeUndefined();
      // Both still co-own the fields they applied with equal values.
      expect(byManager.kubectl['f:spec']['f:selector']).toEqual({});
      expect(byManager.other['f:spec']['f:selector']).toEqual({});
    });

    it('an update (non-apply) manager is named with its API version in conflicts', async () => {
      const p = await t.kubectl([
        'patch',
        'deployment',
        'web',
        '-n',
        t.namespace,
        '--type=merge',
        '-p',
        '{"spec":{"revisionHistoryLimit":4}}',
      ]);
      expect(p.stdout.trim()).toBe('deployment.apps/web patched');
      const r = await t.kubectl(
        ['apply', '--server-side', '--field-manager=other', '-n', t.namespace, '-f', '-'],
        deploymentWith((d) => Object.assign(d.spec, { replicas: 3, revisionHistoryLimit: 7 })),
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'Apply failed with 1 conflict: conflict with "kubectl-patch" using apps/v1: .spec.revisionHistoryLimit',
      );
    });

    it('refuses to change an immutable selector with 422 Invalid', async () => {
      const moved = deploymentWith((d) => {
        d.spec.selector.matchLabels = { app: 'web2' };
        d.spec.template.metadata.labels = { app: 'web2' };
      });
      const r = await t.kubectl(
        ['apply', '--server-side', '--force-conflicts', '-n', t.namespace, '-f', '-'],
        moved,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /The Deployment "web" is invalid: spec\.selector: Invalid value: .*: field is immutable/,
      );
    });

    it('kubectl delete removes it and get then reports NotFound', async () => {
      const r = await t.kubectl(['delete', '-n', t.namespace, '-f', '-'], deploymentYaml());
      expect(r.stdout.trim()).toBe('deployment.apps "web" deleted');
      const g = await t.kubectl(['get', 'deployment', 'web', '-n', t.namespace]);
      expect(g.code).toBe(1);
      expect(g.stderr.trim()).toBe(
        'Error from server (NotFound): deployments.apps "web" not found',
      );
    });
  });

  describe('other verbs kubectl uses', () => {
    it('folds Secret stringData into base64 data', async () => {
      expect(
        (await t.kubectl(['apply', '--server-side', '-n', t.namespace, '-f', '-'], secretYaml()))
          .code,
      ).toBe(0);
      const s = json(
        (await t.kubectl(['get', 'secret', 'creds', '-n', t.namespace, '-o', 'json'])).stdout,
      );
      expect(s.type).toBe('Opaque');
      expect(s.stringData).toBeUndefined();
      expect(Buffer.from(s.data.password, 'base64').toString()).toBe('not-a-real-password');
    });

    it('strategic merge patches merge containers by name; JSON and merge patches work too', async () => {
      await t.kubectl(['apply', '--server-side', '-n', t.namespace, '-f', '-'], deploymentYaml());
      const smp = {
        spec: { template: { spec: { containers: [{ name: 'sidecar', image: 'busybox:1.36' }] } } },
      };
      const r = await t.kubectl([
        'patch',
        'deployment',
        'web',
        '-n',
        t.namespace,
        '-p',
        JSON.stringify(smp),
      ]);
      expect(r.code, r.stderr).toBe(0);
      let d = json(
        (await t.kubectl(['get', 'deployment', 'web', '-n', t.namespace, '-o', 'json'])).stdout,
      );
      // Merged by name, not replaced; without a $setElementOrder directive the patch's new
      // items come first.
      expect(d.spec.template.spec.containers.map((c: Json) => c.name)).toEqual([
        'sidecar',
        'nginx',
      ]);

      const del = {
        spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } },
      };
      await t.kubectl(['patch', 'deployment', 'web', '-n', t.namespace, '-p', JSON.stringify(del)]);
      const jp = [
        { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.29' },
      ];
      await t.kubectl([
        'patch',
        'deployment',
        'web',
        '-n',
        t.namespace,
        '--type=json',
        '-p',
        JSON.stringify(jp),
      ]);
      await t.kubectl([
        'patch',
        'deployment',
        'web',
        '-n',
        t.namespace,
        '--type=merge',
        '-p',
        '{"metadata":{"labels":{"tier":"front"}}}',
      ]);
      d = json(
        (await t.kubectl(['get', 'deployment', 'web', '-n', t.namespace, '-o', 'json'])).stdout,
      );
      expect(d.spec.template.spec.containers.map((c: Json) => [c.name, c.image])).toEqual([
        ['nginx', 'nginx:1.29'],
      ]);
      expect(d.metadata.labels).toEqual({ app: 'web', tier: 'front' });
    });

    it('create (POST), replace (PUT) with resourceVersion preconditions', async () => {
      const cm = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'posted', namespace: t.namespace },
        data: { a: '1' },
      };
      const created = await t.kubectl(['create', '-f', '-', '-o', 'json'], JSON.stringify(cm));
      expect(created.code, created.stderr).toBe(0);
      const live = json(created.stdout);
      const again = await t.kubectl(['create', '-f', '-'], JSON.stringify(cm));
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe(
        'Error from server (AlreadyExists): error when creating "STDIN": configmaps "posted" already exists',
      );

      const replaced = await t.kubectl(
        ['replace', '-f', '-', '-o', 'json'],
        JSON.stringify({ ...live, data: { a: '2' } }),
      );
      expect(replaced.code, replaced.stderr).toBe(0);
      expect(json(replaced.stdout).metadata.resourceVersion).not.toBe(
        live.metadata.resourceVersion,
      );
      // Replacing from the old version: optimistic concurrency says no (api-concepts "Resource versions").
      const stale = await t.kubectl(
        ['replace', '-f', '-'],
        JSON.stringify({ ...live, data: { a: '3' } }),
      );
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain(
        `Operation cannot be fulfilled on configmaps "posted": the object has been modified; please apply your changes to the latest version and try again`,
      );
    });

    it('lists with label selectors and in chunks (limit/continue)', async () => {
      const cms = ['a', 'b', 'c', 'd', 'e'].map((n, i) =>
        configMap(`sel-${n}`, t.namespace, {
          metadata: {
            name: `sel-${n}`,
            namespace: t.namespace,
            labels: { tier: i % 2 ? 'odd' : 'even', ...(n === 'e' ? { skip: 'now' } : {}) },
          },
        }),
      );
      const r = await t.kubectl(
        ['apply', '--server-side', '-f', '-'],
        cms.map((c) => stringify(c)).join('---\n'),
      );
      expect(r.code, r.stderr).toBe(0);
      const sel = await t.kubectl([
        'get',
        'configmaps',
        '-n',
        t.namespace,
        '-l',
        'tier in (even),!skip',
        '-o',
        'name',
      ]);
      expect(sel.stdout.trim().split('\n')).toEqual(['configmap/sel-a', 'configmap/sel-c']);
      const chunked = await t.kubectl([
        'get',
        'configmaps',
        '-n',
        t.namespace,
        '-l',
        'tier',
        '--chunk-size=2',
        '-o',
        'name',
        '-v=6',
      ]);
      expect(chunked.stdout.trim().split('\n')).toEqual([
        'configmap/sel-a',
        'configmap/sel-b',
        'configmap/sel-c',
        'configmap/sel-d',
        'configmap/sel-e',
      ]);
      expect(chunked.stderr.match(/GET \S+configmaps\?\S*limit=2/g)?.length).toBeGreaterThanOrEqual(
        3,
      );
      expect(chunked.stderr).toMatch(/GET \S+configmaps\?\S*continue=/);
    });

    it('serves a CRD once applied, and kubectl wait sees status changes made through /status', async () => {
      const crd = widgetCrd(t.suffix);
      try {
        expect(
          (await t.kubectl(['apply', '--server-side', '-f', '-'], stringify(crdObject(crd)))).code,
        ).toBe(0);
        const est = await t.kubectl([
          'wait',
          '--for=condition=Established',
          `crd/widgets.${crd.group}`,
          '--timeout=30s',
        ]);
        expect(est.code, est.stderr).toBe(0);
        const w = widget(crd.group, 'w1', t.namespace, { size: 2, tags: ['a'] });
        const a = await t.kubectl(['apply', '--server-side', '-f', '-'], stringify(w));
        expect(a.stdout.trim()).toBe(`widget.${crd.group}/w1 serverside-applied`);

        const waiting = t.kubectl([
          'wait',
          '--for=condition=Ready',
          `widgets.${crd.group}/w1`,
          '-n',
          t.namespace,
          '--timeout=30s',
        ]);
        const status = { status: { conditions: [{ type: 'Ready', status: 'True' }] } };
        const p = await t.kubectl([
          'patch',
          `widgets.${crd.group}`,
          'w1',
          '-n',
          t.namespace,
          '--subresource=status',
          '--type=merge',
          '-p',
          JSON.stringify(status),
        ]);
        expect(p.code, p.stderr).toBe(0);
        const done = await waiting;
        expect(done.code, done.stderr).toBe(0);
        expect(done.stdout.trim()).toBe(`widget.${crd.group}/w1 condition met`);

        // Custom resources take no strategic merge patch (415, "accepted media types include ...").
        const smp = await t.kubectl([
          'patch',
          `widgets.${crd.group}`,
          'w1',
          '-n',
          t.namespace,
          '--type=strategic',
          '-p',
          '{"spec":{"size":3}}',
        ]);
        expect(smp.code).toBe(1);
        expect(smp.stderr).toContain(
          'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
        );

        // Deleting the CRD takes its resource out of discovery again.
        await t.kubectl(['delete', 'crd', `widgets.${crd.group}`]);
        const gone = await eventually(
          () => t.kubectl(['get', `widgets.${crd.group}`, '-n', t.namespace]),
          (r) => r.stderr.includes(`the server doesn't have a resource type "widgets"`),
        );
        expect(gone.code).toBe(1);
      } finally {
        await t.kubectl([
          'delete',
          'crd',
          `widgets.${crd.group}`,
          '--wait=false',
          '--ignore-not-found',
        ]);
      }
    });
  });
});
