import * as core from '@actions/core';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { workflowRunUrl } from '../github/context.js';
import { withGitHubErrors } from '../github/errors.js';
import type { GitHubClient, PullRequestResult, RepoRef } from '../github/index.js';
import { closeStalePullRequests, pullRequestBranch, syncPullRequest } from '../github/pulls.js';
import {
  runImageBump,
  type BumpError,
  type BumpUpdate,
  type ImageBumpReport,
  type TargetImages,
} from '../images/bump.js';
import { RegistryClient } from '../registry/client.js';
import { RegistryCredentials } from '../registry/credentials.js';
import { renderImageUses } from '../render/index.js';
import { UserError } from '../util/errors.js';
import { writeSummary } from './runner-secrets.js';
import { logSafe } from '../util/log-safe.js';
import { code } from '../util/markdown.js';
import { GROUP_BY, groupKey, planGroups, type BumpGroup, type GroupBy } from './bump-groups.js';
import {
  commitMessage,
  errorText,
  jobSummary,
  pullRequestBody,
  pullRequestTitle,
} from './bump-text.js';
import { checkoutOf } from './git.js';
import { gitHubFromInputs } from './github.js';
import { boolInput, choiceInput, listInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';

/**
 * `command: image-bump`: finds the newest allowed tag of every pinned image (the engine in
 * images/, run without writing) and opens or updates one pull request per group with
 * exactly those edits, made through GitHub's API on top of the base branch.
 */
export async function runImageBumpAction(workspace: string): Promise<void> {
  const groupBy = choiceInput('group-by', GROUP_BY, 'image');
  const dryRun = boolInput('dry-run', false);
  const labels = listInput('labels');
  const render = renderInputs(workspace);
  const projectDir = realpathOrSelf(render.projectDir);
  const checkout = await checkoutOf(projectDir);
  // Before any work: a missing token or a wrong checkout should not cost a registry scan first.
  let github: PullRequestTarget | undefined;
  if (!dryRun) {
    const { gh, repo } = await gitHubFromInputs();
    github = { gh, repo, base: await baseBranch(gh, repo, checkout.head) };
  }

  const { renders, errors: renderErrors } = await core.group('render', () =>
    renderImageUses(render, listInput('targets')),
  );
  const errors: BumpError[] = [...renderErrors];
  const report = await core.group('check registries', () => checkRegistries(projectDir, renders));
  const inRepo = <T extends { file?: string }>(e: T): T => ({
    ...e,
    file: e.file && (repoPath(e.file, projectDir, checkout.root) ?? e.file),
  });
  errors.push(...report.errors.map(inRepo));
  report.skipped = report.skipped.map(inRepo);
  const updates = report.updates.map((u) => inRepository(u, projectDir, checkout.root));
  const groups = await planGroups(updates, groupBy, checkout.root);
  core.setOutput('updated-count', String(updates.length));

  const results = github
    ? await syncPullRequests(github, groups, {
        kind: bumpKind(checkout.root, projectDir),
        groupBy,
        labels,
        // A group missing because its image failed this time is not stale.
        closeStale: errors.length === 0,
      })
    : new Map<string, PullRequestResult>();
  const numbers = [...results.values()].flatMap((r) =>
    r.number !== undefined && r.outcome !== 'closed' ? [r.number] : [],
  );
  core.setOutput('pull-requests', JSON.stringify(numbers));
  const pullRequest = (u: BumpUpdate) => {
    const r = results.get(groupKey(u, groupBy));
    if (!r) return dryRun ? 'not opened (dry run)' : '';
    return r.url ? `[#${r.number}](${r.url}) ${r.outcome}` : r.outcome;
  };
  await writeSummary([
    jobSummary({
      dryRun,
      updates: groups.flatMap((g) => g.updates),
      pullRequest,
      upToDate: report.upToDate.length,
      skipped: report.skipped,
      errors,
    }),
  ]);

  if (errors.length)
    throw new UserError(
      `image-bump finished with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `- ${errorText(e)}`).join('\n')}`,
      {},
      updates.length ? 'the other images were handled (see the job summary)' : undefined,
    );
  if (updates.length === 0) core.info('Every pinned image is up to date: no pull request needed.');
}

interface PullRequestTarget {
  gh: GitHubClient;
  repo: RepoRef;
  base: string;
}

/** One pull request per group, opened or updated; with `closeStale`, those of vanished groups closed. */
async function syncPullRequests(
  target: PullRequestTarget,
  groups: BumpGroup[],
  opts: { kind: string; groupBy: GroupBy; labels: string[]; closeStale: boolean },
): Promise<Map<string, PullRequestResult>> {
  const { gh, repo, base } = target;
  const results = new Map<string, PullRequestResult>();
  for (const group of groups) {
    const branch = pullRequestBranch(opts.kind, group.key);
    const title = pullRequestTitle(group.updates, opts.groupBy === 'file' ? group.key : undefined);
    const result = await syncPullRequest(gh, {
      repo,
      base,
      branch,
      title,
      body: pullRequestBody(group.updates, { branch, base, runUrl: workflowRunUrl() }),
      commitMessage: commitMessage(title, group.updates),
      changes: group.changes,
      labels: opts.labels,
    });
    results.set(group.key, result);
    for (const w of result.warnings) core.warning(w);
  }
  if (opts.closeStale) {
    // Every branch of this kind starts like this (the group is the last part).
    const prefix = pullRequestBranch(opts.kind, 'all').replace(/all$/, '');
    const closed = await closeStalePullRequests(gh, {
      repo,
      branchPrefix: prefix,
      keep: groups.map((g) => pullRequestBranch(opts.kind, g.key)),
      comment: `Closed by shipshape image-bump: nothing in this pull request needs bumping on ${code(base)} any more.`,
    });
    if (closed.length)
      core.info(`Closed stale pull requests: ${closed.map((n) => `#${n}`).join(', ')}`);
  }
  return results;
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The engine in dry run: the workspace stays as checked out; the pull requests carry the edits. */
async function checkRegistries(
  projectDir: string,
  renders: TargetImages[],
): Promise<ImageBumpReport> {
  const credentials = await RegistryCredentials.load(process.env);
  for (const w of credentials.warnings) core.warning(w);
  const registry = new RegistryClient({ credentials });
  try {
    return await runImageBump({
      projectDir,
      renders,
      registry,
      dryRun: true,
      log: (line) => core.info(logSafe(line)),
    });
  } finally {
    await registry.close();
  }
}

/** `file` of an engine entry (relative to the project) relative to the repository instead. */
function repoPath(file: string, projectDir: string, root: string): string | undefined {
  const rel = path.relative(root, path.resolve(projectDir, file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join('/');
}

/** The update with `file` relative to the repository, as the pull request names it. */
function inRepository(u: BumpUpdate, projectDir: string, root: string): BumpUpdate {
  const file = repoPath(u.file, projectDir, root);
  if (file === undefined)
    throw new UserError(
      `${u.file} pins ${u.image} but is outside the repository, so no pull request can change it`,
      { file: u.file, line: u.line },
      'keep fixed-images files inside the repository',
    );
  return { ...u, file };
}

/** `image-bump`, or `image-bump-<dir>` for a project below the repository root, so two projects' branches never mix. */
function bumpKind(root: string, projectDir: string): string {
  const dir = path.relative(root, projectDir).split(path.sep).join('/');
  return dir ? `image-bump-${dir}` : 'image-bump';
}

/**
 * The base-branch input (default: the repository's default branch). The edits are made to
 * the checked-out files, so the checkout must be that branch's head, or the pull request
 * would also carry whatever differs between the two.
 */
async function baseBranch(gh: GitHubClient, repo: RepoRef, head: string): Promise<string> {
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
