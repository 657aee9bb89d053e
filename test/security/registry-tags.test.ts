import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/registry/client.js';
import { RegistryCredentials } from '../../src/registry/credentials.js';
import { parseImageReference } from '../../src/registry/reference.js';
import { imageOf, startFakeRegistry, type FakeRegistry } from './registry-fake.js';
import { userErrorText } from '../support/failure.js';

// Names a registry can list that are no tags: each would end up in a pull-request title,
// a commit message, a YAML file or a request path if it were taken for one.
const HOSTILE_TAGS = [
  '9.9.9\n::error::pwned',
  '9.9.9\n\nSigned-off-by: Mallory <mallory@evil.example>',
  `9.9.9@sha256:${'e'.repeat(64)}`,
  '9.9.9\u0000nul',
  '9.9.9\u2028line-separator',
  '9.9.9/../../../v2/other/tags/list',
  '../../etc/passwd',
  '9.9.9 with spaces',
  '::error::pwned',
  '9.9.9%2F..%2Fescape',
  '9.9.9?n=1#frag',
  '-9.9.9',
  '.9.9.9',
  `9${'9'.repeat(128)}`,
  '９.９.９',
  '',
];
const VALID = ['1.0.0', '1.1.0', '1.1.0_build.2', 'A_b-C.1', `9${'9'.repeat(127)}`];
const NOT_STRINGS = [42, null, { tag: '9.9.9' }, ['9.9.9']];

const cosign = `sha256-${'ab'.repeat(32)}.sig`;

let reg: FakeRegistry;
let client: RegistryClient;
beforeAll(async () => {
  reg = await startFakeRegistry({
    tags: { 'team/app': [...VALID, ...HOSTILE_TAGS, ...NOT_STRINGS, cosign] },
  });
  client = new RegistryClient({ credentials: RegistryCredentials.none(), maxAttempts: 1 });
});
afterAll(async () => {
  await client?.close();
  await reg?.stop();
});

const ref = () => parseImageReference(`${reg.host}/team/app`);

/**
 * A text error report must not carry any hostile name, line break or control character
 * (but the one line break before its hint).
 */
function expectClean(text: string): void {
  expect(text).not.toMatch(/pwned|Mallory|passwd|escape|frag|nul\b|separator/);
  expect(text.replace('\n  hint: ', ' hint: ')).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
}

describe('registry tag names (request level, a fake registry)', () => {
  it('considers only names in the OCI tag grammar and counts the others', async () => {
    const list = await client.listTags(ref());
    expect(list.tags).toEqual(VALID);
    expect(list.invalidTags).toBe(HOSTILE_TAGS.length + NOT_STRINGS.length);
    expect(list.cosignTags).toBe(1);
  });

  it('never puts a name that is no tag into a request path', async () => {
    for (const tag of HOSTILE_TAGS) {
      const before = reg.requests.length;
      const text = await userErrorText(() => client.manifestDigest(ref(), tag));
      expect(text).toContain('is not a valid tag');
      expectClean(text);
      await userErrorText(() => client.imageCreated(ref(), tag));
      expect(reg.requests.slice(before)).toEqual([]);
    }
  });

  it('refuses a digest header that is no digest, without repeating it', async () => {
    for (const digest of [
      'sha256:abc\n::error::pwned',
      `sha256:${'a'.repeat(64)}/../../pwned`,
      `sha256:${'A'.repeat(64)}`,
      'md5:0123456789abcdef',
      `sha256:${'a'.repeat(63)}`,
    ]) {
      reg.options.route = (r) =>
        r.path.includes('/manifests/')
          ? { headers: { 'docker-content-digest': encodeURI(digest) }, body: '{}' }
          : undefined;
      const text = await userErrorText(() => client.manifestDigest(ref(), '1.1.0'));
      expect(text).toContain('sent a manifest digest that is not valid');
      expectClean(text);
    }
    reg.options.route = undefined;
    expect(await client.manifestDigest(ref(), '1.1.0')).toBe(imageOf('team/app', '1.1.0').digest);
  });

  it('follows no digest from a manifest or an index that is no digest', async () => {
    for (const manifest of [
      {
        manifests: [
          {
            digest: '../../../v2/other/tags/list',
            platform: { os: 'linux', architecture: 'amd64' },
          },
        ],
      },
      { config: { digest: 'sha256:../../../v2/other/tags/list?x=' } },
      { config: { digest: `sha256:${'a'.repeat(64)}\n::error::pwned` } },
    ]) {
      reg.options.route = (r) => (r.path.includes('/manifests/') ? { body: manifest } : undefined);
      const before = reg.requests.length;
      const text = await userErrorText(() => client.imageCreated(ref(), '1.0.0'));
      expect(text).toContain('is not a valid digest');
      expectClean(text);
      expect(reg.requests.slice(before).map((r) => r.path)).toEqual([
        '/v2/team/app/manifests/1.0.0',
      ]);
    }
    reg.options.route = undefined;
  });

  it('shows a registry error message on one line, without control characters', async () => {
    reg.options.route = (r) =>
      r.path.includes('/tags/list')
        ? {
            status: 500,
            body: {
              errors: [
                {
                  code: 'UNKNOWN\n::error::pwned',
                  message: 'broke\r\n::set-output name=x::pwned\u001b[2J\u2028',
                },
              ],
            },
          }
        : undefined;
    const text = await userErrorText(() => client.listTags(ref()));
    reg.options.route = undefined;
    expect(text).toContain('listing tags failed with HTTP 500');
    expect(text).toContain('UNKNOWN\\n::error::pwned: broke\\r\\n::set-output');
    expect(text).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
  });

  it('follows a next page only on the same scheme and host, and never with credentials in it', async () => {
    for (const [link, why] of [
      [
        `<http://user:secret-in-link@${reg.host}/v2/team/app/tags/list?last=1>; rel="next"`,
        'credentials',
      ],
      [`<https://${reg.host}/v2/team/app/tags/list?last=1>; rel="next"`, 'another host'],
      [
        `<http://127.0.0.2:${reg.host.split(':')[1]}/v2/team/app/tags/list?last=1>; rel="next"`,
        'another host',
      ],
    ]) {
      reg.options.route = (r) =>
        r.path.includes('/tags/list')
          ? { headers: { link }, body: { name: 'team/app', tags: ['1.0.0'] } }
          : undefined;
      const text = await userErrorText(() => client.listTags(ref()));
      expect(text).toContain(why);
      expect(text).not.toContain('secret-in-link');
    }
    reg.options.route = undefined;
  });
});

describe('registry auth challenges and tokens (request level)', () => {
  const challenge = (header: string) => (r: { path: string }) =>
    r.path === '/v2/' || r.path.includes('/tags/list')
      ? { status: 401, headers: { 'www-authenticate': header }, body: {} }
      : undefined;

  it('asks no token realm that is not an http(s) URL without credentials in it', async () => {
    for (const realm of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      `http://user:secret-in-realm@${'127.0.0.1'}:1/token`,
      'not a url',
    ]) {
      const fake = await startFakeRegistry({
        tags: { 'team/app': ['1.0.0'] },
        route: challenge(`Bearer realm="${realm}",service="registry"`),
      });
      const c = new RegistryClient({ maxAttempts: 1 });
      const text = await userErrorText(() =>
        c.listTags(parseImageReference(`${fake.host}/team/app`)),
      );
      expect(text).toContain('invalid token realm');
      expect(text).not.toContain('secret-in-realm');
      expect(text).not.toContain('passwd');
      await c.close();
      await fake.stop();
    }
  });

  it('refuses a service name or a token that could not go into a request as is', async () => {
    const tokens = await startFakeRegistry({
      route: (r) =>
        r.path.startsWith('/token') ? { body: { token: 'abc\r\nX-Injected: pwned' } } : undefined,
    });
    for (const [service, expected] of [
      // A header cannot carry CR or LF; tabs and bytes read as C1 controls get through.
      ['registry\u0085\tX-Injected: pwned', 'invalid service name'],
      ['registry', 'invalid token'],
    ]) {
      const fake = await startFakeRegistry({
        tags: { 'team/app': ['1.0.0'] },
        route: challenge(`Bearer realm="${tokens.url}/token",service="${service}"`),
      });
      const c = new RegistryClient({ maxAttempts: 1 });
      const text = await userErrorText(() =>
        c.listTags(parseImageReference(`${fake.host}/team/app`)),
      );
      expect(text).toContain(expected);
      expectClean(text);
      await c.close();
      await fake.stop();
    }
    await tokens.stop();
  });
});
