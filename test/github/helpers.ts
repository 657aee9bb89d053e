import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  createGitHub,
  type CreateGitHubOptions,
  type GitHubClient,
} from '../../src/github/index.js';
import type { GitHubServer } from '../support/github-server/index.js';

const run = promisify(execFile);

export interface CapturedLog {
  info: string[];
  warning: string[];
}

/** A client for the stand-in: no write pacing, and a "second" of waiting lasts a millisecond. */
export function clientFor(
  server: GitHubServer,
  token: string,
  options: Partial<CreateGitHubOptions> = {},
): GitHubClient & { captured: CapturedLog } {
  const captured: CapturedLog = { info: [], warning: [] };
  const gh = createGitHub({
    token,
    apiUrl: server.url,
    paceWrites: false,
    secondMs: 1,
    log: {
      info: (m) => captured.info.push(m),
      warning: (m) => captured.warning.push(m),
      debug: () => {},
    },
    ...options,
  });
  return Object.assign(gh, { captured });
}

/** Clones the stand-in's bare repository at `branch` and reads files and history with git. */
export async function cloneBranch(server: GitHubServer, fullName: string, branch: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'gh-clone-'));
  await run('git', ['clone', '--quiet', '--branch', branch, server.repo(fullName).git.dir, dir]);
  const git = async (...args: string[]) => (await run('git', ['-C', dir, ...args])).stdout.trim();
  return {
    dir,
    git,
    read: (file: string) => readFile(path.join(dir, file), 'utf8'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
