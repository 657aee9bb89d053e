import { execFileSync } from 'node:child_process';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'core.autocrlf=false', ...args], { cwd: dir, encoding: 'utf8' });

/** Makes `dir` a git repository with everything committed, so tests can diff an edit. */
export function commitAll(dir: string): void {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
}

/** Removed and added lines of the working tree against the commit (`git diff -U0`). */
export function changedLines(dir: string): { removed: string[]; added: string[] } {
  const diff = git(dir, 'diff', '-U0', '--no-color');
  const lines = diff.split('\n').filter((l) => !l.startsWith('---') && !l.startsWith('+++'));
  return {
    removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)),
    added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
  };
}
