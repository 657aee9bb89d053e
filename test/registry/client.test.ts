import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';
import { RegistryCredentials } from '../../src/registry/credentials.js';
import { parseImageReference } from '../../src/registry/reference.js';
import { makeServerCert, makeSigningCert } from '../support/registry/certs.js';
import { writeDockerConfig } from '../support/registry/docker-config.js';
import { freePort } from '../support/registry/net.js';
import { startRegistryProxy, type RegistryProxy } from '../support/registry/proxy.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder } from '../support/registry/seed.js';
import { startTokenIssuer, type TokenIssuer } from '../support/registry/token-issuer.js';
import { writeProject } from '../support/project.js';
import { userErrorText } from '../support/failure.js';

const unavailable = registryUnavailable();
if (unavailable) console.warn(`skipping registry client tests: ${unavailable}`);

const cosign = `sha256-${'ab'.repeat(32)}`;
const TAGS = ['1.0.0', '1.1.0', '2.0.0', 'latest', `${cosign}.sig`, `${cosign}.att`];

async function client(
  env: Record<string, string | undefined> = {},
  opts: RegistryClientOptions = {},
) {
  const credentials = await RegistryCredentials.load(env, { dockerConfig: 'DOCKER_CONFIG' in env });
  const c = new RegistryClient({ credentials, ...opts });
  afterAll(() => c.close());
  return c;
}

describe.skipIf(unavailable)('registry client against docker-registry (plain HTTP)', () => {
  let reg: RegistryInstance;
  let proxy: RegistryProxy;
  const digests: Record<string, string> = {};
  beforeAll(async () => {
    reg = await startRegistry();
    const seeder = new RegistrySeeder({ url: reg.url });
    for (const tag of TAGS) digests[tag] = await seeder.pushOne({ repository: 'team/app', tag });
    await seeder.pushOne({
      repository: 'team/multi',
      tag: 'v1',
      index: true,
      oci: true,
      created: '2024-05-06T07:08:09Z',
    });
    await seeder.push(
      Array.from({ length: 10 }, (_, i) => ({ repository: 'team/paged', tag: `t${i}` })),
    );
    proxy = await startRegistryProxy(reg.url, { pageSize: 3 });
  });
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
  });

  it('lists tags, leaves out cosign tags and counts its requests', async () => {
    const c = await client();
    const counter = { requests: 0 };
    const list = await c.listTags(parseImageReference(`${reg.host}/team/app`), counter);
    expect([...list.tags].sort()).toEqual(['1.0.0', '1.1.0', '2.0.0', 'latest']);
    expect(list).toMatchObject({ cosignTags: 2, pages: 1, truncated: false });
    // https probe (refused by the plain server), http /v2/ ping, one tag page
    expect(counter.requests).toBe(3);
    const again = { requests: 0 };
    await c.listTags(parseImageReference(`${reg.host}/team/app`), again);
    expect(again.requests).toBe(1); // the host is known now
  });

  it('reads manifest digests by HEAD and creation times through an OCI index', async () => {
    const c = await client();
    const ref = parseImageReference(`${reg.host}/team/app`);
    expect(await c.manifestDigest(ref, '1.1.0')).toBe(digests['1.1.0']);
    expect((await c.imageCreated(ref, '1.1.0'))?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    const multi = parseImageReference(`${reg.host}/team/multi`);
    expect((await c.imageCreated(multi, 'v1'))?.toISOString()).toBe('2024-05-06T07:08:09.000Z');
  });

  it('reports a missing repository, a missing tag and an unreachable registry clearly', async () => {
    const c = await client();
    expect(
      await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/team/nope`))),
    ).toMatch(
      /team\/nope: repository not found on 127\.0\.0\.1:\d+\n {2}hint: check the image name/,
    );
    expect(
      await userErrorText(() =>
        c.manifestDigest(parseImageReference(`${reg.host}/team/app`), '9.9.9'),
      ),
    ).toMatch(/tag "9\.9\.9" not found/);
    const port = await freePort();
    expect(
      await userErrorText(() => c.listTags(parseImageReference(`127.0.0.1:${port}/x`))),
    ).toMatch(/cannot reach registry 127\.0\.0\.1:\d+ \(connection refused\)/);
  });

  it('follows relative and absolute Link pagination on the same origin', async () => {
    for (const linkStyle of ['relative', 'absolute'] as const) {
      proxy.options.linkStyle = linkStyle;
      const c = await client();
      const before = proxy.log.length;
      const list = await c.listTags(parseImageReference(`${proxy.host}/team/paged`));
      expect([...list.tags].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
      expect(list.pages).toBe(4);
      expect(proxy.log.slice(before).filter((l) => l.path.includes('/tags/list'))).toHaveLength(4);
    }
  });

  it('refuses a next link to another host and reports the page cap', async () => {
    proxy.options.linkStyle = 'cross-origin';
    const c = await client();
    expect(
      await userErrorText(() => c.listTags(parseImageReference(`${proxy.host}/team/paged`))),
    ).toMatch(/next tag page is on another host \(http:\/\/127\.0\.0\.2:9\); not following it/);
    proxy.options.linkStyle = 'relative';
    const capped = await client({}, { maxPages: 2 });
    const list = await capped.listTags(parseImageReference(`${proxy.host}/team/paged`));
    expect(list).toMatchObject({ pages: 2, truncated: true });
    expect(list.tags).toHaveLength(6);
  });

  it('honours Retry-After (seconds and dates), retries 5xx and resets with backoff', async () => {
    const sleeps: number[] = [];
    const c = await client({}, { sleep: async (ms) => void sleeps.push(ms) });
    const ref = parseImageReference(`${proxy.host}/team/app`);
    await c.listTags(ref); // learn the host first
    proxy.faults.push({ path: /tags\/list/, times: 1, status: 429, retryAfter: '2' });
    proxy.faults.push({
      path: /tags\/list/,
      times: 1,
      status: 429,
      retryAfter: new Date(Date.now() + 5000).toUTCString(),
    });
    expect((await c.listTags(ref)).tags).toHaveLength(4);
    expect(sleeps[0]).toBe(2000);
    expect(sleeps[1]).toBeGreaterThan(3000);
    expect(sleeps[1]).toBeLessThanOrEqual(5000);

    sleeps.length = 0;
    proxy.faults.push({ path: /tags\/list/, times: 2, status: 503 });
    proxy.faults.push({ path: /tags\/list/, times: 1, reset: true });
    expect((await c.listTags(ref)).tags).toHaveLength(4);
    expect(sleeps).toEqual([250, 500, 1000]);

    proxy.faults.push({ path: /tags\/list/, times: 4, status: 502 });
    expect(await userErrorText(() => c.listTags(ref))).toMatch(/listing tags failed with HTTP 502/);
  });

  it('keeps at most perHostConcurrency requests in flight per host', async () => {
    const ref = parseImageReference(`${proxy.host}/team/app`);
    const tags = ['1.0.0', '1.1.0', '2.0.0', 'latest'];
    proxy.options.delayMs = 30;
    try {
      for (const [limit, atMost] of [
        [2, 2],
        [8, 8],
      ]) {
        const c = await client({}, { perHostConcurrency: limit });
        await c.listTags(ref);
        proxy.maxInFlight = 0;
        const digests = await Promise.all([...tags, ...tags].map((t) => c.manifestDigest(ref, t)));
        expect(digests.every((d) => d.startsWith('sha256:'))).toBe(true);
        expect(proxy.maxInFlight).toBeLessThanOrEqual(atMost);
        if (limit > 2) expect(proxy.maxInFlight).toBeGreaterThan(2); // the limit, not the proxy, held them back
      }
    } finally {
      proxy.options.delayMs = 0;
    }
  });

  it('gives up on a Retry-After beyond the ceiling, saying so', async () => {
    const c = await client({}, { sleep: async () => undefined });
    const ref = parseImageReference(`${proxy.host}/team/app`);
    proxy.faults.push({ path: /tags\/list/, times: 1, status: 429, retryAfter: '3600' });
    expect(await userErrorText(() => c.listTags(ref))).toMatch(
      /is rate limiting \(HTTP 429\) and asks to wait 3600 s, longer than the 60 s/,
    );
  });
});

describe.skipIf(unavailable)('registry client with htpasswd auth', () => {
  let reg: RegistryInstance;
  let proxy: RegistryProxy;
  const password = 'pa55-w0rd-secret';
  beforeAll(async () => {
    reg = await startRegistry({ htpasswd: { username: 'alice', password } });
    const auth = `Basic ${Buffer.from(`alice:${password}`).toString('base64')}`;
    await new RegistrySeeder({ url: reg.url, authorization: () => auth }).pushOne({
      repository: 'private/app',
      tag: '1.0',
    });
    proxy = await startRegistryProxy(reg.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
  });

  it('without credentials: says none were found and how to add them', async () => {
    const c = await client();
    const text = await userErrorText(() =>
      c.listTags(parseImageReference(`${reg.host}/private/app`)),
    );
    expect(text).toMatch(
      /requires authentication and no credentials were found for 127\.0\.0\.1:\d+/,
    );
    expect(text).toMatch(
      /hint: log in \(docker login 127\.0\.0\.1:\d+\) or set KLUCTL_REGISTRY_HOST=/,
    );
  });

  it('with a wrong password: names where the credentials came from, never the password', async () => {
    const c = await client({
      KLUCTL_REGISTRY_1_HOST: reg.host,
      KLUCTL_REGISTRY_1_USERNAME: 'alice',
      KLUCTL_REGISTRY_1_PASSWORD: 'wrong-password',
    });
    const text = await userErrorText(() =>
      c.listTags(parseImageReference(`${reg.host}/private/app`)),
    );
    expect(text).toContain('the registry rejected the credentials from KLUCTL_REGISTRY_1_*');
    expect(text).not.toContain('wrong-password');
  });

  it('with credentials from the environment and from a credential helper', async () => {
    const viaEnv = await client({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: password,
    });
    expect((await viaEnv.listTags(parseImageReference(`${reg.host}/private/app`))).tags).toEqual([
      '1.0',
    ]);
    const dir = writeProject({});
    const { configDir, binDir } = writeDockerConfig(
      dir,
      { credHelpers: { [reg.host]: 'test' } },
      { test: { [reg.host]: { Username: 'alice', Secret: password } } },
    );
    const viaHelper = await client({
      DOCKER_CONFIG: configDir,
      PATH: `${binDir}:${process.env.PATH}`,
    });
    expect((await viaHelper.listTags(parseImageReference(`${reg.host}/private/app`))).tags).toEqual(
      ['1.0'],
    );
  });

  it('scrubs credentials from what a leaky server sends back', async () => {
    const c = await client({
      KLUCTL_REGISTRY_HOST: proxy.host,
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: password,
    });
    const ref = parseImageReference(`${proxy.host}/private/app`);
    await c.listTags(ref);
    proxy.faults.push({ path: /tags\/list/, times: 1, status: 418, echoAuthorization: true });
    const text = await userErrorText(() => c.listTags(ref));
    expect(text).toContain('bad request with authorization Basic ***');
    expect(text).not.toContain(Buffer.from(`alice:${password}`).toString('base64'));
    expect(text).not.toContain(password);
  });
});

describe.skipIf(unavailable)('registry client with TLS from a self-signed CA', () => {
  let reg: RegistryInstance;
  let caFile: string;
  beforeAll(async () => {
    const certs = makeServerCert(writeProject({}));
    caFile = certs.caFile;
    reg = await startRegistry({ tls: certs });
    const { Agent } = await import('undici');
    const dispatcher = new Agent({
      connect: { ca: (await import('node:fs')).readFileSync(caFile) },
    });
    await new RegistrySeeder({ url: reg.url, dispatcher }).pushOne({
      repository: 'secure/app',
      tag: '3.1',
    });
    await dispatcher.close();
  });
  afterAll(() => reg?.stop());

  it('fails verification without the CA, with a hint naming the variables', async () => {
    const c = await client();
    const text = await userErrorText(() =>
      c.listTags(parseImageReference(`${reg.host}/secure/app`)),
    );
    expect(text).toMatch(/TLS verification of 127\.0\.0\.1:\d+ failed/);
    expect(text).toContain('KLUCTL_REGISTRY_CA_FILE');
  });

  it.each([
    [
      'a CA file',
      (host: string, ca: string) => ({ KLUCTL_REGISTRY_HOST: host, KLUCTL_REGISTRY_CA_FILE: ca }),
    ],
    [
      'skip-verify',
      (host: string) => ({
        KLUCTL_REGISTRY_1_HOST: host,
        KLUCTL_REGISTRY_1_INSECURE_SKIP_TLS_VERIFY: 'true',
      }),
    ],
    [
      'TLSVERIFY=false',
      (host: string) => ({ KLUCTL_REGISTRY_1_HOST: host, KLUCTL_REGISTRY_1_TLSVERIFY: 'false' }),
    ],
    ['DEFAULT_TLSVERIFY=false', () => ({ KLUCTL_REGISTRY_DEFAULT_TLSVERIFY: 'false' })],
  ])('connects with %s', async (_, env) => {
    const c = await client(env(reg.host, caFile));
    expect((await c.listTags(parseImageReference(`${reg.host}/secure/app`))).tags).toEqual(['3.1']);
  });
});

describe.skipIf(unavailable)('registry client with token auth', () => {
  let reg: RegistryInstance;
  let issuer: TokenIssuer;
  beforeAll(async () => {
    const signing = makeSigningCert(writeProject({}));
    issuer = await startTokenIssuer({
      signing,
      service: 'test-registry',
      issuer: 'test-issuer',
      users: { bob: 'token-user-secret' },
      refreshTokens: { 'bobs-identity-token': 'bob' },
      anonymousPull: ['public/*'],
    });
    reg = await startRegistry({
      token: {
        realm: issuer.realm,
        service: 'test-registry',
        issuer: 'test-issuer',
        rootCertFile: signing.certFile,
      },
    });
    const seeder = new RegistrySeeder({
      url: reg.url,
      authorization: (repo) => `Bearer ${issuer.adminToken(repo)}`,
    });
    await seeder.push([
      { repository: 'public/a', tag: '1' },
      { repository: 'public/b', tag: '2' },
      { repository: 'private/c', tag: '3' },
    ]);
  });
  afterAll(async () => {
    await reg?.stop();
    await issuer?.stop();
  });

  it('pulls public repositories with anonymous tokens, one token per scope', async () => {
    const c = await client();
    const before = issuer.requests.length;
    const a = parseImageReference(`${reg.host}/public/a`);
    expect((await c.listTags(a)).tags).toEqual(['1']);
    await c.manifestDigest(a, '1');
    expect((await c.listTags(parseImageReference(`${reg.host}/public/b`))).tags).toEqual(['2']);
    const asked = issuer.requests.slice(before);
    expect(asked.map((r) => r.scope)).toEqual([
      ['repository:public/a:pull'],
      ['repository:public/b:pull'],
    ]);
    expect(asked.every((r) => r.anonymous)).toBe(true);
  });

  it('needs credentials for a private repository and says so', async () => {
    const c = await client();
    expect(
      await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/private/c`))),
    ).toMatch(/requires authentication and no credentials were found/);
  });

  it('gets tokens with Basic credentials, and rejects a wrong password without showing it', async () => {
    const ok = await client({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: 'bob',
      KLUCTL_REGISTRY_PASSWORD: 'token-user-secret',
    });
    expect((await ok.listTags(parseImageReference(`${reg.host}/private/c`))).tags).toEqual(['3']);
    const bad = await client({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: 'bob',
      KLUCTL_REGISTRY_PASSWORD: 'not-the-secret',
    });
    const text = await userErrorText(() =>
      bad.listTags(parseImageReference(`${reg.host}/private/c`)),
    );
    expect(text).toContain('rejected the credentials from KLUCTL_REGISTRY_*');
    expect(text).not.toContain('not-the-secret');
  });

  it('exchanges an identity token from the docker config through the OAuth2 endpoint', async () => {
    const dir = writeProject({});
    const { configDir } = writeDockerConfig(dir, {
      auths: { [reg.host]: { identitytoken: 'bobs-identity-token' } },
    });
    const c = await client({ DOCKER_CONFIG: configDir });
    const before = issuer.requests.length;
    expect((await c.listTags(parseImageReference(`${reg.host}/private/c`))).tags).toEqual(['3']);
    expect(issuer.requests.slice(before)).toEqual([
      { method: 'POST', scope: ['repository:private/c:pull'], user: 'bob', anonymous: false },
    ]);
  });
});
