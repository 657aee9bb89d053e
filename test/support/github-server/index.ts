/**
 * A stateful stand-in for the GitHub API on 127.0.0.1, for exactly the REST and GraphQL
 * endpoints shipshape uses. Real octokit talks to it unmodified, both github.com-style
 * (API at the root, GraphQL at /graphql) and GitHub Enterprise Server-style (/api/v3 and
 * /api/graphql). Repository content lives in real bare git repositories.
 *
 *   const gh = await startGitHubServer();
 *   const token = gh.issueToken();
 *   const repo = await gh.createRepo('acme/app', { files: { 'a.yaml': 'x: 1\n' } });
 *   gh.failNext({ method: 'POST', path: /\/comments$/ }, 2, secondaryRateLimit());
 *   ... gh.requests, gh.comments('acme/app', 1), git clone repo.git.dir ...
 *   await gh.close();
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BareRepo } from './git.js';
import { graphql } from './graphql-api.js';
import { errorReply, HttpFailure, type Fault, type Reply } from './responses.js';
import { routes, type Ctx } from './rest.js';
import {
  identityOf,
  RepoState,
  World,
  type CommentState,
  type IssueState,
  type TokenInfo,
  type Verification,
} from './state.js';

export * from './responses.js';
export type { CommentState, IssueState, RepoState, TokenInfo } from './state.js';

export interface RecordedRequest {
  method: string;
  /** Path below the API root, e.g. /repos/acme/app/pulls or /graphql. */
  path: string;
  /** '' (github.com style), '/api/v3' (GHES REST) or '/api' (GHES GraphQL). */
  prefix: string;
  query: Record<string, string>;
  body: unknown;
  /** Who the token belongs to; the token itself is never recorded. */
  login?: string;
  status: number;
}

interface PendingFault {
  method?: string;
  path: string | RegExp;
  remaining: number;
  fault: Fault;
}

export interface GitHubServerOptions {
  /** False: a GitHub Enterprise Server without the createCommitOnBranch mutation. */
  createCommitOnBranch?: boolean;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'github-standin-'));
  const server = new GitHubServer(root);
  server.createCommitOnBranch = options.createCommitOnBranch ?? true;
  await server.listen();
  return server;
}

export class GitHubServer {
  readonly requests: RecordedRequest[] = [];
  private readonly world = new World();
  private readonly faults: PendingFault[] = [];
  private readonly http: Server;
  private port = 0;

  constructor(private readonly root: string) {
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `stand-in error: ${(err as Error).stack ?? err}` }));
      });
    });
  }

  /** Web root (html_url links) and the github.com-style API root. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What GITHUB_API_URL is on GitHub Enterprise Server. */
  get ghesApiUrl(): string {
    return `${this.url}/api/v3`;
  }

  get createCommitOnBranch(): boolean {
    return this.world.createCommitOnBranch;
  }

  set createCommitOnBranch(on: boolean) {
    this.world.createCommitOnBranch = on;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    await rm(this.root, { recursive: true, force: true });
  }

  // ---- seeding ------------------------------------------------------------------------

  /**
   * A token: by default GITHUB_TOKEN of a workflow (the github-actions[bot] app) with write
   * access; `readOnly` makes it a fork's token.
   */
  issueToken(options: { login?: string; type?: 'User' | 'Bot'; readOnly?: boolean } = {}): string {
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    const login = options.login ?? 'github-actions[bot]';
    const info: TokenInfo = {
      login,
      id: login === 'github-actions[bot]' ? 41898282 : this.world.nextId(),
      type: options.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      readOnly: options.readOnly ?? false,
    };
    this.world.tokens.set(token, info);
    return token;
  }

  /** A repository whose default branch holds `files` in one commit. */
  async createRepo(
    fullName: string,
    options: {
      defaultBranch?: string;
      files?: Record<string, string>;
      collaborators?: string[];
    } = {},
  ): Promise<RepoState> {
    const [owner, name] = fullName.split('/');
    const defaultBranch = options.defaultBranch ?? 'main';
    const git = await BareRepo.init(path.join(this.root, `${owner}+${name}.git`), defaultBranch);
    const repo = new RepoState(this.world.nextId(), owner, name, git, defaultBranch);
    for (const c of options.collaborators ?? []) repo.collaborators.add(c);
    this.world.repos.set(fullName.toLowerCase(), repo);
    await this.push(
      fullName,
      defaultBranch,
      options.files ?? { 'README.md': `# ${name}\n` },
      'Initial commit',
    );
    return repo;
  }

  repo(fullName: string): RepoState {
    const repo = this.world.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`no repository ${fullName} in the stand-in`);
    return repo;
  }

  /**
   * Someone pushing a commit to `branch` (created from the default branch when missing):
   * `null` deletes a file. Returns the new commit.
   */
  async push(
    fullName: string,
    branch: string,
    files: Record<string, string | null>,
    message = 'Update',
  ): Promise<string> {
    const repo = this.repo(fullName);
    const parent =
      (await repo.git.branchHead(branch)) ?? (await repo.git.branchHead(repo.defaultBranch));
    const edits = [];
    for (const [file, content] of Object.entries(files)) {
      edits.push({
        path: file,
        mode: '100644',
        sha: content === null ? null : await repo.git.writeBlob(Buffer.from(content)),
      });
    }
    const person = identityOf({ login: 'octocat', id: 583231, type: 'User', readOnly: false });
    const sha = await repo.commit({
      parent,
      edits,
      message,
      author: person,
      committer: person,
      verification: 'unsigned',
    });
    await repo.git.setBranch(branch, sha);
    await repo.refsChanged();
    return sha;
  }

  /** An issue, or with `pull` a pull request from an existing branch. */
  async openIssue(
    fullName: string,
    options: {
      title?: string;
      body?: string;
      login?: string;
      pull?: { head: string; base?: string };
    } = {},
  ): Promise<number> {
    const repo = this.repo(fullName);
    const user: TokenInfo = {
      login: options.login ?? 'octocat',
      id: 583231,
      type: 'User',
      readOnly: false,
    };
    let pull: IssueState['pull'];
    if (options.pull) {
      const headSha = await repo.git.branchHead(options.pull.head);
      if (!headSha) throw new Error(`no branch ${options.pull.head} in ${fullName}`);
      const base = options.pull.base ?? repo.defaultBranch;
      pull = {
        head: options.pull.head,
        base,
        headSha,
        merged: false,
        requestedReviewers: [],
        requestedTeams: [],
      };
    }
    return repo.openIssue({
      title: options.title ?? 'A change',
      body: options.body ?? null,
      user,
      pull,
    }).number;
  }

  /** A comment somebody wrote. */
  addComment(fullName: string, issueNumber: number, body: string, login = 'octocat'): number {
    const repo = this.repo(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`no issue #${issueNumber} in ${fullName}`);
    const when = new Date().toISOString();
    const user: TokenInfo = {
      login,
      id: 583231,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      readOnly: false,
    };
    const comment: CommentState = {
      id: this.world.nextId(),
      issueNumber,
      body,
      user,
      createdAt: when,
      updatedAt: when,
    };
    repo.comments.set(comment.id, comment);
    return comment.id;
  }

  /** The next `times` requests matching `match` (path below the API root) answer `fault`. */
  failNext(match: { method?: string; path: string | RegExp }, times: number, fault: Fault): void {
    this.faults.push({ ...match, remaining: times, fault });
  }

  /** Drops the faults not yet used. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  // ---- inspection ---------------------------------------------------------------------

  comments(fullName: string, issueNumber: number): CommentState[] {
    return [...this.repo(fullName).comments.values()].filter((c) => c.issueNumber === issueNumber);
  }

  pullRequests(fullName: string): IssueState[] {
    return this.repo(fullName).pulls();
  }

  verification(fullName: string, sha: string): Verification {
    return this.repo(fullName).verification.get(sha) ?? 'unsigned';
  }

  /** Requests other than reads, e.g. to assert nothing was written. */
  writes(): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method !== 'GET' && !(r.path === '/graphql' && !isMutation(r.body)),
    );
  }

  // ---- HTTP ---------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    let prefix = '';
    let pathname = url.pathname;
    if (pathname.startsWith('/api/v3/')) {
      prefix = '/api/v3';
      pathname = pathname.slice(prefix.length);
    } else if (pathname === '/api/graphql') {
      prefix = '/api';
      pathname = '/graphql';
    }
    const raw = await readBody(req);
    let body: unknown;
    const record = (reply: Reply, user?: TokenInfo) => {
      this.requests.push({
        method,
        path: pathname,
        prefix,
        query: Object.fromEntries(url.searchParams),
        body,
        login: user?.login,
        status: reply.status,
      });
      send(res, reply);
    };
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      return record(errorReply(400, 'Problems parsing JSON', 'https://docs.github.com/rest'));
    }

    const fault = this.takeFault(method, pathname);
    if (fault) return record(fault);

    const docs =
      pathname === '/graphql' ? 'https://docs.github.com/graphql' : 'https://docs.github.com/rest';
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!auth) return record(errorReply(401, 'Requires authentication', docs));
    const user = this.world.tokens.get(auth[1]);
    if (!user) return record(errorReply(401, 'Bad credentials', docs));

    if (pathname === '/graphql') {
      if (method !== 'POST') return record(errorReply(404, 'Not Found', docs), user);
      return record(await graphql(this.world, user, this.url, (body ?? {}) as object), user);
    }
    for (const [routeMethod, pattern, handler] of routes) {
      const m = routeMethod === method ? pattern.exec(pathname) : null;
      if (!m) continue;
      if (method !== 'GET' && user.readOnly) {
        return record(errorReply(403, 'Resource not accessible by integration', docs), user);
      }
      const ctx: Ctx = {
        world: this.world,
        method,
        params: m.slice(1).map(decodeURIComponent),
        query: url.searchParams,
        body,
        user,
        api: this.url + prefix,
        web: this.url,
      };
      try {
        return record(await handler(ctx), user);
      } catch (err) {
        if (err instanceof HttpFailure) return record(err.reply, user);
        throw err;
      }
    }
    return record(errorReply(404, 'Not Found', docs), user);
  }

  private takeFault(method: string, pathname: string): Fault | undefined {
    const pending = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method === method) &&
        (typeof f.path === 'string' ? f.path === pathname : f.path.test(pathname)),
    );
    if (!pending) return undefined;
    pending.remaining--;
    return pending.fault;
  }
}

const isMutation = (body: unknown) =>
  /^\s*mutation\b/.test(String((body as { query?: string })?.query ?? ''));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...reply.headers,
  };
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(reply.status, headers);
  res.end(JSON.stringify(reply.body));
}
