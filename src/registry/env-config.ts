import { nearest } from '../util/errors.js';

/** What a registry needs besides the host: credentials and connection settings. */
export interface RegistryAuth {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (docker's `identitytoken`), exchanged at the token realm. */
  identityToken?: string;
  /** A bearer token sent as is. */
  registryToken?: string;
}

export interface RegistryTransportConfig {
  plainHttp?: boolean;
  insecureSkipTlsVerify?: boolean;
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

/** One `KLUCTL_REGISTRY[_<n>]_*` set. */
export interface EnvRegistrySet extends RegistryAuth, RegistryTransportConfig {
  /** Host pattern (`*` wildcards); `docker.io` covers Docker Hub's aliases. */
  host?: string;
  /** Repository pattern (`*` wildcards); Docker Hub's `library/` may be omitted. */
  repository?: string;
  /** `KLUCTL_REGISTRY_*` or `KLUCTL_REGISTRY_<n>_*`, for messages. */
  source: string;
}

export interface EnvRegistryConfig {
  sets: EnvRegistrySet[];
  /** `KLUCTL_REGISTRY_DEFAULT_TLSVERIFY` (default true): verification for hosts without a set. */
  defaultTlsVerify: boolean;
  /** Problems worth a warning (unknown keys, bad booleans); never contain values. */
  warnings: string[];
}

const PREFIX = 'KLUCTL_REGISTRY_';
const KEYS = [
  'HOST',
  'REPOSITORY',
  'USERNAME',
  'PASSWORD',
  'IDENTITY_TOKEN',
  'TOKEN',
  'INSECURE_SKIP_TLS_VERIFY',
  'PLAIN_HTTP',
  'CERT_FILE',
  'KEY_FILE',
  'CA_FILE',
  'TLSVERIFY',
] as const;
type Key = (typeof KEYS)[number];

function parseBool(v: string): boolean | undefined {
  if (/^(1|t|true|yes|on)$/i.test(v)) return true;
  if (/^(0|f|false|no|off)$/i.test(v)) return false;
  return undefined;
}

/**
 * Reads kluctl's registry variables: an unindexed set `KLUCTL_REGISTRY_<KEY>` and indexed
 * sets `KLUCTL_REGISTRY_<n>_<KEY>`, in that order (unindexed first, then by index).
 */
export function readEnvRegistryConfig(env: Record<string, string | undefined>): EnvRegistryConfig {
  const warnings: string[] = [];
  const raw = new Map<string, Partial<Record<Key, string>>>();
  let defaultTlsVerify = true;
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(PREFIX) || value === undefined) continue;
    const rest = name.slice(PREFIX.length);
    if (rest === 'DEFAULT_TLSVERIFY') {
      const b = parseBool(value);
      if (b === undefined) warnings.push(`${name} is not a boolean; TLS verification stays on`);
      else defaultTlsVerify = b;
      continue;
    }
    const m = /^(?:(\d+)_)?(.+)$/.exec(rest) as RegExpExecArray;
    const index = m[1] ?? '';
    const key = m[2] as Key;
    if (!KEYS.includes(key)) {
      const guess = nearest(m[2], KEYS);
      warnings.push(`unknown variable ${name}${guess ? ` (did you mean ${guess}?)` : ''}`);
      continue;
    }
    const set = raw.get(index) ?? {};
    set[key] = value;
    raw.set(index, set);
  }
  const order = [...raw.keys()].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b),
  );
  const sets: EnvRegistrySet[] = [];
  for (const index of order) {
    const r = raw.get(index) as Partial<Record<Key, string>>;
    const source = index === '' ? 'KLUCTL_REGISTRY_*' : `KLUCTL_REGISTRY_${index}_*`;
    const bool = (key: Key): boolean | undefined => {
      const v = r[key];
      if (v === undefined || v === '') return undefined;
      const b = parseBool(v);
      if (b === undefined) warnings.push(`${source.replace('*', key)} is not a boolean; ignored`);
      return b;
    };
    const set: EnvRegistrySet = { source };
    if (r.HOST) set.host = r.HOST.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
    if (r.REPOSITORY) set.repository = r.REPOSITORY.replace(/^\/+|\/+$/g, '');
    if (r.USERNAME) set.username = r.USERNAME;
    if (r.PASSWORD) set.password = r.PASSWORD;
    if (r.IDENTITY_TOKEN) set.identityToken = r.IDENTITY_TOKEN;
    if (r.TOKEN) set.registryToken = r.TOKEN;
    if (r.CA_FILE) set.caFile = r.CA_FILE;
    if (r.CERT_FILE) set.certFile = r.CERT_FILE;
    if (r.KEY_FILE) set.keyFile = r.KEY_FILE;
    const plain = bool('PLAIN_HTTP');
    if (plain !== undefined) set.plainHttp = plain;
    // The seed's TLSVERIFY (true = verify) and the newer INSECURE_SKIP_TLS_VERIFY say the same.
    const verify = bool('TLSVERIFY');
    const skip = bool('INSECURE_SKIP_TLS_VERIFY');
    if (skip !== undefined) set.insecureSkipTlsVerify = skip;
    else if (verify !== undefined) set.insecureSkipTlsVerify = !verify;
    if (!set.host && !set.repository) {
      warnings.push(`${source} has no HOST or REPOSITORY; the set is ignored`);
      continue;
    }
    sets.push(set);
  }
  return { sets, defaultTlsVerify, warnings };
}
