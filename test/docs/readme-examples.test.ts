import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('README examples', () => {
  it('the example comment and pull request in README.md are what the code renders today', () => {
    // --check renders both from the test fixtures and exits 1 when a file differs.
    const run = () =>
      execFileSync(
        path.join(root, 'node_modules/.bin/tsx'),
        ['scripts/readme-examples.ts', '--check'],
        { cwd: root, encoding: 'utf8', stdio: 'pipe' },
      );
    expect(run).not.toThrow();
  });
});
