/**
 * Running the Go tools that read a project (kustomize, helm). The project is untrusted, so
 * each run is isolated: none of our environment (it may hold the job's token), no PATH (no
 * `git` for remote bases, no plugins), every HTTP request sent to a closed local port
 * (remote references are refused before a tool runs; this is the second lock), and bounded
 * in time and memory, because a manifest can make a tool expand YAML aliases until the
 * machine runs out of memory, or simply take forever.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ToolLimits {
  timeoutMs: number;
  memoryBytes: number;
}

/** Far above what a real build needs (the largest projects we measured: seconds, a few hundred MB). */
export const DEFAULT_TOOL_LIMITS: ToolLimits = {
  timeoutMs: 5 * 60_000,
  memoryBytes: 2 * 1024 ** 3,
};

/** Why a run failed: its own error, or one of our limits. */
export interface ToolFailure {
  stderr: string;
  error: Error;
  stopped?: 'timeout' | 'memory';
}

/** The executable `name` in one of the PATH directories of `env`. */
export function findOnPath(
  name: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

function isolatedEnv(extra: Record<string, string>, limits: ToolLimits): NodeJS.ProcessEnv {
  const unreachable = 'http://127.0.0.1:9';
  return {
    PATH: '',
    HOME: tmpdir(),
    TMPDIR: tmpdir(),
    LANG: 'C',
    HTTP_PROXY: unreachable,
    HTTPS_PROXY: unreachable,
    NO_PROXY: '',
    GOMEMLIMIT: String(Math.floor(limits.memoryBytes * 0.8)),
    ...extra,
  };
}

/** Resident memory of a process in bytes, where the OS tells (Linux); undefined elsewhere. */
function residentBytes(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command` isolated and bounded; resolves with its stdout, rejects with a ToolFailure.
 * `env` adds to the isolated environment (a tool's own home directories).
 */
export function runIsolated(
  command: string,
  args: readonly string[],
  opts: { env?: Record<string, string>; limits?: ToolLimits } = {},
): Promise<string> {
  const limits = opts.limits ?? DEFAULT_TOOL_LIMITS;
  return new Promise((resolve, reject) => {
    let stopped: ToolFailure['stopped'];
    const child = execFile(
      command,
      args,
      {
        maxBuffer: 512 * 1024 * 1024,
        env: isolatedEnv(opts.env ?? {}, limits),
        killSignal: 'SIGKILL',
      },
      (err, stdout, stderr) => {
        clearInterval(watch);
        clearTimeout(timer);
        if (!err && !stopped) return resolve(stdout);
        const failure: ToolFailure = { stderr, error: err ?? new Error('stopped'), stopped };
        reject(failure);
      },
    );
    const stop = (why: 'timeout' | 'memory') => {
      stopped ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('timeout'), limits.timeoutMs);
    const watch = setInterval(() => {
      const rss = child.pid ? residentBytes(child.pid) : undefined;
      if (rss !== undefined && rss > limits.memoryBytes) stop('memory');
    }, 100);
  });
}

const MAX_ERROR_CHARS = 2000;

/** A Go tool's message without its stack dumps, short enough for a comment. */
export function goErrorText(failure: ToolFailure): string {
  const text = (failure.stderr || failure.error.message).trim().replace(/^Error: /, '');
  const cut = text.search(/\n(goroutine \d+ \[|runtime stack:|\[signal )/);
  const head = cut >= 0 ? text.slice(0, cut) : text;
  return head.length > MAX_ERROR_CHARS ? `${head.slice(0, MAX_ERROR_CHARS)}…` : head;
}

/** Whether the Go runtime ran out of memory, or we stopped it at the memory limit. */
export const outOfMemory = (f: ToolFailure) =>
  f.stopped === 'memory' || /fatal error: runtime: out of memory/.test(f.stderr);
