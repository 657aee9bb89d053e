/**
 * The cloud secret stores as vars sources, each through its provider's official SDK, loaded
 * only when a project uses one (dynamic import, never bundled): AWS Secrets Manager
 * (@aws-sdk/client-secrets-manager), Google Secret Manager (@google-cloud/secret-manager),
 * Azure Key Vault (@azure/keyvault-secrets + @azure/identity). HashiCorp Vault has no
 * official JavaScript SDK: its HTTP API (what kluctl's Go client calls) is used directly.
 *
 * Each returns the secret's text (a YAML/JSON document), or undefined when the secret does
 * not exist. The runner's credentials go only to the provider's own endpoints: a Vault or
 * Key Vault address from the project must be one the user trusts (docs/security.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError, type ErrorLocation } from '../util/errors.js';
import { loadUndici } from '../util/undici.js';
import type { Env } from './index.js';

/** Loads an optional SDK: from shipshape's own modules, else from the working directory's. */
export async function loadSdk<T>(
  name: string,
  cwd: string,
  what: string,
  loc: ErrorLocation,
): Promise<T> {
  const spec: string = name;
  try {
    return (await import(/* webpackIgnore: true */ spec)) as T;
  } catch {
    try {
      const resolved = createRequire(path.join(cwd, 'package.json')).resolve(name);
      return (await import(/* webpackIgnore: true */ pathToFileURL(resolved).href)) as T;
    } catch {
      throw new UserError(
        `${what} needs the npm package ${name}, which is not installed`,
        loc,
        `install it where shipshape or the project runs: npm install ${name}`,
      );
    }
  }
}

const cloudError = (what: string, err: unknown, loc: ErrorLocation, hint?: string) =>
  new UserError(
    `${what}: ${((err as Error)?.message ?? String(err)).split('\n')[0].slice(0, 300)}`,
    loc,
    hint,
  );

/** Hosts the user allows credentials to go to (SHIPSHAPE_TRUSTED_HOSTS, comma-separated). */
function trusted(env: Env): Set<string> {
  return new Set(
    (env.SHIPSHAPE_TRUSTED_HOSTS ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}

// ---- AWS Secrets Manager ----

export interface AwsSpec {
  secretName: string;
  region?: string;
  profile?: string;
}

type AwsSdk = {
  SecretsManagerClient: new (cfg: Record<string, unknown>) => {
    send(cmd: unknown): Promise<{ SecretString?: string; SecretBinary?: Uint8Array }>;
    destroy(): void;
  };
  GetSecretValueCommand: new (input: { SecretId: string }) => unknown;
};

/** Whether the environment configures AWS itself (then it wins over a source's profile). */
const awsEnvConfigured = (env: Env) =>
  Boolean(
    env.AWS_PROFILE ||
    (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE,
  );

/** Whether a profile is defined in the shared config or credentials file. */
function awsProfileExists(profile: string, env: Env): boolean {
  const home = env.HOME || homedir();
  const files: [string, RegExp][] = [
    [
      env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'),
      profile === 'default'
        ? /^\[\s*(?:profile\s+)?default\s*\]/m
        : /^\[\s*profile\s+(\S+?)\s*\]/gm,
    ],
    [
      env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'),
      /^\[\s*(\S+?)\s*\]/gm,
    ],
  ];
  return files.some(([file, section]) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    if (!section.global) return section.test(text);
    return [...text.matchAll(section)].some((m) => m[1] === profile);
  });
}

/**
 * GetSecretValue as kluctl does it: the region from `region` or the ARN; the credentials from
 * the SDK's default chain, where an environment that configures AWS (AWS_PROFILE, access
 * keys, web identity) wins over the source's `profile`, and a `profile` that is not defined
 * on this machine falls back to the default chain with a warning. Endpoint overrides are
 * the SDK's own (AWS_ENDPOINT_URL_SECRETS_MANAGER, AWS_ENDPOINT_URL, `endpoint_url`).
 */
export async function awsSecret(
  spec: AwsSpec,
  env: Env,
  cwd: string,
  loc: ErrorLocation,
  log?: (line: string) => void,
): Promise<string | undefined> {
  let region = spec.region;
  if (!region) {
    const arn = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d+:secret:.+$/.exec(spec.secretName);
    if (!arn)
      throw new UserError(
        'awsSecretsManager: when omitting the AWS region, the secret name must be a valid ARN',
        loc,
      );
    region = arn[1];
  }
  if (!/^[a-z0-9-]+$/.test(region))
    throw new UserError(`awsSecretsManager: "${region}" is not an AWS region`, loc);
  const sdk = await loadSdk<AwsSdk>(
    '@aws-sdk/client-secrets-manager',
    cwd,
    'awsSecretsManager vars',
    loc,
  );
  let profile: string | undefined;
  if (spec.profile && !awsEnvConfigured(env)) {
    if (awsProfileExists(spec.profile, env)) profile = spec.profile;
    else
      log?.(
        `warning: the AWS profile ${spec.profile} is not defined on this machine (${loc.file}); using the default AWS credentials`,
      );
  }
  const client = new sdk.SecretsManagerClient({ region, ...(profile ? { profile } : {}) });
  try {
    const out = await client.send(new sdk.GetSecretValueCommand({ SecretId: spec.secretName }));
    return out.SecretString ?? Buffer.from(out.SecretBinary ?? []).toString('utf8');
  } catch (err) {
    if ((err as { name?: string }).name === 'ResourceNotFoundException') return undefined;
    throw cloudError(
      `getting secret ${spec.secretName} from AWS Secrets Manager failed`,
      err,
      loc,
      'check the secret name, the region and your AWS credentials',
    );
  } finally {
    client.destroy();
  }
}

// ---- Google Secret Manager ----

type GcpSdk = {
  SecretManagerServiceClient: new (opts?: Record<string, unknown>) => {
    accessSecretVersion(req: {
      name: string;
    }): Promise<[{ payload?: { data?: Uint8Array | string } }]>;
    close(): Promise<void>;
  };
};

export async function gcpSecret(
  secretName: string,
  cwd: string,
  loc: ErrorLocation,
): Promise<string | undefined> {
  if (!/^projects\/[^/]+\/secrets\/[^/]+\/versions\/[^/]+$/.test(secretName))
    throw new UserError(
      `gcpSecretManager: secretName "${secretName}" must be projects/<project>/secrets/<secret>/versions/<version>`,
      loc,
    );
  const sdk = await loadSdk<GcpSdk>(
    '@google-cloud/secret-manager',
    cwd,
    'gcpSecretManager vars',
    loc,
  );
  const client = new sdk.SecretManagerServiceClient();
  try {
    const [res] = await client.accessSecretVersion({ name: secretName });
    const data = res.payload?.data;
    return typeof data === 'string' ? data : Buffer.from(data ?? []).toString('utf8');
  } catch (err) {
    if (
      /NOT_FOUND|NotFound|code 5\b|^5 /.test(String((err as Error)?.message ?? err)) ||
      (err as { code?: number }).code === 5
    )
      return undefined;
    throw cloudError(
      'failed to access secret version',
      err,
      loc,
      'check the secret name and your Google credentials (Application Default Credentials)',
    );
  } finally {
    await client.close().catch(() => undefined);
  }
}

// ---- Azure Key Vault ----

type AzureSdk = {
  SecretClient: new (
    url: string,
    cred: unknown,
    opts?: Record<string, unknown>,
  ) => {
    getSecret(name: string): Promise<{ value?: string }>;
  };
};
type AzureIdentity = { DefaultAzureCredential: new () => unknown };

const AZURE_VAULT_DOMAINS = [
  'vault.azure.net',
  'vault.azure.cn',
  'vault.usgovcloudapi.net',
  'vault.microsoftazure.de',
];

export async function azureSecret(
  spec: { vaultUri: string; secretName: string },
  env: Env,
  cwd: string,
  loc: ErrorLocation,
): Promise<string | undefined> {
  let host: string;
  try {
    host = new URL(spec.vaultUri).hostname.toLowerCase();
  } catch {
    throw new UserError(`azureKeyVault: vaultUri "${spec.vaultUri}" is not a URL`, loc);
  }
  if (!AZURE_VAULT_DOMAINS.some((d) => host.endsWith(`.${d}`)) && !trusted(env).has(host))
    throw new UserError(
      `azureKeyVault: ${host} is not an Azure Key Vault host; your Azure credentials are not sent there`,
      loc,
      `if it is yours, allow it: SHIPSHAPE_TRUSTED_HOSTS=${host}`,
    );
  const sdk = await loadSdk<AzureSdk>('@azure/keyvault-secrets', cwd, 'azureKeyVault vars', loc);
  const credential = new (
    await loadSdk<AzureIdentity>('@azure/identity', cwd, 'azureKeyVault vars', loc)
  ).DefaultAzureCredential();
  const client = new sdk.SecretClient(spec.vaultUri, credential);
  try {
    const s = await client.getSecret(spec.secretName);
    return s.value || undefined;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return undefined;
    throw cloudError(
      `failed to get the secret ${spec.secretName}`,
      err,
      loc,
      'check the vault, the secret name and your Azure credentials (az login or AZURE_* variables)',
    );
  }
}

// ---- HashiCorp Vault ----

/**
 * `GET <address>/v1/<path>` with VAULT_TOKEN, as kluctl's Vault client reads a secret; the
 * `data` of the answer (KV v2's inner data) as JSON. The token goes only to the Vault the
 * runner is configured for (VAULT_ADDR) or a host the user trusts.
 */
export async function vaultSecret(
  spec: { address: string; path: string },
  env: Env,
  loc: ErrorLocation,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(`${spec.address.replace(/\/+$/, '')}/v1/${spec.path.replace(/^\/+/, '')}`);
  } catch {
    throw new UserError(`vault: address "${spec.address}" is not a URL`, loc);
  }
  const host = url.hostname.toLowerCase();
  let configured: string | undefined;
  try {
    configured = env.VAULT_ADDR ? new URL(env.VAULT_ADDR).hostname.toLowerCase() : undefined;
  } catch {
    configured = undefined;
  }
  const token = env.VAULT_TOKEN;
  if (token && host !== configured && !trusted(env).has(host))
    throw new UserError(
      `vault: the project asks ${host}, which is not the Vault this machine uses (VAULT_ADDR); VAULT_TOKEN is not sent there`,
      loc,
      `if ${host} is yours, set VAULT_ADDR to it or allow it: SHIPSHAPE_TRUSTED_HOSTS=${host}`,
    );
  const headers: Record<string, string> = {};
  if (token) headers['x-vault-token'] = token;
  if (env.VAULT_NAMESPACE) headers['x-vault-namespace'] = env.VAULT_NAMESPACE;
  const { fetch } = await loadUndici();
  let res;
  try {
    res = await fetch(url, { headers, signal: AbortSignal.timeout(15_000), redirect: 'error' });
  } catch (err) {
    throw cloudError('reading from vault failed', (err as { cause?: Error }).cause ?? err, loc);
  }
  if (res.status === 404) {
    await res.body?.cancel();
    return undefined;
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw new UserError(
      `reading from vault failed: HTTP ${res.status} for ${url.origin}${url.pathname}`,
      loc,
      'check the path and VAULT_TOKEN',
    );
  }
  const body = (await res.json().catch(() => undefined)) as
    { data?: { data?: unknown } | null } | undefined;
  if (!body?.data) return undefined;
  return JSON.stringify(body.data.data ?? null);
}
