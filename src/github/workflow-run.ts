/** What a `workflow_run` workflow needs to comment on the pull request another run computed. */
import { UserError } from '../util/errors.js';
import type { GitHubClient, RepoRef } from './client.js';
import { withGitHubErrors } from './errors.js';

export interface PullRequestRef {
  number: number;
  url: string;
  base: string;
}

/**
 * The pull request a `workflow_run` commenter should comment on: `number` comes from an
 * artifact the untrusted `pull_request` run wrote, so it counts only while that pull
 * request's head is the commit the run computed on. Otherwise (a newer push, or a number
 * pointing elsewhere) undefined, with a warning.
 */
export async function pullRequestAtHead(
  gh: GitHubClient,
  repo: RepoRef,
  number: unknown,
  headSha: string,
): Promise<PullRequestRef | undefined> {
  const n = typeof number === 'string' ? Number(number.trim()) : number;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) {
    throw new UserError(
      `Not a pull-request number: ${JSON.stringify(number)}`,
      {},
      'Pass the number the pull_request run saved.',
    );
  }
  const { data } = await withGitHubErrors(
    {
      what: `reading pull request #${n} of ${repo.owner}/${repo.repo}`,
      permission: 'pull-requests: read',
    },
    () => gh.octokit.rest.pulls.get({ ...repo, pull_number: n }),
  );
  if (data.head.sha !== headSha) {
    gh.log.warning(
      `Pull request #${n} is at ${data.head.sha}, not at ${headSha} where the diff was computed: not commenting ` +
        '(a newer run will).',
    );
    return undefined;
  }
  return { number: n, url: data.html_url, base: data.base.ref };
}
