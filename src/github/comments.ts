/**
 * Sticky comments: one comment per (action, command, target set) on an issue or pull
 * request, found again by a hidden marker on its first line and edited in place.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { workflowRunUrl } from './context.js';
import { withGitHubErrors } from './errors.js';
import { countChars, fitMarkdown } from './markdown-fit.js';

/** GitHub's limit for an issue comment or pull-request body, in characters. */
export const COMMENT_LIMIT = 65_536;

export interface StickyKey {
  action: string;
  command: string;
  targets: readonly string[];
}

export interface StickyCommentOptions {
  repo: RepoRef;
  /** Issue or pull-request number. */
  issueNumber: number;
  key: StickyKey;
  /** The report at decreasing detail: full, per-object summaries, list, counts. */
  bodies: readonly string[];
  /** Link for readers of a shortened comment; default: this workflow run. */
  runUrl?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  outcome: 'created' | 'updated' | 'unchanged';
  /** Index of the body posted. */
  level: number;
  truncated: boolean;
}

/** `<!-- shipshape:diff:diff:prod,staging -->`; targets sorted, so their order does not matter. */
export function stickyMarker(key: StickyKey): string {
  const part = (s: string) => s.replace(/[^\w.\-/]/g, (c) => encodeURIComponent(c));
  const targets = [...new Set(key.targets)].sort().map(part).join(',');
  return `<!-- shipshape:${part(key.action)}:${part(key.command)}:${targets} -->`;
}

/** Creates the comment, or edits the one with the same marker; leaves it alone when unchanged. */
export async function upsertStickyComment(
  gh: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const { repo, issueNumber } = options;
  const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
  const marker = stickyMarker(options.key);
  const fitted = fitCommentBody(
    options.bodies,
    options.runUrl ?? workflowRunUrl(),
    marker.length + 1,
  );
  const body = `${marker}\n${fitted.body}`;
  const shape = { level: fitted.level, truncated: fitted.truncated };

  const existing = await withGitHubErrors(
    { what: `reading the comments of ${where}`, permission: 'pull-requests: read' },
    () => findComment(gh, options, marker),
  );
  if (existing && normalise(existing.body ?? '') === normalise(body)) {
    gh.log.info(`Comment ${existing.html_url} is up to date.`);
    return { id: existing.id, url: existing.html_url, outcome: 'unchanged', ...shape };
  }
  if (existing) {
    const { data } = await withGitHubErrors(
      { what: `updating comment ${existing.id} on ${where}`, permission: 'pull-requests: write' },
      () => gh.octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }),
    );
    gh.log.info(`Updated comment ${data.html_url}`);
    return { id: data.id, url: data.html_url, outcome: 'updated', ...shape };
  }
  const { data } = await withGitHubErrors(
    { what: `commenting on ${where}`, permission: 'pull-requests: write' },
    () => gh.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }),
  );
  gh.log.info(`Created comment ${data.html_url}`);
  return { id: data.id, url: data.html_url, outcome: 'created', ...shape };
}

/** The body (without marker) that fits a comment next to `reserved` characters. */
export function fitCommentBody(
  bodies: readonly string[],
  runUrl: string | undefined,
  reserved = 0,
) {
  const run = runUrl ? `[workflow run](${runUrl})` : 'workflow run';
  return fitMarkdown(bodies, {
    limit: COMMENT_LIMIT - reserved,
    measure: countChars,
    degradedNote: `_The full report is longer than a GitHub comment allows; it is in the job summary of the ${run}._`,
    truncatedNote: `_… cut at GitHub's limit of 65,536 characters. The full report is in the job summary of the ${run}._`,
  });
}

async function findComment(gh: GitHubClient, options: StickyCommentOptions, marker: string) {
  const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
    ...options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    // The marker must open the body: a reply quoting our comment carries it further down.
    const found = data.find((c) => c.body?.startsWith(marker));
    if (found) return found;
  }
  return undefined;
}

const normalise = (text: string) => text.replace(/\r\n/g, '\n');
