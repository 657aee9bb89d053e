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
} from '../diff/index.js';
import { upsertStickyComment } from '../github/comments.js';
import type { GitHubClient, RepoRef, StickyKey } from '../github/index.js';
import { pullRequestAtHead } from '../github/workflow-run.js';
import { UserError } from '../util/errors.js';
import { redactRunnerSecrets, writeSummary } from './runner-secrets.js';
import { code, fenced } from '../util/markdown.js';
import { readDiffResult } from './diff-result-file.js';
import { eventPullRequest, readEvent, workflowRunHeadSha } from './event.js';
import { baseRefToUse } from './git.js';
import { gitHubFromInputs } from './github.js';
import { boolInput, choiceInput, listInput, optionalInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';

/** Where the report goes besides the job summary. */
interface CommentTarget {
  gh: GitHubClient;
  repo: RepoRef;
  issueNumber: number;
  key: StickyKey;
}

/**
 * `command: diff`: renders the project at the pull request's head and base and reports what
 * changes, as a sticky comment and in the job summary. With `comment-from` it only posts a
 * result computed by another run (the fork-safe `workflow_run` pattern).
 */
export async function runDiff(workspace: string): Promise<void> {
  const commentFrom = optionalInput('comment-from');
  if (commentFrom) return commentFromFile(workspace, path.resolve(workspace, commentFrom));

  const against = choiceInput('against', ['base', 'cluster'], 'base');
  if (against === 'cluster')
    throw new UserError(
      'against: cluster is not supported yet',
      {},
      'use against: base (renders the base and the head of the pull request; needs no cluster)',
    );
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
  let comment: CommentTarget | undefined;
  if (boolInput('comment', true)) {
    if (!pr)
      throw new UserError(
        `there is no pull request to comment on: this run's event (${event.name || 'none'}) is not a pull request`,
        {},
        'set comment: false (the report still goes to the job summary and result-json)',
      );
    // Before rendering: a missing token should not cost a render first.
    const { gh, repo } = await gitHubFromInputs();
    const key = commentKey(workspace, render.projectDir, targets);
    comment = { gh, repo, issueNumber: pr.number, key };
  }

  const baseRef = await baseRefToUse(render.projectDir, givenBase ?? pr!.baseRef, !givenBase);
  let result: DiffResult;
  try {
    result = await core.group(`diff against ${baseRef}`, () =>
      diffAgainstRef({ render, targets, baseRef }),
    );
  } catch (err) {
    if (err instanceof RenderSideError) await reportFailure(err, workspace, comment);
    throw err;
  }
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'shipshape-diff-'));
  const file = path.join(dir, 'result.json');
  writeFileSync(file, redactRunnerSecrets(toStableJson(result)));
  core.setOutput('result-json', file);
  await publish(result, comment);
}

/** The fork-safe commenter: posts a result another run computed, if its pull request is still there. */
async function commentFromFile(workspace: string, file: string): Promise<void> {
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
  const key = commentKey(workspace, projectDir, listInput('targets'));
  await publish(result, pr && { gh, repo, issueNumber: pr.number, key });
}

/**
 * The sticky comment's key: one comment per project directory and target selection, so
 * several diff steps in one workflow keep a comment each and a re-run finds its own.
 */
export function commentKey(workspace: string, projectDir: string, targets: string[]): StickyKey {
  const dir = path.relative(workspace, projectDir).split(path.sep).join('/');
  const names = targets.length ? targets : ['*'];
  return { action: 'diff', command: 'diff', targets: names.map((t) => (dir ? `${dir}/${t}` : t)) };
}

/** The report at every level of detail; the comment and the job summary take the first that fits. */
export function diffReportBodies(result: DiffResult): string[] {
  return MARKDOWN_LEVELS.map((level) => renderMarkdown(result, level, { omittedNote: '' }));
}

async function publish(result: DiffResult, comment: CommentTarget | undefined): Promise<void> {
  const bodies = diffReportBodies(result);
  core.setOutput('has-changes', String(result.hasChanges));
  await writeSummary(bodies);
  if (comment) {
    const posted = await upsertStickyComment(comment.gh, { ...comment, bodies });
    core.setOutput('comment-url', posted.url);
  }
  const changed = result.targets.filter((t) => summaryHasChanges(t.summary)).length;
  core.info(
    result.hasChanges
      ? `changes in ${changed} of ${result.targets.length} target(s)`
      : `no changes in ${result.targets.length} target(s)`,
  );
}

/** A side that does not render: the comment and the summary say which and why; the step fails. */
async function reportFailure(
  err: RenderSideError,
  workspace: string,
  comment: CommentTarget | undefined,
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
  if (!comment) return;
  try {
    await upsertStickyComment(comment.gh, { ...comment, bodies: [body] });
  } catch (postErr) {
    // The render error is what the step fails with; a failed comment is secondary.
    core.warning(`could not comment on the failure: ${(postErr as Error).message}`);
  }
}
