/**
 * The cluster the tests in this folder run against: a real kube-apiserver + etcd started for
 * the file (test/support/kube), or a real cluster when SHIPSHAPE_E2E_KUBECONFIG names its
 * kubeconfig (the `e2e` workflow runs these same files against kind). Each file works in its
 * own namespace, so runs against a shared cluster do not collide.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { connectCluster, type Cluster } from '../../src/cluster/index.js';
import { kubeUnavailable, startKube, type KubeServer } from '../support/kube/index.js';
import { startProxy, type KubeProxy } from '../support/kube/proxy.js';

const E2E_KUBECONFIG = process.env.SHIPSHAPE_E2E_KUBECONFIG;

/** Why the local server cannot run, printed (vitest names the file), or undefined. */
export function localServerUnavailable(): string | undefined {
  const reason = kubeUnavailable();
  if (reason) console.warn(`skipping the tests that need a local API server: ${reason}`);
  return reason;
}

/** Why useTarget cannot run here: only when there is neither a cluster nor the tools. */
export const targetUnavailable = (): string | undefined =>
  E2E_KUBECONFIG ? undefined : localServerUnavailable();

export interface Target {
  kubeconfig: string;
  /** The local server, when not running against the cluster of SHIPSHAPE_E2E_KUBECONFIG. */
  server?: KubeServer;
  /** A recording, fault-injecting proxy in front of the cluster; connect through `proxy.kubeconfigPath`. */
  proxy: KubeProxy;
  /** A namespace created for this file (deleted afterwards). */
  namespace: string;
  /** A short random suffix for cluster-scoped names (CRD groups, ...). */
  suffix: string;
  /** A Cluster for the admin context; closed afterwards. */
  cluster: Cluster;
  kubectl(args: string[], input?: string): Promise<KubectlResult>;
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fast retries so tests of failure paths stay quick. */
export const FAST_RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 50 };

/**
 * Sets up the target for a test file (beforeAll/afterAll) and returns it once ready. Call it
 * inside `describe.skipIf(targetUnavailable())`, so nothing starts when the tests are skipped.
 */
export function useTarget(name: string): Target {
  const t = {} as Target;
  let cacheDir = '';
  beforeAll(async () => {
    t.suffix = Math.random().toString(36).slice(2, 8);
    t.namespace = `shipshape-${name}-${t.suffix}`;
    if (E2E_KUBECONFIG) t.kubeconfig = E2E_KUBECONFIG;
    else {
      t.server = await startKube();
      t.kubeconfig = t.server.kubeconfigPath;
    }
    t.proxy = await startProxy(t.kubeconfig);
    cacheDir = await mkdtemp(join(tmpdir(), 'kubectl-cache-'));
    t.kubectl = (args, input) => runKubectl(t.kubeconfig, cacheDir, args, input);
    t.cluster = await connectCluster({ kubeconfig: t.kubeconfig });
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace } });
  });
  afterAll(async () => {
    // On a real cluster the namespace controller then removes what the tests left in it.
    await t.cluster?.delete({
      group: '',
      version: 'v1',
      kind: 'Namespace',
      namespace: '',
      name: t.namespace,
    });
    await t.cluster?.close();
    await t.proxy?.stop();
    await t.server?.stop();
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });
  return t;
}

const KUBECTL = process.env.KUBECTL ?? 'kubectl';

/** Runs kubectl asynchronously (the proxy answers from this same process). */
function runKubectl(
  kubeconfig: string,
  cacheDir: string,
  args: string[],
  input?: string,
): Promise<KubectlResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(KUBECTL, args, {
      env: { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: cacheDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * Writes `status` through the object's status subresource, as its controller would (a merge
 * patch with kubectl, which the test server has no controllers for).
 */
export async function setStatus(
  t: Target,
  resource: string,
  namespace: string,
  name: string,
  status: Record<string, unknown>,
): Promise<void> {
  const r = await t.kubectl([
    'patch',
    resource,
    name,
    '-n',
    namespace,
    '--subresource=status',
    '--type=merge',
    '-p',
    JSON.stringify({ status }),
  ]);
  if (r.code !== 0) throw new Error(`setting the status of ${resource} ${name}: ${r.stderr}`);
}

/**
 * Repeats `attempt` until `done` holds for its result (at most `tries` times, `delayMs` apart)
 * and returns the last result: real clusters publish some changes (discovery) a moment later.
 */
export async function eventually<T>(
  attempt: () => Promise<T>,
  done: (r: T) => boolean,
  tries = 50,
  delayMs = 200,
): Promise<T> {
  let r = await attempt();
  for (let i = 1; i < tries && !done(r); i++) {
    await new Promise((res) => setTimeout(res, delayMs));
    r = await attempt();
  }
  return r;
}
