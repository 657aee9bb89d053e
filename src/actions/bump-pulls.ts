/**
 * What the bump commands (image-bump, helm-update) share about their pull requests: the
 * base branch and the checkout, the branch names of a step, the inputs that decorate a pull
 * request, and the `pull-requests-json` output.
 */
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { withGitHubErrors } from '../github/errors.js';
import type { GitHubClient, PullRequestResult, RepoRef } from '../github/index.js';
import {
  checkBranchPrefix,
  declinedProposals,
  type DeclinedProposal,
  type Proposal,
} from '../github/pulls.js';
import { UserError } from '../util/errors.js';
import { logSafe } from '../util/log-safe.js';
import { declinedComment } from './bump-text.js';
import { boolInput, listInput } from './inputs.js';

export function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The base-branch input (default: the repository's default branch). The edits are made to
 * the checked-out files, so the checkout must be that branch's head, or the pull request
 * would also carry whatever differs between the two.
 */
export async function baseBranch(gh: GitHubClient, repo: RepoRef, head: string): Promise<string> {
  const full = `${repo.owner}/${repo.repo}`;
  const read = { what: `reading ${full}`, permission: 'contents: read' };
  const base =
    core.getInput('base-branch') ||
    (await withGitHubErrors(read, () => gh.octokit.rest.repos.get({ ...repo }))).data
      .default_branch;
  const { data } = await withGitHubErrors(
    { ...read, what: `reading branch ${base} of ${full} (the base-branch input)` },
    () => gh.octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` }),
  );
  if (data.object.sha !== head)
    throw new UserError(
      `the checkout is at ${head.slice(0, 12)}, but ${base} is at ${data.object.sha.slice(0, 12)}`,
      {},
      `check out ${base} (actions/checkout with ref: ${base}) or set base-branch to the branch that is checked out; if ${base} just moved, run again`,
    );
  return base;
}

/** What a step renders besides the whole project: its part of the branch names. */
export interface Selection {
  targets: readonly string[];
  includeTags: readonly string[];
  excludeTags: readonly string[];
}

/**
 * The kind part of a step's branch names (see pullRequestBranch): `<command>`,
 * `<command>-<dir>` for a project below the repository root, and `…--<selection>` for a
 * step that renders only some targets or tags, so two steps never share (and so never
 * close) each other's branches. The selection is the sorted target names, or a hash of the
 * whole selection when tags are given or the names are long.
 */
export function branchKind(
  command: string,
  root: string,
  projectDir: string,
  selection?: Selection,
): string {
  const dir = path.relative(root, projectDir).split(path.sep).join('/');
  const kind = dir ? `${command}-${dir}` : command;
  if (!selection) return kind;
  const { targets, includeTags, excludeTags } = selection;
  if (!targets.length && !includeTags.length && !excludeTags.length) return kind;
  const names = [...new Set(targets)].sort().join('.');
  const readable = !includeTags.length && !excludeTags.length && names.length <= 40;
  const hash = createHash('sha256')
    .update(JSON.stringify([[...targets].sort(), [...includeTags].sort(), [...excludeTags].sort()]))
    .digest('hex')
    .slice(0, 10);
  return `${kind}--${readable ? names : `sel-${hash}`}`;
}

/** The inputs that decorate a new pull request and name its branch. */
export interface DecorationInputs {
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
  draft: boolean;
  branchPrefix: string;
}

export function decorationInputs(): DecorationInputs {
  return {
    labels: listInput('labels'),
    reviewers: listInput('reviewers'),
    teamReviewers: listInput('team-reviewers'),
    assignees: listInput('assignees'),
    draft: boolInput('draft', false),
    branchPrefix: checkBranchPrefix(core.getInput('branch-prefix') || 'shipshape/'),
  };
}

/** One entry of the `pull-requests-json` output. */
export interface PullRequestRecord {
  number: number;
  url: string;
  operation: PullRequestResult['outcome'];
  branch: string;
  /** The branch's commit; not for a pull request closed because the base has its change. */
  headSha?: string;
  group?: string;
}

/**
 * The `pull-requests` (open ones' numbers) and `pull-requests-json` outputs: the results of
 * a run by group, and the pull requests it closed as stale.
 */
export function setPullRequestOutputs(
  results: ReadonlyMap<string, PullRequestResult>,
  closed: readonly PullRequestRecord[],
): void {
  const records: PullRequestRecord[] = [...closed];
  for (const [group, r] of results)
    if (r.number !== undefined && r.url)
      records.push({
        number: r.number,
        url: r.url,
        operation: r.outcome,
        branch: r.branch,
        ...(r.commit ? { headSha: r.commit } : {}),
        group,
      });
  const open = [...results.values()].flatMap((r) =>
    r.number !== undefined && r.outcome !== 'closed' ? [r.number] : [],
  );
  core.setOutput('pull-requests', JSON.stringify(open));
  core.setOutput('pull-requests-json', JSON.stringify(records.sort((a, b) => a.number - b.number)));
}

/**
 * The updates whose new version a closed pull request of their group's branch declined
 * (see declinedProposals). Each branch is asked once; its first run after a pull request was
 * closed tells that pull request how to undo.
 */
export async function declinedUpdates<T>(
  target: { gh: GitHubClient; repo: RepoRef },
  updates: readonly T[],
  branchOf: (u: T) => string,
  proposalOf: (u: T) => Proposal,
): Promise<Map<T, DeclinedProposal>> {
  const byBranch = new Map<string, Promise<DeclinedProposal[]>>();
  const out = new Map<T, DeclinedProposal>();
  for (const u of updates) {
    const branch = branchOf(u);
    if (!byBranch.has(branch))
      byBranch.set(
        branch,
        declinedProposals(target.gh, { repo: target.repo, branch, declinedComment }),
      );
    const { name, version } = proposalOf(u);
    const found = (await byBranch.get(branch)!).find(
      (d) => d.name === name && d.version === version,
    );
    if (found) {
      out.set(u, found);
      core.info(logSafe(`${name} ${version}: declined in ${found.url}`));
    }
  }
  return out;
}
