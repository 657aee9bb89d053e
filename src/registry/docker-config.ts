import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import type { RegistryAuth } from './env-config.js';
import { isDockerHub } from './reference.js';

/** Docker's key for Docker Hub in config.json and for credential helpers. */
const HUB_SERVER = 'https://index.docker.io/v1/';

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface ConfigJson {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

export interface FoundAuth extends RegistryAuth {
  /** Where it came from, for messages (never the secret). */
  source: string;
}

/** `https://host:port/v1/` → `host:port`; Docker Hub's names collapse to `docker.io`. */
function normalizeServer(server: string): string {
  const host = server
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]
    .toLowerCase();
  return isDockerHub(host) ? 'docker.io' : host;
}

export type HelperRunner = (
  helper: string,
  server: string,
  env: Record<string, string | undefined>,
) => Promise<{ Username?: string; Secret?: string } | undefined>;

/**
 * Runs `docker-credential-<name> get` with the server URL on stdin. "not found" (non-zero
 * exit mentioning it) means no credentials; any other failure is an error without output
 * (helpers may echo secrets on failure).
 */
export const runCredentialHelper: HelperRunner = (helper, server, env) =>
  new Promise((resolve, reject) => {
    const bin = `docker-credential-${helper}`;
    const child = spawn(bin, ['get'], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new UserError(
          `credential helper ${bin} ${e.code === 'ENOENT' ? 'is not on the PATH' : `failed to start (${e.code})`}`,
          {},
          'install it, or remove it from credHelpers/credsStore in the docker config',
        ),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        if (/not found/i.test(out + err)) return resolve(undefined);
        return reject(
          new UserError(
            `credential helper ${bin} failed for ${server} (exit code ${code})`,
            {},
            `run "echo ${server} | ${bin} get" to see why`,
          ),
        );
      }
      try {
        resolve(JSON.parse(out) as { Username?: string; Secret?: string });
      } catch {
        reject(new UserError(`credential helper ${bin} printed something that is not JSON`));
      }
    });
    child.stdin.end(server);
  });

/** `~/.docker/config.json` (or `$DOCKER_CONFIG/config.json`): auths, credHelpers, credsStore. */
export class DockerConfig {
  private readonly helperCache = new Map<string, Promise<FoundAuth | undefined>>();

  private constructor(
    readonly file: string,
    private readonly config: ConfigJson,
    private readonly env: Record<string, string | undefined>,
    private readonly runHelper: HelperRunner,
  ) {}

  static async load(
    env: Record<string, string | undefined>,
    runHelper: HelperRunner = runCredentialHelper,
  ): Promise<DockerConfig> {
    const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
    return DockerConfig.loadFile(path.join(dir, 'config.json'), env, runHelper);
  }

  /** A file in docker's config.json format (Helm's registry config is one); missing is empty. */
  static async loadFile(
    file: string,
    env: Record<string, string | undefined>,
    runHelper: HelperRunner = runCredentialHelper,
  ): Promise<DockerConfig> {
    let config: ConfigJson = {};
    try {
      config = JSON.parse(await readFile(file, 'utf8')) as ConfigJson;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new UserError(
          `cannot read docker config: ${(err as Error).name === 'SyntaxError' ? 'invalid JSON' : (err as Error).message}`,
          { file },
          'fix the file or point DOCKER_CONFIG at another directory',
        );
      }
    }
    return new DockerConfig(file, config, env, runHelper);
  }

  /** Credentials for a registry host (`docker.io` for Docker Hub), or undefined. */
  async lookup(host: string): Promise<FoundAuth | undefined> {
    const key = normalizeServer(host);
    const helper =
      Object.entries(this.config.credHelpers ?? {}).find(
        ([k]) => normalizeServer(k) === key,
      )?.[1] ?? this.config.credsStore;
    if (helper) {
      const fromHelper = await this.fromHelper(helper, key);
      if (fromHelper) return fromHelper;
    }
    for (const [server, entry] of Object.entries(this.config.auths ?? {})) {
      if (normalizeServer(server) !== key) continue;
      const found = this.fromEntry(entry);
      if (found) return found;
    }
    return undefined;
  }

  private fromEntry(e: AuthEntry): FoundAuth | undefined {
    const source = `${this.file} auths`;
    if (e.identitytoken) return { identityToken: e.identitytoken, username: e.username, source };
    if (e.registrytoken) return { registryToken: e.registrytoken, source };
    if (e.auth) {
      const decoded = Buffer.from(e.auth, 'base64').toString();
      const i = decoded.indexOf(':');
      if (i > 0) return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
    }
    if (e.username && e.password) return { username: e.username, password: e.password, source };
    return undefined;
  }

  private fromHelper(helper: string, key: string): Promise<FoundAuth | undefined> {
    const cacheKey = `${helper}\n${key}`;
    let p = this.helperCache.get(cacheKey);
    if (!p) {
      const server = key === 'docker.io' ? HUB_SERVER : key;
      p = this.runHelper(helper, server, this.env).then((r) => {
        if (!r?.Secret) return undefined;
        const source = `docker-credential-${helper}`;
        // Docker's convention: the user name "<token>" marks an identity token.
        if (r.Username === '<token>') return { identityToken: r.Secret, source };
        return { username: r.Username, password: r.Secret, source };
      });
      this.helperCache.set(cacheKey, p);
    }
    return p;
  }
}
