/**
 * The REST endpoints the code under test uses, with GitHub's status codes, validation
 * errors and Link pagination. Paths are relative to the API root (`/` on github.com,
 * `/api/v3` on GitHub Enterprise Server).
 */
import { BareRepo, type TreeEdit } from './git.js';
import { fail, notFound, validationFailed, type Reply } from './responses.js';
import {
  identityOf,
  now,
  type CommentState,
  type IssueState,
  type RepoState,
  type TokenInfo,
  type World,
} from './state.js';

export interface Ctx {
  world: World;
  method: string;
  params: string[];
  query: URLSearchParams;
  // Request bodies are whatever the client sent; handlers check the fields they read.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  user: TokenInfo;
  /** API root as the client called it, e.g. http://127.0.0.1:1234/api/v3 */
  api: string;
  /** Web root, for html_url fields. */
  web: string;
}

type Handler = (ctx: Ctx) => Promise<Reply> | Reply;

const D = 'https://docs.github.com/rest';
const LIMIT = 65_536;

export const routes: [method: string, pattern: RegExp, handler: Handler][] = [];
const route = (method: string, path: string, handler: Handler) => {
  const pattern = new RegExp(
    '^' + path.replace(/:\w+\*/g, '(.+)').replace(/:\w+/g, '([^/]+)') + '$',
  );
  routes.push([method, pattern, handler]);
};

function repoOf(ctx: Ctx, docs = D): RepoState {
  const repo = ctx.world.repo(ctx.params[0], ctx.params[1]);
  if (!repo) throw notFound(docs);
  return repo;
}

function issueOf(
  ctx: Ctx,
  repo: RepoState,
  docs: string,
  number = Number(ctx.params[2]),
): IssueState {
  const issue = repo.issues.get(number);
  if (!issue) throw notFound(docs);
  return issue;
}

// ---- JSON shapes -----------------------------------------------------------------------

function userJson(ctx: Ctx, user: Pick<TokenInfo, 'login' | 'id' | 'type'>) {
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`04:User${user.id}`).toString('base64'),
    type: user.type,
    site_admin: false,
    url: `${ctx.api}/users/${user.login}`,
    html_url: `${ctx.web}/${user.login}`,
  };
}

function repoJson(ctx: Ctx, repo: RepoState) {
  return {
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: repo.fullName,
    private: true,
    owner: {
      login: repo.owner,
      id: repo.id + 1,
      type: 'Organization',
      url: `${ctx.api}/users/${repo.owner}`,
    },
    html_url: `${ctx.web}/${repo.fullName}`,
    url: `${ctx.api}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
    permissions: {
      admin: false,
      maintain: false,
      push: !ctx.user.readOnly,
      triage: !ctx.user.readOnly,
      pull: true,
    },
  };
}

function issueHtml(ctx: Ctx, repo: RepoState, issue: IssueState) {
  return `${ctx.web}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}

function commentJson(ctx: Ctx, repo: RepoState, c: CommentState) {
  const issue = repo.issues.get(c.issueNumber)!;
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: `${ctx.api}/repos/${repo.fullName}/issues/comments/${c.id}`,
    html_url: `${issueHtml(ctx, repo, issue)}#issuecomment-${c.id}`,
    issue_url: `${ctx.api}/repos/${repo.fullName}/issues/${issue.number}`,
    body: c.body,
    user: userJson(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'CONTRIBUTOR',
  };
}

const labelJson = (ctx: Ctx, repo: RepoState, name: string) => ({
  id: [...repo.labels].indexOf(name) + 1,
  name,
  color: 'ededed',
  default: false,
  url: `${ctx.api}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
});

/** An issue, as the issue endpoints return it (pull requests included, with `pull_request`). */
function issueJson(ctx: Ctx, repo: RepoState, issue: IssueState) {
  return {
    url: `${ctx.api}/repos/${repo.fullName}/issues/${issue.number}`,
    id: repo.id * 1000 + issue.number,
    html_url: issueHtml(ctx, repo, issue),
    number: issue.number,
    state: issue.state,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx, issue.user),
    labels: issue.labels.map((l) => labelJson(ctx, repo, l)),
    assignees: issue.assignees.map((login) => userJson(ctx, { login, id: 1, type: 'User' })),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt ?? null,
    ...(issue.pull
      ? { pull_request: { url: `${ctx.api}/repos/${repo.fullName}/pulls/${issue.number}` } }
      : {}),
  };
}

async function pullJson(ctx: Ctx, repo: RepoState, issue: IssueState) {
  const pull = issue.pull!;
  const side = async (ref: string, sha: string | undefined) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha: sha ?? (await repo.git.branchHead(ref)),
    user: { login: repo.owner },
    repo: repoJson(ctx, repo),
  });
  return {
    url: `${ctx.api}/repos/${repo.fullName}/pulls/${issue.number}`,
    id: repo.id * 1000 + issue.number,
    html_url: issueHtml(ctx, repo, issue),
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx, issue.user),
    labels: issue.labels.map((l) => labelJson(ctx, repo, l)),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt ?? null,
    merged_at: pull.mergedAt ?? null,
    merged: pull.merged,
    draft: pull.draft ?? false,
    assignees: issue.assignees.map((login) => userJson(ctx, { login, id: 1, type: 'User' })),
    head: await side(pull.head, pull.headSha),
    base: await side(pull.base, undefined),
    requested_reviewers: pull.requestedReviewers.map((login) =>
      userJson(ctx, { login, id: 1, type: 'User' }),
    ),
    requested_teams: pull.requestedTeams.map((slug) => ({ slug, name: slug })),
  };
}

function refJson(ctx: Ctx, repo: RepoState, branch: string, sha: string) {
  return {
    ref: `refs/heads/${branch}`,
    node_id: Buffer.from(`03:Ref${branch}`).toString('base64'),
    url: `${ctx.api}/repos/${repo.fullName}/git/refs/heads/${branch}`,
    object: { sha, type: 'commit', url: `${ctx.api}/repos/${repo.fullName}/git/commits/${sha}` },
  };
}

async function gitCommitJson(ctx: Ctx, repo: RepoState, sha: string) {
  const c = await repo.git.readCommit(sha);
  const who = (i: typeof c.author) => ({
    name: i.name,
    email: i.email,
    date: new Date(i.time * 1000).toISOString(),
  });
  const reason = repo.verification.get(sha) ?? 'unsigned';
  return {
    sha,
    node_id: Buffer.from(`06:Commit${sha}`).toString('base64'),
    url: `${ctx.api}/repos/${repo.fullName}/git/commits/${sha}`,
    html_url: `${ctx.web}/${repo.fullName}/commit/${sha}`,
    author: who(c.author),
    committer: who(c.committer),
    message: c.message.replace(/\n$/, ''),
    tree: { sha: c.tree, url: `${ctx.api}/repos/${repo.fullName}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${ctx.api}/repos/${repo.fullName}/git/commits/${p}`,
      html_url: `${ctx.web}/${repo.fullName}/commit/${p}`,
    })),
    verification: {
      verified: reason === 'valid',
      reason,
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

async function treeJson(ctx: Ctx, repo: RepoState, sha: string, recursive: boolean) {
  const entries = await repo.git.listTree(sha, recursive);
  return {
    sha,
    url: `${ctx.api}/repos/${repo.fullName}/git/trees/${sha}`,
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: `${ctx.api}/repos/${repo.fullName}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
    })),
    truncated: false,
  };
}

/** One page of `items` and GitHub's Link header (per_page default 30, at most 100). */
function page<T>(ctx: Ctx, path: string, items: T[]): Reply {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30));
  const current = Math.max(1, Number(ctx.query.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${ctx.api}${path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current > 1) links.push(link(current - 1, 'prev'));
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'));
  return {
    status: 200,
    headers: links.length ? { link: links.join(', ') } : {},
    body: items.slice((current - 1) * perPage, current * perPage),
  };
}

const codePoints = (s: string) => [...s].length;

function checkBody(body: unknown, resource: string, docs: string) {
  if (typeof body === 'string' && codePoints(body) > LIMIT) {
    throw validationFailed(docs, {
      resource,
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${LIMIT} characters)`,
    });
  }
}

// ---- repositories --------------------------------------------------------------------

route('GET', '/repos/:owner/:repo', (ctx) => ({ status: 200, body: repoJson(ctx, repoOf(ctx)) }));

// ---- issue comments -------------------------------------------------------------------

const COMMENTS_DOCS = `${D}/issues/comments`;

route('GET', '/repos/:owner/:repo/issues/:number/comments', (ctx) => {
  const docs = `${COMMENTS_DOCS}#list-issue-comments`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number);
  const path = `/repos/${repo.fullName}/issues/${issue.number}/comments`;
  return page(
    ctx,
    path,
    comments.map((c) => commentJson(ctx, repo, c)),
  );
});

route('POST', '/repos/:owner/:repo/issues/:number/comments', (ctx) => {
  const docs = `${COMMENTS_DOCS}#create-an-issue-comment`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  if (typeof ctx.body?.body !== 'string') {
    throw validationFailed(docs, {
      resource: 'IssueComment',
      code: 'missing_field',
      field: 'body',
    });
  }
  checkBody(ctx.body.body, 'IssueComment', docs);
  const comment: CommentState = {
    id: ctx.world.nextId(),
    issueNumber: issue.number,
    body: ctx.body.body,
    user: ctx.user,
    createdAt: now(),
    updatedAt: now(),
  };
  repo.comments.set(comment.id, comment);
  return { status: 201, body: commentJson(ctx, repo, comment) };
});

route('PATCH', '/repos/:owner/:repo/issues/comments/:id', (ctx) => {
  const docs = `${COMMENTS_DOCS}#update-an-issue-comment`;
  const repo = repoOf(ctx, docs);
  const comment = repo.comments.get(Number(ctx.params[2]));
  if (!comment) throw notFound(docs);
  if (typeof ctx.body?.body !== 'string') {
    throw validationFailed(docs, {
      resource: 'IssueComment',
      code: 'missing_field',
      field: 'body',
    });
  }
  checkBody(ctx.body.body, 'IssueComment', docs);
  comment.body = ctx.body.body;
  comment.updatedAt = now();
  return { status: 200, body: commentJson(ctx, repo, comment) };
});

route('DELETE', '/repos/:owner/:repo/issues/comments/:id', (ctx) => {
  const docs = `${COMMENTS_DOCS}#delete-an-issue-comment`;
  const repo = repoOf(ctx, docs);
  if (!repo.comments.delete(Number(ctx.params[2]))) throw notFound(docs);
  return { status: 204 };
});

// ---- labels ---------------------------------------------------------------------------

route('GET', '/repos/:owner/:repo/issues/:number/labels', (ctx) => {
  const docs = `${D}/issues/labels#list-labels-for-an-issue`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  return page(
    ctx,
    `/repos/${repo.fullName}/issues/${issue.number}/labels`,
    issue.labels.map((l) => labelJson(ctx, repo, l)),
  );
});

route('DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', (ctx) => {
  const docs = `${D}/issues/labels#remove-a-label-from-an-issue`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  // Label names compare without regard to case.
  const at = issue.labels.findIndex((l) => l.toLowerCase() === ctx.params[3].toLowerCase());
  if (at < 0) throw fail(404, 'Label does not exist', docs);
  issue.labels.splice(at, 1);
  issue.updatedAt = now();
  return { status: 200, body: issue.labels.map((l) => labelJson(ctx, repo, l)) };
});

route('POST', '/repos/:owner/:repo/issues/:number/labels', (ctx) => {
  const docs = `${D}/issues/labels#add-labels-to-an-issue`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  const raw: unknown[] = Array.isArray(ctx.body) ? ctx.body : (ctx.body?.labels ?? []);
  const names = raw.map((l) => (typeof l === 'string' ? l : (l as { name?: string })?.name));
  if (!names.length || names.some((n) => typeof n !== 'string' || !n.trim() || n.length > 50)) {
    throw validationFailed(docs, { resource: 'Label', code: 'invalid', field: 'name' });
  }
  for (const name of names as string[]) {
    repo.labels.add(name); // GitHub creates a label it does not know yet
    if (!issue.labels.includes(name)) issue.labels.push(name);
  }
  return { status: 200, body: issue.labels.map((l) => labelJson(ctx, repo, l)) };
});

// ---- assignees ------------------------------------------------------------------------

route('POST', '/repos/:owner/:repo/issues/:number/assignees', (ctx) => {
  const docs = `${D}/issues/assignees#add-assignees-to-an-issue`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  const wanted: unknown = ctx.body?.assignees;
  if (!Array.isArray(wanted) || wanted.some((a) => typeof a !== 'string'))
    throw validationFailed(docs, { resource: 'Issue', code: 'invalid', field: 'assignees' });
  if (wanted.length > 10)
    throw validationFailed(docs, { resource: 'Issue', code: 'invalid', field: 'assignees' });
  // GitHub leaves out, without an error, whoever cannot be assigned (no access to the repository).
  for (const login of wanted as string[])
    if (repo.collaborators.has(login) && !issue.assignees.includes(login))
      issue.assignees.push(login);
  issue.updatedAt = now();
  return { status: 201, body: issueJson(ctx, repo, issue) };
});

// ---- pull requests --------------------------------------------------------------------

const PULLS_DOCS = `${D}/pulls/pulls`;

route('GET', '/repos/:owner/:repo/pulls', async (ctx) => {
  const docs = `${PULLS_DOCS}#list-pull-requests`;
  const repo = repoOf(ctx, docs);
  const state = ctx.query.get('state') ?? 'open';
  const head = ctx.query.get('head');
  const base = ctx.query.get('base');
  const pulls = repo
    .pulls()
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => !head || head === `${repo.owner}:${i.pull!.head}` || head === repo.owner)
    .filter((i) => !base || i.pull!.base === base)
    .sort((a, b) => b.number - a.number);
  return page(
    ctx,
    `/repos/${repo.fullName}/pulls`,
    await Promise.all(pulls.map((p) => pullJson(ctx, repo, p))),
  );
});

route('GET', '/repos/:owner/:repo/pulls/:number', async (ctx) => {
  const docs = `${PULLS_DOCS}#get-a-pull-request`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  if (!issue.pull) throw notFound(docs);
  return { status: 200, body: await pullJson(ctx, repo, issue) };
});

route('POST', '/repos/:owner/:repo/pulls', async (ctx) => {
  const docs = `${PULLS_DOCS}#create-a-pull-request`;
  const repo = repoOf(ctx, docs);
  if (ctx.user.type === 'Bot' && !repo.actionsCanCreatePullRequests) {
    throw fail(403, 'GitHub Actions is not permitted to create or approve pull requests.', docs);
  }
  const { title, body } = ctx.body ?? {};
  const base = String(ctx.body?.base ?? '');
  const head = String(ctx.body?.head ?? '').replace(new RegExp(`^${repo.owner}:`), '');
  if (typeof title !== 'string' || !title.trim()) {
    throw validationFailed(docs, {
      resource: 'PullRequest',
      code: 'missing_field',
      field: 'title',
    });
  }
  checkBody(body, 'PullRequest', docs);
  const baseSha = await repo.git.branchHead(base);
  if (!baseSha)
    throw validationFailed(docs, { resource: 'PullRequest', field: 'base', code: 'invalid' });
  const headSha = await repo.git.branchHead(head);
  if (!headSha)
    throw validationFailed(docs, { resource: 'PullRequest', field: 'head', code: 'invalid' });
  if (
    repo.pulls().some((i) => i.state === 'open' && i.pull!.head === head && i.pull!.base === base)
  ) {
    throw validationFailed(docs, {
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${repo.owner}:${head}.`,
    });
  }
  if (await repo.git.isAncestor(headSha, baseSha)) {
    throw validationFailed(docs, {
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${base} and ${head}`,
    });
  }
  const issue = repo.openIssue({
    title,
    body: typeof body === 'string' ? body : null,
    user: ctx.user,
    pull: {
      head,
      base,
      headSha,
      merged: false,
      requestedReviewers: [],
      requestedTeams: [],
      draft: ctx.body?.draft === true,
    },
  });
  return { status: 201, body: await pullJson(ctx, repo, issue) };
});

route('PATCH', '/repos/:owner/:repo/pulls/:number', async (ctx) => {
  const docs = `${PULLS_DOCS}#update-a-pull-request`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  if (!issue.pull) throw notFound(docs);
  const { title, body, state, base } = ctx.body ?? {};
  checkBody(body, 'PullRequest', docs);
  if (base !== undefined && !(await repo.git.branchHead(base))) {
    throw validationFailed(docs, { resource: 'PullRequest', field: 'base', code: 'invalid' });
  }
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed(docs, { resource: 'PullRequest', field: 'state', code: 'invalid' });
  }
  if (state === 'open' && issue.state === 'closed') {
    // What GitHub refuses when someone presses "Reopen".
    const cannot = (why: string) =>
      validationFailed(docs, {
        resource: 'PullRequest',
        code: 'custom',
        field: 'state',
        message: `state cannot be changed. ${why}`,
      });
    if (issue.pull.merged) throw cannot('The pull request has been merged.');
    const head = await repo.git.branchHead(issue.pull.head);
    if (!head) throw cannot(`The ${issue.pull.head} branch has been deleted.`);
    if (!(await repo.git.isAncestor(issue.pull.headSha, head)))
      throw cannot(`The ${issue.pull.head} branch was force-pushed or recreated.`);
    if (
      repo
        .pulls()
        .some(
          (i) =>
            i.state === 'open' &&
            i.pull!.head === issue.pull!.head &&
            i.pull!.base === issue.pull!.base,
        )
    )
      throw cannot(`A pull request already exists for ${repo.owner}:${issue.pull.head}.`);
  }
  if (typeof title === 'string') issue.title = title;
  if (typeof body === 'string') issue.body = body;
  if (typeof base === 'string') issue.pull.base = base;
  if (state && state !== issue.state) {
    issue.state = state;
    issue.closedAt = state === 'closed' ? now() : undefined;
  }
  issue.updatedAt = now();
  return { status: 200, body: await pullJson(ctx, repo, issue) };
});

route('POST', '/repos/:owner/:repo/pulls/:number/requested_reviewers', async (ctx) => {
  const docs = `${D}/pulls/review-requests#request-reviewers-for-a-pull-request`;
  const repo = repoOf(ctx, docs);
  const issue = issueOf(ctx, repo, docs);
  if (!issue.pull) throw notFound(docs);
  const reviewers: string[] = ctx.body?.reviewers ?? [];
  const teams: string[] = ctx.body?.team_reviewers ?? [];
  if (reviewers.includes(issue.user.login)) {
    throw fail(422, 'Review cannot be requested from pull request author.', docs);
  }
  if (reviewers.some((r) => !repo.collaborators.has(r)) || teams.some((t) => !repo.teams.has(t))) {
    throw fail(
      422,
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.fullName} repository.`,
      docs,
    );
  }
  for (const r of reviewers)
    if (!issue.pull.requestedReviewers.includes(r)) issue.pull.requestedReviewers.push(r);
  for (const t of teams)
    if (!issue.pull.requestedTeams.includes(t)) issue.pull.requestedTeams.push(t);
  return { status: 201, body: await pullJson(ctx, repo, issue) };
});

// ---- git data -------------------------------------------------------------------------

const REFS_DOCS = `${D}/git/refs`;

function branchOfRef(ref: string, docs: string): string {
  const m = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  if (!m) throw fail(422, 'Reference name is invalid', docs); // the stand-in keeps branches only
  return m[1];
}

route('GET', '/repos/:owner/:repo/git/ref/:ref*', async (ctx) => {
  const docs = `${REFS_DOCS}#get-a-reference`;
  const repo = repoOf(ctx, docs);
  const branch = branchOfRef(ctx.params[2], docs);
  const sha = await repo.git.branchHead(branch);
  if (!sha) throw notFound(docs);
  return { status: 200, body: refJson(ctx, repo, branch, sha) };
});

route('POST', '/repos/:owner/:repo/git/refs', async (ctx) => {
  const docs = `${REFS_DOCS}#create-a-reference`;
  const repo = repoOf(ctx, docs);
  const ref = String(ctx.body?.ref ?? '');
  if (!/^refs\/.+\/.+/.test(ref)) throw fail(422, 'Reference name is invalid', docs);
  const branch = branchOfRef(ref, docs);
  const sha = String(ctx.body?.sha ?? '');
  if ((await repo.git.typeOf(sha)) !== 'commit') throw fail(422, 'Object does not exist', docs);
  if (!(await repo.git.setBranch(branch, sha, BareRepo.ZERO)))
    throw fail(422, 'Reference already exists', docs);
  await repo.refsChanged();
  return { status: 201, body: refJson(ctx, repo, branch, sha) };
});

route('PATCH', '/repos/:owner/:repo/git/refs/:ref*', async (ctx) => {
  const docs = `${REFS_DOCS}#update-a-reference`;
  const repo = repoOf(ctx, docs);
  const branch = branchOfRef(ctx.params[2], docs);
  const sha = String(ctx.body?.sha ?? '');
  const old = await repo.git.branchHead(branch);
  if (!old) throw fail(422, 'Reference does not exist', docs);
  if ((await repo.git.typeOf(sha)) !== 'commit') throw fail(422, 'Object does not exist', docs);
  if (ctx.body?.force !== true && !(await repo.git.isAncestor(old, sha))) {
    throw fail(422, 'Update is not a fast forward', docs);
  }
  if (!(await repo.git.setBranch(branch, sha, old)))
    throw fail(422, 'Reference cannot be updated', docs);
  await repo.refsChanged();
  return { status: 200, body: refJson(ctx, repo, branch, sha) };
});

route('DELETE', '/repos/:owner/:repo/git/refs/:ref*', async (ctx) => {
  const docs = `${REFS_DOCS}#delete-a-reference`;
  const repo = repoOf(ctx, docs);
  const branch = branchOfRef(ctx.params[2], docs);
  if (!(await repo.git.branchHead(branch))) throw fail(422, 'Reference does not exist', docs);
  await repo.git.deleteBranch(branch);
  await repo.refsChanged();
  return { status: 204 };
});

route('GET', '/repos/:owner/:repo/git/commits/:sha', async (ctx) => {
  const docs = `${D}/git/commits#get-a-commit-object`;
  const repo = repoOf(ctx, docs);
  if ((await repo.git.typeOf(ctx.params[2])) !== 'commit') throw notFound(docs);
  return { status: 200, body: await gitCommitJson(ctx, repo, ctx.params[2]) };
});

route('POST', '/repos/:owner/:repo/git/commits', async (ctx) => {
  const docs = `${D}/git/commits#create-a-commit`;
  const repo = repoOf(ctx, docs);
  const { message, tree, parents = [], author, committer, signature } = ctx.body ?? {};
  if (typeof message !== 'string')
    throw validationFailed(docs, { resource: 'Commit', code: 'missing_field', field: 'message' });
  if ((await repo.git.typeOf(String(tree))) !== 'tree')
    throw fail(422, 'Tree SHA does not exist', docs);
  for (const p of parents as string[]) {
    if ((await repo.git.typeOf(p)) !== 'commit')
      throw fail(422, 'Parent SHA does not exist or is not a commit object', docs);
  }
  const self = identityOf(ctx.user);
  const ident = (i: { name?: string; email?: string } | undefined) =>
    i?.name && i.email ? { name: i.name, email: i.email, time: self.time } : self;
  const sha = await repo.git.commitTree(
    tree,
    parents,
    message.endsWith('\n') ? message : message + '\n',
    ident(author),
    ident(committer ?? author),
  );
  // GitHub signs API commits of GitHub Apps that name no author, committer or signature.
  const signed = ctx.user.type === 'Bot' && !author && !committer && !signature;
  repo.verification.set(sha, signed ? 'valid' : 'unsigned');
  return { status: 201, body: await gitCommitJson(ctx, repo, sha) };
});

route('GET', '/repos/:owner/:repo/git/trees/:sha', async (ctx) => {
  const docs = `${D}/git/trees#get-a-tree`;
  const repo = repoOf(ctx, docs);
  let sha = ctx.params[2];
  if ((await repo.git.typeOf(sha)) === 'commit') sha = (await repo.git.readCommit(sha)).tree;
  if ((await repo.git.typeOf(sha)) !== 'tree') throw notFound(docs);
  const recursive =
    ctx.query.has('recursive') && !['0', 'false'].includes(ctx.query.get('recursive')!);
  return { status: 200, body: await treeJson(ctx, repo, sha, recursive) };
});

route('POST', '/repos/:owner/:repo/git/trees', async (ctx) => {
  const docs = `${D}/git/trees#create-a-tree`;
  const repo = repoOf(ctx, docs);
  const baseTree = ctx.body?.base_tree;
  if (baseTree !== undefined && (await repo.git.typeOf(String(baseTree))) !== 'tree') {
    throw fail(422, 'base_tree is not a valid tree oid', docs);
  }
  const entries: {
    path?: string;
    mode?: string;
    type?: string;
    sha?: string | null;
    content?: string;
  }[] = ctx.body?.tree;
  if (!Array.isArray(entries))
    throw validationFailed(docs, { resource: 'Tree', code: 'missing_field', field: 'tree' });
  const edits: TreeEdit[] = [];
  for (const e of entries) {
    if (!e.path || !['100644', '100755', '120000'].includes(String(e.mode)) || e.type !== 'blob') {
      // Real GitHub also takes trees and submodules; nothing under test writes them.
      throw fail(
        422,
        `tree.path, tree.mode or tree.type is invalid (the stand-in takes blobs): ${JSON.stringify(e)}`,
        docs,
      );
    }
    if (e.content !== undefined) {
      edits.push({
        path: e.path,
        mode: e.mode!,
        sha: await repo.git.writeBlob(Buffer.from(e.content, 'utf8')),
      });
    } else if (e.sha === null) {
      edits.push({ path: e.path, mode: e.mode!, sha: null });
    } else {
      if ((await repo.git.typeOf(String(e.sha))) !== 'blob')
        throw fail(422, `tree.sha ${e.sha} is not a valid blob`, docs);
      edits.push({ path: e.path, mode: e.mode!, sha: e.sha! });
    }
  }
  const sha = await repo.git.buildTree(baseTree, edits).catch(() => {
    throw fail(422, 'GitRPC::BadObjectState', docs);
  });
  return { status: 201, body: await treeJson(ctx, repo, sha, false) };
});

route('POST', '/repos/:owner/:repo/git/blobs', async (ctx) => {
  const docs = `${D}/git/blobs#create-a-blob`;
  const repo = repoOf(ctx, docs);
  const { content, encoding = 'utf-8' } = ctx.body ?? {};
  if (typeof content !== 'string')
    throw validationFailed(docs, { resource: 'Blob', code: 'missing_field', field: 'content' });
  if (encoding !== 'utf-8' && encoding !== 'base64')
    throw validationFailed(docs, { resource: 'Blob', code: 'invalid', field: 'encoding' });
  const sha = await repo.git.writeBlob(
    Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'),
  );
  return { status: 201, body: { sha, url: `${ctx.api}/repos/${repo.fullName}/git/blobs/${sha}` } };
});
