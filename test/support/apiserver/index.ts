/**
 * A Kubernetes API server stand-in for tests and local tries (`npm run dev:apiserver`):
 * HTTPS on 127.0.0.1 with a random port, a kubeconfig to reach it, and hooks for tests
 * (request log, injected faults, status updates as a controller would make them).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { Controllers } from './controllers.js';
import { Handlers } from './handlers.js';
import { Registry } from './resources.js';
import { ApiHttpServer, type Fault, type RecordedRequest, type User } from './server.js';
import { notFound } from './status.js';
import { Store } from './store.js';
import { makeCertificates } from './tls.js';
import { Cluster, grOf, resourceKey } from './writes.js';

export type { Fault, RecordedRequest } from './server.js';

type Obj = Record<string, unknown>;

export interface StandInOptions {
  /** Serve plain HTTP (like `kubectl proxy`) instead of HTTPS. */
  plainHttp?: boolean;
  /** Answer aggregated discovery requests with legacy documents, like clusters before 1.26. */
  legacyDiscoveryOnly?: boolean;
  /** Directory for the kubeconfig and certificates (default: a new temporary directory, removed on stop). */
  dir?: string;
}

/** Contexts in the written kubeconfig. */
export const CONTEXTS = {
  /** Full access, namespace `default` (the current context). */
  admin: 'stand-in',
  /** May only get, list and watch. */
  viewer: 'stand-in-viewer',
  /** A token the server does not accept (expired credentials). */
  expired: 'stand-in-expired',
} as const;

export interface StandIn {
  url: string;
  kubeconfigPath: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Push faults to make the next matching requests fail. */
  faults: Fault[];
  /** Sets an object's status through the status subresource, as its controller would. */
  setStatus(apiVersion: string, kind: string, namespace: string, name: string, status: Obj): Obj;
  stop(): Promise<void>;
}

const INITIAL_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export async function startApiServer(opts: StandInOptions = {}): Promise<StandIn> {
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'shipshape-apiserver-')));
  const certs = opts.plainHttp ? undefined : await makeCertificates(dir);
  const registry = new Registry();
  const store = new Store();
  const cluster = new Cluster(registry, store);
  const controllers = new Controllers(cluster);
  const handlers = new Handlers(cluster);
  const ns = registry.byKind('', 'Namespace')!;
  for (const name of INITIAL_NAMESPACES) {
    cluster.create(
      ns,
      'v1',
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
      { manager: 'kube-apiserver', dryRun: false },
    );
  }
  const tokens = { admin: randomToken(), viewer: randomToken(), expired: randomToken() };
  const users = new Map<string, User>([
    [tokens.admin, { name: 'kubernetes-admin', access: 'admin' }],
    [tokens.viewer, { name: 'viewer', access: 'read' }],
  ]);
  const http = new ApiHttpServer(registry, handlers, users, certs, !opts.legacyDiscoveryOnly);
  const port = await http.listen();
  const url = `${certs ? 'https' : 'http'}://127.0.0.1:${port}`;
  const kubeconfigPath = join(dir, 'kubeconfig');
  const user = (name: string, token: string) => ({ name, user: { token } });
  const context = (name: string, userName: string) => ({
    name,
    context: { cluster: 'stand-in', user: userName, namespace: 'default' },
  });
  await writeFile(
    kubeconfigPath,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'stand-in',
          cluster: {
            server: url,
            ...(certs
              ? { 'certificate-authority-data': Buffer.from(certs.ca).toString('base64') }
              : {}),
          },
        },
      ],
      users: [
        user('admin', tokens.admin),
        user('viewer', tokens.viewer),
        user('expired', tokens.expired),
      ],
      contexts: [
        context(CONTEXTS.admin, 'admin'),
        context(CONTEXTS.viewer, 'viewer'),
        context(CONTEXTS.expired, 'expired'),
      ],
      'current-context': CONTEXTS.admin,
    }),
    { mode: 0o600 },
  );

  return {
    url,
    kubeconfigPath,
    requests: http.requests,
    faults: http.faults,
    setStatus(apiVersion, kind, namespace, name, status) {
      const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
      const t = registry.byKind(group, kind);
      const live = t && store.get(resourceKey(t), t.namespaced ? namespace : '', name);
      if (!t || !live) throw notFound(t ? grOf(t) : { group, resource: kind.toLowerCase() }, name);
      return cluster.update(
        t,
        version,
        live,
        { ...structuredClone(live), status },
        { manager: 'stand-in-controller', dryRun: false, subresource: 'status' },
      );
    },
    async stop() {
      controllers.stop();
      await http.close();
      if (!opts.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

function randomToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url');
}
