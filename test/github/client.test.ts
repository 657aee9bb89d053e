import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createGitHub,
  parseRepo,
  pullRequestBranch,
  syncPullRequest,
  upsertStickyComment,
  withGitHubErrors,
  workflowRunUrl,
  type GitHubClient,
} from '../../src/github/index.js';
import { UserError } from '../../src/util/errors.js';
import {
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
  startGitHubServer,
  type GitHubServer,
} from '../support/github-server/index.js';
import { clientFor } from './helpers.js';

const FULL = 'acme/web';
const REPO = { owner: 'acme', repo: 'web' };

let server: GitHubServer;
let token: string;
let issue: number;

beforeAll(async () => {
  server = await startGitHubServer();
  token = server.issueToken();
  await server.createRepo(FULL);
  issue = await server.openIssue(FULL);
});
afterAll(() => server.close());

const comment = (gh: GitHubClient, body = 'report', issueNumber = issue, repo = REPO) =>
  upsertStickyComment(gh, {
    repo,
    issueNumber,
    key: { action: 'diff', command: 'diff', targets: [body] },
    bodies: [body],
  });

/** The error a call fails with, checked to be a UserError that does not reveal `secret`. */
async function failure(call: Promise<unknown>, secret: string): Promise<UserError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect(inspect(err, { depth: 20 })).not.toContain(secret);
  return err as UserError;
}

const statusesOf = (method: string, path: string | RegExp) =>
  server.requests
    .filter(
      (r) =>
        r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    )
    .map((r) => r.status);

describe('createGitHub', () => {
  it('asks for a token when there is none', () => {
    for (const missing of [undefined, '', '  ']) {
      expect(() => createGitHub({ token: missing })).toThrow(UserError);
    }
    try {
      createGitHub({ token: '' });
    } catch (err) {
      expect((err as UserError).format()).toContain('Set the `github-token` input');
    }
  });

  it('talks to GitHub Enterprise Server at GITHUB_API_URL (…/api/v3)', async () => {
    vi.stubEnv('GITHUB_API_URL', server.ghesApiUrl);
    try {
      const gh = createGitHub({ token, paceWrites: false, secondMs: 1, log: quiet });
      const result = await comment(gh, 'from GHES');
      expect(result.outcome).toBe('created');
      expect(server.requests.at(-1)).toMatchObject({
        method: 'POST',
        prefix: '/api/v3',
        path: `/repos/${FULL}/issues/${issue}/comments`,
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a GITHUB_API_URL that is not a URL', () => {
    expect(() => createGitHub({ token, apiUrl: 'ghes.example.com/api/v3' })).toThrow(
      /GITHUB_API_URL is not a URL/,
    );
  });

  it('masks the token in the workflow log when running in GitHub Actions', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    try {
      createGitHub({ token, apiUrl: server.url });
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
    expect(written.join('')).toContain(`::add-mask::${token}`);
  });
});

describe('error messages', () => {
  it('401: the token is invalid or expired', async () => {
    const bad = 'ghs_not_a_real_token_0123456789';
    const err = await failure(comment(clientFor(server, bad)), bad);
    expect(err.message).toBe(
      `GitHub rejected the token while reading the comments of ${FULL}#${issue} (401 Bad credentials).`,
    );
    expect(err.hint).toContain('invalid or expired');
  });

  it("403 with a fork's read-only token: which permission, and the workflow_run pattern", async () => {
    const readOnly = server.issueToken({ readOnly: true });
    const err = await failure(comment(clientFor(server, readOnly)), readOnly);
    expect(err.message).toBe(
      `GitHub refused commenting on ${FULL}#${issue} (403 Resource not accessible by integration).`,
    );
    expect(err.hint).toContain('add `pull-requests: write` to the job');
    expect(err.hint).toContain('`workflow_run`');
  });

  it('403 on a read-only token from the GraphQL commit (FORBIDDEN)', async () => {
    server.failNext({ path: '/graphql' }, 1, {
      status: 200,
      body: {
        data: { createCommitOnBranch: null },
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['createCommitOnBranch'],
            message: 'Resource not accessible by integration',
          },
        ],
      },
    });
    const err = await failure(bump(clientFor(server, token), 'forbidden'), token);
    expect(err.message).toMatch(
      /^GitHub refused committing to shipshape\/image-bump\/forbidden in acme\/web \(Resource not accessible by integration\)/,
    );
    expect(err.hint).toContain('add `contents: write`');
  });

  it('404: names what was looked for and why a token may not see it', async () => {
    const err = await failure(
      comment(clientFor(server, token), 'x', 1, { owner: 'acme', repo: 'private' }),
      token,
    );
    expect(err.message).toBe(
      'GitHub answered 404 Not Found while reading the comments of acme/private#1.',
    );
    expect(err.hint).toContain('GITHUB_TOKEN reaches only the repository running the workflow');
  });

  it("422: GitHub's validation details", async () => {
    const gh = clientFor(server, token);
    const err = await failure(
      withGitHubErrors({ what: 'opening a pull request', permission: 'pull-requests: write' }, () =>
        gh.octokit.rest.pulls.create({ ...REPO, base: 'main', head: 'no-such-branch', title: 't' }),
      ),
      token,
    );
    expect(err.message).toBe(
      'GitHub rejected opening a pull request (422 Validation Failed: PullRequest head invalid).',
    );
  });

  it('403 when Actions may not open pull requests: the setting to change', async () => {
    const full = 'acme/locked';
    const repo = await server.createRepo(full, { files: { 'a.yaml': 'a: 1\n' } });
    repo.actionsCanCreatePullRequests = false;
    const gh = clientFor(server, token);
    const err = await failure(
      syncPullRequest(gh, {
        repo: { owner: 'acme', repo: 'locked' },
        branch: 'shipshape/image-bump/a',
        title: 't',
        body: 'b',
        commitMessage: 'm',
        changes: [{ path: 'a.yaml', content: 'a: 2\n' }],
      }),
      token,
    );
    expect(err.message).toContain(
      'GitHub Actions is not permitted to create or approve pull requests.',
    );
    expect(err.hint).toContain('Allow GitHub Actions to create and approve pull requests');
  });

  it('a branch moved underneath the commit (STALE_DATA): re-run, and use concurrency', async () => {
    server.failNext({ path: '/graphql' }, 1, {
      status: 200,
      body: {
        data: { createCommitOnBranch: null },
        errors: [
          {
            type: 'STALE_DATA',
            path: ['createCommitOnBranch'],
            message: 'Expected branch to point to "abc" but it did not.  Pull and try again.',
          },
        ],
      },
    });
    const err = await failure(bump(clientFor(server, token), 'stale'), token);
    expect(err.message).toMatch(
      /^The branch moved while committing to shipshape\/image-bump\/stale/,
    );
    expect(err.hint).toContain('`concurrency:`');
  });

  it('an unreachable API: check the network and GITHUB_API_URL', async () => {
    const gh = clientFor(server, token, { apiUrl: 'http://127.0.0.1:9', maxRetries: 1 });
    const err = await failure(comment(gh), token);
    expect(err.message).toMatch(/^Could not reach GitHub while reading the comments/);
    expect(err.hint).toContain('GITHUB_API_URL');
  });
});

describe('rate limits and retries', () => {
  it("honours a secondary rate limit's retry-after, then succeeds", async () => {
    const gh = clientFor(server, token);
    const path = `/repos/${FULL}/issues/${issue}/comments`;
    server.failNext({ method: 'POST', path }, 1, secondaryRateLimit({ retryAfter: 7 }));
    server.failNext(
      { method: 'POST', path },
      1,
      secondaryRateLimit({ retryAfter: 2, status: 429 }),
    );
    const before = statusesOf('POST', path).length;
    const result = await comment(gh, 'rate limited');
    expect(result.outcome).toBe('created');
    expect(statusesOf('POST', path).slice(before)).toEqual([403, 429, 201]);
    expect(gh.captured.warning).toEqual([
      expect.stringMatching(
        /^GitHub secondary rate limit on POST .*\/comments: waiting 7 s as GitHub asks \(retry 1 of 3\)\.$/,
      ),
      expect.stringMatching(/waiting 2 s as GitHub asks \(retry 2 of 3\)\.$/),
    ]);
  });

  it('gives up after a bounded number of retries, with advice', async () => {
    const gh = clientFor(server, token, { maxRetries: 2 });
    const path = `/repos/${FULL}/issues/${issue}/comments`;
    server.failNext({ method: 'POST', path }, 10, secondaryRateLimit());
    const before = statusesOf('POST', path).length;
    const err = await failure(comment(gh, 'never posted'), token);
    expect(err.message).toBe(
      `GitHub's secondary rate limit stopped commenting on ${FULL}#${issue}, also after the retries GitHub asked for.`,
    );
    expect(err.hint).toContain('`concurrency:`');
    expect(statusesOf('POST', path).slice(before)).toEqual([403, 403, 403]);
    server.clearFaults();
  });

  it('does not wait out an exhausted hourly quota', async () => {
    const gh = clientFor(server, token);
    server.failNext(
      { method: 'GET', path: `/repos/${FULL}/issues/${issue}/comments` },
      1,
      primaryRateLimit({ resetInSeconds: 1800 }),
    );
    const err = await failure(comment(gh, 'quota'), token);
    expect(err.message).toMatch(
      /^GitHub's API rate limit for this token is used up until \d{4}-\d\d-\d\dT.*; stopped reading the comments/,
    );
  });

  it('retries server errors (5xx)', async () => {
    const gh = clientFor(server, token);
    const path = `/repos/${FULL}/issues/${issue}/comments`;
    server.failNext({ method: 'POST', path }, 2, serverError(502));
    const before = statusesOf('POST', path).length;
    expect((await comment(gh, 'after 502')).outcome).toBe('created');
    expect(statusesOf('POST', path).slice(before)).toEqual([502, 502, 201]);
  });
});

describe('workflow context', () => {
  it('builds the link to the workflow run', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://ghes.example.com/',
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_RUN_ID: '991',
    };
    expect(workflowRunUrl(env)).toBe('https://ghes.example.com/acme/web/actions/runs/991');
    expect(workflowRunUrl({})).toBeUndefined();
  });

  it('parses owner/name', () => {
    expect(parseRepo('acme/web')).toEqual({ owner: 'acme', repo: 'web' });
    expect(() => parseRepo('acme')).toThrow('Not a repository name: "acme"');
  });
});

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };

function bump(gh: GitHubClient, group: string) {
  return syncPullRequest(gh, {
    repo: REPO,
    branch: pullRequestBranch('image-bump', group),
    title: 'Bump',
    body: 'Bump',
    commitMessage: 'Bump',
    changes: [{ path: `${group}.yaml`, content: 'image: app:2\n' }],
  });
}
