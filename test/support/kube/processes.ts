/**
 * The child processes a test server is made of (etcd, kube-apiserver). They must never outlive
 * the process that started them, even when it is killed: `setpriv --pdeathsig KILL` has the
 * kernel kill a child when its parent dies (util-linux, on every Linux runner); an 'exit'
 * handler also kills them when this process ends normally, in case setpriv is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';

export interface OwnedProcess {
  readonly child: ChildProcess;
  /** Where its stdout and stderr go. */
  readonly logFile: string;
  /** Resolves once it has exited (or failed to start). */
  readonly exited: Promise<void>;
  /** Whether it has exited. */
  hasExited(): boolean;
  /** The end of what it logged (not earlier attempts in the same file), for error messages. */
  logTail(): string;
}

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const owned = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of owned) child.kill('SIGKILL');
});

/** Starts `bin` with its output appended to `logFile`, tied to this process's lifetime. */
export function spawnOwned(bin: string, args: string[], logFile: string): OwnedProcess {
  const out = openSync(logFile, 'a');
  const logStart = fstatSync(out).size;
  const child = SETPRIV
    ? spawn(SETPRIV, ['--pdeathsig', 'KILL', '--', bin, ...args], { stdio: ['ignore', out, out] })
    : spawn(bin, args, { stdio: ['ignore', out, out] });
  closeSync(out); // the child has its own copy
  owned.add(child);
  let done = false;
  const exited = new Promise<void>((resolve) => {
    const finish = () => {
      done = true;
      owned.delete(child);
      resolve();
    };
    child.once('exit', finish);
    child.once('error', finish);
  });
  return {
    child,
    logFile,
    exited,
    hasExited: () => done,
    logTail: () => readFileSync(logFile).subarray(logStart).toString('utf8').slice(-3000),
  };
}

/**
 * Kills at once: the servers hold nothing worth a graceful shutdown (their data directory is
 * deleted next), and kube-apiserver's graceful shutdown takes seconds.
 */
export async function kill(p: OwnedProcess | undefined): Promise<void> {
  if (!p || p.hasExited()) return;
  p.child.kill('SIGKILL');
  await p.exited;
}

/** For each probe: whatever holds a port may accept a connection and never answer. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Polls `probe` until it answers true; false if the process exits first or `timeoutMs` passes
 * (the caller reads the log to say why).
 */
export async function untilReady(
  p: OwnedProcess,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !p.hasExited()) {
    if (await probe().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Whether a process failed because its port was taken between choosing it and binding it. */
export const portWasTaken = (p: OwnedProcess) =>
  p.hasExited() && /address already in use/.test(p.logTail());
