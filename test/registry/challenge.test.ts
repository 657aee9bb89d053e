import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/registry/challenge.js';
import { parseRetryAfter } from '../../src/registry/http.js';
import { nextLink } from '../../src/registry/tags.js';

describe('WWW-Authenticate', () => {
  it('parses a Bearer challenge with realm, service and scope', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull',
        },
      },
    ]);
  });

  it('parses several challenges in one header, with commas and escapes inside quotes', () => {
    expect(
      parseChallenges(
        'Basic realm="a, b", Bearer realm="https://t/x",scope="repository:a:pull,push", error=insufficient_scope',
      ),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'a, b' } },
      {
        scheme: 'bearer',
        params: {
          realm: 'https://t/x',
          scope: 'repository:a:pull,push',
          error: 'insufficient_scope',
        },
      },
    ]);
    expect(parseChallenges('Basic realm="say \\"hi\\""')[0].params.realm).toBe('say "hi"');
  });
});

describe('Retry-After and Link', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('finds rel="next" among several links', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=b');
    expect(nextLink('<https://x/prev>; rel="prev", <https://x/next>; rel=next')).toBe(
      'https://x/next',
    );
    expect(nextLink('<https://x/prev>; rel="prev"')).toBeUndefined();
  });
});
