/**
 * Bad input and bad luck: each failure a user can hit when connecting is a UserError that
 * says what is wrong and what to do. Runs against the local API server, whose kubeconfig has
 * the users these tests need (a viewer, credentials the server rejects).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { connectCluster, KubeApiError } from '../../src/cluster/index.js';
import { UserError } from '../../src/util/errors.js';
import { CONTEXTS, startKube, type KubeServer } from '../support/kube/index.js';
import { startProxy } from '../support/kube/proxy.js';
import { configMap, type Json } from './objects.js';
import { FAST_RETRY, localServerUnavailable } from './target.js';

describe.skipIf(localServerUnavailable())('connecting', () => {
  let dir: string;
  let server: KubeServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cluster-errors-'));
    server = await startKube();
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function failure(p: Promise<unknown>): Promise<UserError> {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }

  /** A kubeconfig like the server's with `edit` applied. */
  async function kubeconfigWith(name: string, edit: (kc: Json) => void): Promise<string> {
    const kc = parse(await readFile(server.kubeconfigPath, 'utf8'));
    edit(kc);
    const file = join(dir, name);
    await writeFile(file, stringify(kc));
    return file;
  }

  describe('kubeconfig', () => {
    it('names a missing kubeconfig file', async () => {
      const file = join(dir, 'nope.yaml');
      const e = await failure(connectCluster({ kubeconfig: file }));
      expect(e.message).toBe(`kubeconfig ${file} does not exist`);
      expect(e.file).toBe(file);
      expect(e.hint).toContain('--kubeconfig');
    });

    it('says when no kubeconfig can be found at all', async () => {
      const saved = { ...process.env };
      try {
        process.env.KUBECONFIG = join(dir, 'a.yaml') + ':' + join(dir, 'b.yaml');
        delete process.env.KUBERNETES_SERVICE_HOST;
        const e = await failure(connectCluster());
        expect(e.message).toBe(
          `cannot connect to a Kubernetes cluster: none of the files in KUBECONFIG exist (${process.env.KUBECONFIG})`,
        );
        delete process.env.KUBECONFIG;
        process.env.HOME = dir;
        const e2 = await failure(connectCluster());
        expect(e2.message).toBe('cannot connect to a Kubernetes cluster: no kubeconfig found');
        expect(e2.hint).toContain('KUBECONFIG');
      } finally {
        process.env = saved;
      }
    });

    it('reports an unreadable kubeconfig', async () => {
      const e = await failure(connectCluster({ kubeconfig: dir }));
      expect(e.message).toMatch(new RegExp(`^cannot read kubeconfig ${dir}: EISDIR`));
    });

    it('reports invalid YAML with its line', async () => {
      const file = join(dir, 'broken.yaml');
      await writeFile(file, 'apiVersion: v1\nclusters:\n- name: a\n  cluster: [\n');
      const e = await failure(connectCluster({ kubeconfig: file }));
      expect(e.message).toMatch(new RegExp(`^kubeconfig ${file} is not valid: `));
      expect(e.file).toBe(file);
      expect(e.line).toBe(5);
    });

    it('lists the known contexts for an unknown one', async () => {
      const e = await failure(
        connectCluster({ kubeconfig: server.kubeconfigPath, context: 'shipshap' }),
      );
      expect(e.message).toBe(`context "shipshap" is not in kubeconfig ${server.kubeconfigPath}`);
      expect(e.hint).toBe(
        'did you mean "shipshape"? known contexts: shipshape, shipshape-viewer, shipshape-expired',
      );
    });

    it('merges a KUBECONFIG list, first file winning', async () => {
      const other = await kubeconfigWith('other.yaml', (kc) => {
        kc['current-context'] = 'elsewhere';
        kc.contexts = [{ name: 'elsewhere', context: { cluster: 'shipshape', user: 'expired' } }];
      });
      const c = await connectCluster({ kubeconfig: [server.kubeconfigPath, other].join(':') });
      expect(c.context).toBe(CONTEXTS.admin);
      const d = await connectCluster({
        kubeconfig: [server.kubeconfigPath, other].join(':'),
        context: 'elsewhere',
      });
      expect(d.context).toBe('elsewhere');
      await c.close();
      await d.close();
    });
  });

  describe('connection and credentials', () => {
    it('names the server and context when nothing listens there', async () => {
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      });
      const file = await kubeconfigWith(
        'down.yaml',
        (kc) => (kc.clusters[0].cluster.server = `https://127.0.0.1:${port}`),
      );
      const c = await connectCluster({ kubeconfig: file, retry: FAST_RETRY });
      const e = await failure(c.get(configMap('x', 'default')));
      expect(e.message).toMatch(
        new RegExp(
          `^cannot reach the Kubernetes API server at https://127\\.0\\.0\\.1:${port} \\(context "${CONTEXTS.admin}"\\): ECONNREFUSED`,
        ),
      );
      expect(e.hint).toContain('cluster is running');
      await c.close();
    });

    it('explains an untrusted server certificate', async () => {
      const file = await kubeconfigWith(
        'noca.yaml',
        (kc) => delete kc.clusters[0].cluster['certificate-authority-data'],
      );
      const c = await connectCluster({ kubeconfig: file, retry: FAST_RETRY });
      const e = await failure(c.version());
      expect(e.message).toContain(`cannot reach the Kubernetes API server at ${server.url}`);
      expect(e.hint).toContain('certificate-authority');
      await c.close();
    });

    it('explains rejected (expired) credentials: 401 with the verb and target', async () => {
      const c = await connectCluster({
        kubeconfig: server.kubeconfigPath,
        context: CONTEXTS.expired,
        retry: FAST_RETRY,
      });
      const e = await failure(c.apply(configMap('x', 'default')));
      expect(e).toBeInstanceOf(KubeApiError);
      expect((e as KubeApiError).code).toBe(401);
      expect(e.message).toBe(
        `the Kubernetes API server at ${server.url} rejected the credentials of context "${CONTEXTS.expired}" (401 Unauthorized) while trying to apply ConfigMap default/x`,
      );
      expect(e.hint).toContain('refresh the credentials');
      await c.close();
    });

    it('explains a 403 with the verb, the resource and the server message', async () => {
      const c = await connectCluster({
        kubeconfig: server.kubeconfigPath,
        context: CONTEXTS.viewer,
        retry: FAST_RETRY,
      });
      expect(await c.get(configMap('x', 'default'))).toBeUndefined();
      const e = await failure(c.apply(configMap('x', 'default')));
      expect((e as KubeApiError).code).toBe(403);
      expect(e.message).toBe(
        'not allowed to apply ConfigMap default/x (403 Forbidden): configmaps "x" is forbidden: User "viewer" cannot patch resource "configmaps" in API group "" in the namespace "default"',
      );
      expect(e.hint).toContain('RBAC');
      await c.close();
    });

    it('names an unknown kind and a kind served under another version', async () => {
      const c = await connectCluster({ kubeconfig: server.kubeconfigPath });
      const e = await failure(
        c.apply({ apiVersion: 'example.com/v1', kind: 'Gizmo', metadata: { name: 'g' } }),
      );
      expect(e.message).toBe(
        `kind "Gizmo" of apiVersion "example.com/v1" is not known to the cluster of context "${CONTEXTS.admin}"`,
      );
      expect(e.hint).toBe(
        'install the CustomResourceDefinition for example.com first, or check the apiVersion',
      );
      const v = await failure(
        c.get({ apiVersion: 'apps/v1beta1', kind: 'Deployment', metadata: { name: 'd' } }),
      );
      expect(v.hint).toBe('the cluster serves Deployment as apps/v1: fix the apiVersion');
      await c.close();
    });

    it('works through a plain-HTTP proxy (as kubectl proxy serves) with legacy discovery', async () => {
      // The proxy asks for legacy discovery documents, as servers before Kubernetes 1.26 serve.
      const proxy = await startProxy(server.kubeconfigPath, { legacyDiscovery: true });
      try {
        const c = await connectCluster({ kubeconfig: proxy.kubeconfigPath });
        const cm = await c.apply(configMap('via-http', 'default'));
        expect((cm.metadata as { uid?: string }).uid).toBeTruthy();
        // Legacy discovery: /api, /apis, then one document per group version.
        const paths = proxy.requests.map((r) => r.path);
        expect(paths).toEqual(
          expect.arrayContaining([
            '/api',
            '/apis',
            '/api/v1',
            '/apis/apps/v1',
            '/apis/apiextensions.k8s.io/v1',
          ]),
        );
        await c.close();
      } finally {
        await proxy.stop();
      }
    });
  });
});
