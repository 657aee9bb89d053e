import { describe, expect, it } from 'vitest';
import { decideTag } from '../../src/images/decide.js';
import { compareFluxSemver, fluxPolicy } from '../../src/images/flux-policy.js';
import { UserError } from '../../src/util/errors.js';
import { conformance } from './conformance.js';

interface Data {
  matches: { pattern: string; match?: string[]; nomatch?: string[] }[];
  semver_order_newest_first: { tags: string[]; sorted: string[] }[];
  filtering: { pattern: string; tags: string[]; candidates_newest_first: string[] }[];
}
const data = conformance<Data>('flux-v1-filters.yaml');

describe('Flux v1 tag patterns (conformance: flux-v1-filters.yaml)', () => {
  for (const c of data.matches) {
    it(`${c.pattern} matches ${JSON.stringify(c.match ?? [])} and not ${JSON.stringify(c.nomatch ?? [])}`, () => {
      const p = fluxPolicy(c.pattern);
      for (const t of c.match ?? []) expect(p.reject(t), t).toBeUndefined();
      for (const t of c.nomatch ?? []) expect(p.reject(t), t).toBeDefined();
    });
  }

  it.each(data.semver_order_newest_first)('orders $tags newest first', ({ tags, sorted }) => {
    expect([...tags].sort((a, b) => compareFluxSemver(b, a))).toEqual(sorted);
  });

  it.each(data.filtering)(
    '$pattern over $tags',
    async ({ pattern, tags, candidates_newest_first }) => {
      const p = fluxPolicy(pattern);
      const candidates = tags.filter((t) => p.reject(t) === undefined);
      const newestFirst =
        p.order === 'version' ? candidates.sort((a, b) => compareFluxSemver(b, a)) : candidates;
      expect(newestFirst).toEqual(candidates_newest_first);
      const d = await decideTag(
        p,
        { tags, cosignTags: 0, invalidTags: 0, pages: 1, truncated: false },
        undefined,
        async () => undefined,
      );
      expect(d.latest).toBe(candidates_newest_first[0]);
    },
  );

  it('fails closed on invalid patterns instead of matching everything', () => {
    for (const bad of [
      'semver:not a range',
      'regex:(unclosed',
      'regexp:a)',
      'semver:',
      'foo:bar',
    ]) {
      let err: unknown;
      try {
        fluxPolicy(bad);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(UserError);
      expect((err as UserError).message).toContain(
        `invalid Flux tag pattern ${JSON.stringify(bad)}`,
      );
    }
  });

  it('reads Masterminds constraint syntax (commas, =>)', () => {
    const p = fluxPolicy('semver:>=1.2, <2');
    expect(p.reject('1.5.0')).toBeUndefined();
    expect(p.reject('2.0.0')).toBeDefined();
    expect(fluxPolicy('semver:=>1.2').reject('1.3')).toBeUndefined();
  });

  it('reads Go regex flags and named groups', () => {
    expect(fluxPolicy('regex:(?i)^MASTER-(?P<n>\\d+)$').reject('master-12')).toBeUndefined();
  });
});
