/**
 * Transient failures: 429 (with Retry-After), 5xx and dropped connections are retried with
 * backoff; what keeps failing surfaces as a clear error. Faults are injected into the
 * stand-in, so this file always runs against it. Also: how many requests an apply costs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster, KubeApiError, type Cluster } from '../../src/cluster/index.js';
import { startApiServer, type StandIn } from '../support/apiserver/index.js';
import { configMap } from './objects.js';
import { FAST_RETRY } from './target.js';

let standIn: StandIn;
let cluster: Cluster;

beforeAll(async () => {
  standIn = await startApiServer();
  cluster = await connectCluster({ kubeconfig: standIn.kubeconfigPath, retry: FAST_RETRY });
  await cluster.version();
});
afterAll(async () => {
  await cluster.close();
  await standIn.stop();
});

const patches = () => standIn.requests.filter((r) => r.method === 'PATCH').length;

describe('retries', () => {
  it('retries 429 Too Many Requests, then succeeds', async () => {
    await cluster.discovery.resources();
    const before = patches();
    standIn.faults.push({ method: 'PATCH', status: 429, retryAfterSeconds: 0, times: 2 });
    const cm = await cluster.apply(configMap('after-429', 'default'));
    expect((cm.metadata as { name: string }).name).toBe('after-429');
    expect(patches() - before).toBe(3);
  });

  it('retries 503 and a reset connection', async () => {
    standIn.faults.push(
      { method: 'GET', path: '/configmaps/', status: 503, times: 1 },
      { method: 'GET', path: '/configmaps/', reset: true, times: 1 },
    );
    const got = await cluster.get(configMap('after-429', 'default'));
    expect(got).toBeDefined();
    expect(standIn.faults).toHaveLength(0);
  });

  it('gives up after the configured attempts with the server error', async () => {
    standIn.faults.push({ method: 'PATCH', status: 500, times: 10 });
    const before = patches();
    const e = await cluster.apply(configMap('never', 'default')).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(KubeApiError);
    expect((e as KubeApiError).code).toBe(500);
    expect((e as Error).message).toBe(
      'cannot apply ConfigMap default/never: Internal error occurred: injected fault (500 InternalError)',
    );
    expect(patches() - before).toBe(FAST_RETRY.attempts);
    standIn.faults.length = 0;
  });

  it('does not retry client errors', async () => {
    const before = patches();
    const e = await cluster
      .apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'Not_Valid', namespace: 'default' },
      })
      .catch((err: unknown) => err);
    expect((e as KubeApiError).code).toBe(422);
    expect(patches() - before).toBe(1);
  });
});

describe('request budget', () => {
  it('costs one request per applied object, plus discovery once', async () => {
    const fresh = await connectCluster({ kubeconfig: standIn.kubeconfigPath });
    const before = standIn.requests.length;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fresh.apply(configMap(`budget-${i}`, 'default'), { dryRun: true }),
      ),
    );
    const made = standIn.requests.slice(before);
    expect(made.filter((r) => r.method === 'PATCH' && r.query.includes('dryRun=All'))).toHaveLength(
      20,
    );
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
