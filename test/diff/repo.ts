import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/diff');

/** git with a fixed identity and no user/system config, so tests behave the same everywhere. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  }).trim();
}

const created: string[] = [];
// Registered when a test file imports this module, so it runs after all of that file's tests.
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh git repository (removed after the file's tests) with `fixture` committed and tagged `base`. */
export function repoWithBase(fixture: string, subdir = '.'): { root: string; project: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'shipshape-diff-test-'));
  created.push(root);
  const project = path.join(root, subdir);
  cpSync(path.join(FIXTURES, fixture), project, { recursive: true });
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '-m', 'base');
  git(root, 'tag', 'base');
  return { root, project };
}

/** Copies the files of `overlay` over `dir` (the head's edits, left uncommitted). */
export function applyOverlay(overlay: string, dir: string): void {
  cpSync(path.join(FIXTURES, overlay), dir, { recursive: true });
}

/** Runs the CLI in-process and captures its output. */
export async function runCli(
  argv: string[],
  cwd = process.cwd(),
  env: Record<string, string> = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...process.env, ...env },
    cwd,
  });
  return { code, stdout, stderr };
}
