/**
 * A real Kubernetes API server for tests and local tries (`npm run dev:cluster`): etcd and
 * kube-apiserver started the way controller-runtime's envtest starts them, on random loopback
 * ports, everything in one temp dir. Only the API server runs: no controllers (namespaces stay
 * Terminating, nothing garbage-collects dependents, Deployments never roll out), no scheduler.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolUnavailable } from '../tools.js';
import { bindViewer, makeTokens, writeKubeconfig, writeTokenFile } from './access.js';
import { startApiServer, type ApiServer } from './apiserver.js';
import { startEtcd, type Etcd } from './etcd.js';
import { kill } from './processes.js';

export { CONTEXTS } from './access.js';

export interface KubeServer {
  /** `https://127.0.0.1:PORT` */
  url: string;
  /** Contexts as in CONTEXTS; the admin context is current. */
  kubeconfigPath: string;
  /** The temp dir: kubeconfig, certificates, etcd data, logs (etcd.log, kube-apiserver.log). */
  dir: string;
  /** Kills both processes and removes the temp dir. */
  stop(): Promise<void>;
}

/** Why no server can be started here, or undefined when it can. */
export function kubeUnavailable(): string | undefined {
  return toolUnavailable('kube-apiserver') ?? toolUnavailable('etcd');
}

export async function startKube(): Promise<KubeServer> {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-kube-'));
  let etcd: Etcd | undefined;
  let api: ApiServer | undefined;
  const stop = async () => {
    await kill(api?.process); // first, so it does not log a storm of etcd errors
    await kill(etcd?.process);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const tokens = makeTokens();
    const tokenFile = join(dir, 'tokens.csv');
    await writeTokenFile(tokenFile, tokens);
    etcd = await startEtcd(dir);
    api = await startApiServer(dir, etcd.url, tokenFile, tokens.admin);
    await bindViewer(api.url, api.caPem, tokens);
    const kubeconfigPath = join(dir, 'kubeconfig');
    await writeKubeconfig(kubeconfigPath, api.url, api.caPem, tokens);
    return { url: api.url, kubeconfigPath, dir, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
