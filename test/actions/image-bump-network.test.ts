/**
 * What image-bump does on the network besides GitHub: it goes through the proxy the
 * environment names, like every other client, and masks the registry tokens it obtains.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionEntry } from '../support/action.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { writeProject } from '../support/project.js';
import { makeSigningCert } from '../support/registry/certs.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder } from '../support/registry/seed.js';
import { startTokenIssuer, type TokenIssuer } from '../support/registry/token-issuer.js';
import { FIXTURES, readTree } from './fixture-repo.js';
import { checkout, runnerEnv } from './helpers.js';

const unavailable = registryUnavailable();

let server: GitHubServer;
let repos = 0;

/** The image-bump fixture pinning images of `registry`, checked out; a dry run on it. */
async function dryRun(registry: RegistryInstance, env: Record<string, string>) {
  const files = readTree(path.join(FIXTURES, 'image-bump/repo'));
  const full = `acme/net-${++repos}`;
  await server.createRepo(full, {
    files: Object.fromEntries(
      Object.entries(files).map(([p, t]) => [p, t.replaceAll('REGISTRY', `${registry.host}/ns`)]),
    ),
  });
  const workspace = checkout(server, full, 'main');
  return runActionEntry(
    'image-bump',
    { 'project-dir': 'deploy', 'fixed-images-files': 'deploy/images.yaml', 'dry-run': 'true' },
    { ...runnerEnv(server, full, workspace), ...env },
  );
}

const seed = (seeder: RegistrySeeder) =>
  seeder.push(
    [
      ['team/web', '1.4.2'],
      ['team/web', '1.5.0'],
      ['team/worker', '2.0.0'],
      ['team/proxy', '1.0.0'],
    ].map(([repo, tag]) => ({ repository: `ns/${repo}`, tag })),
  );

beforeAll(async () => {
  server = await startGitHubServer();
});
afterAll(() => server?.close());

describe.skipIf(unavailable)('image-bump through a proxy (HTTP_PROXY, NO_PROXY)', () => {
  let registry: RegistryInstance;
  let proxy: ConnectProxy;

  beforeAll(async () => {
    registry = await startRegistry();
    await seed(new RegistrySeeder({ url: registry.url }));
    proxy = await startConnectProxy();
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  it('tunnels every registry request through the proxy', async () => {
    const run = await dryRun(registry, { HTTP_PROXY: proxy.url });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['updated-count']).toBe('1');
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([registry.host]));
  });

  it('goes direct to a host NO_PROXY names', async () => {
    const before = proxy.tunnels.length;
    const run = await dryRun(registry, { http_proxy: proxy.url, no_proxy: 'localhost,127.0.0.1' });
    expect(run.code, run.stdout).toBe(0);
    expect(proxy.tunnels).toHaveLength(before);
  });

  it('fails naming the registry when the proxy cannot be reached', async () => {
    const run = await dryRun(registry, { HTTP_PROXY: 'http://127.0.0.1:9' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`cannot reach registry ${registry.host}`);
  });
});

describe.skipIf(unavailable)('image-bump with a token server', () => {
  let registry: RegistryInstance;
  let issuer: TokenIssuer;

  beforeAll(async () => {
    const signing = makeSigningCert(writeProject({}));
    issuer = await startTokenIssuer({
      signing,
      service: 'test-registry',
      issuer: 'test-issuer',
      users: { ci: 'ci-registry-password' },
    });
    registry = await startRegistry({
      token: {
        realm: issuer.realm,
        service: 'test-registry',
        issuer: 'test-issuer',
        rootCertFile: signing.certFile,
      },
    });
    await seed(
      new RegistrySeeder({
        url: registry.url,
        authorization: (repo) => `Bearer ${issuer.adminToken(repo)}`,
      }),
    );
  });
  afterAll(async () => {
    await registry?.stop();
    await issuer?.stop();
  });

  it('masks the tokens it obtains, as it masks the password', async () => {
    const run = await dryRun(registry, {
      KLUCTL_REGISTRY_HOST: registry.host,
      KLUCTL_REGISTRY_USERNAME: 'ci',
      KLUCTL_REGISTRY_PASSWORD: 'ci-registry-password',
      KLUCTL_REGISTRY_PLAIN_HTTP: 'true',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['updated-count']).toBe('1');
    const masked = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    expect(masked).toContain('ci-registry-password');
    // One token per repository scope, each a JWT from the token server.
    const tokens = masked.filter((m) => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(m));
    expect(tokens).toHaveLength(3);
    for (const t of tokens) {
      const lines = run.stdout.split('\n').filter((l) => l.includes(t));
      expect(lines).toEqual([`::add-mask::${t}`]);
    }
  });
});
