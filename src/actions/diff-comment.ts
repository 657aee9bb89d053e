/**
 * What the diff action does on the pull request: the comment (when, how, under which key),
 * its footer, and the label that says the pull request changes the rendered objects.
 */
import * as core from '@actions/core';
import path from 'node:path';
import {
  COMMENT_MODES,
  deleteStickyComments,
  updateStickyComment,
  upsertStickyComment,
  type CommentMode,
  type StickyKey,
} from '../github/comments.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { workflowRunUrl } from '../github/context.js';
import { setLabel } from '../github/labels.js';
import { UserError } from '../util/errors.js';
import { code } from '../util/markdown.js';
import { choiceInput, optionalInput } from './inputs.js';

/** `comment:` always, never, or only while the pull request changes something. */
export type CommentWhen = 'always' | 'never' | 'changes-only';

export interface CommentSettings {
  when: CommentWhen;
  /** `delete` removes the comment and posts none. */
  mode: CommentMode | 'delete';
  /** `comment-key`: names the comment instead of the project directory and targets. */
  key?: string;
  /** `title`: the comment's heading (plain text). */
  title?: string;
  /** `label`: on the pull request while it changes something. */
  label?: string;
}

const WHEN: Record<string, CommentWhen> = {
  true: 'always',
  yes: 'always',
  '1': 'always',
  false: 'never',
  no: 'never',
  '0': 'never',
  'changes-only': 'changes-only',
};

export function commentSettings(): CommentSettings {
  const raw = core.getInput('comment').trim().toLowerCase() || 'true';
  const when = Object.hasOwn(WHEN, raw) ? WHEN[raw] : undefined;
  if (!when)
    throw new UserError(
      `input comment must be true, false or changes-only, got "${raw}"`,
      {},
      'changes-only posts nothing while the pull request changes nothing, and says so on a comment it posted earlier',
    );
  return {
    when,
    mode: choiceInput('comment-mode', [...COMMENT_MODES, 'delete'], 'update'),
    key: optionalInput('comment-key')?.trim(),
    title: optionalInput('title')?.trim(),
    label: optionalInput('label')?.trim(),
  };
}

/** Whether the run needs a token and a pull request at all. */
export const touchesPullRequest = (s: CommentSettings) => s.when !== 'never' || !!s.label;

/**
 * The comment's key: `comment-key` when given, else the project directory and the target
 * selection, so several diff steps in one workflow keep a comment each and a re-run finds
 * its own.
 */
export function commentKey(
  workspace: string,
  projectDir: string,
  targets: readonly string[],
  name?: string,
): StickyKey {
  const dir = path.relative(workspace, projectDir).split(path.sep).join('/');
  const names = targets.length ? targets : ['*'];
  return {
    action: 'diff',
    command: 'diff',
    targets: names.map((t) => (dir ? `${dir}/${t}` : t)),
    ...(name ? { name } : {}),
  };
}

/** The commit the report is for and the run that made it; not compared (see upsertStickyComment). */
export function commentFooter(headSha: string | undefined, runUrl = workflowRunUrl()): string {
  const parts = [
    ...(headSha ? [`shipshape diff of ${code(headSha.slice(0, 12))}`] : ['shipshape diff']),
    ...(runUrl ? [`[workflow run](${runUrl})`] : []),
  ];
  return `<sub>${parts.join(' · ')}</sub>`;
}

export interface PullRequestComment {
  gh: GitHubClient;
  repo: RepoRef;
  issueNumber: number;
  key: StickyKey;
  /** The pull request's head commit, for the footer. */
  headSha?: string;
}

export interface DiffReport {
  hasChanges: boolean;
  /** The report at decreasing detail. */
  bodies: readonly string[];
  /** What a comment that showed changes says once they are gone (`changes-only`). */
  goneBodies: readonly string[];
}

/**
 * Comments (by the settings) and sets the label; returns the comment's URL, or undefined
 * when there is none.
 */
export async function publishOnPullRequest(
  target: PullRequestComment,
  settings: CommentSettings,
  report: DiffReport,
): Promise<string | undefined> {
  const { gh, repo, issueNumber } = target;
  const url = await comment(target, settings, report);
  if (settings.label) await setLabel(gh, repo, issueNumber, settings.label, report.hasChanges);
  return url;
}

async function comment(
  target: PullRequestComment,
  settings: CommentSettings,
  report: DiffReport,
): Promise<string | undefined> {
  if (settings.when === 'never') return undefined;
  const { gh, repo, issueNumber, key } = target;
  if (settings.mode === 'delete') {
    const n = await deleteStickyComments(gh, { repo, issueNumber, key });
    core.info(n ? `Deleted ${n} comment(s).` : 'No comment to delete.');
    return undefined;
  }
  const options = {
    repo,
    issueNumber,
    key,
    mode: settings.mode,
    footer: commentFooter(target.headSha),
  };
  if (settings.when === 'changes-only' && !report.hasChanges) {
    const posted = await updateStickyComment(gh, { ...options, bodies: report.goneBodies });
    if (!posted)
      core.info('No changes and no earlier comment: nothing to post (comment: changes-only).');
    return posted?.url;
  }
  return (await upsertStickyComment(gh, { ...options, bodies: report.bodies })).url;
}

/** A failure report goes where the diff would have gone (whatever `changes-only` says). */
export async function commentFailure(
  target: PullRequestComment,
  settings: CommentSettings,
  body: string,
): Promise<void> {
  if (settings.when === 'never' || settings.mode === 'delete') return;
  const { gh, repo, issueNumber, key } = target;
  await upsertStickyComment(gh, {
    repo,
    issueNumber,
    key,
    bodies: [body],
    mode: settings.mode,
    footer: commentFooter(target.headSha),
  });
}
