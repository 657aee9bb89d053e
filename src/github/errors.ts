/**
 * GitHub's errors turned into messages a workflow author can act on. The messages carry
 * what was being done, GitHub's own words and the fix; never the token (octokit redacts it
 * from the request it keeps, and nothing here reads headers that carry it).
 */
import { UserError } from '../util/errors.js';

/** What a call was doing, and the `permissions:` entry that allows it. */
export interface Operation {
  what: string;
  permission: string;
}

/** Runs `fn`, turning a GitHub error into a UserError that says what to do. */
export async function withGitHubErrors<T>(op: Operation, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw explainGitHubError(err, op);
  }
}

// Octokit's RequestError and GraphqlResponseError, by shape: importing their packages would
// add dependencies of our own.
interface HttpError extends Error {
  status: number;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}
interface GraphqlError extends Error {
  errors: { type?: string; message: string; extensions?: { code?: string } }[];
}

const FORK_HINT =
  'On `pull_request` events from forks GITHUB_TOKEN is read-only whatever `permissions:` says: ' +
  'compute in the `pull_request` workflow and write from a `workflow_run` workflow (docs/github.md).';

export function explainGitHubError(err: unknown, op: Operation): Error {
  if (err instanceof UserError) return err;
  if (isGraphqlError(err)) return explainGraphql(err, op);
  if (!isHttpError(err)) return err instanceof Error ? err : new Error(String(err));

  const status = err.status;
  const said = githubMessage(err);
  const headers = err.response?.headers ?? {};
  const fail = (message: string, hint: string) => new UserError(message, {}, hint, { cause: err });

  if (!err.response) {
    return fail(
      `Could not reach GitHub while ${op.what}: ${said}.`,
      'Check the network and GITHUB_API_URL (on GitHub Enterprise Server: https://HOST/api/v3).',
    );
  }
  if (status === 401) {
    return fail(
      `GitHub rejected the token while ${op.what} (401 ${said}).`,
      'The token is invalid or expired: pass `github-token: ${{ github.token }}` or a current ' +
        'GitHub App / personal access token.',
    );
  }
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(said)) {
    return fail(
      `GitHub's secondary rate limit stopped ${op.what}, also after the retries GitHub asked for.`,
      'Re-run the job in a few minutes. If it recurs, let fewer shipshape jobs run at once ' +
        '(`concurrency:` in the workflow) or make fewer groups.',
    );
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = reset ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return fail(
      `GitHub's API rate limit for this token is used up${when}; stopped ${op.what}.`,
      'Re-run after the reset, or use a token with its own quota (a GitHub App token).',
    );
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(said)) {
    return fail(
      `GitHub refused ${op.what}: ${said}`,
      'Allow it under Settings → Actions → General → "Allow GitHub Actions to create and approve ' +
        'pull requests" (organisation and repository), or pass a GitHub App token as `github-token`.',
    );
  }
  if (status === 403) {
    return fail(
      `GitHub refused ${op.what} (403 ${said}).`,
      `The token lacks a permission: add \`${op.permission}\` to the job's \`permissions:\` block. ` +
        FORK_HINT,
    );
  }
  if (status === 404) {
    return fail(
      `GitHub answered 404 Not Found while ${op.what}.`,
      'Check the repository, branch or number. GitHub also answers 404 when the token cannot see ' +
        'the repository: GITHUB_TOKEN reaches only the repository running the workflow.',
    );
  }
  if (status === 422) {
    return fail(
      `GitHub rejected ${op.what} (422 ${said}).`,
      'GitHub names the invalid part above.',
    );
  }
  if (status >= 500) {
    return fail(
      `GitHub failed while ${op.what} (${status} ${said}), also on retry.`,
      'GitHub is having trouble (https://www.githubstatus.com): re-run the job later.',
    );
  }
  return fail(`GitHub answered ${status} while ${op.what}: ${said}`, "See GitHub's message above.");
}

function explainGraphql(err: GraphqlError, op: Operation): Error {
  const first = err.errors[0];
  const said = err.errors.map((e) => e.message).join('; ');
  const fail = (message: string, hint: string) => new UserError(message, {}, hint, { cause: err });
  switch (first?.type) {
    case 'FORBIDDEN':
      return fail(
        `GitHub refused ${op.what} (${said}).`,
        `The token lacks a permission: add \`${op.permission}\` to the job's \`permissions:\` block. ` +
          FORK_HINT,
      );
    case 'NOT_FOUND':
      return fail(
        `GitHub could not find what ${op.what} needs: ${said}`,
        'Check the repository and branch names.',
      );
    case 'STALE_DATA':
      return fail(
        `The branch moved while ${op.what} (${said}).`,
        'Another run or person pushed to it at the same time. Re-run the job; a `concurrency:` group ' +
          'in the workflow keeps runs from overlapping.',
      );
    case 'RATE_LIMITED':
      return fail(
        `GitHub's GraphQL rate limit stopped ${op.what}.`,
        'Re-run the job after the limit resets (at most an hour).',
      );
    default:
      return fail(`GitHub rejected ${op.what}: ${said}`, "See GitHub's message above.");
  }
}

/** GitHub's message with the details of a validation error, without its documentation link. */
function githubMessage(err: HttpError): string {
  const data = err.response?.data as
    | {
        message?: string;
        errors?: (
          { message?: string; resource?: string; field?: string; code?: string } | string
        )[];
      }
    | undefined;
  if (!data?.message) return err.message;
  const details = (data.errors ?? []).map((e) =>
    typeof e === 'string'
      ? e
      : (e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' ')),
  );
  return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
}

function isHttpError(err: unknown): err is HttpError {
  return err instanceof Error && typeof (err as HttpError).status === 'number';
}

export function isGraphqlError(err: unknown): err is GraphqlError {
  return err instanceof Error && Array.isArray((err as GraphqlError).errors);
}

/** HTTP status of an octokit error, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  return isHttpError(err) ? err.status : undefined;
}
