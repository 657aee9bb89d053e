/**
 * The cluster the tests in this folder run against: the stand-in API server by default, or a
 * real cluster when SHIPSHAPE_E2E_KUBECONFIG names its kubeconfig (the `e2e` workflow runs
 * these same files against kind). Each file works in its own namespace, so runs against a
 * shared cluster do not collide.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { connectCluster, type Cluster } from '../../src/cluster/index.js';
import { startApiServer, type StandIn } from '../support/apiserver/index.js';

export const E2E_KUBECONFIG = process.env.SHIPSHAPE_E2E_KUBECONFIG;

export interface Target {
  kubeconfig: string;
  /** The stand-in, when not running against a real cluster. */
  standIn?: StandIn;
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
 * Sets up the target for a test file (beforeAll/afterAll) and returns it once ready.
 * Use inside `describe` or at top level of a test file.
 */
export function useTarget(name: string): Target {
  const t = {} as Target;
  let cacheDir = '';
  beforeAll(async () => {
    t.suffix = Math.random().toString(36).slice(2, 8);
    t.namespace = `shipshape-${name}-${t.suffix}`;
    if (E2E_KUBECONFIG) t.kubeconfig = E2E_KUBECONFIG;
    else {
      t.standIn = await startApiServer();
      t.kubeconfig = t.standIn.kubeconfigPath;
    }
    cacheDir = await mkdtemp(join(tmpdir(), 'kubectl-cache-'));
    t.kubectl = (args, input) => runKubectl(t.kubeconfig, cacheDir, args, input);
    t.cluster = await connectCluster({ kubeconfig: t.kubeconfig });
    await t.cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace } });
  });
  afterAll(async () => {
    await t.cluster?.delete({
      group: '',
      version: 'v1',
      kind: 'Namespace',
      namespace: '',
      name: t.namespace,
    });
    await t.cluster?.close();
    await t.standIn?.stop();
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });
  return t;
}

/** A test that needs the stand-in's hooks (faults, request log, extra users); skipped, with the reason printed, on a real cluster. */
export function standInOnly(title: string, reason: string, fn: () => Promise<void>): void {
  if (E2E_KUBECONFIG) {
    it.skip(`${title} [stand-in only: ${reason}]`, fn);
    console.log(`skipped on a real cluster: "${title}" (${reason})`);
  } else {
    it(title, fn);
  }
}

const KUBECTL = process.env.KUBECTL ?? 'kubectl';

/** Runs kubectl asynchronously (the stand-in answers from this same process). */
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
