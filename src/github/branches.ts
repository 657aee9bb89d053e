/**
 * The bump branch: exactly one commit, the planned files on top of the base branch, made
 * through the API so that GitHub signs it.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { canCommitOnBranch, commitOnBranch, commitWithGitData } from './commits.js';
import { explainGitHubError, statusOf, withGitHubErrors } from './errors.js';
import type { TreePlan } from './git-objects.js';

/** Commit a branch points at, or undefined when there is no such branch. */
export async function branchHead(
  gh: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await gh.octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw explainGitHubError(err, {
      what: `reading branch ${branch} of ${repo.owner}/${repo.repo}`,
      permission: 'contents: read',
    });
  }
}

/** True when `head` is one commit on `baseSha` whose tree is the plan's. */
export async function holdsPlan(
  gh: GitHubClient,
  repo: RepoRef,
  head: string,
  baseSha: string,
  plan: TreePlan,
) {
  const { data } = await withGitHubErrors(
    { what: `reading commit ${head} of ${repo.owner}/${repo.repo}`, permission: 'contents: read' },
    () => gh.octokit.rest.git.getCommit({ ...repo, commit_sha: head }),
  );
  return (
    data.tree.sha === plan.tree && data.parents.length === 1 && data.parents[0].sha === baseSha
  );
}

/**
 * Points `branch` at a new commit: the plan on top of `baseSha`. createCommitOnBranch only
 * appends to a branch, so it needs the branch at `baseSha` first; that is safe only while no
 * pull request is open from it, since GitHub closes a pull request whose head becomes part
 * of its base. With a pull request open, the git data API moves the branch in one step.
 */
export async function writeBranch(
  gh: GitHubClient,
  repo: RepoRef,
  branch: string,
  head: string | undefined,
  baseSha: string,
  message: string,
  plan: TreePlan,
  pullRequestOpen: boolean,
): Promise<string> {
  if (!pullRequestOpen && canCommitOnBranch(gh)) {
    await moveBranch(gh, repo, branch, head, baseSha);
    head = baseSha;
    const sha = await commitOnBranch(gh, repo, branch, baseSha, message, plan);
    if (sha) return sha;
  }
  const sha = await commitWithGitData(gh, repo, baseSha, message, plan);
  await moveBranch(gh, repo, branch, head, sha);
  return sha;
}

/** Creates the branch at `sha`, or force-moves it there from `from`. */
async function moveBranch(
  gh: GitHubClient,
  repo: RepoRef,
  branch: string,
  from: string | undefined,
  sha: string,
) {
  const op = {
    what: `pointing branch ${branch} at ${sha} in ${repo.owner}/${repo.repo}`,
    permission: 'contents: write',
  };
  if (from === sha) return;
  if (from === undefined) {
    await withGitHubErrors(op, () =>
      gh.octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }),
    );
  } else {
    await withGitHubErrors(op, () =>
      gh.octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }),
    );
  }
}
