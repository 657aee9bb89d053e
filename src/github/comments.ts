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
  /** A name chosen by the workflow (the diff's `comment-key`); replaces the targets in the marker. */
  name?: string;
}

/**
 * How a changed report reaches the pull request: `update` edits the comment in place,
 * `recreate` deletes it and posts the report as a new comment at the bottom of the
 * conversation (which notifies), `new` posts a new comment and leaves the earlier ones.
 */
export const COMMENT_MODES = ['update', 'recreate', 'new'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface StickyCommentOptions {
  repo: RepoRef;
  /** Issue or pull-request number. */
  issueNumber: number;
  key: StickyKey;
  /** The report at decreasing detail: full, per-object summaries, list, counts. */
  bodies: readonly string[];
  /** Link for readers of a shortened comment; default: this workflow run. */
  runUrl?: string;
  /** Default `update`. */
  mode?: CommentMode;
  /**
   * Markdown after the report (e.g. the commit and the run that made it). It is not compared:
   * a run whose report equals the comment's leaves the comment alone, footer and all.
   */
  footer?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  outcome: 'created' | 'updated' | 'recreated' | 'unchanged';
  /** Index of the body posted. */
  level: number;
  truncated: boolean;
}

/**
 * `<!-- shipshape:diff:diff:prod,staging -->`; targets sorted, so their order does not
 * matter. With a name: `<!-- shipshape:diff:diff:key:NAME -->` (every `:` of a target is
 * encoded, so no target set reads the same).
 */
export function stickyMarker(key: StickyKey): string {
  const part = (s: string) => s.replace(/[^\w.\-/]/g, (c) => encodeURIComponent(c));
  const targets =
    key.name !== undefined
      ? `key:${part(key.name)}`
      : [...new Set(key.targets)].sort().map(part).join(',');
  return `<!-- shipshape:${part(key.action)}:${part(key.command)}:${targets} -->`;
}

// The line that separates the report from the footer, so that comparing leaves the footer out.
const FOOTER_MARKER = '<!-- shipshape:footer -->';

/** The comment's whole body: marker, the most detailed report that fits, footer. */
export function stickyCommentBody(
  options: Pick<StickyCommentOptions, 'key' | 'bodies' | 'runUrl' | 'footer'>,
): { body: string; level: number; truncated: boolean } {
  const marker = stickyMarker(options.key);
  const footer = options.footer ? `\n\n${FOOTER_MARKER}\n${options.footer}` : '';
  const fitted = fitCommentBody(
    options.bodies,
    options.runUrl ?? workflowRunUrl(),
    marker.length + 1 + footer.length,
  );
  return {
    body: `${marker}\n${footer ? fitted.body.trimEnd() : fitted.body}${footer}`,
    level: fitted.level,
    truncated: fitted.truncated,
  };
}

/** The report part of a comment body: line endings normalised, footer left out. */
const reportOf = (body: string) => {
  const text = body.replace(/\r\n/g, '\n');
  const at = text.indexOf(`\n\n${FOOTER_MARKER}\n`);
  return at < 0 ? text : text.slice(0, at);
};

/**
 * Posts the report as the comment with this key: creates it, or (by `mode`) edits, replaces
 * or adds to the one there is; leaves it alone when its report is the same.
 */
export async function upsertStickyComment(
  gh: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const existing = await findStickyComments(gh, options);
  return post(gh, options, existing);
}

/**
 * Like upsertStickyComment, but only where the comment exists already: undefined (nothing
 * written) when there is none. For news that only matters to someone who saw the comment,
 * such as "the changes are gone".
 */
export async function updateStickyComment(
  gh: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult | undefined> {
  const existing = await findStickyComments(gh, options);
  return existing.length ? post(gh, options, existing) : undefined;
}

/** Deletes every comment with this key; returns how many there were. */
export async function deleteStickyComments(
  gh: GitHubClient,
  options: Pick<StickyCommentOptions, 'repo' | 'issueNumber' | 'key'>,
): Promise<number> {
  const existing = await findStickyComments(gh, options);
  for (const c of existing) await deleteComment(gh, options, c.id);
  return existing.length;
}

type FoundComment = { id: number; html_url: string; body?: string | null };

async function post(
  gh: GitHubClient,
  options: StickyCommentOptions,
  existing: readonly FoundComment[],
): Promise<StickyCommentResult> {
  const { repo, issueNumber } = options;
  const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
  const mode = options.mode ?? 'update';
  const { body, level, truncated } = stickyCommentBody(options);
  const shape = { level, truncated };
  const latest = existing.at(-1);

  if (latest && reportOf(latest.body ?? '') === reportOf(body)) {
    gh.log.info(`Comment ${latest.html_url} is up to date.`);
    return { id: latest.id, url: latest.html_url, outcome: 'unchanged', ...shape };
  }
  if (latest && mode === 'update') {
    const { data } = await withGitHubErrors(
      { what: `updating comment ${latest.id} on ${where}`, permission: 'pull-requests: write' },
      () => gh.octokit.rest.issues.updateComment({ ...repo, comment_id: latest.id, body }),
    );
    gh.log.info(`Updated comment ${data.html_url}`);
    return { id: data.id, url: data.html_url, outcome: 'updated', ...shape };
  }
  if (mode === 'recreate') for (const c of existing) await deleteComment(gh, options, c.id);
  const { data } = await withGitHubErrors(
    { what: `commenting on ${where}`, permission: 'pull-requests: write' },
    () => gh.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }),
  );
  gh.log.info(`Created comment ${data.html_url}`);
  const outcome = mode === 'recreate' && existing.length ? 'recreated' : 'created';
  return { id: data.id, url: data.html_url, outcome, ...shape };
}

async function deleteComment(
  gh: GitHubClient,
  options: Pick<StickyCommentOptions, 'repo' | 'issueNumber'>,
  id: number,
): Promise<void> {
  const { repo, issueNumber } = options;
  await withGitHubErrors(
    {
      what: `deleting comment ${id} on ${repo.owner}/${repo.repo}#${issueNumber}`,
      permission: 'pull-requests: write',
    },
    () => gh.octokit.rest.issues.deleteComment({ ...repo, comment_id: id }),
  );
  gh.log.info(`Deleted comment ${id} on ${repo.owner}/${repo.repo}#${issueNumber}.`);
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

/** Every comment with the key's marker, oldest first. */
async function findStickyComments(
  gh: GitHubClient,
  options: Pick<StickyCommentOptions, 'repo' | 'issueNumber' | 'key'>,
): Promise<FoundComment[]> {
  const { repo, issueNumber } = options;
  const marker = stickyMarker(options.key);
  return withGitHubErrors(
    {
      what: `reading the comments of ${repo.owner}/${repo.repo}#${issueNumber}`,
      permission: 'pull-requests: read',
    },
    async () => {
      const found: FoundComment[] = [];
      const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      // The marker must open the body: a reply quoting our comment carries it further down.
      for await (const { data } of pages)
        found.push(...data.filter((c) => c.body?.startsWith(`${marker}\n`)));
      return found;
    },
  );
}
