import { describe, expect, it } from 'vitest';
import { RegistryCredentials } from '../../src/registry/credentials.js';
import { readEnvRegistryConfig } from '../../src/registry/env-config.js';
import { writeDockerConfig } from '../support/registry/docker-config.js';
import { writeProject } from '../support/project.js';

const basic = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');

describe('KLUCTL_REGISTRY_* variables', () => {
  it('reads the unindexed set and indexed sets in order, with every key', () => {
    const cfg = readEnvRegistryConfig({
      KLUCTL_REGISTRY_HOST: 'a.io',
      KLUCTL_REGISTRY_USERNAME: 'u0',
      KLUCTL_REGISTRY_PASSWORD: 'p0',
      KLUCTL_REGISTRY_2_HOST: 'https://c.io/',
      KLUCTL_REGISTRY_2_TOKEN: 'tok',
      KLUCTL_REGISTRY_2_PLAIN_HTTP: 'true',
      KLUCTL_REGISTRY_10_REPOSITORY: 'org/*',
      KLUCTL_REGISTRY_10_IDENTITY_TOKEN: 'idt',
      KLUCTL_REGISTRY_10_CA_FILE: '/ca.pem',
      KLUCTL_REGISTRY_10_CERT_FILE: '/c.pem',
      KLUCTL_REGISTRY_10_KEY_FILE: '/k.pem',
      KLUCTL_REGISTRY_10_INSECURE_SKIP_TLS_VERIFY: 'true',
      KLUCTL_REGISTRY_3_HOST: 'd.io',
      KLUCTL_REGISTRY_3_TLSVERIFY: 'false',
    });
    expect(cfg.sets).toEqual([
      { source: 'KLUCTL_REGISTRY_*', host: 'a.io', username: 'u0', password: 'p0' },
      { source: 'KLUCTL_REGISTRY_2_*', host: 'c.io', registryToken: 'tok', plainHttp: true },
      { source: 'KLUCTL_REGISTRY_3_*', host: 'd.io', insecureSkipTlsVerify: true },
      {
        source: 'KLUCTL_REGISTRY_10_*',
        repository: 'org/*',
        identityToken: 'idt',
        caFile: '/ca.pem',
        certFile: '/c.pem',
        keyFile: '/k.pem',
        insecureSkipTlsVerify: true,
      },
    ]);
    expect(cfg.defaultTlsVerify).toBe(true);
  });

  it('warns about unknown keys and bad booleans without echoing values', () => {
    const cfg = readEnvRegistryConfig({
      KLUCTL_REGISTRY_1_HOST: 'a.io',
      KLUCTL_REGISTRY_1_PASSWROD: 'hunter22',
      KLUCTL_REGISTRY_1_PLAIN_HTTP: 'maybe',
      KLUCTL_REGISTRY_DEFAULT_TLSVERIFY: '0',
    });
    expect(cfg.warnings).toEqual([
      'unknown variable KLUCTL_REGISTRY_1_PASSWROD (did you mean PASSWORD?)',
      'KLUCTL_REGISTRY_1_PLAIN_HTTP is not a boolean; ignored',
    ]);
    expect(cfg.warnings.join(' ')).not.toContain('hunter22');
    expect(cfg.defaultTlsVerify).toBe(false);
  });

  it('prefers a set naming the repository (wildcards, Docker Hub without library/)', async () => {
    const creds = await RegistryCredentials.load(
      {
        KLUCTL_REGISTRY_1_HOST: 'docker.io',
        KLUCTL_REGISTRY_1_USERNAME: 'hub-user',
        KLUCTL_REGISTRY_1_PASSWORD: 'x',
        KLUCTL_REGISTRY_2_HOST: 'docker.io',
        KLUCTL_REGISTRY_2_REPOSITORY: 'nginx',
        KLUCTL_REGISTRY_2_USERNAME: 'nginx-user',
        KLUCTL_REGISTRY_2_PASSWORD: 'y',
        KLUCTL_REGISTRY_3_REPOSITORY: 'team/*',
        KLUCTL_REGISTRY_3_USERNAME: 'team-user',
        KLUCTL_REGISTRY_3_PASSWORD: 'z',
        KLUCTL_REGISTRY_4_HOST: 'tls.example.com',
        KLUCTL_REGISTRY_4_CA_FILE: '/ca.pem',
      },
      { dockerConfig: false },
    );
    expect((await creds.authFor('docker.io', 'library/nginx'))?.username).toBe('nginx-user');
    expect((await creds.authFor('docker.io', 'library/redis'))?.username).toBe('hub-user');
    expect((await creds.authFor('ghcr.io', 'team/sub/app'))?.username).toBe('team-user');
    expect(await creds.authFor('ghcr.io', 'other/app')).toBeUndefined();
    // A set with only TLS settings gives no credentials but its CA.
    expect(await creds.authFor('tls.example.com', 'app')).toBeUndefined();
    expect(creds.transportFor('tls.example.com', 'app')).toMatchObject({ caFile: '/ca.pem' });
  });
});

describe('docker config', () => {
  it('reads auths (auth, identitytoken), credHelpers and credsStore through real helper processes', async () => {
    const dir = writeProject({});
    const { configDir, binDir } = writeDockerConfig(
      dir,
      {
        auths: {
          'https://index.docker.io/v1/': { auth: basic('hubber', 'hub:pass') },
          'idt.example.com': { identitytoken: 'refresh-me' },
          'store.example.com': { auth: basic('fallback', 'x') },
        },
        credHelpers: { 'helped.example.com:5000': 'fake' },
        credsStore: 'store',
      },
      {
        fake: { 'helped.example.com:5000': { Username: 'helper-user', Secret: 'helper-secret' } },
        store: { 'ghcr.io': { Username: '<token>', Secret: 'store-identity' } },
      },
    );
    const env = { DOCKER_CONFIG: configDir, PATH: `${binDir}:${process.env.PATH}` };
    const creds = await RegistryCredentials.load(env);
    expect(await creds.authFor('docker.io', 'library/nginx')).toMatchObject({
      username: 'hubber',
      password: 'hub:pass',
    });
    expect(await creds.authFor('helped.example.com:5000', 'a')).toMatchObject({
      username: 'helper-user',
      password: 'helper-secret',
      source: 'docker-credential-fake',
    });
    expect(await creds.authFor('ghcr.io', 'a')).toMatchObject({
      identityToken: 'store-identity',
      source: 'docker-credential-store',
    });
    expect(await creds.authFor('idt.example.com', 'a')).toMatchObject({
      identityToken: 'refresh-me',
    });
    // The store has nothing for this host: auths is the fallback.
    expect(await creds.authFor('store.example.com', 'a')).toMatchObject({ username: 'fallback' });
    expect(await creds.authFor('none.example.com', 'a')).toBeUndefined();
  });

  it('names the file when it is not JSON, and a missing helper by name', async () => {
    const dir = writeProject({ 'docker/config.json': '{ nope' });
    await expect(RegistryCredentials.load({ DOCKER_CONFIG: `${dir}/docker` })).rejects.toThrow(
      /cannot read docker config: invalid JSON/,
    );
    const d2 = writeProject({});
    const { configDir } = writeDockerConfig(d2, { credsStore: 'absent' });
    const creds = await RegistryCredentials.load({
      DOCKER_CONFIG: configDir,
      PATH: '/nonexistent',
    });
    await expect(creds.authFor('x.io', 'a')).rejects.toThrow(
      /docker-credential-absent is not on the PATH/,
    );
  });
});
