import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, fetch } from 'undici';
import { stringify } from 'yaml';
import { freePort } from './net.js';

export const REGISTRY_BIN = '/usr/bin/docker-registry';

/** Why the real registry cannot run here, or undefined when it can. */
export function registryUnavailable(): string | undefined {
  if (!existsSync(REGISTRY_BIN))
    return `${REGISTRY_BIN} is missing: run scripts/install-test-deps.sh (Debian package docker-registry)`;
  return undefined;
}

export interface RegistryOptions {
  /** Basic auth through an htpasswd file (bcrypt, made with `htpasswd -B`). */
  htpasswd?: { username: string; password: string };
  /** Serve HTTPS with this certificate. */
  tls?: { certFile: string; keyFile: string };
  /** Token auth: the registry trusts JWTs signed by rootCertFile's key. */
  token?: { realm: string; service: string; issuer: string; rootCertFile: string };
}

export interface RegistryInstance {
  /** `127.0.0.1:PORT`, the registry part of image references. */
  host: string;
  /** `http(s)://127.0.0.1:PORT` */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** Starts Debian's docker-registry (distribution 2.8) on a free port with storage in a temp dir. */
export async function startRegistry(opts: RegistryOptions = {}): Promise<RegistryInstance> {
  const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'error', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: path.join(dir, 'data') }, delete: { enabled: true } },
    http: { addr: host, secret: 'shipshape-test-secret' },
  };
  if (opts.tls) {
    (config.http as Record<string, unknown>).tls = {
      certificate: opts.tls.certFile,
      key: opts.tls.keyFile,
    };
  }
  if (opts.htpasswd) {
    const file = path.join(dir, 'htpasswd');
    const line = execFileSync('htpasswd', [
      '-Bbn',
      opts.htpasswd.username,
      opts.htpasswd.password,
    ]).toString();
    writeFileSync(file, line);
    config.auth = { htpasswd: { realm: 'shipshape-test', path: file } };
  } else if (opts.token) {
    config.auth = {
      token: {
        realm: opts.token.realm,
        service: opts.token.service,
        issuer: opts.token.issuer,
        rootcertbundle: opts.token.rootCertFile,
      },
    };
  }
  const configFile = path.join(dir, 'config.yml');
  writeFileSync(configFile, stringify(config));

  const child = spawn(REGISTRY_BIN, ['serve', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `${opts.tls ? 'https' : 'http'}://${host}`;
  const stop = async () => {
    await kill(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${url}/v2/`, child, () => stderr);
  } catch (err) {
    await stop();
    throw err;
  }
  return { host, url, dir, stop };
}

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  // The probe only checks that something answers; certificates are the tests' business.
  const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
  try {
    for (let i = 0; i < 200; i++) {
      if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr()}`);
      try {
        const res = await fetch(url, { dispatcher });
        await res.body?.cancel();
        if (res.status === 200 || res.status === 401) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`docker-registry did not answer on ${url}: ${stderr()}`);
  } finally {
    await dispatcher.close();
  }
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
