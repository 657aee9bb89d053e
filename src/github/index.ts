// The GitHub side of the actions: client, sticky comments, job summaries, pull requests.
export {
  createGitHub,
  type CreateGitHubOptions,
  type GitHubClient,
  type Logger,
  type Octokit,
  type RepoRef,
} from './client.js';
export { parseRepo, workflowRunUrl } from './context.js';
export { explainGitHubError, withGitHubErrors, type Operation } from './errors.js';
export {
  COMMENT_LIMIT,
  fitCommentBody,
  stickyMarker,
  upsertStickyComment,
  type StickyCommentOptions,
  type StickyCommentResult,
  type StickyKey,
} from './comments.js';
export { SUMMARY_LIMIT_BYTES, writeJobSummary, type JobSummaryResult } from './summary.js';
export { fitMarkdown, truncateMarkdown, type FitOptions, type Fitted } from './markdown-fit.js';
export type { FileChange, FileContent } from './git-objects.js';
export {
  closeStalePullRequests,
  pullRequestBranch,
  syncPullRequest,
  type CloseStaleOptions,
  type PullRequestResult,
  type PullRequestSpec,
} from './pulls.js';
export { pullRequestAtHead, type PullRequestRef } from './workflow-run.js';
