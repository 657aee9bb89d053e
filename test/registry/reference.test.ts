import { describe, expect, it } from 'vitest';
import { parseImageReference, withTag } from '../../src/registry/reference.js';
import { UserError } from '../../src/util/errors.js';

describe('parseImageReference', () => {
  it.each([
    [
      'nginx',
      {
        domain: 'docker.io',
        registry: 'registry-1.docker.io',
        repository: 'library/nginx',
        name: 'nginx',
      },
    ],
    ['nginx:1.25', { repository: 'library/nginx', tag: '1.25' }],
    ['docker.io/bitnami/redis:7', { domain: 'docker.io', repository: 'bitnami/redis', tag: '7' }],
    [
      'index.docker.io/nginx',
      { domain: 'docker.io', registry: 'registry-1.docker.io', repository: 'library/nginx' },
    ],
    [
      '127.0.0.1:5000/team/app:1.2',
      {
        domain: '127.0.0.1:5000',
        registry: '127.0.0.1:5000',
        repository: 'team/app',
        tag: '1.2',
        name: '127.0.0.1:5000/team/app',
      },
    ],
    ['localhost/app', { domain: 'localhost', repository: 'app' }],
    ['localhost:5000/app', { domain: 'localhost:5000', repository: 'app', tag: undefined }],
    [
      'ghcr.io/o/r/sub:v1@sha256:' + 'a'.repeat(64),
      { domain: 'ghcr.io', repository: 'o/r/sub', tag: 'v1', digest: 'sha256:' + 'a'.repeat(64) },
    ],
    [
      'reg.io/app@sha256:' + 'b'.repeat(64),
      { repository: 'app', tag: undefined, digest: 'sha256:' + 'b'.repeat(64) },
    ],
    ['team/app', { domain: 'docker.io', repository: 'team/app' }],
  ])('%s', (text, want) => {
    expect(parseImageReference(text)).toMatchObject(want);
  });

  it.each([
    '',
    'UPPER/case',
    'reg.io/app:bad tag',
    'reg.io//app',
    'reg.io/app@sha256:short',
    ' nginx',
  ])('rejects %j with a UserError', (text) => {
    expect(() => parseImageReference(text)).toThrow(UserError);
  });

  it('keeps the name as written when changing the tag, and the digest only when replaced', () => {
    const d = 'sha256:' + 'c'.repeat(64);
    expect(withTag(parseImageReference('nginx:1.0'), '1.1')).toBe('nginx:1.1');
    expect(withTag(parseImageReference('127.0.0.1:5000/a:1'), '2', d)).toBe('127.0.0.1:5000/a:2');
    expect(withTag(parseImageReference(`r.io/a:1@sha256:${'e'.repeat(64)}`), '2', d)).toBe(
      `r.io/a:2@${d}`,
    );
  });
});
