import * as core from '@actions/core';
import path from 'node:path';
import { workflowRunUrl } from '../github/context.js';
import type { GitHubClient, PullRequestResult, RepoRef } from '../github/index.js';
import {
  closeStalePullRequests,
  pullRequestBranch,
  syncPullRequest,
  type CloseStaleOptions,
  type DeclinedProposal,
} from '../github/pulls.js';
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
import { logSafe } from '../util/log-safe.js';
import { code } from '../util/markdown.js';
import { oneLine } from '../util/one-line.js';
import {
  baseBranch,
  branchKind,
  decorationInputs,
  declinedUpdates,
  realpathOrSelf,
  setPullRequestOutputs,
  type DecorationInputs,
  type PullRequestRecord,
} from './bump-pulls.js';
import { GROUP_BY, groupKey, planGroups, type BumpGroup, type GroupBy } from './bump-groups.js';
import {
  DEFAULT_TITLE,
  fillTemplate,
  parseBumpTemplate,
  templateData,
  type BumpTemplate,
} from './bump-templates.js';
import { commitMessage, errorText, jobSummary, pullRequestBody } from './bump-text.js';
import { annotate, ReportedFailure } from './failure.js';
import { checkoutOf } from './git.js';
import { gitHubFromInputs } from './github.js';
import { boolInput, choiceInput, listInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';
import { writeSummary } from './runner-secrets.js';

/** The inputs that shape image-bump's pull requests. */
interface PullRequestInputs extends DecorationInputs {
  groupBy: GroupBy;
  title: BumpTemplate;
  commitMessage: BumpTemplate;
}

function pullRequestInputs(): PullRequestInputs {
  const title = parseBumpTemplate('title', core.getInput('title') || DEFAULT_TITLE);
  const commitMessage = core.getInput('commit-message');
  return {
    ...decorationInputs(),
    groupBy: choiceInput('group-by', GROUP_BY, 'image'),
    title,
    commitMessage: commitMessage
      ? parseBumpTemplate('commit-message', commitMessage)
      : { ...title, input: 'commit-message' },
  };
}

/**
 * `command: image-bump`: finds the newest allowed tag of every pinned image (the engine in
 * images/, run without writing) and opens or updates one pull request per group with
 * exactly those edits, made through GitHub's API on top of the base branch. Versions a
 * closed pull request declined are not proposed again (see declinedProposals).
 */
export async function runImageBumpAction(workspace: string): Promise<void> {
  const inputs = pullRequestInputs();
  const dryRun = boolInput('dry-run', false);
  const render = renderInputs(workspace);
  const targets = listInput('targets');
  const projectDir = realpathOrSelf(render.projectDir);
  const checkout = await checkoutOf(projectDir);
  // Before any work: a missing token or a wrong checkout should not cost a registry scan first.
  let github: PullRequestTarget | undefined;
  if (!dryRun) {
    const { gh, repo } = await gitHubFromInputs();
    github = { gh, repo, base: await baseBranch(gh, repo, checkout.head) };
  }

  const { renders, errors: renderErrors } = await core.group('render', () =>
    renderImageUses(render, targets),
  );
  const errors: BumpError[] = [...renderErrors];
  const report = await core.group('check registries', () => checkRegistries(projectDir, renders));
  const inRepo = <T extends { file?: string }>(e: T): T => ({
    ...e,
    file: e.file && (repoPath(e.file, projectDir, checkout.root) ?? e.file),
  });
  errors.push(...report.errors.map(inRepo));
  report.skipped = report.skipped.map(inRepo);
  const found = report.updates.map((u) => inRepository(u, projectDir, checkout.root));

  const kind = branchKind('image-bump', checkout.root, projectDir, {
    targets,
    includeTags: render.includeTags ?? [],
    excludeTags: render.excludeTags ?? [],
  });
  const branchOf = (key: string) => pullRequestBranch(kind, key, inputs.branchPrefix);
  const declined = github
    ? await core.group('declined versions', () =>
        declinedUpdates(
          github,
          found,
          (u) => branchOf(groupKey(u, inputs.groupBy)),
          (u) => ({ name: u.image, version: u.latest }),
        ),
      )
    : new Map<BumpUpdate, DeclinedProposal>();
  const updates = found.filter((u) => !declined.has(u));
  for (const [u, d] of declined)
    report.skipped.push({
      image: u.image,
      current: u.current,
      latest: u.latest,
      file: u.file,
      line: u.line,
      reason: `${u.latest} was declined in #${d.number} (closed without merging); reopen it to undo`,
    });
  const groups = await planGroups(updates, inputs.groupBy, checkout.root);
  core.setOutput('updated-count', String(updates.length));

  const closed: PullRequestRecord[] = [];
  const results = github
    ? await syncPullRequests(github, groups, {
        ...inputs,
        branchOf,
        dir: path.relative(checkout.root, projectDir).split(path.sep).join('/'),
        // A group missing because its image failed this time is not stale.
        closeStale: errors.length === 0,
        onClosed: (r) => closed.push({ ...r, operation: 'closed' }),
      })
    : new Map<string, PullRequestResult>();
  setPullRequestOutputs(results, closed);
  const pullRequest = (u: BumpUpdate) => {
    const r = results.get(groupKey(u, inputs.groupBy));
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

  if (errors.length) {
    // One annotation per failed image, on the line that pins it.
    await annotate(
      errors.map((e) => ({
        title: `shipshape image-bump: ${e.image ?? (e.target ? `target ${e.target}` : 'render')}`,
        message: e.error + (e.hint ? `\nhint: ${e.hint}` : ''),
        file: e.file && path.resolve(checkout.root, e.file),
        line: e.line,
      })),
      checkout.root,
    );
    throw new ReportedFailure(
      `image-bump finished with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `- ${errorText(e)}`).join('\n')}${updates.length ? '\nThe other images were handled (see the job summary).' : ''}`,
    );
  }
  if (updates.length === 0 && declined.size === 0)
    core.info('Every pinned image is up to date: no pull request needed.');
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
  opts: PullRequestInputs & {
    branchOf: (key: string) => string;
    dir: string;
    closeStale: boolean;
    onClosed: CloseStaleOptions['onClosed'];
  },
): Promise<Map<string, PullRequestResult>> {
  const { gh, repo, base } = target;
  const results = new Map<string, PullRequestResult>();
  for (const group of groups) {
    const branch = opts.branchOf(group.key);
    const data = templateData(
      group.updates,
      { key: group.key, file: opts.groupBy === 'file' ? group.key : undefined },
      opts.dir,
    );
    const title = oneLine(fillTemplate(opts.title, data));
    const result = await syncPullRequest(gh, {
      repo,
      base,
      branch,
      title,
      body: pullRequestBody(group.updates, { branch, base, runUrl: workflowRunUrl() }),
      commitMessage: commitMessage(fillTemplate(opts.commitMessage, data), group.updates),
      changes: group.changes,
      labels: opts.labels,
      reviewers: opts.reviewers,
      teamReviewers: opts.teamReviewers,
      assignees: opts.assignees,
      draft: opts.draft,
      proposals: group.updates.map((u) => ({ name: u.image, version: u.latest })),
    });
    results.set(group.key, result);
    for (const w of result.warnings) core.warning(w);
  }
  if (opts.closeStale) {
    // Every branch of this kind starts like this (the group is the last part).
    const prefix = opts.branchOf('all').replace(/all$/, '');
    const closed = await closeStalePullRequests(gh, {
      repo,
      branchPrefix: prefix,
      keep: groups.map((g) => opts.branchOf(g.key)),
      comment: `Closed by shipshape image-bump: nothing in this pull request needs bumping on ${code(base)} any more.`,
      onClosed: opts.onClosed,
    });
    if (closed.length)
      core.info(`Closed stale pull requests: ${closed.map((n) => `#${n}`).join(', ')}`);
  }
  return results;
}

/** The engine in dry run: the workspace stays as checked out; the pull requests carry the edits. */
async function checkRegistries(
  projectDir: string,
  renders: TargetImages[],
): Promise<ImageBumpReport> {
  const credentials = await RegistryCredentials.load(process.env);
  for (const w of credentials.warnings) core.warning(w);
  // Tokens a token server hands out are secrets like the passwords: the runner masks them.
  const registry = new RegistryClient({ credentials, onSecret: core.setSecret });
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
