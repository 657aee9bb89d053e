/** What the runner tells a step about where it runs (GITHUB_* variables). */
import { UserError } from '../util/errors.js';
import type { RepoRef } from './client.js';

type Env = Record<string, string | undefined>;

/** Link to the running workflow run, or undefined outside GitHub Actions. */
export function workflowRunUrl(env: Env = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

/** `owner/repo` from GITHUB_REPOSITORY (or the value given). */
export function parseRepo(fullName: string | undefined = process.env.GITHUB_REPOSITORY): RepoRef {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName?.trim() ?? '');
  if (!match) {
    throw new UserError(
      `Not a repository name: ${JSON.stringify(fullName ?? '')}`,
      {},
      'Expected owner/name, as in GITHUB_REPOSITORY.',
    );
  }
  return { owner: match[1], repo: match[2] };
}
