/**
 * etcd for one test server, as envtest runs it: a single member on a random loopback port,
 * data in the server's temp dir, no fsync (the data is thrown away).
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fetch } from 'undici';
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

export interface Etcd {
  /** The client URL kube-apiserver talks to. */
  url: string;
  process: OwnedProcess;
}

const ATTEMPTS = 5;

export async function startEtcd(dir: string): Promise<Etcd> {
  const dataDir = join(dir, 'etcd');
  for (let attempt = 1; ; attempt++) {
    const url = `http://127.0.0.1:${await freePort()}`;
    // A unique member name tells our etcd apart from another one that got the same port first.
    const name = `shipshape-${randomBytes(4).toString('hex')}`;
    const p = spawnOwned(
      toolPath('etcd'),
      [
        `--name=${name}`,
        `--data-dir=${dataDir}`,
        `--listen-client-urls=${url}`,
        `--advertise-client-urls=${url}`,
        // Port 0: a single member has no peers, but etcd insists on a peer listener.
        '--listen-peer-urls=http://127.0.0.1:0',
        '--initial-advertise-peer-urls=http://127.0.0.1:0',
        `--initial-cluster=${name}=http://127.0.0.1:0`,
        '--unsafe-no-fsync=true',
        '--log-level=warn',
      ],
      join(dir, 'etcd.log'),
    );
    const isOurs = async () => {
      const res = await fetch(`${url}/v3/cluster/member/list`, {
        method: 'POST',
        body: '{}',
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      const body = (await res.json()) as { members?: { name?: string }[] };
      return !!body.members?.some((m) => m.name === name);
    };
    if (await untilReady(p, isOurs, 30_000)) return { url, process: p };
    await kill(p);
    if (portWasTaken(p) && attempt < ATTEMPTS) {
      await rm(dataDir, { recursive: true, force: true });
      continue;
    }
    throw new Error(`etcd did not start:\n${p.logTail()}`);
  }
}
