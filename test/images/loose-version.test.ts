import { describe, expect, it } from 'vitest';
import { compareLooseVersions } from '../../src/images/loose-version.js';
import { conformance } from './conformance.js';

const data = conformance<{ less: [string, string][]; equal: [string, string][] }>(
  'loose-versions.yaml',
);

describe('loose version order (conformance: loose-versions.yaml)', () => {
  it.each(data.less)('%s < %s', (a, b) => {
    expect(compareLooseVersions(a, b)).toBeLessThan(0);
    expect(compareLooseVersions(b, a)).toBeGreaterThan(0);
  });
  it.each(data.equal)('%s == %s', (a, b) => {
    expect(compareLooseVersions(a, b)).toBe(0);
  });
  it('compares numbers beyond 2^53 exactly', () => {
    expect(compareLooseVersions('20240101120000000001', '20240101120000000002')).toBeLessThan(0);
  });
});
