import * as core from '@actions/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  diffAgainstRef,
  MARKDOWN_LEVELS,
  RenderSideError,
  renderMarkdown,
  summaryHasChanges,
  toStableJson,
  type DiffResult,
  type DiffSummary,
} from '../diff/index.js';
import { pullRequestAtHead } from '../github/workflow-run.js';
import { UserError } from '../util/errors.js';
import { code, fenced, text } from '../util/markdown.js';
import { redactRunnerSecrets, writeSummary } from './runner-secrets.js';
import { readDiffResult } from './diff-result-file.js';
import {
  commentFailure,
  commentKey,
  commentSettings,
  publishOnPullRequest,
  touchesPullRequest,
  type CommentSettings,
  type PullRequestComment,
} from './diff-comment.js';
import { eventPullRequest, readEvent, workflowRunHeadSha } from './event.js';
import { annotate, problemOf, ReportedFailure } from './failure.js';
import { baseRefToUse, checkoutOf } from './git.js';
import { gitHubFromInputs } from './github.js';
import { choiceInput, listInput, optionalInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';

/**
 * `command: diff`: renders the project at the pull request's head and base and reports what
 * changes, as a comment on the pull request (see diff-comment.ts) and in the job summary.
 * With `comment-from` it only posts a result computed by another run (the fork-safe
 * `workflow_run` pattern).
 */
export async function runDiff(workspace: string): Promise<void> {
  const settings = commentSettings();
  const commentFrom = optionalInput('comment-from');
  if (commentFrom)
    return commentFromFile(workspace, path.resolve(workspace, commentFrom), settings);

  const against = choiceInput('against', ['base', 'cluster'], 'base');
  if (against === 'cluster') return runDiffAgainstCluster(workspace, settings);
  if (optionalInput('pull-request'))
    throw new UserError(
      'the pull-request input is only used with comment-from',
      {},
      'a diff comments on the pull request of its pull_request event; remove pull-request',
    );
  const event = readEvent();
  const pr = eventPullRequest(event);
  const givenBase = optionalInput('base-ref');
  if (!givenBase && !pr?.baseRef)
    throw new UserError(
      `there is no base to compare with: this run's event (${event.name || 'none'}) is not a pull request`,
      {},
      'run the diff on pull_request, or set base-ref to the branch, tag or commit to compare with',
    );

  const render = renderInputs(workspace);
  const targets = listInput('targets');
  let target: PullRequestComment | undefined;
  if (touchesPullRequest(settings)) {
    if (!pr)
      throw new UserError(
        `there is no pull request to comment on: this run's event (${event.name || 'none'}) is not a pull request`,
        {},
        'set comment: false and leave label empty (the report still goes to the job summary and result-json)',
      );
    // Before rendering: a missing token should not cost a render first.
    const { gh, repo } = await gitHubFromInputs();
    const key = commentKey(workspace, render.projectDir, targets, settings.key);
    const headSha = pr.headSha || (await checkoutOf(render.projectDir)).head;
    target = { gh, repo, issueNumber: pr.number, key, headSha };
  }

  const baseRef = await baseRefToUse(render.projectDir, givenBase ?? pr!.baseRef, !givenBase);
  let result: DiffResult;
  try {
    result = await core.group(`diff against ${baseRef}`, () =>
      diffAgainstRef({ render, targets, baseRef }),
    );
  } catch (err) {
    if (!(err instanceof RenderSideError)) throw err;
    await reportRenderFailure(err, workspace, target, settings);
    // Template errors name files relative to the project; one of the base side names its
    // ref (`origin/main:web/config.yaml`), which is no file of the checkout.
    await annotate([problemOf(err, 'shipshape diff', render.projectDir)], render.projectDir);
    throw new ReportedFailure(err.format(workspace));
  }
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'shipshape-diff-'));
  const file = path.join(dir, 'result.json');
  writeFileSync(file, redactRunnerSecrets(toStableJson(result)));
  core.setOutput('result-json', file);
  await publish(result, settings, target, dir);
}

/**
 * `against: cluster`: each target compared with its cluster (diff-cluster.ts), reported like
 * a base diff: the comment on the pull request (when there is one) and the job summary.
 */
async function runDiffAgainstCluster(workspace: string, settings: CommentSettings): Promise<void> {
  for (const input of ['base-ref', 'pull-request'])
    if (optionalInput(input))
      throw new UserError(
        `the ${input} input is not used with against: cluster`,
        {},
        `remove ${input}`,
      );
  const render = renderInputs(workspace);
  const targets = listInput('targets');
  const pr = eventPullRequest(readEvent());
  let target: PullRequestComment | undefined;
  if (touchesPullRequest(settings) && pr) {
    const { gh, repo } = await gitHubFromInputs();
    const key = commentKey(workspace, render.projectDir, targets, settings.key ?? 'cluster');
    target = { gh, repo, issueNumber: pr.number, key, headSha: pr.headSha || undefined };
  }
  const { diffAgainstCluster, clusterDiffFailure } = await import('./diff-cluster.js');
  const { result, failed } = await diffAgainstCluster(render, targets);
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'shipshape-diff-'));
  const file = path.join(dir, 'result.json');
  writeFileSync(file, redactRunnerSecrets(toStableJson(result)));
  core.setOutput('result-json', file);
  await publish(result, settings, target, dir);
  if (failed.length) throw clusterDiffFailure(failed);
}

/** The fork-safe commenter: posts a result another run computed, if its pull request is still there. */
async function commentFromFile(
  workspace: string,
  file: string,
  settings: CommentSettings,
): Promise<void> {
  const result = readDiffResult(file);
  const number = optionalInput('pull-request');
  if (!number)
    throw new UserError(
      'comment-from needs pull-request: the number of the pull request the result belongs to',
      {},
      'save github.event.pull_request.number next to the result in the pull_request run and pass it here',
    );
  const event = readEvent();
  const headSha = workflowRunHeadSha(event) ?? eventPullRequest(event)?.headSha;
  if (!headSha)
    throw new UserError(
      `comment-from runs in a workflow_run workflow, which says which commit the result is for; this run's event is ${event.name || 'none'}`,
      {},
      'trigger the commenting workflow with on: workflow_run (see the fork-safe pattern in the README)',
    );
  core.setOutput('result-json', file);
  const { gh, repo } = await gitHubFromInputs();
  const pr = await pullRequestAtHead(gh, repo, number, headSha);
  const projectDir = path.resolve(workspace, core.getInput('project-dir') || '.');
  const key = commentKey(workspace, projectDir, listInput('targets'), settings.key);
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'shipshape-diff-'));
  await publish(result, settings, pr && { gh, repo, issueNumber: pr.number, key, headSha }, dir);
}

/** The heading of every report: the `title` input, or what was compared with. */
function heading(result: DiffResult, title: string | undefined): string {
  const against = `${code(result.base.ref)} (${code(result.base.commit.slice(0, 12))})`;
  return title
    ? `### ${text(title)}\n\nRendered changes against ${against}.`
    : `### Rendered changes against ${against}`;
}

/** The report at every level of detail; the comment and the job summary take the first that fits. */
export function diffReportBodies(result: DiffResult, title?: string): string[] {
  return MARKDOWN_LEVELS.map((level) =>
    renderMarkdown(result, level, { omittedNote: '', title: heading(result, title) }),
  );
}

/** What a `changes-only` comment says once a later push made its changes go away. */
function goneBodies(result: DiffResult, title?: string): string[] {
  return [
    renderMarkdown(result, 'counts', {
      title: heading(result, title),
      noChangesNote:
        'No changes any more: the rendered objects of this pull request are the same as those of its base.',
    }),
  ];
}

const orphans = (s: DiffSummary) => (s as { orphan?: number }).orphan ?? 0;

async function publish(
  result: DiffResult,
  settings: CommentSettings,
  target: PullRequestComment | undefined,
  dir: string,
): Promise<void> {
  const bodies = diffReportBodies(result, settings.title);
  const markdown = path.join(dir, 'report.md');
  writeFileSync(markdown, redactRunnerSecrets(bodies[0]));
  const total = (count: (s: DiffSummary) => number) =>
    String(result.targets.reduce((n, t) => n + count(t.summary), 0));
  core.setOutput('has-changes', String(result.hasChanges));
  core.setOutput(
    'new',
    total((s) => s.new),
  );
  core.setOutput(
    'changed',
    total((s) => s.changed),
  );
  core.setOutput(
    'deleted',
    total((s) => s.deleted),
  );
  core.setOutput('orphan', total(orphans));
  core.setOutput('markdown-file', markdown);
  await writeSummary(bodies);
  if (target) {
    const url = await publishOnPullRequest(target, settings, {
      hasChanges: result.hasChanges,
      bodies,
      goneBodies: goneBodies(result, settings.title),
    });
    if (url) core.setOutput('comment-url', url);
  }
  const changed = result.targets.filter((t) => summaryHasChanges(t.summary)).length;
  core.info(
    result.hasChanges
      ? `changes in ${changed} of ${result.targets.length} target(s)`
      : `no changes in ${result.targets.length} target(s)`,
  );
}

/** A side that does not render: the comment and the summary say which and why; the step fails. */
async function reportRenderFailure(
  err: RenderSideError,
  workspace: string,
  target: PullRequestComment | undefined,
  settings: CommentSettings,
): Promise<void> {
  const what =
    err.side === 'head'
      ? "This pull request's version of the project does not render"
      : 'The base of this pull request does not render';
  const body = [
    `### shipshape diff failed${err.target ? ` for target ${code(err.target)}` : ''}`,
    '',
    `${what}, so there is no diff to show. Fix the error and push again:`,
    '',
    fenced('text', err.format(workspace)),
    '',
  ].join('\n');
  await writeSummary([body]);
  if (!target) return;
  try {
    await commentFailure(target, settings, body);
  } catch (postErr) {
    // The render error is what the step fails with; a failed comment is secondary.
    core.warning(`could not comment on the failure: ${(postErr as Error).message}`);
  }
}
