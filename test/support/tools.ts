/**
 * Where the tests find the real tools that scripts/install-test-deps.sh installs, and why a
 * tool is unavailable. A test that needs a missing tool prints the reason and is skipped;
 * `.ci/run` counts skips as failures, so CI always runs everything.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The pinned versions (scripts/tools/versions.env). */
export const VERSIONS: Record<string, string> = Object.fromEntries(
  readFileSync(path.join(repoRoot, 'scripts/tools/versions.env'), 'utf8')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]),
);

const TOOLS_DIR =
  process.env.SHIPSHAPE_TOOLS ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'shipshape/tools');

/** The directory install-test-deps.sh puts its tools into (Go-built, and links to the others). */
export const TOOLS_BIN = path.join(TOOLS_DIR, 'bin');

/** The Python of the virtual environment moto (the AWS emulator) is installed into. */
export const MOTO_PYTHON = path.join(TOOLS_DIR, 'moto', 'bin', 'python');

/** Tools install-test-deps.sh keeps in TOOLS_BIN: built with Go, and moto's server (PyPI). */
export type GoTool = 'helm' | 'sops' | 'kluctl' | 'kube-apiserver' | 'etcd' | 'moto_server';

/** Absolute path of a tool in TOOLS_BIN. */
export const toolPath = (name: GoTool) => path.join(TOOLS_BIN, name);

/** Why `name` cannot be used, or undefined when it is installed. */
export function toolUnavailable(
  name: GoTool | 'docker-registry' | 'htpasswd' | 'cmark' | 'age' | 'cc',
): string | undefined {
  const file = name in GO_TOOLS ? toolPath(name as GoTool) : findOnPath(name);
  if (!file) return `${name} is not on the PATH: run scripts/install-test-deps.sh`;
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return `${file} is missing: run scripts/install-test-deps.sh`;
  }
  return undefined;
}

const GO_TOOLS: Record<GoTool, true> = {
  helm: true,
  sops: true,
  kluctl: true,
  'kube-apiserver': true,
  etcd: true,
  moto_server: true,
};

function findOnPath(name: string): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin']) {
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

/** Environment for running kluctl (and shipshape beside it) as the oracle: no update check, no home-directory state. */
export function kluctlEnv(home: string): NodeJS.ProcessEnv {
  return {
    // The installed tools first: shipshape runs helm from the PATH (kluctl has it built in).
    PATH: [TOOLS_BIN, process.env.PATH].join(path.delimiter),
    HOME: home,
    KLUCTL_NO_UPDATE_CHECK: 'true',
  };
}

/** The version line a tool prints, for messages. */
export function toolVersion(name: GoTool, args = ['version']): string {
  return execFileSync(toolPath(name), args, { encoding: 'utf8' }).trim().split('\n')[0];
}
