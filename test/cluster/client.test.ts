/**
 * The cluster/ module against the target cluster (the local API server, or kind in the e2e
 * workflow): server-side apply and dry-run, ownership conflicts, get, list paging, delete with
 * propagation and finalizers, watch-based waits, and discovery of CRDs that appear later.
 * Request counts are read from a recording proxy in front of the server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  ApplyConflictError,
  connectCluster,
  hasCondition,
  KubeApiError,
} from '../../src/cluster/index.js';
import { UserError } from '../../src/util/errors.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { configMap, crdObject, deployment, widget, widgetCrd, type Json } from './objects.js';
import { eventually, setStatus, targetUnavailable, useTarget } from './target.js';

describe.skipIf(targetUnavailable())('cluster/ client', () => {
  const t = useTarget('client');
  const md = (o: K8sObject | undefined) => (o?.metadata ?? {}) as Record<string, Json>;
  const cmRef = (name: string) => ({
    group: '',
    version: 'v1',
    kind: 'ConfigMap',
    namespace: t.namespace,
    name,
  });

  describe('apply', () => {
    it('creates with server-side apply as field manager "kluctl", and a repeated apply changes nothing', async () => {
      const d = {
        ...deployment(),
        metadata: { name: 'api', namespace: t.namespace, labels: { app: 'web' } },
      };
      const created = await t.cluster.apply(d);
      expect(md(created).generation).toBe(1);
      expect(md(created).managedFields).toEqual([
        expect.objectContaining({ manager: 'kluctl', operation: 'Apply', apiVersion: 'apps/v1' }),
      ]);
      const again = await t.cluster.apply(d);
      expect(md(again).generation).toBe(1);
      // A no-op apply is not a write (api-concepts: resourceVersion changes only when the object
      // does). A ConfigMap, because on a real cluster controllers keep updating Deployment status.
      const cm = await t.cluster.apply(configMap('same', t.namespace));
      expect(md(await t.cluster.apply(configMap('same', t.namespace))).resourceVersion).toBe(
        md(cm).resourceVersion,
      );
    });

    it('dry-run shows the result without storing it', async () => {
      const d = deployment();
      d.metadata = { name: 'api', namespace: t.namespace, labels: { app: 'web' } };
      d.spec.template.spec.containers[0].image = 'nginx:1.28';
      const preview = await t.cluster.apply(d, { dryRun: true });
      expect((preview.spec as Json).template.spec.containers[0].image).toBe('nginx:1.28');
      expect(md(preview).generation).toBe(2);
      const live = await t.cluster.get(d);
      expect((live?.spec as Json).template.spec.containers[0].image).toBe('nginx:1.27');
      expect(md(live).generation).toBe(1);
    });

    it('removes fields the manager applied before and no longer applies', async () => {
      await t.cluster.apply(configMap('pruned', t.namespace, { data: { keep: '1', drop: '2' } }));
      const after = await t.cluster.apply(
        configMap('pruned', t.namespace, { data: { keep: '1' } }),
      );
      expect(after.data).toEqual({ keep: '1' });
    });

    it('reports fields owned by another manager as structured conflicts, and force takes them over', async () => {
      await t.cluster.apply(configMap('owned', t.namespace, { data: { a: 'mine' } }), {
        fieldManager: 'other-tool',
      });
      const err = await t.cluster
        .apply(configMap('owned', t.namespace, { data: { a: 'ours' } }))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApplyConflictError);
      const conflict = err as ApplyConflictError;
      expect(conflict.code).toBe(409);
      expect(conflict.conflicts).toEqual([
        { manager: 'other-tool', field: '.data.a', message: 'conflict with "other-tool"' },
      ]);
      expect(conflict.status.message).toBe(
        'Apply failed with 1 conflict: conflict with "other-tool": .data.a',
      );
      expect(conflict.message).toContain(`ConfigMap ${t.namespace}/owned`);

      const forced = await t.cluster.apply(
        configMap('owned', t.namespace, { data: { a: 'ours' } }),
        {
          force: true,
        },
      );
      expect(forced.data).toEqual({ a: 'ours' });
      const managers = (md(forced).managedFields as { manager: string; fieldsV1: Json }[]).map(
        (m) => [m.manager, Object.keys(m.fieldsV1['f:data'] ?? {})],
      );
      expect(managers).toContainEqual(['kluctl', ['f:a']]);
      expect(managers.find(([m]) => m === 'other-tool')).toBeUndefined();
    });

    it('a 422 for a Secret names the object, not its data', async () => {
      const secret = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'Bad_Name', namespace: t.namespace },
        stringData: { password: 'hunter2-secret' },
      };
      const err = await t.cluster.apply(secret).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KubeApiError);
      expect((err as KubeApiError).code).toBe(422);
      expect((err as KubeApiError).status.details?.causes?.[0]?.field).toBe('metadata.name');
      expect((err as Error).message).toContain(`Secret ${t.namespace}/Bad_Name is invalid`);
      expect(
        JSON.stringify(err) + (err as Error).message + String((err as UserError).hint),
      ).not.toContain('hunter2');
    });
  });

  describe('get and list', () => {
    it('get returns undefined for a missing object', async () => {
      expect(await t.cluster.get(cmRef('does-not-exist'))).toBeUndefined();
    });

    it('list follows continue tokens, filters by labels and returns complete objects', async () => {
      for (let i = 0; i < 7; i++) {
        await t.cluster.apply(
          configMap(`page-${i}`, t.namespace, {
            metadata: {
              name: `page-${i}`,
              namespace: t.namespace,
              labels: { set: 'paged', parity: i % 2 ? 'odd' : 'even' },
            },
          }),
        );
      }
      const all = await t.cluster.list(
        { apiVersion: 'v1', kind: 'ConfigMap' },
        { namespace: t.namespace, labelSelector: 'set=paged', pageSize: 3 },
      );
      expect(all.items.map((o) => md(o).name)).toEqual([
        'page-0',
        'page-1',
        'page-2',
        'page-3',
        'page-4',
        'page-5',
        'page-6',
      ]);
      expect(all.items.every((o) => o.apiVersion === 'v1' && o.kind === 'ConfigMap')).toBe(true);
      expect(all.resourceVersion).toMatch(/^\d+$/);
      const odd = await t.cluster.list(
        { apiVersion: 'v1', kind: 'ConfigMap' },
        { namespace: t.namespace, labelSelector: 'set=paged,parity=odd' },
      );
      expect(odd.items.map((o) => md(o).name)).toEqual(['page-1', 'page-3', 'page-5']);
    });

    it('list asks page by page with limit and continue', async () => {
      const c = await connectCluster({ kubeconfig: t.proxy.kubeconfigPath });
      const before = t.proxy.requests.length;
      await c.list(
        { apiVersion: 'v1', kind: 'ConfigMap' },
        { namespace: t.namespace, labelSelector: 'set=paged', pageSize: 3 },
      );
      await c.close();
      const lists = t.proxy.requests
        .slice(before)
        .filter((r) => r.path.endsWith('/configmaps'))
        .map((r) => new URLSearchParams(r.query));
      expect(lists.map((q) => q.get('limit'))).toEqual(['3', '3', '3']);
      expect(lists.map((q) => !!q.get('continue'))).toEqual([false, true, true]);
    });

    it('namespaced objects without a namespace go to the context namespace', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'kubeconfig-'));
      try {
        const kc = parse(await readFile(t.kubeconfig, 'utf8')) as Json;
        const current = kc.contexts.find((c: Json) => c.name === kc['current-context']);
        current.context.namespace = t.namespace;
        const file = join(dir, 'kubeconfig');
        await writeFile(file, stringify(kc));
        const c = await connectCluster({ kubeconfig: file });
        await c.apply({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'no-ns' },
          data: {},
        });
        expect(md(await t.cluster.get(cmRef('no-ns'))).namespace).toBe(t.namespace);
        // Cluster-scoped objects ignore a namespace.
        const role = await c.apply({
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRole',
          metadata: { name: `reader-${t.suffix}`, namespace: 'ignored' },
          rules: [],
        });
        expect(md(role).namespace).toBeUndefined();
        await c.delete(role);
        await c.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('delete', () => {
    it('deletes, then reports not-found', async () => {
      await t.cluster.apply(configMap('gone', t.namespace));
      expect(await t.cluster.delete(cmRef('gone'))).toEqual({ outcome: 'deleted' });
      expect(await t.cluster.get(cmRef('gone'))).toBeUndefined();
      expect(await t.cluster.delete(cmRef('gone'))).toEqual({ outcome: 'not-found' });
    });

    it('dry-run delete keeps the object', async () => {
      await t.cluster.apply(configMap('kept', t.namespace));
      expect((await t.cluster.delete(cmRef('kept'), { dryRun: true })).outcome).toBe('deleted');
      expect(await t.cluster.get(cmRef('kept'))).toBeDefined();
    });

    it('an object with a finalizer stays terminating until the finalizer is removed', async () => {
      const held = configMap('held', t.namespace, {
        metadata: { name: 'held', namespace: t.namespace, finalizers: ['shipshape.test/hold'] },
      });
      await t.cluster.apply(held);
      const r = await t.cluster.delete(cmRef('held'));
      expect(r.outcome).toBe('terminating');
      expect(md(r.object).deletionTimestamp).toBeTruthy();
      expect(md(await t.cluster.get(cmRef('held'))).deletionTimestamp).toBeTruthy();
      // Applying without the finalizer releases it (the apply owned it).
      await t.cluster.apply(configMap('held', t.namespace));
      await t.cluster.waitForDeletion(cmRef('held'), { timeoutMs: 30_000 });
    });

    it('sends the propagation policy: Foreground and Orphan leave the owner to the garbage collector, Background deletes it at once', async () => {
      // What happens to dependents next is the garbage collector's work (kube-controller-manager,
      // which kind runs and the local server does not); the API server records the policy as a
      // finalizer on the owner, so the owner shows which policy arrived.
      for (const [policy, finalizer] of [
        ['Foreground', 'foregroundDeletion'],
        ['Orphan', 'orphan'],
      ] as const) {
        const owner = await t.cluster.apply(
          configMap(`owner-${policy.toLowerCase()}`, t.namespace),
        );
        const r = await t.cluster.delete(owner, { propagationPolicy: policy });
        expect(r.outcome).toBe('terminating');
        expect(md(r.object).finalizers).toEqual([finalizer]);
      }
      const owner = await t.cluster.apply(configMap('owner-background', t.namespace));
      expect(await t.cluster.delete(owner, { propagationPolicy: 'Background' })).toEqual({
        outcome: 'deleted',
      });
      expect(await t.cluster.get(owner)).toBeUndefined();
    });
  });

  describe('custom resources and waiting', () => {
    it('finds a CRD applied after discovery, waits for a condition, and times out clearly', async () => {
      const crd = widgetCrd(t.suffix);
      const w = widget(crd.group, 'w1', t.namespace);
      const unknown = await t.cluster.apply(w).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(UserError);
      expect((unknown as UserError).message).toBe(
        `kind "Widget" of apiVersion "${crd.group}/v1" is not known to the cluster of context "${t.cluster.context}"`,
      );
      expect((unknown as UserError).hint).toContain(
        `install the CustomResourceDefinition for ${crd.group} first`,
      );
      try {
        await t.cluster.apply(crdObject(crd));
        await t.cluster.waitFor(crdObject(crd), (o) => hasCondition(o, 'Established'), {
          timeoutMs: 30_000,
        });
        // Real clusters publish the new group in discovery a moment after Established.
        await eventually(
          () =>
            t.cluster.apply(w).then(
              () => true,
              () => false,
            ),
          (ok) => ok,
        );

        const ready = t.cluster.waitFor(w, (o) => hasCondition(o, 'Ready'), {
          timeoutMs: 30_000,
          description: 'become ready',
        });
        await setStatus(t, `widgets.${crd.group}`, t.namespace, 'w1', {
          conditions: [{ type: 'Ready', status: 'True' }],
        });
        expect(md(await ready).name).toBe('w1');

        const slow = await t.cluster
          .waitFor(w, (o) => hasCondition(o, 'Done'), { timeoutMs: 300, description: 'finish' })
          .catch((e: unknown) => e);
        expect(slow).toBeInstanceOf(UserError);
        expect((slow as Error).message).toBe(
          `timed out after 0s waiting for Widget ${t.namespace}/w1 to finish`,
        );
      } finally {
        await t.cluster.delete(crdObject(crd));
      }
    });

    it('discovery is loaded once, reloaded once for a missing kind, and finds a CRD that appears later', async () => {
      const c = await connectCluster({ kubeconfig: t.proxy.kubeconfigPath });
      const discovery = () =>
        t.proxy.requests.filter((r) => r.path === '/api' || r.path === '/apis').length;
      const before = discovery();
      try {
        await c.get(cmRef('anything'));
        await c.get(cmRef('anything-else'));
        expect(discovery()).toBe(before + 2);
        // Many objects of a kind the cluster lacks share one reload (2,000 objects of an
        // uninstalled CRD must not cost 2,000 reloads).
        const crd = widgetCrd(`${t.suffix}x`);
        const missing = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            c.apply(widget(crd.group, `w${i}`, t.namespace)).catch((e: unknown) => e),
          ),
        );
        expect(missing.every((e) => e instanceof UserError)).toBe(true);
        expect(discovery()).toBe(before + 4);
        try {
          await c.apply(crdObject(crd));
          await c.waitFor(crdObject(crd), (o) => hasCondition(o, 'Established'), {
            timeoutMs: 30_000,
          });
          // Real clusters publish the new group in discovery a moment after Established.
          const w = await eventually(
            () => c.apply(widget(crd.group, 'w2', t.namespace)).catch(() => undefined),
            (o) => o !== undefined,
          );
          expect(md(w).name).toBe('w2');
          expect(discovery()).toBeGreaterThan(before + 4);
        } finally {
          await c.delete(crdObject(crd));
        }
      } finally {
        await c.close();
      }
    });
  });
});
