import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../util/errors.js';

export interface KustomizeTool {
  command: string;
  args: (dir: string) => string[];
}

/**
 * Limits of one kustomize run. A rendered project is untrusted: a manifest can make
 * kustomize expand YAML aliases until the machine runs out of memory, or simply take
 * forever. Both limits are far above what a real build needs (the largest projects we
 * measured build in seconds with a few hundred MB).
 */
export interface KustomizeLimits {
  timeoutMs: number;
  memoryBytes: number;
}

export const DEFAULT_KUSTOMIZE_LIMITS: KustomizeLimits = {
  timeoutMs: 5 * 60_000,
  memoryBytes: 2 * 1024 ** 3,
};

function onPath(name: string, env: Record<string, string | undefined>): string | undefined {
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

/** `kustomize` when it is on the PATH, else `kubectl kustomize`. */
export function findKustomize(
  env: Record<string, string | undefined> = process.env,
): KustomizeTool {
  // No --load-restrictor flag: kustomize's default keeps every file a kustomization reads
  // inside that kustomization's directory (directories such as ../base stay allowed).
  const kustomize = onPath('kustomize', env);
  if (kustomize) return { command: kustomize, args: (dir) => ['build', dir] };
  const kubectl = onPath('kubectl', env);
  if (kubectl) return { command: kubectl, args: (dir) => ['kustomize', dir] };
  throw new UserError(
    'neither kustomize nor kubectl was found on the PATH',
    {},
    'install kustomize (or kubectl, which includes it)',
  );
}

/**
 * The environment kustomize runs in: none of ours (it may hold the job's token), no PATH
 * (so no `git` for remote bases), and every HTTP request sent to a closed local port (remote
 * files are refused before the build; this is the second lock).
 */
function isolatedEnv(limits: KustomizeLimits): NodeJS.ProcessEnv {
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

const MAX_ERROR_CHARS = 2000;

/** kustomize's message without Go's stack dumps, short enough for a comment. */
function errorText(stderr: string, fallback: string): string {
  const text = (stderr || fallback).trim().replace(/^Error: /, '');
  const cut = text.search(/\n(goroutine \d+ \[|runtime stack:|\[signal )/);
  const head = cut >= 0 ? text.slice(0, cut) : text;
  return head.length > MAX_ERROR_CHARS ? `${head.slice(0, MAX_ERROR_CHARS)}…` : head;
}

function buildError(
  itemName: string,
  stderr: string,
  err: Error & { killed?: boolean },
  reason: 'timeout' | 'memory' | undefined,
  limits: KustomizeLimits,
): UserError {
  if (reason === 'memory' || /fatal error: runtime: out of memory/.test(stderr))
    return new UserError(
      `kustomize build of ${itemName} needed more than ${Math.round(limits.memoryBytes / 1024 ** 2)} MB and was stopped`,
      {},
      'a manifest probably expands YAML aliases (&anchor / *alias) enormously: remove them',
    );
  if (reason === 'timeout')
    return new UserError(
      `kustomize build of ${itemName} took longer than ${limits.timeoutMs / 1000} s and was stopped`,
      {},
      'make the kustomization smaller, or split the item',
    );
  const message = errorText(stderr, err.message);
  const hint = /security; file .* is not in or below/.test(message)
    ? 'a kustomization may only read files inside its own directory: move the file there, or make its directory a kustomization and list that directory'
    : 'fix the kustomization (or the manifests it lists) of this item';
  return new UserError(`kustomize build failed for ${itemName}: ${message}`, {}, hint);
}

/** Runs `kustomize build` on a rendered item directory and returns the YAML stream. */
export function kustomizeBuild(
  tool: KustomizeTool,
  dir: string,
  itemName: string,
  limits: KustomizeLimits = DEFAULT_KUSTOMIZE_LIMITS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let stopped: 'timeout' | 'memory' | undefined;
    const child = execFile(
      tool.command,
      tool.args(dir),
      { maxBuffer: 512 * 1024 * 1024, env: isolatedEnv(limits), killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        clearInterval(watch);
        clearTimeout(timer);
        if (!err && !stopped) return resolve(stdout);
        reject(buildError(itemName, stderr, err ?? new Error('stopped'), stopped, limits));
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
