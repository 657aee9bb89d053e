/**
 * What a project pulls in from elsewhere during one run: git and OCI includes, library
 * projects, and the git / cluster / http / cloud vars sources, plus SOPS decryption of what
 * it reads. Everything is fetched once per run and cached in a private temp directory that
 * close() removes; nothing is written into the user's tree.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectCluster, type Cluster, type RetryOptions } from '../cluster/index.js';
import { RegistryClient } from '../registry/client.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import { SopsDecryptor } from '../sops/index.js';
import { UserError } from '../util/errors.js';
import { removeIfInterrupted } from '../util/scratch.js';
import { GitFetcher } from './git.js';
import { OciFetcher } from './oci.js';

export type Env = Record<string, string | undefined>;

/** Connects to the cluster of a kubeconfig context (the target's, unless the user chose one). */
export type ClusterConnector = (targetContext: string | undefined) => Promise<Cluster>;

/** A connector for kubeconfig access settings (kubeconfig file, context chosen by the user). */
export function clusterConnector(access: {
  kubeconfig?: string;
  context?: string;
  retry?: RetryOptions;
  concurrency?: number;
}): ClusterConnector {
  return (targetContext) =>
    connectCluster({
      kubeconfig: access.kubeconfig,
      context: access.context ?? targetContext,
      retry: access.retry,
      concurrency: access.concurrency,
    });
}

export interface SourcesOptions {
  env: Env;
  cwd: string;
  log?: (line: string) => void;
  /** Told every secret seen (decrypted values, passwords in use), to mask and redact it. */
  onSecret?: (value: string) => void;
  /** Registry credentials for OCI includes (default: KLUCTL_REGISTRY_* and docker config). */
  registryCredentials?: () => Promise<RegistryCredentials>;
  /** How to reach the cluster; absent: offline (cluster vars sources fail, clearly). */
  cluster?: ClusterConnector;
  /** Why there is no cluster, for the error of a cluster vars source. */
  offlineReason?: string;
}

export class Sources {
  readonly git: GitFetcher;
  readonly oci: OciFetcher;
  readonly sops: SopsDecryptor;
  readonly cacheDir: string;
  private registryClient: RegistryClient | undefined;
  private registryPromise: Promise<RegistryClient> | undefined;
  private readonly clusters = new Map<string, Promise<Cluster>>();
  private readonly forgetCacheDir: () => void;

  constructor(readonly opts: SourcesOptions) {
    this.cacheDir = mkdtempSync(path.join(tmpdir(), 'shipshape-sources-'));
    this.forgetCacheDir = removeIfInterrupted(this.cacheDir);
    this.git = new GitFetcher({
      env: opts.env,
      cacheDir: this.cacheDir,
      log: opts.log,
      onSecret: opts.onSecret,
    });
    this.oci = new OciFetcher(() => this.registry(), this.cacheDir, opts.log);
    this.sops = new SopsDecryptor({ env: opts.env, cwd: opts.cwd, onSecret: opts.onSecret });
  }

  /** The registry client, created on first use (credentials are read once). */
  async registry(): Promise<RegistryClient> {
    this.registryPromise ??= (async () => {
      const credentials = this.opts.registryCredentials
        ? await this.opts.registryCredentials()
        : await (
            await import('../registry/credentials.js')
          ).RegistryCredentials.load(this.opts.env);
      this.registryClient = new RegistryClient({
        credentials,
        env: this.opts.env,
        onSecret: this.opts.onSecret,
      });
      return this.registryClient;
    })();
    return this.registryPromise;
  }

  /** The cluster of `context`, connected once; a UserError when this run has none. */
  cluster(context: string | undefined, what: string): Promise<Cluster> {
    const connect = this.opts.cluster;
    if (!connect)
      return Promise.reject(
        new UserError(
          `${what} needs a cluster, and ${this.opts.offlineReason ?? 'this command does not connect to one'}`,
          {},
          'use a command that talks to the cluster (deploy, diff against the cluster), or pass --kubeconfig/--context to render',
        ),
      );
    const key = context ?? '';
    let p = this.clusters.get(key);
    if (!p) {
      p = connect(context);
      this.clusters.set(key, p);
    }
    return p;
  }

  /** Whether a cluster can be asked (deployed images are only looked up then). */
  get online(): boolean {
    return this.opts.cluster !== undefined;
  }

  /** Counters for benchmarks and tests. */
  stats(): { gitFetches: number; ociPulls: number; registryRequests: number } {
    return {
      gitFetches: this.git.fetches,
      ociPulls: this.oci.pulls,
      registryRequests: this.registryClient?.http.requests ?? 0,
    };
  }

  async close(): Promise<void> {
    await this.registryClient?.close();
    for (const p of this.clusters.values()) await p.then((c) => c.close()).catch(() => undefined);
    rmSync(this.cacheDir, { recursive: true, force: true });
    this.forgetCacheDir();
  }
}
