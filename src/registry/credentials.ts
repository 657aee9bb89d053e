import { DockerConfig, type FoundAuth, type HelperRunner } from './docker-config.js';
import {
  readEnvRegistryConfig,
  type EnvRegistrySet,
  type RegistryTransportConfig,
} from './env-config.js';
import { DOCKER_HUB, isDockerHub } from './reference.js';
import { wildcardRegExp } from './wildcard.js';

export type { FoundAuth } from './docker-config.js';

/**
 * Where credentials and TLS settings for a repository come from: the KLUCTL_REGISTRY_*
 * sets first (a set naming a repository beats one naming only a host, then by order),
 * then the docker config (credHelpers, credsStore, auths), as kluctl does.
 */
export class RegistryCredentials {
  private constructor(
    private readonly sets: EnvRegistrySet[],
    private readonly defaultTlsVerify: boolean,
    private readonly dockers: DockerConfig[],
    /** Warnings about the environment (never values). */
    readonly warnings: string[],
  ) {}

  /**
   * `extraSets` (e.g. from command-line flags) come before the environment's sets;
   * `extraConfigFiles` (e.g. Helm's registry config) are asked after the docker config.
   */
  static async load(
    env: Record<string, string | undefined>,
    opts: {
      runHelper?: HelperRunner;
      dockerConfig?: boolean;
      extraSets?: EnvRegistrySet[];
      extraConfigFiles?: string[];
    } = {},
  ): Promise<RegistryCredentials> {
    const cfg = readEnvRegistryConfig(env);
    const dockers =
      opts.dockerConfig === false ? [] : [await DockerConfig.load(env, opts.runHelper)];
    for (const file of opts.extraConfigFiles ?? [])
      dockers.push(await DockerConfig.loadFile(file, env, opts.runHelper));
    return new RegistryCredentials(
      [...(opts.extraSets ?? []), ...cfg.sets],
      cfg.defaultTlsVerify,
      dockers,
      cfg.warnings,
    );
  }

  /** No credentials and default TLS: for tests and anonymous use. */
  static none(): RegistryCredentials {
    return new RegistryCredentials([], true, [], []);
  }

  private matching(domain: string, repository: string): EnvRegistrySet[] {
    const hostMatches = (pattern: string) =>
      isDockerHub(pattern) ? domain === DOCKER_HUB : wildcardRegExp(pattern, 'i').test(domain);
    const repoMatches = (pattern: string) => {
      const re = wildcardRegExp(pattern);
      return (
        re.test(repository) ||
        (domain === DOCKER_HUB && repository.startsWith('library/') && re.test(repository.slice(8)))
      );
    };
    const score = (s: EnvRegistrySet) => (s.repository ? 2 : 0) + (s.host ? 1 : 0);
    return this.sets
      .filter(
        (s) => (!s.host || hostMatches(s.host)) && (!s.repository || repoMatches(s.repository)),
      )
      .sort((a, b) => score(b) - score(a));
  }

  /** TLS/plain-HTTP settings for a host (and repository, when sets name one). */
  transportFor(domain: string, repository = ''): RegistryTransportConfig {
    const set = this.matching(domain, repository)[0];
    const out: RegistryTransportConfig = { insecureSkipTlsVerify: !this.defaultTlsVerify };
    if (!set) return out;
    for (const k of [
      'plainHttp',
      'insecureSkipTlsVerify',
      'caFile',
      'certFile',
      'keyFile',
    ] as const) {
      if (set[k] !== undefined) (out as Record<string, unknown>)[k] = set[k];
    }
    return out;
  }

  /** Credentials for a repository, or undefined for anonymous access. */
  async authFor(domain: string, repository: string): Promise<FoundAuth | undefined> {
    const set = this.matching(domain, repository).find(
      (s) => s.username || s.password || s.identityToken || s.registryToken,
    );
    if (set) {
      const { username, password, identityToken, registryToken, source } = set;
      return { username, password, identityToken, registryToken, source };
    }
    for (const docker of this.dockers) {
      const found = await docker.lookup(domain);
      if (found) return found;
    }
    return undefined;
  }
}
