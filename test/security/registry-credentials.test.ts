import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/registry/client.js';
import { RegistryCredentials } from '../../src/registry/credentials.js';
import { parseImageReference } from '../../src/registry/reference.js';
import { makeServerCert } from '../support/registry/certs.js';
import { writeProject } from '../support/project.js';
import { startFakeRegistry, type FakeRegistry, type SeenRequest } from './registry-fake.js';
import { userErrorText } from '../support/failure.js';

async function clientFor(env: Record<string, string>) {
  const credentials = await RegistryCredentials.load(env, { dockerConfig: false });
  const c = new RegistryClient({ credentials, maxAttempts: 1 });
  afterAll(() => c.close());
  return c;
}

const bearer = (realm: string) => (r: SeenRequest) =>
  (r.path === '/v2/' || r.path.includes('/tags/list')) && !r.authorization?.startsWith('Bearer ')
    ? {
        status: 401,
        headers: { 'www-authenticate': `Bearer realm="${realm}",service="registry"` },
        body: {},
      }
    : undefined;

describe('a token realm on plain HTTP gets no password', () => {
  const password = 'realm-downgrade-secret';
  let tokens: FakeRegistry;
  let tls: { caFile: string; certFile: string; keyFile: string };
  beforeAll(async () => {
    tls = makeServerCert(writeProject({}));
    tokens = await startFakeRegistry({
      route: (r) =>
        r.path.startsWith('/token') ? { body: { token: 'issued-token-value' } } : undefined,
    });
  });
  afterAll(() => tokens?.stop());

  const basicSeen = () => tokens.requests.filter((r) => r.authorization?.startsWith('Basic '));

  it('an HTTPS registry whose realm is http://: refused, saying how to allow it', async () => {
    const reg = await startFakeRegistry({
      tls,
      tags: { 'team/app': ['1.0.0'] },
      route: bearer(`${tokens.url}/token`),
    });
    afterAll(() => reg.stop());
    const c = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_CA_FILE: tls.caFile,
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: password,
    });
    const text = await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/team/app`)));
    expect(text).toContain(`its token server ${tokens.url} is plain HTTP`);
    expect(text).toContain('not sent there in clear text');
    expect(text).toContain(
      `KLUCTL_REGISTRY_<n>_HOST=${tokens.host} with KLUCTL_REGISTRY_<n>_PLAIN_HTTP=true`,
    );
    expect(text).not.toContain(password);
    expect(basicSeen()).toEqual([]);
  });

  it('skipping TLS verification does not allow it either', async () => {
    const reg = await startFakeRegistry({
      tls,
      tags: { 'team/app': ['1.0.0'] },
      route: bearer(`${tokens.url}/token`),
    });
    afterAll(() => reg.stop());
    const c = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_INSECURE_SKIP_TLS_VERIFY: 'true',
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: password,
    });
    expect(
      await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/team/app`))),
    ).toContain('is plain HTTP');
    expect(basicSeen()).toEqual([]);
  });

  it('a plain-HTTP registry whose realm is another host on http://: refused', async () => {
    const reg = await startFakeRegistry({
      tags: { 'team/app': ['1.0.0'] },
      route: bearer(`http://localhost:${tokens.host.split(':')[1]}/token`),
    });
    afterAll(() => reg.stop());
    const c = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: password,
    });
    expect(
      await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/team/app`))),
    ).toContain('is plain HTTP');
    expect(basicSeen()).toEqual([]);
  });

  it('sent when the user allows plain HTTP for the realm, or no password is involved', async () => {
    const reg = await startFakeRegistry({
      tls,
      tags: { 'team/app': ['1.0.0'] },
      route: bearer(`${tokens.url}/token`),
    });
    afterAll(() => reg.stop());
    const allowed = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_CA_FILE: tls.caFile,
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: password,
      KLUCTL_REGISTRY_1_HOST: tokens.host,
      KLUCTL_REGISTRY_1_PLAIN_HTTP: 'true',
    });
    expect((await allowed.listTags(parseImageReference(`${reg.host}/team/app`))).tags).toEqual([
      '1.0.0',
    ]);
    expect(basicSeen()).toHaveLength(1);
    const anonymous = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_CA_FILE: tls.caFile,
    });
    expect((await anonymous.listTags(parseImageReference(`${reg.host}/team/app`))).tags).toEqual([
      '1.0.0',
    ]);
  });
});

describe('secrets in what a registry sends back are scrubbed in every form', () => {
  const user = 'alice';
  const password = 'Pa55:w0rd/é+x';
  const basic = Buffer.from(`${user}:${password}`).toString('base64');
  const forms = [
    password,
    password.toUpperCase(),
    password.toLowerCase(),
    encodeURIComponent(password),
    encodeURIComponent(password).toLowerCase(),
    new URLSearchParams({ p: password }).toString().slice(2),
    Buffer.from(password).toString('hex'),
    Buffer.from(password).toString('hex').toUpperCase(),
    Buffer.from(password).toString('base64'),
    Buffer.from(password).toString('base64url'),
    basic,
    basic.replace(/=+$/, ''),
    // The password inside a longer base64 text, at each byte alignment.
    Buffer.from(`{"password":"${password}"}`).toString('base64'),
    Buffer.from(`x{"password":"${password}"}`).toString('base64'),
    Buffer.from(`xy{"password":"${password}"}`).toString('base64'),
  ];
  /** Parts of a form long enough to identify the secret: none may be left. */
  const leaks = (text: string) =>
    forms.filter((f) => {
      const core = f.length > 12 ? f.slice(4, -4) : f;
      return text.toLowerCase().includes(core.toLowerCase());
    });

  let reg: FakeRegistry;
  let echo: (auth: string | undefined) => string = () => '';
  beforeAll(async () => {
    reg = await startFakeRegistry({
      tags: { 'team/app': ['1.0.0'] },
      route: (r) => {
        if (r.path === '/v2/' && !r.authorization)
          return { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' }, body: {} };
        if (r.path.includes('/tags/list'))
          return {
            status: 400,
            body: { errors: [{ code: 'DENIED', message: echo(r.authorization) }] },
          };
        return undefined;
      },
    });
  });
  afterAll(() => reg?.stop());

  it('as the registry got it, encoded or with another case', async () => {
    const c = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: user,
      KLUCTL_REGISTRY_PASSWORD: password,
    });
    for (const form of forms) {
      echo = (auth) => `bad request from ${auth}: ${form} (end)`;
      const text = await userErrorText(() =>
        c.listTags(parseImageReference(`${reg.host}/team/app`)),
      );
      expect(text).toContain('bad request from Basic ***');
      expect(text).toContain('(end)');
      expect(leaks(text), form).toEqual([]);
    }
  });

  it('leaves out the registry’s text when a password is too short to scrub', async () => {
    const c = await clientFor({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: user,
      KLUCTL_REGISTRY_PASSWORD: 'pw1',
    });
    echo = (auth) => `denied for ${auth} pw1 ${Buffer.from('pw1').toString('hex')}`;
    const text = await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/team/app`)));
    expect(text).toContain('listing tags failed with HTTP 400');
    expect(text).toContain("the registry's message is left out");
    expect(text).not.toContain('pw1');
    expect(text).not.toContain(Buffer.from(`${user}:pw1`).toString('base64'));
    expect(text).not.toContain('denied for');
  });

  it('including a token fetched at run time', async () => {
    const token = 'runtime-Token-0123456789abcdef';
    const tokens = await startFakeRegistry({
      route: (r) => (r.path.startsWith('/token') ? { body: { token } } : undefined),
    });
    const withTokens = await startFakeRegistry({
      route: (r) =>
        r.path === '/v2/' || !r.authorization
          ? {
              status: 401,
              headers: { 'www-authenticate': `Bearer realm="${tokens.url}/token"` },
              body: {},
            }
          : {
              status: 400,
              body: {
                errors: [
                  {
                    code: 'DENIED',
                    message: `${r.authorization} ${token.toUpperCase()} ${Buffer.from(token).toString('base64')} ${Buffer.from(token).toString('hex')}`,
                  },
                ],
              },
            },
    });
    afterAll(async () => {
      await tokens.stop();
      await withTokens.stop();
    });
    const c = await clientFor({});
    const text = await userErrorText(() =>
      c.listTags(parseImageReference(`${withTokens.host}/team/app`)),
    );
    expect(text).toContain('Bearer ***');
    expect(text.toLowerCase()).not.toContain(token.toLowerCase());
    expect(text).not.toContain(Buffer.from(token).toString('base64'));
    expect(text).not.toContain(Buffer.from(token).toString('hex'));
  });
});
