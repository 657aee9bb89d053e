/**
 * Commits made through GitHub's API, which GitHub signs, so they show as verified:
 * GraphQL `createCommitOnBranch` (signed whatever the token) or the git data API
 * (blobs → tree → commit; signed for GitHub App tokens such as GITHUB_TOKEN).
 */
import type { GitHubClient, RepoRef } from './client.js';
import { explainGitHubError, isGraphqlError, statusOf, withGitHubErrors } from './errors.js';
import type { TreePlan } from './git-objects.js';

const CONTENTS_WRITE = 'contents: write';

const CREATE_COMMIT = `
mutation ShipshapeCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid }
  }
}`;

// Servers found without the mutation (older GitHub Enterprise Server), so we ask once per client.
const withoutMutation = new WeakSet<GitHubClient>();

export function canCommitOnBranch(gh: GitHubClient): boolean {
  return !withoutMutation.has(gh);
}

/**
 * Commits `plan` on `branch`, which must point at `parent` (the mutation checks it).
 * Returns undefined when the server has no such mutation.
 */
export async function commitOnBranch(
  gh: GitHubClient,
  repo: RepoRef,
  branch: string,
  parent: string,
  message: string,
  plan: TreePlan,
): Promise<string | undefined> {
  const [headline, ...rest] = message.split('\n');
  const input = {
    branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: branch },
    expectedHeadOid: parent,
    message: { headline, body: rest.join('\n').trim() },
    fileChanges: {
      additions: plan.files
        .filter((f) => f.content !== null)
        .map((f) => ({ path: f.path, contents: f.content!.toString('base64') })),
      deletions: plan.files.filter((f) => f.content === null).map((f) => ({ path: f.path })),
    },
  };
  const op = {
    what: `committing to ${branch} in ${repo.owner}/${repo.repo}`,
    permission: CONTENTS_WRITE,
  };
  try {
    const result = await gh.octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
      CREATE_COMMIT,
      {
        input,
      },
    );
    return result.createCommitOnBranch.commit.oid;
  } catch (err) {
    if (!lacksMutation(err)) throw explainGitHubError(err, op);
    withoutMutation.add(gh);
    gh.log.info(
      'This GitHub has no createCommitOnBranch mutation; committing through the git data API.',
    );
    return undefined;
  }
}

function lacksMutation(err: unknown): boolean {
  if (statusOf(err) === 404) return true;
  return (
    isGraphqlError(err) &&
    err.errors.some(
      (e) =>
        e.extensions?.code === 'undefinedField' ||
        /doesn't exist on type 'Mutation'/.test(e.message),
    )
  );
}

/** Writes the plan as a commit object with parent `parent` (no branch moves); returns its id. */
export async function commitWithGitData(
  gh: GitHubClient,
  repo: RepoRef,
  parent: string,
  message: string,
  plan: TreePlan,
): Promise<string> {
  const git = gh.octokit.rest.git;
  const op = (what: string) => ({
    what: `${what} in ${repo.owner}/${repo.repo}`,
    permission: CONTENTS_WRITE,
  });
  for (const file of plan.files) {
    if (file.content === null) continue;
    await withGitHubErrors(op(`uploading ${file.path}`), () =>
      git.createBlob({ ...repo, content: file.content!.toString('base64'), encoding: 'base64' }),
    );
  }
  const tree = await withGitHubErrors(op('writing a tree'), () =>
    git.createTree({
      ...repo,
      base_tree: plan.baseTree,
      tree: plan.files.map((f) => ({
        path: f.path,
        mode: f.mode as '100644',
        type: 'blob' as const,
        sha: f.content === null ? null : f.sha,
      })),
    }),
  );
  // No author or committer: GitHub then signs the commit for an App token.
  const commit = await withGitHubErrors(op('writing a commit'), () =>
    git.createCommit({ ...repo, message, tree: tree.data.sha, parents: [parent] }),
  );
  return commit.data.sha;
}
