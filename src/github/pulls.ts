/**
 * Pull requests for bumps: one deterministic branch per group holding exactly one commit on
 * top of the base branch, one open pull request per branch, updated in place on every run
 * and closed once the base branch has the change by other means.
 */
import { UserError } from '../util/errors.js';
import { code } from '../util/markdown.js';
import type { GitHubClient, RepoRef } from './client.js';
import { branchHead, holdsPlan, writeBranch } from './branches.js';
import { explainGitHubError, statusOf, withGitHubErrors, type Operation } from './errors.js';
import { planTree, type FileChange } from './git-objects.js';
import { countChars, fitMarkdown } from './markdown-fit.js';
import { COMMENT_LIMIT } from './comments.js';

export interface PullRequestSpec {
  repo: RepoRef;
  /** Default: the repository's default branch. */
  base?: string;
  /** See pullRequestBranch(). */
  branch: string;
  title: string;
  body: string;
  /** First line is the headline. */
  commitMessage: string;
  /** The files as they should be on top of the base branch. */
  changes: readonly FileChange[];
  /** Applied when the pull request is opened. */
  labels?: readonly string[];
  reviewers?: readonly string[];
  teamReviewers?: readonly string[];
  /** Left on a pull request closed because the base branch already has its change. */
  closeComment?: string;
}

export interface PullRequestResult {
  /**
   * created / updated (new commit or new title, body or base) / unchanged / closed (the base
   * branch has the change) / nothing (the base branch has the change and no PR was open).
   */
  outcome: 'created' | 'updated' | 'unchanged' | 'closed' | 'nothing';
  branch: string;
  base: string;
  number?: number;
  url?: string;
  /** Head commit of the branch. */
  commit?: string;
  /** Labels or reviewers GitHub would not take; the pull request itself is fine. */
  warnings: string[];
}

/** `shipshape/<kind>/<group>`, with the group reduced to characters safe in a branch name. */
export function pullRequestBranch(kind: string, group: string): string {
  const safe = (s: string) =>
    s
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[-.]+|[-.]+$/g, '')
      .replace(/\.lock$/, '-lock')
      .slice(0, 100) || 'all';
  return `shipshape/${safe(kind)}/${safe(group)}`;
}

/** Makes the branch and its pull request match `spec`: opens, updates or closes it. */
export function syncPullRequest(
  gh: GitHubClient,
  spec: PullRequestSpec,
): Promise<PullRequestResult> {
  return sync(gh, spec, false);
}

async function sync(
  gh: GitHubClient,
  spec: PullRequestSpec,
  raced: boolean,
): Promise<PullRequestResult> {
  const { repo, branch } = spec;
  const full = `${repo.owner}/${repo.repo}`;
  const op = (what: string, permission = 'pull-requests: write'): Operation => ({
    what: `${what} in ${full}`,
    permission,
  });

  const base = spec.base ?? (await defaultBranch(gh, repo));
  const baseSha = await branchHead(gh, repo, base);
  if (!baseSha) {
    throw new UserError(
      `The base branch ${base} does not exist in ${full}.`,
      {},
      'Check the base-branch input.',
    );
  }
  const baseCommit = await withGitHubErrors(op(`reading commit ${baseSha}`, 'contents: read'), () =>
    gh.octokit.rest.git.getCommit({ ...repo, commit_sha: baseSha }),
  );
  const plan = await planTree(gh, repo, baseCommit.data.tree.sha, spec.changes);
  const open = await findOpenPullRequest(gh, repo, branch);
  const result = { branch, base, warnings: [] as string[] };

  if (plan.files.length === 0) {
    if (!open) return { ...result, outcome: 'nothing' };
    await closeWithComment(
      gh,
      repo,
      open.number,
      branch,
      spec.closeComment ??
        `${code(base)} already has the change of this pull request, so shipshape closes it.`,
    );
    return { ...result, outcome: 'closed', number: open.number, url: open.html_url };
  }

  const head = await branchHead(gh, repo, branch);
  const current = head !== undefined && (await holdsPlan(gh, repo, head, baseSha, plan));
  const commit = current
    ? head
    : await writeBranch(gh, repo, branch, head, baseSha, spec.commitMessage, plan, !!open);
  const body = fitPullRequestBody(spec.body);

  if (open) {
    const edits = {
      ...(open.title !== spec.title ? { title: spec.title } : {}),
      ...((open.body ?? '') !== body ? { body } : {}),
      ...(open.base.ref !== base ? { base } : {}),
    };
    if (Object.keys(edits).length) {
      await withGitHubErrors(op(`updating pull request #${open.number}`), () =>
        gh.octokit.rest.pulls.update({ ...repo, pull_number: open.number, ...edits }),
      );
    }
    const outcome = current && !Object.keys(edits).length ? 'unchanged' : 'updated';
    gh.log.info(`Pull request ${open.html_url}: ${outcome}.`);
    return { ...result, outcome, number: open.number, url: open.html_url, commit };
  }

  const created = await createPullRequest(gh, repo, { base, branch, title: spec.title, body });
  if (created.existing) {
    // A run racing us opened it between our lookup and our request: take it over, once.
    if (raced)
      throw new UserError(
        `GitHub says a pull request from ${branch} exists in ${full}, but lists none open.`,
      );
    return sync(gh, spec, true);
  }
  const warnings = await decorate(gh, repo, created.number, spec);
  gh.log.info(`Opened pull request ${created.url}`);
  return {
    ...result,
    warnings,
    outcome: 'created',
    number: created.number,
    url: created.url,
    commit,
  };
}

export interface CloseStaleOptions {
  repo: RepoRef;
  /** e.g. `shipshape/image-bump/` */
  branchPrefix: string;
  /** Branches still in use. */
  keep: readonly string[];
  comment: string;
}

/** Closes open pull requests from our branches that no group produces any more; returns their numbers. */
export async function closeStalePullRequests(
  gh: GitHubClient,
  options: CloseStaleOptions,
): Promise<number[]> {
  const { repo } = options;
  const full = `${repo.owner}/${repo.repo}`;
  const pulls = await withGitHubErrors(
    { what: `listing pull requests of ${full}`, permission: 'pull-requests: read' },
    () =>
      gh.octokit.paginate(gh.octokit.rest.pulls.list, { ...repo, state: 'open', per_page: 100 }),
  );
  const stale = pulls.filter(
    (p) =>
      p.head.repo?.full_name === full &&
      p.head.ref.startsWith(options.branchPrefix) &&
      !options.keep.includes(p.head.ref),
  );
  for (const pull of stale)
    await closeWithComment(gh, repo, pull.number, pull.head.ref, options.comment);
  return stale.map((p) => p.number);
}

/** GitHub's limit applies to pull-request bodies too. */
function fitPullRequestBody(body: string): string {
  return fitMarkdown([body], {
    limit: COMMENT_LIMIT,
    measure: countChars,
    degradedNote: '',
    truncatedNote: "_… cut at GitHub's limit of 65,536 characters; the commit holds every change._",
  }).body;
}

async function defaultBranch(gh: GitHubClient, repo: RepoRef): Promise<string> {
  const { data } = await withGitHubErrors(
    { what: `reading repository ${repo.owner}/${repo.repo}`, permission: 'contents: read' },
    () => gh.octokit.rest.repos.get({ ...repo }),
  );
  return data.default_branch;
}

async function findOpenPullRequest(gh: GitHubClient, repo: RepoRef, branch: string) {
  const { data } = await withGitHubErrors(
    {
      what: `looking for a pull request from ${branch} in ${repo.owner}/${repo.repo}`,
      permission: 'pull-requests: read',
    },
    () =>
      gh.octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'open',
        per_page: 100,
      }),
  );
  return data[0];
}

async function createPullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  pr: { base: string; branch: string; title: string; body: string },
): Promise<{ existing: true } | { existing: false; number: number; url: string }> {
  try {
    const { data } = await gh.octokit.rest.pulls.create({
      ...repo,
      base: pr.base,
      head: pr.branch,
      title: pr.title,
      body: pr.body,
    });
    return { existing: false, number: data.number, url: data.html_url };
  } catch (err) {
    if (
      statusOf(err) === 422 &&
      /A pull request already exists/i.test(String((err as Error).message))
    ) {
      return { existing: true };
    }
    throw explainGitHubError(err, {
      what: `opening a pull request from ${pr.branch} into ${pr.base} in ${repo.owner}/${repo.repo}`,
      permission: 'pull-requests: write',
    });
  }
}

async function closeWithComment(
  gh: GitHubClient,
  repo: RepoRef,
  number: number,
  branch: string,
  comment: string,
) {
  const op = (what: string, permission = 'pull-requests: write') => ({
    what: `${what} in ${repo.owner}/${repo.repo}`,
    permission,
  });
  await withGitHubErrors(op(`commenting on #${number}`), () =>
    gh.octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment }),
  );
  await withGitHubErrors(op(`closing #${number}`), () =>
    gh.octokit.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' }),
  );
  try {
    await gh.octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
  } catch (err) {
    // Already gone (deleted by hand, or by the "delete head branches" setting): fine.
    if (statusOf(err) !== 422 && statusOf(err) !== 404) {
      throw explainGitHubError(err, op(`deleting branch ${branch}`, 'contents: write'));
    }
  }
  gh.log.info(`Closed pull request #${number} and deleted ${branch}.`);
}

/**
 * Labels and reviewers, after the pull request exists. Right after creation GitHub may not
 * find the new pull request yet (404): those attempts are retried. Refusals (a reviewer who
 * is not a collaborator) become warnings, since the pull request itself is fine.
 */
async function decorate(
  gh: GitHubClient,
  repo: RepoRef,
  number: number,
  spec: PullRequestSpec,
): Promise<string[]> {
  const warnings: string[] = [];
  const attempt = async (op: Operation, call: () => Promise<unknown>) => {
    for (let tries = 0; ; tries++) {
      try {
        await call();
        return;
      } catch (err) {
        if ((statusOf(err) === 404 || statusOf(err) === 409) && tries < gh.maxRetries) {
          await new Promise((r) => setTimeout(r, gh.secondMs * (tries + 1)));
          continue;
        }
        const error = explainGitHubError(err, op);
        const hint = error instanceof UserError && error.hint ? ` (${error.hint})` : '';
        warnings.push(error.message + hint);
        gh.log.warning(error.message + hint);
        return;
      }
    }
  };
  const where = `#${number} in ${repo.owner}/${repo.repo}`;
  if (spec.labels?.length) {
    await attempt({ what: `labelling ${where}`, permission: 'pull-requests: write' }, () =>
      gh.octokit.rest.issues.addLabels({
        ...repo,
        issue_number: number,
        labels: [...spec.labels!],
      }),
    );
  }
  if (spec.reviewers?.length || spec.teamReviewers?.length) {
    await attempt(
      { what: `requesting reviews on ${where}`, permission: 'pull-requests: write' },
      () =>
        gh.octokit.rest.pulls.requestReviewers({
          ...repo,
          pull_number: number,
          reviewers: [...(spec.reviewers ?? [])],
          team_reviewers: [...(spec.teamReviewers ?? [])],
        }),
    );
  }
  return warnings;
}
