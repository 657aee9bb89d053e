import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decideChartVersion } from '../../src/helm/update.js';
import { parseChartVersion, parseConstraint, satisfies } from '../../src/helm/semver.js';

// Behaviour facts for helm-update (copied from the project's conformance set).
const conformance = parse(
  readFileSync(path.join(import.meta.dirname, '../fixtures/helm/helm-update.yaml'), 'utf8'),
) as {
  cases: {
    available: string[];
    current: string;
    constraint?: string;
    latest?: string;
    update?: boolean;
    error?: string;
  }[];
};

describe('helm-update version decisions (conformance facts)', () => {
  it.each(
    conformance.cases.map(
      (c) => [`${c.current} ${c.constraint ?? '(none)'} of ${c.available.join(',')}`, c] as const,
    ),
  )('%s', (_name, c) => {
    const d = decideChartVersion(c.available, c.current, c.constraint);
    if (c.error) {
      expect(d.kind).toBe('none-allowed');
      expect(d.explanation.why).toContain(c.error);
      return;
    }
    expect(d.kind === 'none-allowed' ? undefined : d.latest).toBe(c.latest);
    expect(d.kind === 'update').toBe(c.update ?? c.latest !== c.current);
  });

  it('never downgrades, and says why', () => {
    const d = decideChartVersion(['1.0.0', '1.1.0'], '2.0.0', '>=1.0.0 <2.0.0');
    expect(d.kind).toBe('up-to-date');
    expect(d.explanation.why).toBe(
      'the newest version updateConstraints ">=1.0.0 <2.0.0" allows is 1.1.0, older than 2.0.0: never downgraded',
    );
  });

  it('counts what each rule left out', () => {
    const d = decideChartVersion(
      ['1.0.0', 'latest', '1.1.0-rc.1', '1.2.0', '2.0.0'],
      '1.0.0',
      '~1',
    );
    expect(d).toMatchObject({
      kind: 'update',
      latest: '1.2.0',
      explanation: {
        seen: 5,
        notSemver: 1,
        outsideConstraint: 2,
        prereleases: 0,
        newestAllowed: '1.2.0',
      },
    });
    const none = decideChartVersion(['1.0.0', '1.1.0-rc.1'], '1.0.0');
    expect(none.explanation).toMatchObject({
      prereleases: 1,
      why: '1.0.0 is the newest version no updateConstraints (pre-releases excluded) allows',
    });
  });

  it('does not report an update between two spellings of the same version', () => {
    expect(decideChartVersion(['v1.2.0'], '1.2.0').kind).toBe('up-to-date');
  });
});

describe('Masterminds semver as Helm uses it (not npm semver)', () => {
  const ok = (constraint: string, version: string) =>
    satisfies(parseChartVersion(version)!, parseConstraint(constraint));

  it.each([
    ['~1.2.3', '1.2.9', true],
    ['~1.2.3', '1.3.0', false],
    ['~1', '1.9.0', true],
    ['~1', '2.0.0', false],
    ['^1.2.3', '1.99.0', true],
    ['^1.2.3', '2.0.0', false],
    ['^0.2.3', '0.2.9', true],
    ['^0.2.3', '0.3.0', false],
    ['^0.0.3', '0.0.4', false],
    ['1.2.x', '1.2.7', true],
    ['1.2.x', '1.3.0', false],
    ['*', '5.0.0', true],
    ['>=1.0.0, <2.0.0', '1.5.0', true], // comma is AND (npm has no comma)
    ['>=1.0.0 <2.0.0', '2.0.0', false],
    ['~1.0.0 || ~3.0.0', '3.0.4', true],
    ['~1.0.0 || ~3.0.0', '2.0.0', false],
    ['1 - 2', '2.9.0', true], // hyphen range: >= 1, <= 2 (2 is 2.x here)
    ['1.0.0 - 2.0.0', '2.0.1', false],
    ['!=1.2.3', '1.2.4', true],
    ['>1.2', '1.2.9', false], // >1.2 means 1.3 or higher
    ['>1.2', '1.3.0', true],
    ['<=1.2', '1.2.9', true],
    ['v1.2.3', '1.2.3', true],
    ['=1.2', '1.2.5', true], // a wildcard turns = into ~
  ] as const)('%s with %s: %s', (c, v, want) => {
    expect(ok(c, v)).toBe(want);
  });

  it('matches pre-releases only when the constraint has one', () => {
    expect(ok('~1.1.0', '1.1.1-rc.1')).toBe(false);
    expect(ok('~1.1.0-0', '1.1.1-rc.1')).toBe(true);
    expect(ok('>=1.0.0-0', '2.0.0-beta')).toBe(true); // unlike npm, any pre-release in range
    expect(ok('>=1.0.0', '2.0.0-beta')).toBe(false);
  });

  it('reads versions leniently, as NewVersion does', () => {
    expect(parseChartVersion('v1.2')).toMatchObject({ major: 1, minor: 2, patch: 0 });
    expect(parseChartVersion('1')).toMatchObject({ major: 1, minor: 0, patch: 0 });
    expect(parseChartVersion('1.2.3-rc.01')).toBeUndefined(); // leading zero in a numeric pre-release
    expect(parseChartVersion('latest')).toBeUndefined();
  });

  it('refuses improper constraints', () => {
    expect(() => parseConstraint('~> 1.2 garbage')).toThrow('improper constraint');
    expect(() => parseConstraint('')).toThrow('improper constraint');
  });
});

describe('differential corpus recorded from Masterminds semver v3.2.1', () => {
  const corpus = JSON.parse(
    readFileSync(
      path.join(import.meta.dirname, '../fixtures/helm/masterminds/corpus.json'),
      'utf8',
    ),
  ) as {
    constraints: string[];
    versions: string[];
    results: Record<string, 'error' | Record<string, boolean>>;
  };

  it(`agrees on all ${corpus.constraints.length} constraints × ${corpus.versions.length} versions`, () => {
    const diffs: string[] = [];
    for (const c of corpus.constraints) {
      const want = corpus.results[c];
      let parsed;
      try {
        parsed = parseConstraint(c);
      } catch {
        if (want !== 'error') diffs.push(`${c}: refused here, accepted by Masterminds`);
        continue;
      }
      if (want === 'error') {
        diffs.push(`${c}: accepted here, refused by Masterminds`);
        continue;
      }
      for (const v of corpus.versions) {
        const sv = parseChartVersion(v);
        if (!sv) {
          if (v in want) diffs.push(`${v}: not a version here, one for Masterminds`);
          continue;
        }
        if (satisfies(sv, parsed) !== want[v])
          diffs.push(`${c} with ${v}: Masterminds says ${want[v]}`);
      }
    }
    expect(diffs).toEqual([]);
  });
});
