// Benchmark for issue 6: server-side dry-run apply of 2,000 objects through src/cluster
// against a real kube-apiserver + etcd (test/support/kube; what `diff --against cluster`
// does). Reports requests per object (target: 1, plus discovery once), counted by the
// recording proxy, and wall time at several concurrency bounds over a direct connection, for
// objects that do not exist yet (dry-run creates) and for existing ones (dry-run updates).
// The server shares the machine with this process, so its work is in the wall times too.
// Run: npm exec -- tsx bench/cluster-apply.ts [objects=2000]
import pLimit from 'p-limit';
import { connectCluster } from '../src/cluster/index.js';
import type { K8sObject } from '../src/util/k8s.js';
import { startKube } from '../test/support/kube/index.js';
import { startProxy } from '../test/support/kube/proxy.js';

const OBJECTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = [1, 8, 16, 32];
const NAMESPACE = 'bench';

/** A realistic mix: Deployments, Services, ConfigMaps, Secrets; `v` changes image and data. */
function object(i: number, v: number): K8sObject {
  const name = `app-${String(i).padStart(4, '0')}`;
  const metadata = {
    name,
    namespace: NAMESPACE,
    labels: { app: name, 'kluctl.io/tag-0': 'bench' },
  };
  switch (i % 4) {
    case 0:
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata,
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: name } },
          template: {
            metadata: { labels: { app: name } },
            spec: {
              containers: [
                {
                  name: 'app',
                  image: `registry.example.com/${name}:1.${v}.0`,
                  ports: [{ containerPort: 8080, name: 'http' }],
                  env: Array.from({ length: 6 }, (_, k) => ({
                    name: `VAR_${k}`,
                    value: String(k),
                  })),
                  resources: { requests: { cpu: '100m', memory: '128Mi' } },
                },
              ],
            },
          },
        },
      };
    case 1:
      return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata,
        spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
      };
    case 2:
      return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata,
        data: { 'config.yaml': `version: ${v}\n`, mode: 'bench' },
      };
    default:
      return { apiVersion: 'v1', kind: 'Secret', metadata, stringData: { token: `value-${v}` } };
  }
}

const server = await startKube();
const proxy = await startProxy(server.kubeconfigPath);
try {
  const admin = await connectCluster({ kubeconfig: server.kubeconfigPath });
  await admin.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } });
  await admin.close();

  const applyAll = async (kubeconfig: string, v: number, concurrency: number) => {
    // A fresh connection each run, so discovery is part of what is counted and timed.
    const cluster = await connectCluster({ kubeconfig, concurrency });
    const limit = pLimit(concurrency);
    const start = performance.now();
    await Promise.all(
      Array.from({ length: OBJECTS }, (_, i) =>
        limit(() => cluster.apply(object(i, v), { dryRun: true })),
      ),
    );
    const ms = performance.now() - start;
    await cluster.close();
    return ms;
  };
  const count = async (label: string, v: number) => {
    const before = proxy.requests.length;
    await applyAll(proxy.kubeconfigPath, v, 16);
    const made = proxy.requests.slice(before);
    const patches = made.filter((r) => r.method === 'PATCH').length;
    console.log(
      `${label.padEnd(18)} ${(patches / OBJECTS).toFixed(2)} requests/object + ${made.length - patches} discovery`,
    );
  };
  const time = async (label: string, v: number, concurrency: number) => {
    const ms = await applyAll(server.kubeconfigPath, v, concurrency);
    console.log(
      `${label.padEnd(18)} concurrency ${String(concurrency).padStart(2)}: ${(ms / 1000).toFixed(2)} s, ` +
        `${Math.round(OBJECTS / (ms / 1000))} objects/s`,
    );
  };

  console.log(
    `server-side dry-run apply of ${OBJECTS} objects (Deployments, Services, ConfigMaps, Secrets)`,
  );
  await count('new objects', 1);
  for (const c of CONCURRENCY) await time('new objects', 1, c);
  const writer = await connectCluster({ kubeconfig: server.kubeconfigPath });
  const limit = pLimit(16);
  await Promise.all(
    Array.from({ length: OBJECTS }, (_, i) => limit(() => writer.apply(object(i, 1)))),
  );
  await writer.close();
  await count('existing, changed', 2);
  for (const c of CONCURRENCY) await time('existing, changed', 2, c);
} finally {
  await proxy.stop();
  await server.stop();
}
