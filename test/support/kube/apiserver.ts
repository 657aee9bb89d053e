/**
 * kube-apiserver for one test server, with the flags controller-runtime's envtest uses: HTTPS
 * on a random loopback port with a self-signed certificate it makes in --cert-dir, RBAC, static
 * tokens, service-account signing keys, and no ServiceAccount admission (no controller makes
 * the default service accounts it would wait for). No controller manager, no scheduler.
 */
import { generateKeyPair } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, fetch } from 'undici';
import { freePort } from '../registry/net.js';
import { toolPath } from '../tools.js';
import {
  kill,
  portWasTaken,
  PROBE_TIMEOUT_MS,
  spawnOwned,
  untilReady,
  type OwnedProcess,
} from './processes.js';

export interface ApiServer {
  url: string;
  /** PEM: the serving certificate followed by the CA that signed it. */
  caPem: string;
  process: OwnedProcess;
}

const ATTEMPTS = 5;
/** Cold start on a busy 2-core machine with other servers starting too. */
const READY_TIMEOUT_MS = 90_000;

/** An RSA key pair for signing and checking service-account tokens (TokenRequest works). */
async function serviceAccountKeys(
  dir: string,
): Promise<{ publicFile: string; privateFile: string }> {
  const { publicKey, privateKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const publicFile = join(dir, 'sa.pub');
  const privateFile = join(dir, 'sa.key');
  await writeFile(publicFile, publicKey);
  await writeFile(privateFile, privateKey, { mode: 0o600 });
  return { publicFile, privateFile };
}

export async function startApiServer(
  dir: string,
  etcdUrl: string,
  tokenFile: string,
  adminToken: string,
): Promise<ApiServer> {
  const keys = await serviceAccountKeys(dir);
  const certDir = join(dir, 'certs');
  const certFile = join(certDir, 'apiserver.crt');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `https://127.0.0.1:${port}`;
    const p = spawnOwned(
      toolPath('kube-apiserver'),
      [
        `--etcd-servers=${etcdUrl}`,
        `--cert-dir=${certDir}`,
        `--secure-port=${port}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        '--service-cluster-ip-range=10.0.0.0/24',
        '--allow-privileged=true', // as clusters allow it, so manifests with privileged pods apply
        `--service-account-issuer=${url}`,
        `--service-account-key-file=${keys.publicFile}`,
        `--service-account-signing-key-file=${keys.privateFile}`,
        '--authorization-mode=RBAC',
        `--token-auth-file=${tokenFile}`,
        '--disable-admission-plugins=ServiceAccount',
      ],
      join(dir, 'kube-apiserver.log'),
    );
    let agent: Agent | undefined;
    const ready = async () => {
      // The server writes its certificate before it listens.
      if (!agent && existsSync(certFile))
        agent = new Agent({ connect: { ca: await readFile(certFile, 'utf8') } });
      if (!agent) return false;
      const ok = async (path: string) => {
        const res = await fetch(`${url}${path}`, {
          dispatcher: agent,
          headers: { authorization: `Bearer ${adminToken}` },
          signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
        });
        await res.body?.cancel();
        return res.status === 200;
      };
      // /readyz covers etcd and the post-start hooks (the default RBAC roles among them); the
      // system namespaces appear a moment later, and tests and users write into `default`.
      return (
        (await ok('/readyz')) &&
        (await ok('/apis/rbac.authorization.k8s.io/v1/clusterroles/system:aggregate-to-view')) &&
        (await ok('/api/v1/namespaces/default'))
      );
    };
    // Only our server knows the admin token: a foreign server on the same port never looks ready.
    const started = await untilReady(p, ready, READY_TIMEOUT_MS);
    await agent?.close();
    if (started) return { url, caPem: await readFile(certFile, 'utf8'), process: p };
    await kill(p);
    if (portWasTaken(p) && attempt < ATTEMPTS) continue;
    throw new Error(`kube-apiserver did not become ready:\n${p.logTail()}`);
  }
}
