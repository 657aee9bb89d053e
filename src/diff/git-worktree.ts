import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { cleanUpIfInterrupted, scratchDir } from '../util/scratch.js';

class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | string | undefined,
  ) {
    super(message);
  }
}

type Env = Record<string, string | undefined>;

function git(env: Env, cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', cwd, ...args],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout.trim());
        if ((err as NodeJS.ErrnoException).code === 'ENOENT')
          return reject(
            new UserError('git is not installed', {}, 'install git and put it on PATH'),
          );
        reject(new GitError(stderr.trim() || err.message, err.code ?? undefined));
      },
    );
  });
}

/** The top directory of the git repository holding `dir`. */
export async function repoRoot(env: Env, dir: string): Promise<string> {
  try {
    return await git(env, dir, ['rev-parse', '--show-toplevel']);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(
      `${dir} is not inside a git repository, so there is no base to compare with`,
      {},
      'run the diff in a git checkout of the project (actions/checkout in a workflow)',
    );
  }
}

/**
 * The commit `ref` names in the repository holding `root`; a UserError saying how to get it
 * when the clone lacks it.
 */
export async function resolveCommit(env: Env, root: string, ref: string): Promise<string> {
  try {
    return await git(env, root, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${ref}^{commit}`,
    ]);
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    const shallow =
      (await git(env, root, ['rev-parse', '--is-shallow-repository']).catch(() => '')) === 'true';
    throw new UserError(
      `base ref "${ref}" does not exist in ${root}${shallow ? ' (a shallow clone)' : ''}`,
      {},
      `pass a branch, tag or commit that exists; fetch it first if needed (git fetch origin ${ref}, or actions/checkout with fetch-depth: 0)`,
    );
  }
}

/**
 * Runs `fn` with a temporary detached worktree of `commit` and removes the worktree
 * afterwards, also when `fn` fails. git writes the worktree while `fn` runs (checking out
 * a large project takes as long as rendering much of it): `fn` awaits the directory where
 * it needs it, and may call `release` once it has read everything it needs, so the
 * removal runs while it finishes its work.
 */
export async function withWorktree<T>(
  env: Env,
  root: string,
  commit: string,
  fn: (dir: Promise<string>, release: () => void) => Promise<T>,
): Promise<T> {
  const parent = mkdtempSync(path.join(scratchDir(), 'shipshape-base-'));
  const dir = path.join(parent, 'tree');
  const forget = cleanUpIfInterrupted(() => {
    rmSync(parent, { recursive: true, force: true });
    execFileSync('git', ['-C', root, 'worktree', 'prune'], { env, stdio: 'ignore' });
  });
  let written = false;
  const added = git(env, root, ['worktree', 'add', '--detach', '--quiet', dir, commit]).then(() => {
    written = true;
    return dir;
  });
  // Handled here as well, so a failure fn does not wait for is no unhandled rejection.
  const done = added.catch(() => undefined);
  const remove = async () => {
    const removed = await git(env, root, ['worktree', 'remove', '--force', dir]).then(
      () => true,
      () => false,
    );
    rmSync(parent, { recursive: true, force: true });
    // The directory is gone; let git forget the entry if `remove` could not.
    if (!removed) await git(env, root, ['worktree', 'prune']).catch(() => undefined);
  };
  let removal: Promise<void> | undefined;
  const release = () => {
    // Never remove the worktree while git is still writing it. Once it is written, git
    // starts removing it at once, not after the caller's next synchronous stretch of work.
    removal ??= written ? remove() : done.then(remove);
  };
  try {
    return await fn(added, release);
  } finally {
    release();
    await removal;
    forget();
  }
}
