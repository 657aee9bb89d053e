import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { GitHubServer } from '../support/github-server/index.js';

export const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

/** A clone of the stand-in's repository at `branch`, like actions/checkout with fetch-depth: 0. */
export function checkout(server: GitHubServer, fullName: string, branch: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-workspace-'));
  execFileSync('git', ['clone', '--quiet', '--branch', branch, server.repo(fullName).git.dir, dir]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH for an event with this payload. */
export function eventEnv(name: string, payload: object): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-event-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file };
}

/** What the runner sets for a workflow run of `fullName` against the stand-in. */
export function runnerEnv(
  server: GitHubServer,
  fullName: string,
  workspace: string,
): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: fullName,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: server.url,
    GITHUB_RUN_ID: '4242',
  };
}
