import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/diff/index.js';

const work = mkdtempSync(path.join(tmpdir(), 'shipshape-udiff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** GNU diff -u (the real tool) without its two header lines. */
function gnuDiff(a: string, b: string, context = 3): string {
  writeFileSync(path.join(work, 'a'), a);
  writeFileSync(path.join(work, 'b'), b);
  const r = spawnSync('diff', [`-U${context}`, 'a', 'b'], { cwd: work, encoding: 'utf8' });
  return r.stdout.split('\n').slice(2).join('\n');
}

const lines = (n: number, f: (i: number) => string = (i) => `line ${i}`) =>
  Array.from({ length: n }, (_, i) => `${f(i + 1)}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('', '')).toBe('');
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  // Cases with exactly one shortest diff, so the output must match GNU diff byte for byte.
  const cases: [string, string, string][] = [
    ['from empty', '', 'a\nb\n'],
    ['to empty', 'a\nb\n', ''],
    ['first line', lines(10), lines(10).replace('line 1\n', 'LINE 1\n')],
    ['last line', lines(10), lines(10).replace('line 10\n', 'LINE 10\n')],
    ['insert at start', lines(5), `new\n${lines(5)}`],
    ['append at end', lines(5), `${lines(5)}new\n`],
    [
      'two far apart changes: two hunks',
      lines(30),
      lines(30, (i) => (i === 3 || i === 20 ? `x${i}` : `line ${i}`)),
    ],
    [
      'changes 6 lines apart: one hunk',
      lines(30),
      lines(30, (i) => (i === 5 || i === 12 ? `x${i}` : `line ${i}`)),
    ],
    [
      'changes 7 lines apart: two hunks',
      lines(30),
      lines(30, (i) => (i === 5 || i === 13 ? `x${i}` : `line ${i}`)),
    ],
    ['missing final newline before', 'a\nb', 'a\nb\n'],
    ['missing final newline after', 'a\nb\n', 'a\nc'],
    ['missing final newline on both', 'a\nb', 'a\nc'],
    ['windows line endings', 'a\r\nb\r\n', 'a\r\nc\r\n'],
    ['replace everything', lines(4), lines(3, (i) => `other ${i}`)],
  ];
  it.each(cases)('matches GNU diff -u: %s', (_, a, b) => {
    expect(unifiedDiff(a, b)).toBe(gnuDiff(a, b));
  });

  it('honours the context size', () => {
    const a = lines(20);
    const b = lines(20, (i) => (i === 10 ? 'ten' : `line ${i}`));
    expect(unifiedDiff(a, b, { context: 0 })).toBe(gnuDiff(a, b, 0));
    expect(unifiedDiff(a, b, { context: 1 })).toBe(
      '@@ -9,3 +9,3 @@\n line 9\n-line 10\n+ten\n line 11\n',
    );
  });

  it('writes file headers when names are given', () => {
    expect(unifiedDiff('a\n', 'b\n', { fromFile: 'x/old', toFile: 'x/new' })).toBe(
      '--- x/old\n+++ x/new\n@@ -1 +1 @@\n-a\n+b\n',
    );
  });

  it('produces shortest patches that `patch` applies (random texts)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = () => Array.from({ length: rnd(25) }, () => `${'abcd'[rnd(4)]}\n`).join('');
    const lcs = (x: string[], y: string[]) => {
      const dp = Array.from({ length: x.length + 1 }, () =>
        new Array<number>(y.length + 1).fill(0),
      );
      for (let i = 1; i <= x.length; i++)
        for (let j = 1; j <= y.length; j++)
          dp[i][j] =
            x[i - 1] === y[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
      return dp[x.length][y.length];
    };
    for (let n = 0; n < 60; n++) {
      const a = text();
      const b = text();
      const patch = unifiedDiff(a, b, { fromFile: 'a', toFile: 'b' });
      writeFileSync(path.join(work, 'a'), a);
      writeFileSync(path.join(work, 'p'), patch);
      if (patch) execFileSync('patch', ['--quiet', '-o', 'out', 'a', 'p'], { cwd: work });
      else writeFileSync(path.join(work, 'out'), a);
      expect(
        readFileSync(path.join(work, 'out'), 'utf8'),
        `${JSON.stringify(a)} → ${JSON.stringify(b)}`,
      ).toBe(b);
      const changed = patch.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l)).length;
      const la = a.split('\n').slice(0, -1);
      const lb = b.split('\n').slice(0, -1);
      expect(changed).toBe(la.length + lb.length - 2 * lcs(la, lb));
    }
  });

  it('stays fast and linear for a rewrite of a large text', () => {
    const a = lines(20000);
    const b = lines(20000, (i) => `other ${i}`);
    const d = unifiedDiff(a, b);
    expect(d.startsWith('@@ -1,20000 +1,20000 @@\n-line 1\n')).toBe(true);
    expect(d.split('\n').filter((l) => l.startsWith('+')).length).toBe(20000);
  });
});
