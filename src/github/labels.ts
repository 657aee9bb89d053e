/** A label that says something about a pull request's state, e.g. "this changes the rendered objects". */
import type { GitHubClient, RepoRef } from './client.js';
import { statusOf, withGitHubErrors } from './errors.js';

export type LabelOutcome = 'added' | 'removed' | 'unchanged';

/**
 * Puts `label` on the issue or pull request when `present`, takes it off otherwise; reads
 * the labels first, so a run that changes nothing writes nothing. Adding a label the
 * repository does not have creates it (GitHub's rule), which needs `issues: write`.
 */
export async function setLabel(
  gh: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  label: string,
  present: boolean,
): Promise<LabelOutcome> {
  const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
  const labels = await withGitHubErrors(
    { what: `reading the labels of ${where}`, permission: 'pull-requests: read' },
    () =>
      gh.octokit.paginate(gh.octokit.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
  );
  // GitHub compares label names without regard to case.
  const has = labels.some((l) => l.name.toLowerCase() === label.toLowerCase());
  if (has === present) return 'unchanged';
  if (present) {
    await withGitHubErrors(
      {
        what: `adding the label ${label} to ${where}`,
        permission: 'pull-requests: write (and issues: write when the label is new)',
      },
      () =>
        gh.octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [label] }),
    );
    gh.log.info(`Labelled ${where} ${label}.`);
    return 'added';
  }
  try {
    await gh.octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
  } catch (err) {
    // Removed by someone else since we read the labels: the label is off, as wanted.
    if (statusOf(err) !== 404)
      return withGitHubErrors(
        { what: `removing the label ${label} from ${where}`, permission: 'pull-requests: write' },
        () => Promise.reject(err),
      );
  }
  gh.log.info(`Removed the label ${label} from ${where}.`);
  return 'removed';
}
