/**
 * A registry (chosen by a project, answering as it likes) cannot send the client where it
 * chooses: redirects never go from HTTPS to plain HTTP, never from a public address to an
 * internal one (the cloud metadata service, loopback services of a self-hosted runner), and
 * never carry the credentials to another origin (issue 9).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/registry/client.js';
import { RegistryCredentials } from '../../src/registry/credentials.js';
import { parseImageReference } from '../../src/registry/reference.js';
import { userErrorText } from '../support/failure.js';
import { makeServerCert } from '../support/registry/certs.js';
import { writeProject } from '../support/project.js';
import { startFakeRegistry, type FakeRegistry } from './registry-fake.js';

// The tests run on loopback only: `localhost` plays an internal host, 127.0.0.1 a public one.
const isInternalHost = async (host: string) => host === 'localhost';

async function client(env: Record<string, string> = {}) {
  const credentials = await RegistryCredentials.load(env, { dockerConfig: false });
  const c = new RegistryClient({ credentials, maxAttempts: 1, isInternalHost });
  afterAll(() => c.close());
  return c;
}

describe('registry redirects', () => {
  let target: FakeRegistry;
  beforeAll(async () => {
    target = await startFakeRegistry({ tags: { 'team/app': ['9.9.9'] } });
  });
  afterAll(() => target.stop());

  it('are followed to another public host, without the credentials', async () => {
    const reg = await startFakeRegistry({
      route: (r) =>
        r.path.startsWith('/v2/team/app/tags/list')
          ? { status: 307, headers: { location: `${target.url}${r.path}` } }
          : undefined,
    });
    afterAll(() => reg.stop());
    const c = await client({
      KLUCTL_REGISTRY_HOST: reg.host,
      KLUCTL_REGISTRY_USERNAME: 'alice',
      KLUCTL_REGISTRY_PASSWORD: 'redirect-secret-42',
    });
    const tags = await c.listTags(parseImageReference(`${reg.host}/team/app`));
    expect(tags.tags).toEqual(['9.9.9']);
    const reached = target.requests.filter((r) => r.path.startsWith('/v2/team/app/tags/list'));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.map((r) => r.authorization)).toEqual(reached.map(() => undefined));
  });

  it('are refused to an internal address', async () => {
    const internal = target.url.replace('127.0.0.1', 'localhost');
    const reg = await startFakeRegistry({
      route: (r) =>
        r.path.startsWith('/v2/team/app/tags/list')
          ? { status: 302, headers: { location: `${internal}/latest/meta-data/` } }
          : undefined,
    });
    afterAll(() => reg.stop());
    const before = target.requests.length;
    const text = await userErrorText(async () =>
      (await client()).listTags(parseImageReference(`${reg.host}/team/app`)),
    );
    expect(text).toContain(
      'redirected GET /v2/team/app/tags/list to an internal address (localhost)',
    );
    expect(target.requests.slice(before).filter((r) => r.path.includes('meta-data'))).toEqual([]);
  });

  it('are refused from HTTPS to plain HTTP', async () => {
    const dir = writeProject({});
    const tls = makeServerCert(dir);
    const reg = await startFakeRegistry({
      tls,
      route: (r) =>
        r.path.startsWith('/v2/team/app/tags/list')
          ? { status: 301, headers: { location: `${target.url}${r.path}` } }
          : undefined,
    });
    afterAll(() => reg.stop());
    const c = await client({ KLUCTL_REGISTRY_HOST: reg.host, KLUCTL_REGISTRY_CA_FILE: tls.caFile });
    const text = await userErrorText(() => c.listTags(parseImageReference(`${reg.host}/team/app`)));
    expect(text).toContain('redirected GET /v2/team/app/tags/list to plain HTTP');
  });
});
