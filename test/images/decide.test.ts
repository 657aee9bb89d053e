import { describe, expect, it } from 'vitest';
import { decideTag } from '../../src/images/decide.js';
import { fluxPolicy } from '../../src/images/flux-policy.js';
import { kluctlPolicy } from '../../src/images/policy.js';

const listing = (
  tags: string[],
  extra: Partial<{ cosignTags: number; truncated: boolean }> = {},
) => ({
  tags,
  cosignTags: 0,
  invalidTags: 0,
  pages: 1,
  truncated: false,
  ...extra,
});
const noTimes = async () => undefined;

describe('decideTag', () => {
  it('explains every rejection and the pick', async () => {
    const d = await decideTag(
      kluctlPolicy('prefix("master-", suffix="number()")'),
      listing(['master-9', 'master-12', 'master-x', 'main-99', '1.0'], { cosignTags: 2 }),
      'master-9',
      noTimes,
    );
    expect(d.verdict).toBe('update');
    expect(d.latest).toBe('master-12');
    expect(d.explanation).toMatchObject({
      tags: 5,
      cosignTagsIgnored: 2,
      candidates: 2,
      pick: 'master-12',
      rejected: [
        { rule: 'without prefix "master-"', count: 2, examples: ['main-99', '1.0'] },
        {
          rule: 'with prefix "master-" but the rest not a plain number',
          count: 1,
          examples: ['master-x'],
        },
      ],
    });
  });

  it('never downgrades: an older pick is reported, not applied', async () => {
    const d = await decideTag(kluctlPolicy('semver()'), listing(['1.0', '1.1']), '2.0', noTimes);
    expect(d.verdict).toBe('newer-pinned');
    expect(d.latest).toBe('1.1');
    expect(d.explanation.why).toContain('the pinned "2.0" is newer');
  });

  it('is up to date when the pick is the pinned version, however it is spelled', async () => {
    expect(
      (await decideTag(kluctlPolicy('semver()'), listing(['1.0', '1.1']), '1.1', noTimes)).verdict,
    ).toBe('up-to-date');
    expect(
      (await decideTag(kluctlPolicy('semver()'), listing(['1.0', 'v1.1']), '1.1', noTimes)).verdict,
    ).toBe('up-to-date');
  });

  it('moves a pin that does not pass the filter to the newest candidate', async () => {
    const d = await decideTag(
      kluctlPolicy('number()'),
      listing(['3', '12', 'x']),
      'latest',
      noTimes,
    );
    expect(d).toMatchObject({ verdict: 'update', latest: '12' });
    expect(d.explanation.why).toContain('does not pass number()');
  });

  it('orders glob candidates by creation time and reads times only when needed', async () => {
    const times: Record<string, string> = {
      a: '2024-01-02T00:00:00Z',
      b: '2024-03-01T00:00:00Z',
      c: '2024-02-01T00:00:00Z',
    };
    const asked: string[] = [];
    const createdOf = async (t: string) => {
      asked.push(t);
      return times[t] ? new Date(times[t]) : undefined;
    };
    const d = await decideTag(
      fluxPolicy('glob:*'),
      listing(['a', 'b', 'c', 'latest']),
      'a',
      createdOf,
    );
    expect(d).toMatchObject({ verdict: 'update', latest: 'b' });
    expect(asked.sort()).toEqual(['a', 'b', 'c']); // "latest" is not a candidate; "a" read once

    asked.length = 0;
    const one = await decideTag(fluxPolicy('glob:b*'), listing(['a', 'b']), undefined, createdOf);
    expect(one.latest).toBe('b');
    expect(asked).toEqual([]); // a single candidate needs no creation time
  });

  it('keeps a pinned image that is newer than every glob candidate', async () => {
    const times: Record<string, string> = {
      'master-1': '2024-01-01T00:00:00Z',
      hotfix: '2024-05-01T00:00:00Z',
    };
    const d = await decideTag(
      fluxPolicy('glob:master-*'),
      listing(['master-1', 'master-0', 'hotfix']),
      'hotfix',
      async (t) => (times[t] ? new Date(times[t]) : undefined),
    );
    expect(d.verdict).toBe('newer-pinned');
  });

  it('fails with the rejection summary when nothing passes', async () => {
    await expect(
      decideTag(kluctlPolicy("prefix('z')"), listing(['1', 'z-10', 'z-1']), 'z-1', noTimes),
    ).rejects.toThrow(
      /no tag passes prefix\("z", suffix=semver\(allow_no_nums=False\)\): 3 tags listed \(2 with prefix "z" but the rest not starting with a number, 1 without prefix "z"\)/,
    );
  });
});
