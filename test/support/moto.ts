/**
 * moto's server (PyPI `moto[server]`, installed by scripts/install-test-deps.sh): a local
 * emulator of the AWS APIs, here for Secrets Manager. It listens on a random loopback port
 * (it binds port 0 and prints where it listens); every AWS SDK reaches it through its
 * standard endpoint override, AWS_ENDPOINT_URL_SECRETS_MANAGER.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fetch } from 'undici';
import { kill, PROBE_TIMEOUT_MS, spawnOwned, untilReady } from './kube/processes.js';
import { toolPath, toolUnavailable } from './tools.js';

export interface Moto {
  /** `http://127.0.0.1:PORT` */
  url: string;
  stop(): Promise<void>;
}

/** Why moto cannot be started, or undefined. */
export const motoUnavailable = () => toolUnavailable('moto_server');

export async function startMoto(): Promise<Moto> {
  const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-moto-'));
  const logFile = path.join(dir, 'moto.log');
  const p = spawnOwned(toolPath('moto_server'), ['-H', '127.0.0.1', '-p', '0'], logFile);
  let url: string | undefined;
  const ready = await untilReady(
    p,
    async () => {
      url ??= /Running on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
      if (!url) return false;
      // moto's own API answers once the server is up
      const res = await fetch(`${url}/moto-api/data.json`, {
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      await res.body?.cancel();
      return res.ok;
    },
    60_000,
  );
  if (!ready || !url) {
    const tail = p.logTail();
    await kill(p);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`moto_server did not start:\n${tail}`);
  }
  return {
    url,
    stop: async () => {
      await kill(p);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
