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
  assignees?: readonly string[];
  /** Open it as a draft (later runs leave the draft state to people). */
  draft?: boolean;
  /** Left on a pull request closed because the base branch already has its change. */
  closeComment?: string;
  /**
   * The versions the pull request proposes, recorded in its body (a hidden line) so that,
   * once someone closes it without merging, declinedProposals() finds them declined.
   */
  proposals?: readonly Proposal[];
}

/** One version of one thing (an image, a chart) that a pull request proposes. */
export interface Proposal {
  name: string;
  version: string;
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

/**
 * `shipshape/<kind>/<group>` (or `<prefix><kind>/<group>`), with kind and group reduced to
 * characters safe in a branch name. A prefix is used as given: check it with
 * checkBranchPrefix().
 */
export function pullRequestBranch(kind: string, group: string, prefix = 'shipshape/'): string {
  const safe = (s: string) =>
    s
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[-.]+|[-.]+$/g, '')
      .replace(/\.lock$/, '-lock')
      .slice(0, 100) || 'all';
  return `${prefix}${safe(kind)}/${safe(group)}`;
}

/**
 * A branch prefix (the `branch-prefix` input) as git and GitHub take it: what
 * `git check-ref-format` refuses is refused here, naming the rule.
 */
export function checkBranchPrefix(prefix: string): string {
  // Control characters are exactly what git refuses here.
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\x00-\x20\x7f~^:?*[\\]/;
  const problem =
    prefix === ''
      ? 'it is empty'
      : forbidden.test(prefix)
        ? 'it contains a space, a control character or one of ~ ^ : ? * [ \\'
        : /\.\.|@\{|\/\/|\/\.|^\.|^\/|\.lock\//.test(prefix)
          ? 'it contains "..", "@{", "//", a part starting with "." or ending in ".lock", or starts with "/"'
          : undefined;
  if (problem)
    throw new UserError(
      `branch-prefix "${prefix}" cannot start a branch name: ${problem}`,
      {},
      'use letters, digits, "-", "_", "." and "/" (e.g. deps/ or shipshape-)',
    );
  return prefix;
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
      open.body,
    );
    return { ...result, outcome: 'closed', number: open.number, url: open.html_url };
  }

  const head = await branchHead(gh, repo, branch);
  const current = head !== undefined && (await holdsPlan(gh, repo, head, baseSha, plan));
  const commit = current
    ? head
    : await writeBranch(gh, repo, branch, head, baseSha, spec.commitMessage, plan, !!open);
  const body = withProposals(fitPullRequestBody(spec.body), spec.proposals);

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

  const created = await createPullRequest(gh, repo, {
    base,
    branch,
    title: spec.title,
    body,
    draft: spec.draft,
  });
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
  /** Told about each pull request closed. */
  onClosed?: (pull: { number: number; url: string; branch: string; headSha: string }) => void;
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
  for (const pull of stale) {
    await closeWithComment(gh, repo, pull.number, pull.head.ref, options.comment, pull.body);
    options.onClosed?.({
      number: pull.number,
      url: pull.html_url,
      branch: pull.head.ref,
      headSha: pull.head.sha,
    });
  }
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
  pr: { base: string; branch: string; title: string; body: string; draft?: boolean },
): Promise<{ existing: true } | { existing: false; number: number; url: string }> {
  try {
    const { data } = await gh.octokit.rest.pulls.create({
      ...repo,
      base: pr.base,
      head: pr.branch,
      title: pr.title,
      body: pr.body,
      ...(pr.draft ? { draft: true } : {}),
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

/**
 * Comments and closes. The proposals line goes in the same edit: a pull request shipshape
 * closes itself (the base has the change, the group is gone) declines nothing.
 */
async function closeWithComment(
  gh: GitHubClient,
  repo: RepoRef,
  number: number,
  branch: string,
  comment: string,
  body: string | null | undefined,
) {
  const op = (what: string, permission = 'pull-requests: write') => ({
    what: `${what} in ${repo.owner}/${repo.repo}`,
    permission,
  });
  await withGitHubErrors(op(`commenting on #${number}`), () =>
    gh.octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment }),
  );
  const unmarked = body && withoutProposals(body);
  await withGitHubErrors(op(`closing #${number}`), () =>
    gh.octokit.rest.pulls.update({
      ...repo,
      pull_number: number,
      state: 'closed',
      ...(unmarked !== body ? { body: unmarked ?? '' } : {}),
    }),
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
  if (spec.assignees?.length) {
    await attempt({ what: `assigning ${where}`, permission: 'pull-requests: write' }, async () => {
      const { data } = await gh.octokit.rest.issues.addAssignees({
        ...repo,
        issue_number: number,
        assignees: [...spec.assignees!],
      });
      // GitHub leaves out, without an error, whoever cannot be assigned.
      const assigned = new Set((data.assignees ?? []).map((a) => a.login.toLowerCase()));
      const left = spec.assignees!.filter((a) => !assigned.has(a.toLowerCase()));
      if (left.length) {
        const message = `GitHub did not assign ${left.join(', ')} to ${where}: only people with access to the repository can be assigned.`;
        warnings.push(message);
        gh.log.warning(message);
      }
    });
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

// ---- what a closed pull request declined ------------------------------------------------
//
// The memory of declined versions is the closed pull requests themselves, as with Renovate
// and Dependabot: no state file. A bump pull request's body ends with a hidden line naming
// what it proposes; one closed without merging declines those versions. shipshape removes
// the line from the pull requests it closes itself, and marks it `declined` once it has
// told the closed pull request how to undo.

type MarkerKind = 'proposes' | 'declined';

const MARKER = /\n*<!-- shipshape:(proposes|declined) ([^\n]*?) -->\n?$/;

// Names and versions are the project's and a registry's: every character that could end the
// HTML comment or the list is encoded.
const encodePart = (s: string) => s.replace(/[^\w.\-/:]/g, (c) => encodeURIComponent(c));

/** A pull request's body with the hidden line that records what it proposes. */
export function withProposals(body: string, proposals: readonly Proposal[] | undefined): string {
  return proposals?.length ? body.trimEnd() + proposalsMarker('proposes', proposals) : body;
}

function proposalsMarker(kind: MarkerKind, proposals: readonly Proposal[] | undefined): string {
  if (!proposals?.length) return '';
  const items = proposals.map((p) => `${encodePart(p.name)}@${encodePart(p.version)}`);
  return `\n\n<!-- shipshape:${kind} ${items.join(' ')} -->\n`;
}

function parseProposals(
  body: string | null | undefined,
): { kind: MarkerKind; proposals: Proposal[] } | undefined {
  const m = MARKER.exec(body ?? '');
  if (!m) return undefined;
  const proposals: Proposal[] = [];
  for (const item of m[2].split(' ')) {
    const at = item.lastIndexOf('@');
    if (at <= 0) continue;
    try {
      proposals.push({
        name: decodeURIComponent(item.slice(0, at)),
        version: decodeURIComponent(item.slice(at + 1)),
      });
    } catch {
      // Edited by hand into something that does not decode: not a proposal.
    }
  }
  return { kind: m[1] as MarkerKind, proposals };
}

function withoutProposals(body: string): string {
  return body.replace(MARKER, '\n');
}

/** A proposal someone declined by closing its pull request without merging. */
export interface DeclinedProposal extends Proposal {
  number: number;
  url: string;
}

export interface DeclinedOptions {
  repo: RepoRef;
  /** The branch the pull requests came from (one group's branch). */
  branch: string;
  /**
   * Posted once on a pull request found declined for the first time: what it declined and
   * how to undo.
   */
  declinedComment: (declined: readonly Proposal[]) => string;
}

/**
 * What the closed, unmerged pull requests from `branch` proposed: the versions not to propose
 * again. A pull request found so for the first time gets `declinedComment`, and its hidden
 * line is marked as told (an edit of the closed pull request's body).
 */
export async function declinedProposals(
  gh: GitHubClient,
  options: DeclinedOptions,
): Promise<DeclinedProposal[]> {
  const { repo, branch } = options;
  const full = `${repo.owner}/${repo.repo}`;
  const closed = await withGitHubErrors(
    {
      what: `looking for closed pull requests from ${branch} in ${full}`,
      permission: 'pull-requests: read',
    },
    () =>
      gh.octokit.paginate(gh.octokit.rest.pulls.list, {
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'closed',
        per_page: 100,
      }),
  );
  const out: DeclinedProposal[] = [];
  for (const pull of closed) {
    if (pull.merged_at || pull.head.repo?.full_name !== full) continue;
    const marked = parseProposals(pull.body);
    if (!marked?.proposals.length) continue;
    if (marked.kind === 'proposes') {
      const op = (what: string) => ({
        what: `${what} #${pull.number} in ${full}`,
        permission: 'pull-requests: write',
      });
      await withGitHubErrors(op('commenting on the declined pull request'), () =>
        gh.octokit.rest.issues.createComment({
          ...repo,
          issue_number: pull.number,
          body: options.declinedComment(marked.proposals),
        }),
      );
      await withGitHubErrors(op('marking the declined pull request'), () =>
        gh.octokit.rest.pulls.update({
          ...repo,
          pull_number: pull.number,
          body:
            withoutProposals(pull.body ?? '').trimEnd() +
            proposalsMarker('declined', marked.proposals),
        }),
      );
      gh.log.info(
        `Pull request ${pull.html_url} was closed without merging: its versions are declined.`,
      );
    }
    out.push(...marked.proposals.map((p) => ({ ...p, number: pull.number, url: pull.html_url })));
  }
  return out;
}
