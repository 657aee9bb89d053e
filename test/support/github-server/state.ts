/** What the stand-in remembers: tokens, repositories (a bare git repo each), issues, pulls, comments. */
import { BareRepo, type Identity, type TreeEdit } from './git.js';

export interface TokenInfo {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /** A fork's GITHUB_TOKEN, or `permissions: read-all`: every write answers 403. */
  readOnly: boolean;
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: TokenInfo;
  createdAt: string;
  updatedAt: string;
}

export interface PullState {
  head: string;
  base: string;
  /** Last commit of the head branch (kept when the branch is deleted). */
  headSha: string;
  merged: boolean;
  mergedAt?: string;
  requestedReviewers: string[];
  requestedTeams: string[];
  draft?: boolean;
}

export interface IssueState {
  number: number;
  title: string;
  body: string | null;
  user: TokenInfo;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
  pull?: PullState;
}

/** Why GitHub would show a commit as verified or not (the `verification.reason` field). */
export type Verification = 'valid' | 'unsigned';

export const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export function identityOf(user: TokenInfo): Identity {
  return {
    name: user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    time: nowSeconds(),
  };
}

/** The committer of commits GitHub makes and signs itself (web-flow). */
export const githubIdentity = (): Identity => ({
  name: 'GitHub',
  email: 'noreply@github.com',
  time: nowSeconds(),
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

export class RepoState {
  readonly issues = new Map<number, IssueState>();
  readonly comments = new Map<number, CommentState>();
  readonly labels = new Set<string>();
  readonly collaborators = new Set<string>();
  readonly teams = new Set<string>();
  readonly verification = new Map<string, Verification>();
  /** Settings → Actions → "Allow GitHub Actions to create and approve pull requests". */
  actionsCanCreatePullRequests = true;
  private nextNumber = 1;

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly git: BareRepo,
    public defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  openIssue(fields: {
    title: string;
    body: string | null;
    user: TokenInfo;
    pull?: PullState;
  }): IssueState {
    const issue: IssueState = {
      number: this.nextNumber++,
      state: 'open',
      labels: [],
      assignees: [],
      createdAt: now(),
      updatedAt: now(),
      ...fields,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  pulls(): IssueState[] {
    return [...this.issues.values()].filter((i) => i.pull);
  }

  /** A commit of `edits` on top of `parent` (or a root commit), without moving any branch. */
  async commit(options: {
    parent: string | undefined;
    edits: readonly TreeEdit[];
    message: string;
    author: Identity;
    committer: Identity;
    verification: Verification;
  }): Promise<string> {
    const base = options.parent ? (await this.git.readCommit(options.parent)).tree : undefined;
    const tree = await this.git.buildTree(base, options.edits);
    const message = options.message.endsWith('\n') ? options.message : options.message + '\n';
    const sha = await this.git.commitTree(
      tree,
      options.parent ? [options.parent] : [],
      message,
      options.author,
      options.committer,
    );
    this.verification.set(sha, options.verification);
    return sha;
  }

  /**
   * What GitHub does after a branch moves: a pull request whose head branch is gone is
   * closed, and one whose head commit is already part of its base is marked merged.
   */
  async refsChanged(): Promise<void> {
    const branches = await this.git.branches();
    for (const issue of this.pulls()) {
      const pull = issue.pull!;
      if (issue.state !== 'open') continue;
      const head = branches.get(pull.head);
      const base = branches.get(pull.base);
      if (head) pull.headSha = head;
      if (!head) {
        issue.state = 'closed';
        issue.closedAt = now();
      } else if (base && (await this.git.isAncestor(head, base))) {
        issue.state = 'closed';
        issue.closedAt = now();
        pull.merged = true;
        pull.mergedAt = now();
      }
    }
  }
}

/** Everything the server holds; handlers get it with each request. */
export class World {
  readonly tokens = new Map<string, TokenInfo>();
  readonly repos = new Map<string, RepoState>();
  /** Off: a GitHub Enterprise Server without the createCommitOnBranch mutation. */
  createCommitOnBranch = true;
  private lastId = 1000;

  nextId(): number {
    return ++this.lastId;
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }
}
