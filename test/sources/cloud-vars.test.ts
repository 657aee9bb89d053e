/**
 * The cloud secret stores as vars sources, end to end through `shipshape render`, each with
 * its provider's real SDK (devDependencies here; users install them, docs/sources.md):
 *
 * - awsSecretsManager: moto's server (PyPI moto[server], the AWS emulator), reached through
 *   the SDK's standard AWS_ENDPOINT_URL_SECRETS_MANAGER; a recorder in front of it shows
 *   the exact requests (target, body, SigV4 credential scope).
 * - gcpSecretManager: no emulator of Secret Manager installs from the registries, so a local
 *   gRPC server (TLS, the service's own .proto from the SDK) answers AccessSecretVersion as
 *   the service does; the SDK's default gRPC transport reaches it through grpc-js's standard
 *   grpc_proxy, and its service-account credentials sign the JWT the server verifies.
 * - azureKeyVault: no emulator installs from the registries either, so a local HTTPS server
 *   speaks Key Vault's REST API (the 401 bearer challenge, then GET /secrets/{name}/) and a
 *   local App Service managed-identity endpoint (IDENTITY_ENDPOINT) issues the token that
 *   DefaultAzureCredential gets; the SDK reaches the vault's real host name through
 *   HTTPS_PROXY.
 *
 * The proxies route the services' real host names to the local servers and refuse anything
 * else, so nothing leaves the machine, and TLS names and the SDKs' own host checks hold.
 */
import { generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadSdk } from '../../src/sources/cloud-vars.js';
import { redactSensitive } from '../../src/util/sensitive.js';
import { runCli } from '../support/cli.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';
import { motoUnavailable, startMoto, type Moto } from '../support/moto.js';
import { writeProject } from '../support/project.js';
import { makeServerCert } from '../support/registry/certs.js';

const work = mkdtempSync(path.join(tmpdir(), 'shipshape-cloud-vars-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The ConfigMap `out` of a render: what the vars made of the template. */
const out = (stdout: string) =>
  (
    parseAllDocuments(stdout)
      .map((d) => d.toJS())
      .find((o) => o?.metadata?.name === 'out') ?? {}
  ).data as Record<string, string> | undefined;

/** A project with the given vars sources and a ConfigMap showing `value` and `nested.a`. */
const project = (vars: string, extra: Record<string, string> = {}) =>
  writeProject({
    'deployment.yaml': `vars:\n${vars}\ndeployments:\n  - path: cm\n`,
    'cm/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: out\ndata:\n${Object.entries(
      {
        v: "{{ (value | default('unset')) | string }}",
        n: "{{ ((nested | default({})).a | default('')) | string }}",
        ...extra,
      },
    )
      .map(([k, t]) => `  ${k}: ${JSON.stringify(t)}`)
      .join('\n')}\n`,
  });

const render = (dir: string, env: Record<string, string | undefined> = {}) =>
  runCli(['render', '--project-dir', dir, '--print-all'], { env });

/**
 * The SDKs read the process environment (their documented configuration), so each block
 * sets it for its tests (`set`, from its own beforeAll) and puts it back; the variables that
 * could reach a real cloud or carry another configuration are cleared first.
 */
const CLOUD_ENV =
  /^(AWS_|GOOGLE_|GCLOUD_|CLOUDSDK_|AZURE_|IDENTITY_|IMDS_|MSI_|GRPC_|grpc_proxy$|https?_proxy$|HTTPS?_PROXY$|no_proxy$|NO_PROXY$)/;
function cloudEnv() {
  let saved: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    saved = { ...process.env };
    for (const k of Object.keys(process.env)) if (CLOUD_ENV.test(k)) delete process.env[k];
  });
  afterAll(() => restoreEnv(saved));
  return { set: (vars: Record<string, string>) => Object.assign(process.env, vars) };
}
function restoreEnv(saved: NodeJS.ProcessEnv) {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
}

/** The directory of an installed package (resolved from here, as the product loads it). */
function packageDir(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** A loopback HTTP(S) server that records each request with its body. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
function recording(
  handler: (
    req: Seen,
    res: (status: number, body: string, headers?: Record<string, string>) => void,
  ) => void,
  tlsFiles?: { certFile: string; keyFile: string },
) {
  const seen: Seen[] = [];
  const listener = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(s);
      handler(s, (status, text, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(text);
      });
    });
  };
  const server: Server = tlsFiles
    ? createHttpsServer(
        { cert: readFileSync(tlsFiles.certFile), key: readFileSync(tlsFiles.keyFile) },
        listener,
      )
    : createHttpServer(listener);
  return {
    seen,
    server,
    async listen() {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return (server.address() as AddressInfo).port;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Trusts a test CA in this process (Node 24's runtime setter; tests run on Node 24). */
function trustCa(caFile: string) {
  expect(tls.setDefaultCACertificates, 'tests run on Node 24 (npm ci installs it)').toBeTypeOf(
    'function',
  );
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), readFileSync(caFile, 'utf8')]);
}

// ---- AWS Secrets Manager against moto ----------------------------------------------------

const motoMissing = motoUnavailable();
if (motoMissing) console.warn(`awsSecretsManager tests skipped: ${motoMissing}`);

describe.skipIf(motoMissing)('awsSecretsManager vars source (moto, the real AWS SDK)', () => {
  let moto: Moto;
  let arn = '';
  // In front of moto: records what the SDK sends, forwards it unchanged.
  const recorder = recording((req, reply) => {
    const fwd = httpRequest(
      `${moto.url}${req.url}`,
      { method: req.method, headers: req.headers },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          reply(res.statusCode ?? 500, text, {
            'content-type': String(res.headers['content-type'] ?? 'application/json'),
          }),
        );
      },
    );
    fwd.end(req.body);
  });
  const awsDir = path.join(work, 'aws');
  let credentialsFiles = 0;
  /** A shared credentials file of its own per test (the SDK caches what it read per path). */
  const credentialsFile = () => {
    const file = path.join(awsDir, `credentials-${++credentialsFiles}`);
    writeFileSync(
      file,
      [
        '[default]',
        'aws_access_key_id = AKIDDEFAULTPROFILE',
        'aws_secret_access_key = default-secret-key',
        '[team]',
        'aws_access_key_id = AKIDTEAMPROFILE',
        'aws_secret_access_key = team-secret-key',
        '[other]',
        'aws_access_key_id = AKIDOTHERPROFILE',
        'aws_secret_access_key = other-secret-key',
        '',
      ].join('\n'),
    );
    return file;
  };
  const env = cloudEnv();

  const JSON_SECRET =
    '{"value": "from-aws", "nested": {"a": "1"}, "password": "aws-s3cr3t-in-json"}';
  const PLAIN_SECRET = 'plain-aws-s3cr3t-value';
  beforeAll(async () => {
    mkdirSync(awsDir, { recursive: true });
    writeFileSync(path.join(awsDir, 'config'), '');
    moto = await startMoto();
    env.set({
      AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${await recorder.listen()}`,
      AWS_ACCESS_KEY_ID: 'AKIDFROMENVIRONMENT',
      AWS_SECRET_ACCESS_KEY: 'environment-secret-key',
      // nothing of the machine's own AWS configuration, never the instance metadata service
      AWS_CONFIG_FILE: path.join(awsDir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(awsDir, 'no-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    // Secrets are created with the SDK straight at moto (the test's setup, not recorded).
    const sm = await import('@aws-sdk/client-secrets-manager');
    const credentials = { accessKeyId: 'setup', secretAccessKey: 'setup' };
    const client = (region: string) =>
      new sm.SecretsManagerClient({ region, endpoint: moto.url, credentials });
    const eu = client('eu-central-1');
    await eu.send(new sm.CreateSecretCommand({ Name: 'app/vars', SecretString: JSON_SECRET }));
    await eu.send(new sm.CreateSecretCommand({ Name: 'app/plain', SecretString: PLAIN_SECRET }));
    await eu.send(
      new sm.CreateSecretCommand({
        Name: 'app/binary',
        SecretBinary: Buffer.from('value: from-binary\n'),
      }),
    );
    await eu.send(
      new sm.CreateSecretCommand({
        Name: 'app/broken',
        SecretString: 'value: [unclosed-aws-s3cr3t',
      }),
    );
    const us = client('us-west-2');
    arn =
      (
        await us.send(
          new sm.CreateSecretCommand({ Name: 'app/by-arn', SecretString: 'value: from-arn\n' }),
        )
      ).ARN ?? '';
    eu.destroy();
    us.destroy();
  }, 90_000);
  afterAll(async () => {
    await recorder.close();
    await moto?.stop();
  });

  /** The GetSecretValue calls recorded since `from`: what was asked, signed with which key. */
  const calls = (from: number) =>
    recorder.seen.slice(from).map((r) => ({
      method: r.method,
      path: r.url,
      target: r.headers['x-amz-target'],
      contentType: r.headers['content-type'],
      body: JSON.parse(r.body) as unknown,
      credential: /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/
        .exec(String(r.headers.authorization))
        ?.slice(1),
    }));

  it('loads a JSON secret by name and region: one GetSecretValue, signed with the environment credentials', async () => {
    const before = recorder.seen.length;
    const r = await render(
      project('  - awsSecretsManager: {secretName: app/vars, region: eu-central-1}'),
    );
    expect(r.stderr).not.toContain('error');
    expect(out(r.stdout)).toEqual({ v: 'from-aws', n: '1' });
    expect(calls(before)).toEqual([
      {
        method: 'POST',
        path: '/',
        target: 'secretsmanager.GetSecretValue',
        contentType: 'application/x-amz-json-1.1',
        body: { SecretId: 'app/vars' },
        credential: ['AKIDFROMENVIRONMENT', 'eu-central-1', 'secretsmanager'],
      },
    ]);
  });

  it('takes the region from an ARN; reads binary secrets', async () => {
    const before = recorder.seen.length;
    const r = await render(project(`  - awsSecretsManager: {secretName: "${arn}"}`));
    expect(r.stderr).not.toContain('error');
    expect(out(r.stdout)?.v).toBe('from-arn');
    expect(calls(before)[0]).toMatchObject({
      body: { SecretId: arn },
      credential: ['AKIDFROMENVIRONMENT', 'us-west-2', 'secretsmanager'],
    });
    const bin = await render(
      project('  - awsSecretsManager: {secretName: app/binary, region: eu-central-1}'),
    );
    expect(out(bin.stdout)?.v).toBe('from-binary');
  });

  it('profile: the source profile unless the environment configures AWS (as kluctl); an unknown profile falls back with a warning', async () => {
    const noKeys = { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined };
    const src = (profile: string) =>
      project(
        `  - awsSecretsManager: {secretName: app/vars, region: eu-central-1, profile: ${profile}}`,
      );
    const keyUsed = async (
      profile: string,
      env: Record<string, string | undefined>,
    ): Promise<{ key?: string; stderr: string }> => {
      const saved = { ...process.env };
      Object.assign(process.env, { AWS_SHARED_CREDENTIALS_FILE: credentialsFile() });
      for (const [k, v] of Object.entries(env))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      const before = recorder.seen.length;
      try {
        const r = await render(src(profile), env);
        expect(out(r.stdout)?.v, r.stderr).toBe('from-aws');
        return { key: calls(before)[0]?.credential?.[0], stderr: r.stderr };
      } finally {
        restoreEnv(saved);
      }
    };
    expect((await keyUsed('team', noKeys)).key).toBe('AKIDTEAMPROFILE');
    // AWS_PROFILE takes precedence (kluctl's documentation of `profile`)
    expect((await keyUsed('team', { ...noKeys, AWS_PROFILE: 'other' })).key).toBe(
      'AKIDOTHERPROFILE',
    );
    // so do access keys in the environment
    expect((await keyUsed('team', {})).key).toBe('AKIDFROMENVIRONMENT');
    const unknown = await keyUsed('not-defined-here', noKeys);
    expect(unknown.key).toBe('AKIDDEFAULTPROFILE');
    expect(unknown.stderr).toMatch(
      /warning: the AWS profile not-defined-here is not defined on this machine .*deployment\.yaml.*default AWS credentials/,
    );
  });

  it('a missing secret fails naming it, or is skipped with ignoreMissing', async () => {
    const missing = await render(
      project('  - awsSecretsManager: {secretName: app/none, region: eu-central-1}'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/awsSecretsManager: the secret app\/none was not found/);
    expect(missing.stderr).toMatch(/deployment\.yaml/);
    const skipped = await render(
      project(
        '  - values: {value: kept}\n  - awsSecretsManager: {secretName: app/none, region: eu-central-1}\n    ignoreMissing: true',
      ),
    );
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(out(skipped.stdout)?.v).toBe('kept');
  });

  it('targetPath: a plain string secret becomes one variable, a JSON secret a mapping there; without it a string is refused', async () => {
    const r = await render(
      project(
        [
          '  - awsSecretsManager: {secretName: app/plain, region: eu-central-1}',
          '    targetPath: value',
          '  - awsSecretsManager: {secretName: app/vars, region: eu-central-1}',
          '    targetPath: nested',
        ].join('\n'),
        { j: '{{ nested.nested.a }}' },
      ),
    );
    expect(r.stderr).not.toContain('error');
    expect(out(r.stdout)).toMatchObject({ v: PLAIN_SECRET, j: '1' });
    const refused = await render(
      project('  - awsSecretsManager: {secretName: app/plain, region: eu-central-1}'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a YAML or JSON mapping.*targetPath/s);
  });

  it('the secret never reaches the log or an error; it is registered as sensitive', async () => {
    const r = await render(
      project('  - awsSecretsManager: {secretName: app/vars, region: eu-central-1}'),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('aws-s3cr3t-in-json');
    for (const v of [JSON_SECRET, 'aws-s3cr3t-in-json'])
      expect(redactSensitive(`before ${v} after`)).toBe('before *** after');
    const plain = await render(
      project('  - awsSecretsManager: {secretName: app/plain, region: eu-central-1}'),
    );
    expect(plain.stderr).not.toContain(PLAIN_SECRET);
    expect(redactSensitive(PLAIN_SECRET)).toBe('***');
    // a secret that is not valid YAML: the parse error must not quote it
    const broken = await render(
      project('  - awsSecretsManager: {secretName: app/broken, region: eu-central-1}'),
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).not.toContain('unclosed-aws-s3cr3t');
    // and no credential of the environment is ever printed
    for (const t of [r, plain, broken]) expect(t.stderr).not.toContain('environment-secret-key');
  });
});

// ---- Google Secret Manager: a local gRPC server speaking the service's API ----------------

describe('gcpSecretManager vars source (the real SDK over gRPC, a local Secret Manager)', () => {
  const dir = path.join(work, 'gcp');
  mkdirSync(dir, { recursive: true });
  const cert = makeServerCert(dir, 'secretmanager.googleapis.com');
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = path.join(dir, 'service-account.json');
  const EMAIL = 'shipshape-test@proj-1.iam.gserviceaccount.com';
  writeFileSync(
    keyFile,
    JSON.stringify({
      type: 'service_account',
      project_id: 'proj-1',
      private_key_id: 'test-key-1',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: EMAIL,
      client_id: '100000000000000000001',
      token_uri: 'https://oauth2.googleapis.com/token',
    }),
  );
  let proxy: ConnectProxy;
  let grpcPort = 0;
  const calls: { path: string; name: string; metadata: Record<string, unknown>; jwt: unknown }[] =
    [];
  let stopServer = () => {};
  const env = cloudEnv();

  const SECRETS: Record<string, string> = {
    'projects/proj-1/secrets/app/versions/latest': 'value: from-gcp\nnested: {a: 2}\n',
    'projects/proj-1/secrets/plain/versions/3': 'plain-gcp-s3cr3t-value',
  };
  beforeAll(async () => {
    // grpc-js reads its root certificates (GRPC_DEFAULT_SSL_ROOTS_FILE_PATH) when it loads
    env.set({
      GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: cert.caFile,
      GOOGLE_APPLICATION_CREDENTIALS: keyFile,
    });
    const grpc = await import('@grpc/grpc-js');
    const loader = await import('@grpc/proto-loader');
    // the service's definition as the SDK ships it (protos.json: its .proto files, compiled)
    const def = loader.fromJSON(
      JSON.parse(
        readFileSync(
          path.join(packageDir('@google-cloud/secret-manager'), 'build/protos/protos.json'),
          'utf8',
        ),
      ) as Parameters<typeof loader.fromJSON>[0],
      { longs: String, defaults: true },
    );
    type Svc = { service: import('@grpc/grpc-js').ServiceDefinition };
    const pkg = grpc.loadPackageDefinition(def) as unknown as {
      google: { cloud: { secretmanager: { v1: { SecretManagerService: Svc } } } };
    };
    const server = new grpc.Server();
    server.addService(pkg.google.cloud.secretmanager.v1.SecretManagerService.service, {
      accessSecretVersion: (
        call: import('@grpc/grpc-js').ServerUnaryCall<{ name: string }, unknown>,
        cb: import('@grpc/grpc-js').sendUnaryData<unknown>,
      ) => {
        const name = call.request.name;
        const jwt = verifyJwt(String(call.metadata.get('authorization')[0] ?? ''), publicKey);
        calls.push({ path: call.getPath(), name, metadata: call.metadata.getMap(), jwt });
        if (!jwt) return cb({ code: grpc.status.UNAUTHENTICATED, details: 'invalid credentials' });
        if (name.includes('/secrets/denied/'))
          return cb({
            code: grpc.status.PERMISSION_DENIED,
            details: `Permission 'secretmanager.versions.access' denied for resource '${name}'`,
          });
        const data = SECRETS[name];
        if (data === undefined)
          return cb({
            code: grpc.status.NOT_FOUND,
            details: `Secret [${name.split('/versions/')[0]}] not found or has no versions.`,
          });
        cb(null, {
          name: name.replace(/latest$/, '7'),
          payload: { data: Buffer.from(data) },
        });
      },
    });
    grpcPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(
        '127.0.0.1:0',
        grpc.ServerCredentials.createSsl(null, [
          { cert_chain: readFileSync(cert.certFile), private_key: readFileSync(cert.keyFile) },
        ]),
        (err, port) => (err ? reject(err) : resolve(port)),
      ),
    );
    stopServer = () => server.forceShutdown();
    proxy = await startConnectProxy({
      route: (host, port) =>
        host === 'secretmanager.googleapis.com' && port === 443
          ? { host: '127.0.0.1', port: grpcPort }
          : undefined,
    });
    env.set({
      grpc_proxy: proxy.url,
      // google-auth-library's own HTTP requests (token exchange, metadata server), if any
      HTTPS_PROXY: proxy.url,
    });
  });
  afterAll(async () => {
    stopServer();
    await proxy?.stop();
  });

  it('AccessSecretVersion with the secret name, authenticated by the service account; payload.data is the YAML', async () => {
    const before = calls.length;
    const r = await render(
      project('  - gcpSecretManager: {secretName: projects/proj-1/secrets/app/versions/latest}'),
    );
    expect(r.stderr).not.toContain('error');
    expect(out(r.stdout)).toEqual({ v: 'from-gcp', n: '2' });
    const call = calls.slice(before);
    expect(call).toHaveLength(1);
    expect(call[0]).toMatchObject({
      path: '/google.cloud.secretmanager.v1.SecretManagerService/AccessSecretVersion',
      name: 'projects/proj-1/secrets/app/versions/latest',
      metadata: {
        'x-goog-request-params': 'name=projects%2Fproj-1%2Fsecrets%2Fapp%2Fversions%2Flatest',
      },
      // a JWT signed with the service account's key, for this service
      jwt: { iss: EMAIL, sub: EMAIL, aud: 'https://secretmanager.googleapis.com/' },
    });
    // the only connection made: to Secret Manager (no token exchange, no metadata server)
    expect(new Set(proxy.tunnels)).toEqual(new Set(['secretmanager.googleapis.com:443']));
  });

  it('a plain string secret with targetPath; a missing one fails or is skipped; errors name the secret, not its value', async () => {
    const r = await render(
      project(
        '  - gcpSecretManager: {secretName: projects/proj-1/secrets/plain/versions/3}\n    targetPath: value',
      ),
    );
    expect(out(r.stdout)?.v).toBe('plain-gcp-s3cr3t-value');
    expect(r.stderr).not.toContain('plain-gcp-s3cr3t-value');
    expect(redactSensitive('plain-gcp-s3cr3t-value')).toBe('***');
    const missing = await render(
      project('  - gcpSecretManager: {secretName: projects/proj-1/secrets/none/versions/1}'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /gcpSecretManager: the secret projects\/proj-1\/secrets\/none\/versions\/1 was not found/,
    );
    const skipped = await render(
      project(
        '  - gcpSecretManager: {secretName: projects/proj-1/secrets/none/versions/1}\n    ignoreMissing: true',
      ),
    );
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(out(skipped.stdout)?.v).toBe('unset');
    const denied = await render(
      project('  - gcpSecretManager: {secretName: projects/proj-1/secrets/denied/versions/1}'),
    );
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(
      /failed to access secret version: 7 PERMISSION_DENIED: Permission 'secretmanager\.versions\.access' denied/,
    );
    expect(denied.stderr).toMatch(/Application Default Credentials/);
  });
});

/** The claims of a `Bearer` RS256 JWT signed by `key`, or undefined. */
function verifyJwt(authorization: string, key: KeyObject): Record<string, unknown> | undefined {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization);
  if (!m) return undefined;
  const header = JSON.parse(Buffer.from(m[1], 'base64url').toString()) as { alg?: string };
  if (header.alg !== 'RS256') return undefined;
  const ok = verify(
    'RSA-SHA256',
    Buffer.from(`${m[1]}.${m[2]}`),
    key,
    Buffer.from(m[3], 'base64url'),
  );
  if (!ok) return undefined;
  const claims = JSON.parse(Buffer.from(m[2], 'base64url').toString()) as Record<string, unknown>;
  return Number(claims.exp) * 1000 > Date.now() ? claims : undefined;
}

// ---- Azure Key Vault: a local Key Vault and managed-identity endpoint --------------------

describe('azureKeyVault vars source (the real SDK and DefaultAzureCredential, a local Key Vault)', () => {
  const dir = path.join(work, 'azure');
  mkdirSync(dir, { recursive: true });
  const VAULT = 'shipshape-test.vault.azure.net';
  const cert = makeServerCert(dir, VAULT);
  const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.managed-identity-token.';
  const IDENTITY_HEADER = 'identity-header-value';
  const SECRETS: Record<string, string> = {
    app: 'value: from-azure\nnested:\n  a: 3\n',
    plain: 'plain-azure-s3cr3t-value',
  };
  // Key Vault: a request without a token gets the bearer challenge; then GET /secrets/{name}/
  const vault = recording((req, reply) => {
    const url = new URL(req.url, `https://${VAULT}`);
    if (req.headers.authorization !== `Bearer ${TOKEN}`)
      return reply(
        401,
        '{"error":{"code":"Unauthorized","message":"AKV10000: Request is missing a Bearer or PoP token."}}',
        {
          'www-authenticate': `Bearer authorization="https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001", resource="https://vault.azure.net"`,
        },
      );
    const m = /^\/secrets\/([\w-]+)\/([\w]*)$/.exec(url.pathname);
    const value = m ? SECRETS[m[1]] : undefined;
    if (req.method !== 'GET' || !m || value === undefined)
      return reply(
        404,
        JSON.stringify({
          error: {
            code: 'SecretNotFound',
            message: `A secret with (name/id) ${m?.[1]} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
          },
        }),
      );
    reply(
      200,
      JSON.stringify({
        value,
        id: `https://${VAULT}/secrets/${m[1]}/0123456789abcdef0123456789abcdef`,
        attributes: { enabled: true, created: 1700000000, updated: 1700000000 },
      }),
    );
  }, cert);
  // App Service's managed identity endpoint, as DefaultAzureCredential uses it
  const identity = recording((req, reply) => {
    if (req.headers['x-identity-header'] !== IDENTITY_HEADER)
      return reply(401, '{"error":"unauthorized"}');
    reply(
      200,
      JSON.stringify({
        access_token: TOKEN,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: 'https://vault.azure.net',
        token_type: 'Bearer',
      }),
    );
  });
  let proxy: ConnectProxy;
  const env = cloudEnv();
  beforeAll(async () => {
    trustCa(cert.caFile);
    const vaultPort = await vault.listen();
    const identityPort = await identity.listen();
    proxy = await startConnectProxy({
      route: (host, port) =>
        host.endsWith('.vault.azure.net') && port === 443
          ? { host: '127.0.0.1', port: vaultPort }
          : undefined,
    });
    env.set({
      HTTPS_PROXY: proxy.url,
      IDENTITY_ENDPOINT: `http://127.0.0.1:${identityPort}/msi/token`,
      IDENTITY_HEADER,
      // the Azure SDK sends every request to HTTPS_PROXY; the local identity endpoint not
      NO_PROXY: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await vault.close();
    await identity.close();
    await proxy?.stop();
  });

  it('GET /secrets/{name}/ after the bearer challenge, with the managed identity token for vault.azure.net', async () => {
    const v0 = vault.seen.length;
    const i0 = identity.seen.length;
    const r = await render(
      project(`  - azureKeyVault: {vaultUri: "https://${VAULT}/", secretName: app}`),
    );
    expect(r.stderr).not.toContain('error');
    expect(out(r.stdout)).toEqual({ v: 'from-azure', n: '3' });
    const reqs = vault.seen.slice(v0).map((s) => {
      const url = new URL(s.url, `https://${VAULT}`);
      return {
        method: s.method,
        path: url.pathname,
        apiVersion: url.searchParams.get('api-version'),
        host: s.headers.host,
        authorization: s.headers.authorization,
      };
    });
    expect(reqs).toEqual([
      {
        method: 'GET',
        path: '/secrets/app/',
        apiVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$|^7\.\d$/),
        host: VAULT,
        authorization: undefined,
      },
      {
        method: 'GET',
        path: '/secrets/app/',
        apiVersion: reqs[0].apiVersion,
        host: VAULT,
        authorization: `Bearer ${TOKEN}`,
      },
    ]);
    const tokenReqs = identity.seen.slice(i0).map((s) => {
      const url = new URL(s.url, 'http://127.0.0.1');
      return {
        method: s.method,
        path: url.pathname,
        apiVersion: url.searchParams.get('api-version'),
        resource: url.searchParams.get('resource'),
        header: s.headers['x-identity-header'],
      };
    });
    expect(tokenReqs).toEqual([
      {
        method: 'GET',
        path: '/msi/token',
        apiVersion: '2019-08-01',
        resource: 'https://vault.azure.net',
        header: IDENTITY_HEADER,
      },
    ]);
    // the vault's host only: no login.microsoftonline.com, no instance metadata service
    expect(new Set(proxy.tunnels)).toEqual(new Set([`${VAULT}:443`]));
  });

  it('a plain string secret with targetPath; a missing one fails or is skipped; nothing secret in errors', async () => {
    const r = await render(
      project(
        `  - azureKeyVault: {vaultUri: "https://${VAULT}/", secretName: plain}\n    targetPath: value`,
      ),
    );
    expect(out(r.stdout)?.v).toBe('plain-azure-s3cr3t-value');
    expect(r.stderr).not.toContain('plain-azure-s3cr3t-value');
    expect(redactSensitive('plain-azure-s3cr3t-value')).toBe('***');
    const missing = await render(
      project(`  - azureKeyVault: {vaultUri: "https://${VAULT}/", secretName: none}`),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      new RegExp(
        `azureKeyVault: the secret none in https://${VAULT.replace(/\./g, '\\.')}/ was not found`,
      ),
    );
    expect(missing.stderr).not.toContain(TOKEN);
    const skipped = await render(
      project(
        `  - azureKeyVault: {vaultUri: "https://${VAULT}/", secretName: none}\n    ignoreMissing: true`,
      ),
    );
    expect(skipped.code, skipped.stderr).toBe(0);
  });
});

// ---- bad input, before any SDK is asked --------------------------------------------------

describe('cloud secret stores: bad input and SDK loading', () => {
  it('names the npm package when an SDK is installed neither with shipshape nor in the working directory', async () => {
    await expect(
      loadSdk('@shipshape-test/not-installed-sdk', work, 'awsSecretsManager vars', {
        file: 'deployment.yaml',
      }),
    ).rejects.toThrow(
      /awsSecretsManager vars needs the npm package @shipshape-test\/not-installed-sdk/,
    );
  });

  it("loads an SDK from the working directory's node_modules (npm install --no-save in a workflow)", async () => {
    const cwd = path.join(work, 'workspace');
    const pkg = path.join(cwd, 'node_modules', 'shipshape-test-sdk');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      path.join(pkg, 'package.json'),
      '{"name":"shipshape-test-sdk","main":"index.js"}',
    );
    writeFileSync(path.join(pkg, 'index.js'), 'exports.answer = 42;\n');
    const sdk = await loadSdk<{ answer: number }>('shipshape-test-sdk', cwd, 'x', {
      file: 'deployment.yaml',
    });
    expect(sdk.answer).toBe(42);
  });

  it('refuses a name without region that is no ARN, and a vault host that is not Azure Key Vault', async () => {
    const arn = await render(project('  - awsSecretsManager: {secretName: plain-name}'));
    expect(arn.stderr).toMatch(/the secret name must be a valid ARN/);
    const gcp = await render(project('  - gcpSecretManager: {secretName: my-secret}'));
    expect(gcp.stderr).toMatch(
      /must be projects\/<project>\/secrets\/<secret>\/versions\/<version>/,
    );
    const az = await render(
      project('  - azureKeyVault: {vaultUri: "https://evil.example/", secretName: s}'),
    );
    expect(az.stderr).toMatch(/evil\.example is not an Azure Key Vault host/);
  });
});
