// The stand-in itself: GitHub's documented shapes, so what passes against it holds on GitHub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { clientFor } from './helpers.js';

let server: GitHubServer;
let token: string;

beforeAll(async () => {
  server = await startGitHubServer();
  token = server.issueToken();
  await server.createRepo('acme/app', { files: { 'a.yaml': 'a: 1\n' } });
});
afterAll(() => server.close());

const call = (path: string, init: RequestInit & { token?: string | null } = {}) =>
  fetch(server.url + path, {
    ...init,
    headers: {
      ...(init.token === null ? {} : { authorization: `token ${init.token ?? token}` }),
      'content-type': 'application/json',
    },
  });

describe('GitHub API stand-in', () => {
  it("answers GitHub's error bodies for 401 and unknown endpoints", async () => {
    const anonymous = await call('/repos/acme/app', { token: null });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const bad = await call('/repos/acme/app', { token: 'nope' });
    expect(await bad.json()).toMatchObject({ message: 'Bad credentials', status: '401' });
    const unknown = await call('/repos/acme/app/no-such-endpoint');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: 'Not Found' });
  });

  it('paginates with a Link header that octokit follows', async () => {
    const issue = await server.openIssue('acme/app');
    for (let i = 0; i < 65; i++) server.addComment('acme/app', issue, `c${i}`);
    const first = await call(`/repos/acme/app/issues/${issue}/comments?per_page=30`);
    expect(first.headers.get('link')).toBe(
      `<${server.url}/repos/acme/app/issues/${issue}/comments?per_page=30&page=2>; rel="next", ` +
        `<${server.url}/repos/acme/app/issues/${issue}/comments?per_page=30&page=3>; rel="last"`,
    );
    const gh = clientFor(server, token);
    const all = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'app',
      issue_number: issue,
      per_page: 30,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 65 }, (_, i) => `c${i}`));
  });

  it('refuses a second open pull request for the same branch with 422', async () => {
    await server.push('acme/app', 'topic', { 'b.yaml': 'b\n' });
    const open = () =>
      call('/repos/acme/app/pulls', {
        method: 'POST',
        body: JSON.stringify({ title: 't', head: 'topic', base: 'main' }),
      });
    expect((await open()).status).toBe(201);
    const second = await open();
    expect(second.status).toBe(422);
    expect(await second.json()).toEqual({
      message: 'Validation Failed',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:topic.',
        },
      ],
      status: '422',
    });
  });

  it('marks a pull request merged when its head becomes part of the base, as GitHub does', async () => {
    const head = await server.push('acme/app', 'merged-by-push', { 'c.yaml': 'c\n' });
    const number = await server.openIssue('acme/app', { pull: { head: 'merged-by-push' } });
    const res = await call('/repos/acme/app/git/refs/heads/main', {
      method: 'PATCH',
      body: JSON.stringify({ sha: head }),
    });
    expect(res.status).toBe(200);
    const pull = server.pullRequests('acme/app').find((p) => p.number === number)!;
    expect(pull.state).toBe('closed');
    expect(pull.pull!.merged).toBe(true);
  });

  it('runs createCommitOnBranch with GitHub’s errors and only the selected fields', async () => {
    const gh = clientFor(server, token);
    const head = (await server.repo('acme/app').git.branchHead('main'))!;
    const mutation = `mutation ($input: CreateCommitOnBranchInput!) {
      createCommitOnBranch(input: $input) { commit { oid short: abbreviatedOid } }
    }`;
    const input = (expectedHeadOid: string) => ({
      branch: { repositoryNameWithOwner: 'acme/app', branchName: 'main' },
      expectedHeadOid,
      message: { headline: 'Add d' },
      fileChanges: {
        additions: [{ path: 'd/e.yaml', contents: Buffer.from('d: 1\n').toString('base64') }],
      },
    });
    const stale = await gh.octokit
      .graphql(mutation, { input: input('0'.repeat(40)) })
      .catch((e: unknown) => e);
    expect(stale).toMatchObject({
      errors: [
        {
          type: 'STALE_DATA',
          path: ['createCommitOnBranch'],
          message: `Expected branch to point to "${'0'.repeat(40)}" but it did not.  Pull and try again.`,
        },
      ],
    });
    const done = await gh.octokit.graphql<{ createCommitOnBranch: unknown }>(mutation, {
      input: input(head),
    });
    const oid = (await server.repo('acme/app').git.branchHead('main'))!;
    expect(done).toEqual({ createCommitOnBranch: { commit: { oid, short: oid.slice(0, 7) } } });

    const unknownField = await gh.octokit
      .graphql('mutation { mergeBranch(input: {}) { clientMutationId } }')
      .catch((e: unknown) => e);
    expect(unknownField).toMatchObject({
      errors: [
        {
          extensions: { code: 'undefinedField', typeName: 'Mutation', fieldName: 'mergeBranch' },
          message: "Field 'mergeBranch' doesn't exist on type 'Mutation'",
        },
      ],
    });
  });

  it('answers 403 to every write of a read-only token, in REST and GraphQL', async () => {
    const readOnly = server.issueToken({ readOnly: true });
    const rest = await call('/repos/acme/app/git/refs', {
      method: 'POST',
      token: readOnly,
      body: JSON.stringify({ ref: 'refs/heads/x', sha: 'a'.repeat(40) }),
    });
    expect(rest.status).toBe(403);
    expect(await rest.json()).toMatchObject({
      message: 'Resource not accessible by integration',
      status: '403',
    });
    const gh = clientFor(server, readOnly);
    const head = (await server.repo('acme/app').git.branchHead('main'))!;
    const err = await gh.octokit
      .graphql(
        'mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }',
        {
          input: {
            branch: { repositoryNameWithOwner: 'acme/app', branchName: 'main' },
            expectedHeadOid: head,
            message: { headline: 'x' },
          },
        },
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
    });
  });
});

describe('GitHub API stand-in: what the diff and bump actions added', () => {
  it('reopens a closed pull request only as GitHub would', async () => {
    await server.push('acme/app', 'reopen', { 'r.yaml': 'r: 1\n' });
    const number = await server.openIssue('acme/app', { pull: { head: 'reopen' } });
    const patch = (state: string) =>
      call(`/repos/acme/app/pulls/${number}`, {
        method: 'PATCH',
        body: JSON.stringify({ state }),
      });
    expect((await patch('closed')).status).toBe(200);
    expect((await patch('open')).status).toBe(200);
    expect((await patch('closed')).status).toBe(200);
    // Force-pushed since it was closed: GitHub refuses "Reopen".
    const repo = server.repo('acme/app');
    await repo.git.setBranch('reopen', (await repo.git.branchHead('main'))!);
    const refused = await patch('open');
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { message: 'state cannot be changed. The reopen branch was force-pushed or recreated.' },
      ],
    });
  });

  it('assigns collaborators and leaves others out without an error; opens drafts', async () => {
    await server.push('acme/app', 'draft', { 'd.yaml': 'd: 1\n' });
    server.repo('acme/app').collaborators.add('alice');
    const gh = clientFor(server, token);
    const { data: pull } = await gh.octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'app',
      head: 'draft',
      base: 'main',
      title: 'Draft',
      draft: true,
    });
    expect(pull.draft).toBe(true);
    const { status, data } = await gh.octokit.rest.issues.addAssignees({
      owner: 'acme',
      repo: 'app',
      issue_number: pull.number,
      assignees: ['alice', 'mallory'],
    });
    expect(status).toBe(201);
    expect(data.assignees?.map((a) => a.login)).toEqual(['alice']);
  });

  it('removes a label, and answers 404 for one the issue does not have', async () => {
    const issue = await server.openIssue('acme/app');
    const gh = clientFor(server, token);
    const where = { owner: 'acme', repo: 'app', issue_number: issue };
    await gh.octokit.rest.issues.addLabels({ ...where, labels: ['a', 'b'] });
    const { data } = await gh.octokit.rest.issues.removeLabel({ ...where, name: 'a' });
    expect(data.map((l) => l.name)).toEqual(['b']);
    await expect(gh.octokit.rest.issues.removeLabel({ ...where, name: 'a' })).rejects.toMatchObject(
      {
        status: 404,
        message: expect.stringContaining('Label does not exist'),
      },
    );
  });

  it('deletes a comment', async () => {
    const issue = await server.openIssue('acme/app');
    const id = server.addComment('acme/app', issue, 'bye');
    expect((await call(`/repos/acme/app/issues/comments/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect(server.comments('acme/app', issue)).toEqual([]);
    expect((await call(`/repos/acme/app/issues/comments/${id}`, { method: 'DELETE' })).status).toBe(
      404,
    );
  });
});
