/**
 * Transient failures: 429 (with Retry-After), 5xx and dropped connections are retried with
 * backoff; what keeps failing surfaces as a clear error. Faults are injected by the recording
 * proxy in front of the real server (shaped as kube-apiserver shapes them); everything else is
 * the server's answer. Also: how many requests an apply costs.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster, KubeApiError, type Cluster } from '../../src/cluster/index.js';
import { configMap } from './objects.js';
import { FAST_RETRY, targetUnavailable, useTarget } from './target.js';

describe.skipIf(targetUnavailable())('retries and request budget', () => {
  const t = useTarget('retries');
  let cluster: Cluster;
  const patches = () => t.proxy.requests.filter((r) => r.method === 'PATCH').length;

  beforeAll(async () => {
    cluster = await connectCluster({ kubeconfig: t.proxy.kubeconfigPath, retry: FAST_RETRY });
    await cluster.discovery.resources();
    return () => cluster.close();
  });
  afterEach(() => {
    t.proxy.faults.length = 0; // what a test left unused must not hit the next one
  });

  describe('retries', () => {
    it('retries 429 Too Many Requests, then succeeds', async () => {
      const before = patches();
      t.proxy.faults.push({ method: 'PATCH', status: 429, retryAfterSeconds: 0, times: 2 });
      const cm = await cluster.apply(configMap('after-429', t.namespace));
      expect((cm.metadata as { name: string }).name).toBe('after-429');
      expect(patches() - before).toBe(3);
    });

    it('retries 503 and a reset connection', async () => {
      t.proxy.faults.push(
        { method: 'GET', path: '/configmaps/', status: 503, times: 1 },
        { method: 'GET', path: '/configmaps/', reset: true, times: 1 },
      );
      const got = await cluster.get(configMap('after-429', t.namespace));
      expect(got).toBeDefined();
      expect(t.proxy.faults).toHaveLength(0);
    });

    it('gives up after the configured attempts with the server error', async () => {
      t.proxy.faults.push({ method: 'PATCH', status: 500, times: 10 });
      const before = patches();
      const e = await cluster.apply(configMap('never', t.namespace)).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(KubeApiError);
      expect((e as KubeApiError).code).toBe(500);
      expect((e as Error).message).toBe(
        `cannot apply ConfigMap ${t.namespace}/never: Internal error occurred: injected fault (500 InternalError)`,
      );
      expect(patches() - before).toBe(FAST_RETRY.attempts);
    });

    it('a 429 that persists names the server message', async () => {
      t.proxy.faults.push({ method: 'PATCH', status: 429, retryAfterSeconds: 0, times: 10 });
      const e = await cluster.apply(configMap('busy', t.namespace)).catch((err: unknown) => err);
      expect((e as KubeApiError).code).toBe(429);
      expect((e as Error).message).toBe(
        `cannot apply ConfigMap ${t.namespace}/busy: Too many requests, please try again later. (429)`,
      );
    });

    it('does not retry client errors', async () => {
      const before = patches();
      const e = await cluster
        .apply({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'Not_Valid', namespace: t.namespace },
        })
        .catch((err: unknown) => err);
      expect((e as KubeApiError).code).toBe(422);
      expect(patches() - before).toBe(1);
    });
  });

  describe('request budget', () => {
    it('costs one request per applied object, plus discovery once', async () => {
      const fresh = await connectCluster({ kubeconfig: t.proxy.kubeconfigPath });
      const before = t.proxy.requests.length;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          fresh.apply(configMap(`budget-${i}`, t.namespace), { dryRun: true }),
        ),
      );
      const made = t.proxy.requests.slice(before);
      expect(
        made.filter((r) => r.method === 'PATCH' && r.query.includes('dryRun=All')),
      ).toHaveLength(20);
      expect(
        made
          .filter((r) => r.method === 'GET')
          .map((r) => r.path)
          .sort(),
      ).toEqual(['/api', '/apis']);
      expect(made).toHaveLength(22);
      await fresh.close();
    });
  });
});
