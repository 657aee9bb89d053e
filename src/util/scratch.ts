/**
 * Where renders do their scratch work (render directories, the base checkout of a diff):
 * thousands of small files written once, read by kustomize and removed again. A memory file
 * system makes that several times faster where creating files on disk is slow (0.4 ms a file
 * on some virtual machines), so /dev/shm is used when it has room to spare; `TMPDIR`, when
 * set, always wins. Directories are made with mkdtemp (private to the user) either way.
 */
import { accessSync, constants, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';

const SHM = '/dev/shm';
/** Far more than a render writes; a container's 64 MB /dev/shm is not used. */
const MIN_FREE_BYTES = 1024 ** 3;

let chosen: string | undefined;

export function scratchDir(): string {
  return (chosen ??= process.env.TMPDIR || !roomy(SHM) ? tmpdir() : SHM);
}

function roomy(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    const s = statfsSync(dir);
    return s.bavail * s.bsize >= MIN_FREE_BYTES;
  } catch {
    return false;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<() => void>();
let listening = false;

/**
 * Runs `cleanup` (synchronously) if the process is interrupted before the returned function
 * is called: by SIGINT (Ctrl-C; a cancelled workflow run, e.g. a newer push to the pull
 * request), SIGTERM or SIGHUP. What a run keeps in scratch (a diff's base checkout, render
 * directories, clones) would otherwise stay there, in memory when that is /dev/shm, until
 * the machine restarts, and a diff's base worktree would stay registered in the user's
 * repository. The process then dies of the signal, as it would have without this.
 */
export function cleanUpIfInterrupted(cleanup: () => void): () => void {
  pending.add(cleanup);
  if (!listening) {
    listening = true;
    for (const s of SIGNALS) process.on(s, interrupted);
  }
  return () => pending.delete(cleanup);
}

/** A scratch directory removed if the process is interrupted (see cleanUpIfInterrupted). */
export function removeIfInterrupted(dir: string): () => void {
  return cleanUpIfInterrupted(() => rmSync(dir, { recursive: true, force: true }));
}

function interrupted(signal: NodeJS.Signals): void {
  for (const s of SIGNALS) process.removeListener(s, interrupted);
  listening = false;
  for (const cleanup of [...pending]) {
    try {
      cleanup();
    } catch {
      // the process is going away: what cannot be removed stays, the rest goes
    }
  }
  pending.clear();
  process.kill(process.pid, signal);
}
