import { describe, expect, it } from 'vitest';
import { parseVersionFilter } from '../../src/images/version-filter.js';
import { UserError } from '../../src/util/errors.js';
import { conformance } from './conformance.js';

interface Data {
  filter: { tags: string[]; cases: { filter: string; passes: string[] }[] }[];
  latest: { tags: string[]; filter: string; latest?: string; error?: boolean }[];
  parse: { ok: string[]; error: string[] };
}
const data = conformance<Data>('version-filters.yaml');

/** The newest tag under a filter, as image-bump picks it. */
function latest(filter: string, tags: string[]): string {
  const f = parseVersionFilter(filter);
  const passing = tags.filter((t) => f.reject(t) === undefined);
  if (passing.length === 0) throw new Error(`no tag passes ${filter}`);
  return passing.reduce((best, t) => (f.compare(t, best) > 0 ? t : best));
}

describe('kluctl version filters (conformance: version-filters.yaml)', () => {
  for (const group of data.filter) {
    it.each(group.cases)('$filter admits $passes', ({ filter, passes }) => {
      const f = parseVersionFilter(filter);
      expect(group.tags.filter((t) => f.reject(t) === undefined)).toEqual(passes);
    });
  }

  it.each(data.latest)('latest of $tags under $filter', ({ tags, filter, latest: want, error }) => {
    if (error) expect(() => latest(filter, tags)).toThrow(/no tag passes/);
    else expect(latest(filter, tags)).toBe(want);
  });

  it.each(data.parse.ok)('parses %s', (text) => {
    expect(() => parseVersionFilter(text)).not.toThrow();
  });

  it.each(data.parse.error)('rejects %s with a UserError naming the problem', (text) => {
    let err: unknown;
    try {
      parseVersionFilter(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(`invalid version filter ${JSON.stringify(text)}`);
    expect((err as UserError).hint).toMatch(/semver\(\)/);
  });
});

describe('filter strings as the render layer records them', () => {
  it('accepts a nested filter given as a string (suffix="number()")', () => {
    const f = parseVersionFilter('prefix("master-", suffix="number()")');
    expect(f.text).toBe('prefix("master-", suffix=number())');
    expect(f.reject('master-12')).toBeUndefined();
    expect(f.reject('master-x')).toMatch(/not a plain number/);
    expect(f.compare('master-9', 'master-12')).toBeLessThan(0);
  });

  it('keeps regex escapes from JSON-quoted strings and from Python-style ones', () => {
    for (const text of ['regex("\\\\d+-rc")', "regex('\\d+-rc')"]) {
      const f = parseVersionFilter(text);
      expect(f.reject('12-rc')).toBeUndefined();
      expect(f.reject('x12-rc')).toBeDefined(); // regex() is a full match
    }
  });

  it('canonicalises equivalent spellings to one text', () => {
    expect(parseVersionFilter('semver()').text).toBe(
      parseVersionFilter('semver(allow_no_nums=False)').text,
    );
  });

  it('semver(allow_no_nums=True) admits tags without numbers', () => {
    expect(parseVersionFilter('semver(allow_no_nums=True)').reject('abc')).toBeUndefined();
    expect(parseVersionFilter('semver()').reject('abc')).toBe('not starting with a number');
  });

  it('says what was meant for near-miss names', () => {
    expect(() => parseVersionFilter("prefix('a', suffi=number())")).toThrow(
      /did you mean suffix\?/,
    );
    expect(() => parseVersionFilter('semvr()')).toThrow(/did you mean semver\(\)\?/);
    expect(() => parseVersionFilter('regex("(")')).toThrow(/invalid regex/);
    expect(() => parseVersionFilter('regex("")')).toThrow(/empty/);
  });
});
