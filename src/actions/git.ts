/** The few questions the actions ask the workspace's git clone. */
import { execFile } from 'node:child_process';
import { UserError } from '../util/errors.js';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', cwd, ...args], (err, stdout) =>
      resolve(err ? undefined : stdout.trim()),
    );
  });
}

const commitExists = async (cwd: string, ref: string) =>
  (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) !== undefined;

/**
 * The ref to compare with for branch `ref` in the clone holding `dir`. actions/checkout
 * leaves the base branch only as `origin/<branch>` (a pull request's checkout is detached),
 * and a local branch of that name may be stale on a reused runner, so the remote-tracking
 * branch wins when `preferRemote`; otherwise it is the fallback for a name that does not
 * resolve. A ref that resolves neither way is returned as given, for the diff to report.
 */
export async function baseRefToUse(
  dir: string,
  ref: string,
  preferRemote: boolean,
): Promise<string> {
  const remote = `origin/${ref}`;
  if (preferRemote && (await commitExists(dir, remote))) return remote;
  if (await commitExists(dir, ref)) return ref;
  if (await commitExists(dir, remote)) return remote;
  return ref;
}

/** The top directory of the clone holding `dir`; undefined outside one. */
export function repoRootOf(dir: string): Promise<string | undefined> {
  return git(dir, ['rev-parse', '--show-toplevel']);
}

/** The top directory and the checked-out commit of the clone holding `dir`. */
export async function checkoutOf(dir: string): Promise<{ root: string; head: string }> {
  const root = await repoRootOf(dir);
  const head = root && (await git(dir, ['rev-parse', 'HEAD']));
  if (!root || !head)
    throw new UserError(
      `${dir} is not in a git checkout`,
      {},
      'check out the repository first (actions/checkout)',
    );
  return { root, head };
}
