/**
 * Credentials for chart sources, found as kluctl finds them. For HTTP(S) chart
 * repositories, in this order: the `--helm-*` flags, the `KLUCTL_HELM_[<n>_]*` variables
 * (matched by host and, with PATH, a glob on the URL path), then the Helm CLI's
 * repositories.yaml (`helm repo add`, matched by URL). For OCI charts: the `--registry-*`
 * flags, `KLUCTL_REGISTRY_*`, docker's config.json and the Helm CLI's registry config
 * (`helm registry login`), through the registry client's credential lookup.
 *
 * Values never appear in messages: only where a credential came from.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { RegistryCredentials } from '../registry/credentials.js';
import type { EnvRegistrySet } from '../registry/env-config.js';
import { UsageError, UserError } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';

export interface HelmRepoAuth {
  username?: string;
  password?: string;
  certFile?: string;
  keyFile?: string;
  caFile?: string;
  insecureSkipTlsVerify?: boolean;
  /** Send the credentials to chart URLs on other hosts too (`helm repo add --pass-credentials`). */
  passCredentialsAll?: boolean;
  /** Where it came from, for messages (never a value). */
  source: string;
}

interface HelmAuthEntry extends HelmRepoAuth {
  host: string;
  pathGlob?: RegExp;
}

/** The `--helm-*` and `--registry-*` flag values, as given (`<host>[/<path>]=<value>`). */
export interface HelmCredentialFlags {
  helmUsername?: string[];
  helmPassword?: string[];
  helmKeyFile?: string[];
  helmCertFile?: string[];
  helmCaFile?: string[];
  helmInsecureSkipTlsVerify?: string[];
  helmCreds?: string[];
  registryUsername?: string[];
  registryPassword?: string[];
  registryIdentityToken?: string[];
  registryToken?: string[];
  registryCreds?: string[];
  registryKeyFile?: string[];
  registryCertFile?: string[];
  registryCaFile?: string[];
  registryPlainHttp?: string[];
  registryInsecureSkipTlsVerify?: string[];
}

/**
 * A glob as kluctl compiles it (gobwas/glob with `/` as separator): `*` and `?` stay within
 * one path segment, `**` crosses segments, `{a,b}` and `[...]` as usual.
 */
export function pathGlob(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function parseBool(v: string | undefined): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (/^(1|t|true|yes|on)$/i.test(v)) return true;
  if (/^(0|f|false|no|off)$/i.test(v)) return false;
  return undefined;
}

const HELM_KEYS = [
  'HOST',
  'PATH',
  'USERNAME',
  'PASSWORD',
  'INSECURE_SKIP_TLS_VERIFY',
  'PASS_CREDENTIALS_ALL',
  'CERT_FILE',
  'KEY_FILE',
  'CA_FILE',
  'CREDENTIALS_ID',
] as const;

/** `KLUCTL_HELM_<KEY>` and `KLUCTL_HELM_<n>_<KEY>` sets, unindexed first, then by index. */
function envEntries(env: Record<string, string | undefined>, warnings: string[]): HelmAuthEntry[] {
  const prefix = 'KLUCTL_HELM_';
  const defaultInsecure = parseBool(env.KLUCTL_HELM_DEFAULT_INSECURE_SKIP_TLS_VERIFY) ?? false;
  const sets = new Map<string, Record<string, string>>();
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(prefix) || value === undefined) continue;
    const rest = name.slice(prefix.length);
    if (rest === 'DEFAULT_INSECURE_SKIP_TLS_VERIFY') continue;
    const m = /^(?:(\d+)_)?(.+)$/.exec(rest) as RegExpExecArray;
    if (!(HELM_KEYS as readonly string[]).includes(m[2])) {
      warnings.push(`unknown variable ${name}`);
      continue;
    }
    const set = sets.get(m[1] ?? '') ?? {};
    set[m[2]] = value;
    sets.set(m[1] ?? '', set);
  }
  const order = [...sets.keys()].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b),
  );
  const out: HelmAuthEntry[] = [];
  for (const index of order) {
    const s = sets.get(index) as Record<string, string>;
    const source = index === '' ? 'KLUCTL_HELM_*' : `KLUCTL_HELM_${index}_*`;
    if (!s.HOST) {
      if (s.CREDENTIALS_ID)
        warnings.push(`${source}: CREDENTIALS_ID is deprecated and not supported; set HOST`);
      else warnings.push(`${source} has no HOST; the set is ignored`);
      continue;
    }
    out.push({
      host: s.HOST.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''),
      pathGlob: s.PATH ? pathGlob(s.PATH.replace(/^\/+/, '')) : undefined,
      username: s.USERNAME,
      password: s.PASSWORD,
      insecureSkipTlsVerify: parseBool(s.INSECURE_SKIP_TLS_VERIFY) ?? defaultInsecure,
      passCredentialsAll: parseBool(s.PASS_CREDENTIALS_ALL) ?? false,
      certFile: s.CERT_FILE,
      keyFile: s.KEY_FILE,
      caFile: s.CA_FILE,
      source,
    });
  }
  return out;
}

/** `<host>[/<path glob>]=<value>` flag values into entries, one per key, in order of appearance. */
function flagEntries(flags: HelmCredentialFlags): HelmAuthEntry[] {
  const byKey = new Map<string, HelmAuthEntry>();
  const entry = (value: string, flag: string, expectValue: boolean): [HelmAuthEntry, string] => {
    const eq = value.indexOf('=');
    if (expectValue && eq < 0)
      throw new UsageError(
        `--${flag} must be <host>[/<path>]=<value>, got no "=" (the credentialsId form is not supported)`,
      );
    const key = eq < 0 ? value : value.slice(0, eq);
    let e = byKey.get(key);
    if (!e) {
      const slash = key.indexOf('/');
      e = {
        host: slash < 0 ? key : key.slice(0, slash),
        pathGlob: slash < 0 ? undefined : pathGlob(key.slice(slash + 1)),
        source: `--helm-* flags for ${key}`,
      };
      byKey.set(key, e);
    }
    return [e, eq < 0 ? '' : value.slice(eq + 1)];
  };
  for (const v of flags.helmUsername ?? []) {
    const [e, val] = entry(v, 'helm-username', true);
    e.username = val;
  }
  for (const v of flags.helmPassword ?? []) {
    const [e, val] = entry(v, 'helm-password', true);
    e.password = val;
  }
  for (const v of flags.helmKeyFile ?? []) {
    const [e, val] = entry(v, 'helm-key-file', true);
    e.keyFile = val;
  }
  for (const v of flags.helmCertFile ?? []) {
    const [e, val] = entry(v, 'helm-cert-file', true);
    e.certFile = val;
  }
  for (const v of flags.helmCaFile ?? []) {
    const [e, val] = entry(v, 'helm-ca-file', true);
    e.caFile = val;
  }
  for (const v of flags.helmInsecureSkipTlsVerify ?? [])
    entry(v, 'helm-insecure-skip-tls-verify', false)[0].insecureSkipTlsVerify = true;
  for (const v of flags.helmCreds ?? []) {
    const [e, val] = entry(v, 'helm-creds', true);
    const colon = val.indexOf(':');
    if (colon < 0)
      throw new UsageError('--helm-creds must be <host>[/<path>]=<username>:<password>');
    e.username = val.slice(0, colon);
    e.password = val.slice(colon + 1);
  }
  return [...byKey.values()];
}

/** The Helm CLI's directories, as `helm env` reports them on Linux. */
export function helmConfigHome(env: Record<string, string | undefined>): string {
  return (
    env.HELM_CONFIG_HOME ||
    path.join(env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config'), 'helm')
  );
}

export function helmRepositoryConfig(env: Record<string, string | undefined>): string {
  return env.HELM_REPOSITORY_CONFIG || path.join(helmConfigHome(env), 'repositories.yaml');
}

export function helmRegistryConfig(env: Record<string, string | undefined>): string {
  return env.HELM_REGISTRY_CONFIG || path.join(helmConfigHome(env), 'registry', 'config.json');
}

interface RepoFileEntry extends HelmRepoAuth {
  url: string;
}

/** Repositories added with `helm repo add` (missing or unreadable file: none). */
function helmRepoFileEntries(file: string): RepoFileEntry[] {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  } catch {
    return [];
  }
  const list = isPlainObject(doc) && Array.isArray(doc.repositories) ? doc.repositories : [];
  return list.filter(isPlainObject).flatMap((r) => {
    if (typeof r.url !== 'string') return [];
    const s = (k: string) => (typeof r[k] === 'string' && r[k] ? (r[k] as string) : undefined);
    return [
      {
        url: r.url.replace(/\/+$/, ''),
        username: s('username'),
        password: s('password'),
        certFile: s('certFile'),
        keyFile: s('keyFile'),
        caFile: s('caFile'),
        insecureSkipTlsVerify: r.insecure_skip_tls_verify === true,
        passCredentialsAll: r.pass_credentials_all === true,
        source: `${file} (repository ${typeof r.name === 'string' ? r.name : r.url})`,
      },
    ];
  });
}

/** Credentials for HTTP(S) chart repositories. */
export class HelmRepoCredentials {
  private constructor(
    private readonly entries: HelmAuthEntry[],
    private readonly repoFile: RepoFileEntry[],
    /** Warnings about the environment (never values). */
    readonly warnings: string[],
  ) {}

  static load(
    env: Record<string, string | undefined>,
    flags: HelmCredentialFlags = {},
  ): HelmRepoCredentials {
    const warnings: string[] = [];
    const entries = [...flagEntries(flags), ...envEntries(env, warnings)];
    return new HelmRepoCredentials(
      entries,
      helmRepoFileEntries(helmRepositoryConfig(env)),
      warnings,
    );
  }

  static none(): HelmRepoCredentials {
    return new HelmRepoCredentials([], [], []);
  }

  /** Every secret value, so callers can scrub them from server messages. */
  secrets(): string[] {
    return [...this.entries, ...this.repoFile].flatMap((e) => (e.password ? [e.password] : []));
  }

  /** What to use for a repository URL, or undefined for anonymous access. */
  find(repoUrl: string): HelmRepoAuth | undefined {
    const u = new URL(repoUrl);
    const urlPath = decodeURIComponent(u.pathname).replace(/^\/+/, '');
    for (const e of this.entries) {
      if (e.host.toLowerCase() !== u.host.toLowerCase()) continue;
      if (e.pathGlob && !e.pathGlob.test(urlPath)) continue;
      const { host: _h, pathGlob: _p, ...auth } = e;
      return auth;
    }
    const wanted = repoUrl.replace(/\/+$/, '');
    const fromFile = this.repoFile.find((r) => r.url === wanted);
    if (fromFile) {
      const { url: _u, ...auth } = fromFile;
      return auth;
    }
    return undefined;
  }
}

/** `--registry-*` flags as registry credential sets (they win over the environment's). */
function registryFlagSets(flags: HelmCredentialFlags): EnvRegistrySet[] {
  const byKey = new Map<string, EnvRegistrySet>();
  const set = (value: string, flag: string, expectValue: boolean): [EnvRegistrySet, string] => {
    const eq = value.indexOf('=');
    if (expectValue && eq < 0)
      throw new UsageError(`--${flag} must be <registry>[/<repo>]=<value>`);
    const key = eq < 0 ? value : value.slice(0, eq);
    let s = byKey.get(key);
    if (!s) {
      const slash = key.indexOf('/');
      s = {
        host: slash < 0 ? key : key.slice(0, slash),
        repository: slash < 0 ? undefined : key.slice(slash + 1),
        source: `--registry-* flags for ${key}`,
      };
      byKey.set(key, s);
    }
    return [s, eq < 0 ? '' : value.slice(eq + 1)];
  };
  const assign = (
    list: string[] | undefined,
    flag: string,
    apply: (s: EnvRegistrySet, v: string) => void,
  ) => {
    for (const v of list ?? []) {
      const [s, val] = set(v, flag, true);
      apply(s, val);
    }
  };
  assign(flags.registryUsername, 'registry-username', (s, v) => (s.username = v));
  assign(flags.registryPassword, 'registry-password', (s, v) => (s.password = v));
  assign(flags.registryIdentityToken, 'registry-identity-token', (s, v) => (s.identityToken = v));
  assign(flags.registryToken, 'registry-token', (s, v) => (s.registryToken = v));
  assign(flags.registryCreds, 'registry-creds', (s, v) => {
    const colon = v.indexOf(':');
    if (colon < 0) s.registryToken = v;
    else {
      s.username = v.slice(0, colon);
      s.password = v.slice(colon + 1);
    }
  });
  assign(flags.registryKeyFile, 'registry-key-file', (s, v) => (s.keyFile = v));
  assign(flags.registryCertFile, 'registry-cert-file', (s, v) => (s.certFile = v));
  assign(flags.registryCaFile, 'registry-ca-file', (s, v) => (s.caFile = v));
  for (const v of flags.registryPlainHttp ?? [])
    set(v, 'registry-plain-http', false)[0].plainHttp = true;
  for (const v of flags.registryInsecureSkipTlsVerify ?? [])
    set(v, 'registry-insecure-skip-tls-verify', false)[0].insecureSkipTlsVerify = true;
  return [...byKey.values()];
}

/** Credentials for OCI charts: flags, KLUCTL_REGISTRY_*, docker's config, Helm's registry config. */
export async function loadOciCredentials(
  env: Record<string, string | undefined>,
  flags: HelmCredentialFlags = {},
): Promise<RegistryCredentials> {
  try {
    return await RegistryCredentials.load(env, {
      extraSets: registryFlagSets(flags),
      extraConfigFiles: [helmRegistryConfig(env)],
    });
  } catch (err) {
    if (err instanceof UserError || err instanceof UsageError) throw err;
    throw new UserError(`cannot read registry credentials: ${(err as Error).message}`);
  }
}
