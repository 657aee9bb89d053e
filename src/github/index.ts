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
  COMMENT_MODES,
  deleteStickyComments,
  fitCommentBody,
  stickyCommentBody,
  stickyMarker,
  updateStickyComment,
  upsertStickyComment,
  type CommentMode,
  type StickyCommentOptions,
  type StickyCommentResult,
  type StickyKey,
} from './comments.js';
export { SUMMARY_LIMIT_BYTES, writeJobSummary, type JobSummaryResult } from './summary.js';
export { fitMarkdown, truncateMarkdown, type FitOptions, type Fitted } from './markdown-fit.js';
export type { FileChange, FileContent } from './git-objects.js';
export {
  checkBranchPrefix,
  closeStalePullRequests,
  declinedProposals,
  pullRequestBranch,
  syncPullRequest,
  withProposals,
  type CloseStaleOptions,
  type DeclinedOptions,
  type DeclinedProposal,
  type Proposal,
  type PullRequestResult,
  type PullRequestSpec,
} from './pulls.js';
export { pullRequestAtHead, type PullRequestRef } from './workflow-run.js';
export { setLabel, type LabelOutcome } from './labels.js';
export { annotateErrors, repositoryPath, type Problem } from './annotations.js';
