/** Fixture repositories for the action tests and scripts/readme-examples.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/actions');

/** Every file under `dir`, as repository path → content. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(path.join(dir, p), 'utf8');
    }
  };
  walk('');
  return out;
}

/**
 * The diff fixture (test/fixtures/actions/diff): the main branch, and the pull request's
 * commit on top of it (changed and new files; `null` deletes a file).
 */
export function diffPullRequest(): {
  base: Record<string, string>;
  head: Record<string, string | null>;
} {
  const dir = path.join(FIXTURES, 'diff');
  return {
    base: readTree(path.join(dir, 'base')),
    head: { ...readTree(path.join(dir, 'head')), 'deploy/web/legacy.yaml': null },
  };
}
