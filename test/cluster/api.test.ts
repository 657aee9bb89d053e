/**
 * API semantics deploy and diff rely on, observed through the cluster/ module: Status error
 * bodies, immutable fields, generation and resourceVersion, status subresources, watch events
 * under label selectors, namespace termination. Expectations follow the API concepts page
 * (https://kubernetes.io/docs/reference/using-api/api-concepts/) and the API reference, and
 * hold on the local API server (no controllers) and on kind (the e2e workflow) alike.
 */
import { describe, expect, it } from 'vitest';
import { KubeApiError, type WatchEvent } from '../../src/cluster/index.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { configMap, crdObject, deployment, widget, widgetCrd, type Json } from './objects.js';
import { eventually, targetUnavailable, useTarget } from './target.js';

const md = (o: K8sObject | undefined) => (o?.metadata ?? {}) as Record<string, Json>;

async function apiError(p: Promise<unknown>): Promise<KubeApiError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KubeApiError);
  return e as KubeApiError;
}

describe.skipIf(targetUnavailable())('API semantics', () => {
  const t = useTarget('api');

  describe('errors are Status objects', () => {
    it('404 for a missing namespace', async () => {
      const e = await apiError(t.cluster.apply(configMap('x', `missing-${t.suffix}`)));
      expect(e.status).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `namespaces "missing-${t.suffix}" not found`,
        reason: 'NotFound',
        details: { name: `missing-${t.suffix}`, kind: 'namespaces' },
        code: 404,
      });
    });

    it('422 Invalid for immutable fields: Job template, Service clusterIP', async () => {
      const job = {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'once', namespace: t.namespace },
        spec: {
          suspend: true,
          template: {
            spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36' }] },
          },
        },
      };
      await t.cluster.apply(job);
      const changed = structuredClone(job);
      changed.spec.template.spec.containers[0].image = 'busybox:1.37';
      const e = await apiError(t.cluster.apply(changed));
      expect(e.code).toBe(422);
      expect(e.status.reason).toBe('Invalid');
      expect(e.status.details).toMatchObject({ name: 'once', group: 'batch', kind: 'Job' });
      expect(e.status.details?.causes).toContainEqual(
        expect.objectContaining({ reason: 'FieldValueInvalid', field: 'spec.template' }),
      );
      expect(e.status.message).toMatch(
        /^Job\.batch "once" is invalid: .*spec\.template: Invalid value: .*: field is immutable/,
      );

      const svc = (clusterIP?: string) => ({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'svc', namespace: t.namespace },
        spec: {
          selector: { app: 'web' },
          ports: [{ port: 80 }],
          ...(clusterIP ? { clusterIP } : {}),
        },
      });
      const created = await t.cluster.apply(svc());
      const ip = (created.spec as { clusterIP: string }).clusterIP;
      expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(created.spec).toMatchObject({
        type: 'ClusterIP',
        sessionAffinity: 'None',
        clusterIPs: [ip],
        ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      });
      const other = ip.replace(/\.\d+$/, (last) => `.${(Number(last.slice(1)) % 250) + 3}`);
      const e2 = await apiError(t.cluster.apply(svc(other), { force: true }));
      expect(e2.code).toBe(422);
      // Kubernetes 1.34 prints the value as JSON (["10.0.0.7"]), older ones as Go ([]string{...}).
      expect(e2.status.details?.causes).toContainEqual({
        reason: 'FieldValueInvalid',
        field: 'spec.clusterIPs[0]',
        message: expect.stringMatching(
          new RegExp(
            `^Invalid value: .*"${other.replace(/\./g, '\\.')}".*: may not change once set$`,
          ),
        ),
      });
    });
  });

  describe('object lifecycle', () => {
    it('generation counts spec changes; resourceVersion every change; uid stays until recreated', async () => {
      const d = deployment();
      d.metadata = { name: 'gen', namespace: t.namespace, labels: { app: 'web' } };
      const v1 = await t.cluster.apply(d);
      d.metadata.labels = { app: 'web', extra: 'label' };
      const v2 = await t.cluster.apply(d);
      expect(md(v2).generation).toBe(1);
      expect(md(v2).resourceVersion).not.toBe(md(v1).resourceVersion);
      d.spec.replicas = 1;
      const v3 = await t.cluster.apply(d);
      expect(md(v3).generation).toBe(2);
      expect(md(v3).uid).toBe(md(v1).uid);
      await t.cluster.delete(d);
      await t.cluster.waitForDeletion(d, { timeoutMs: 30_000 });
      const again = await t.cluster.apply(d);
      expect(md(again).uid).not.toBe(md(v1).uid);
      expect(md(again).generation).toBe(1);
    });

    it('the main resource ignores status when the kind has a status subresource', async () => {
      const crd = widgetCrd(`${t.suffix}s`);
      try {
        await t.cluster.apply(crdObject(crd));
        await t.cluster.waitFor(
          crdObject(crd),
          (o) => !!o && JSON.stringify(o.status ?? {}).includes('"Established"'),
          { timeoutMs: 30_000 },
        );
        const w = {
          ...widget(crd.group, 'w', t.namespace, { size: 1 }),
          status: { phase: 'Faked' },
        };
        // Real clusters publish the new group in discovery a moment after Established.
        const created = await eventually(
          () => t.cluster.apply(w).catch(() => undefined),
          (o) => o !== undefined,
        );
        expect(created!.status).toBeUndefined();
        expect(md(created).managedFields[0].fieldsV1['f:status']).toBeUndefined();
      } finally {
        await t.cluster.delete(crdObject(crd));
      }
    });

    it('watch reports ADDED, MODIFIED, and DELETED when an object leaves the selector', async () => {
      const type = { apiVersion: 'v1', kind: 'ConfigMap' };
      const labelled = (labels: Record<string, string>, data: Record<string, string>) =>
        configMap('watched', t.namespace, {
          metadata: { name: 'watched', namespace: t.namespace, labels },
          data,
        });
      const { resourceVersion } = await t.cluster.list(type, {
        namespace: t.namespace,
        labelSelector: 'watch=me',
      });
      const ac = new AbortController();
      const seen: WatchEvent[] = [];
      const done = (async () => {
        for await (const ev of t.cluster.watch(type, {
          namespace: t.namespace,
          labelSelector: 'watch=me',
          resourceVersion,
          signal: ac.signal,
        })) {
          if (ev.type === 'BOOKMARK') continue;
          seen.push(ev);
          if (seen.length === 3) ac.abort();
        }
      })();
      await t.cluster.apply(labelled({ watch: 'me' }, { v: '1' }));
      await t.cluster.apply(labelled({ watch: 'me' }, { v: '2' }));
      await t.cluster.apply(configMap('unwatched', t.namespace));
      await t.cluster.apply(labelled({ watch: 'not-me' }, { v: '2' }));
      await done;
      expect(
        seen.map((e) => [e.type, md(e.object).name, (e.object.data as Record<string, string>)?.v]),
      ).toEqual([
        ['ADDED', 'watched', '1'],
        ['MODIFIED', 'watched', '2'],
        ['DELETED', 'watched', '2'],
      ]);
    });

    it('deleting a namespace leaves it Terminating, and the server refuses new objects in it', async () => {
      const ns = `${t.namespace}-doomed`;
      const nsObj = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } };
      await t.cluster.apply(nsObj);
      // The finalizer keeps the namespace Terminating on clusters whose namespace controller
      // would otherwise empty and remove it before the refused write below.
      const held = configMap('inside', ns, {
        metadata: { name: 'inside', namespace: ns, finalizers: ['shipshape.test/hold'] },
      });
      await t.cluster.apply(held);
      const r = await t.cluster.delete(nsObj);
      expect(r.outcome).toBe('terminating');
      expect((r.object?.status as { phase?: string }).phase).toBe('Terminating');
      expect(md(r.object).deletionTimestamp).toBeTruthy();

      // The NamespaceLifecycle admission plugin, inside the API server.
      const e = await apiError(t.cluster.apply(configMap('late', ns)));
      expect(e.code).toBe(403);
      expect(e.status.message).toBe(
        `configmaps "late" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`,
      );
      expect(e.hint).toBe(
        `namespace "${ns}" is being deleted: wait until it is gone, then apply again (or use another namespace)`,
      );
      // Release the object, so a cluster's namespace controller can finish.
      await t.cluster.apply(configMap('inside', ns));
    });
  });
});
