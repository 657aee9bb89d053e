import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkBranchPrefix,
  closeStalePullRequests,
  declinedProposals,
  pullRequestBranch,
  syncPullRequest,
  type PullRequestSpec,
  type RepoRef,
} from '../../src/github/index.js';
import { UserError } from '../../src/util/errors.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { clientFor, cloneBranch } from './helpers.js';

const IMAGES_V1 = 'images:\n  - image: ghcr.io/acme/app\n    resultImage: ghcr.io/acme/app:1.0.0\n';
const IMAGES_V2 = IMAGES_V1.replace('1.0.0', '1.1.0');
const IMAGES_V3 = IMAGES_V1.replace('1.0.0', '1.2.0');
const BRANCH = pullRequestBranch('image-bump', 'ghcr.io/acme/app');

let server: GitHubServer;
let token: string;
let repos = 0;

beforeAll(async () => {
  server = await startGitHubServer();
  token = server.issueToken();
});
afterAll(() => server.close());

/** A fresh repository per test, with fixed images in deploy/images.yaml on main. */
async function freshRepo(): Promise<{ repo: RepoRef; full: string }> {
  const full = `acme/bump-${++repos}`;
  await server.createRepo(full, {
    files: { 'deploy/images.yaml': IMAGES_V1, 'deploy/app/deployment.yaml': 'kind: Deployment\n' },
    collaborators: ['alice'],
  });
  return { repo: { owner: 'acme', repo: `bump-${repos}` }, full };
}

const spec = (repo: RepoRef, over: Partial<PullRequestSpec> = {}): PullRequestSpec => ({
  repo,
  base: 'main',
  branch: BRANCH,
  title: 'Bump ghcr.io/acme/app from 1.0.0 to 1.1.0',
  body: '| image | from | to |\n|---|---|---|\n| ghcr.io/acme/app | 1.0.0 | 1.1.0 |',
  commitMessage: 'Bump ghcr.io/acme/app to 1.1.0\n\nFrom 1.0.0, filter semver.',
  changes: [{ path: 'deploy/images.yaml', content: IMAGES_V2 }],
  labels: ['dependencies'],
  reviewers: ['alice'],
  ...over,
});

describe('pullRequestBranch', () => {
  it('is deterministic and a valid branch name', () => {
    expect(BRANCH).toBe('shipshape/image-bump/ghcr.io-acme-app');
    expect(pullRequestBranch('image-bump', 'deploy/images.yaml')).toBe(
      'shipshape/image-bump/deploy-images.yaml',
    );
    expect(pullRequestBranch('image-bump', '..weird group.lock')).toBe(
      'shipshape/image-bump/weird-group-lock',
    );
  });
});

describe('syncPullRequest', () => {
  it('opens a pull request with one verified commit made by createCommitOnBranch', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const result = await syncPullRequest(gh, spec(repo));
    expect(result).toMatchObject({
      outcome: 'created',
      branch: BRANCH,
      base: 'main',
      warnings: [],
    });

    const [pull] = server.pullRequests(full);
    expect(result.url).toBe(`${server.url}/${full}/pull/${pull.number}`);
    expect(pull).toMatchObject({
      state: 'open',
      title: spec(repo).title,
      labels: ['dependencies'],
    });
    expect(pull.pull).toMatchObject({ head: BRANCH, base: 'main', requestedReviewers: ['alice'] });
    expect(server.requests.some((r) => r.path === '/graphql')).toBe(true);
    expect(server.verification(full, result.commit!)).toBe('valid');

    const clone = await cloneBranch(server, full, BRANCH);
    try {
      expect(await clone.read('deploy/images.yaml')).toBe(IMAGES_V2);
      expect(await clone.git('rev-parse', 'HEAD')).toBe(result.commit);
      expect(await clone.git('rev-parse', 'HEAD^')).toBe(
        await server.repo(full).git.branchHead('main'),
      );
      expect(await clone.git('log', '-1', '--format=%B|%an|%cn')).toBe(
        'Bump ghcr.io/acme/app to 1.1.0\n\nFrom 1.0.0, filter semver.\n|github-actions[bot]|GitHub',
      );
      expect(await clone.git('diff', '--name-only', 'HEAD^', 'HEAD')).toBe('deploy/images.yaml');
    } finally {
      await clone.remove();
    }
  });

  it('leaves everything alone when run again with the same change', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const first = await syncPullRequest(gh, spec(repo));
    const writes = server.writes().length;
    const again = await syncPullRequest(gh, spec(repo));
    expect(again).toMatchObject({
      outcome: 'unchanged',
      number: first.number,
      commit: first.commit,
    });
    expect(server.writes()).toHaveLength(writes);
    expect(server.pullRequests(full)).toHaveLength(1);
  });

  it('updates the open pull request in place: new title and body, branch force-moved, still open', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const first = await syncPullRequest(gh, spec(repo));
    const update = spec(repo, {
      title: 'Bump ghcr.io/acme/app from 1.0.0 to 1.2.0',
      body: 'now 1.2.0',
      commitMessage: 'Bump ghcr.io/acme/app to 1.2.0',
      changes: [{ path: 'deploy/images.yaml', content: IMAGES_V3 }],
    });
    const second = await syncPullRequest(gh, update);
    expect(second).toMatchObject({ outcome: 'updated', number: first.number });
    expect(second.commit).not.toBe(first.commit);

    const pulls = server.pullRequests(full);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ state: 'open', title: update.title, body: 'now 1.2.0' });
    expect(pulls[0].pull!.merged).toBe(false);
    // Labels and reviewers are set once, when the pull request opens.
    expect(
      server.requests.filter((r) => r.path === `/repos/${full}/issues/${first.number}/labels`),
    ).toHaveLength(1);
    const clone = await cloneBranch(server, full, BRANCH);
    try {
      expect(await clone.read('deploy/images.yaml')).toBe(IMAGES_V3);
      expect(await clone.git('rev-list', '--count', 'origin/main..HEAD')).toBe('1');
      // With the pull request open the branch moves in one step (git data API), never through main.
      expect(
        server.requests.filter(
          (r) => r.method === 'POST' && r.path === `/repos/${full}/git/commits`,
        ),
      ).toHaveLength(1);
      expect(server.verification(full, second.commit!)).toBe('valid');
    } finally {
      await clone.remove();
    }
  });

  it('rebuilds the branch on the base when the base has moved', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    await syncPullRequest(gh, spec(repo));
    const moved = await server.push(full, 'main', {
      'deploy/app/deployment.yaml': 'kind: Deployment\nreplicas: 3\n',
    });
    const result = await syncPullRequest(gh, spec(repo));
    expect(result.outcome).toBe('updated');
    const clone = await cloneBranch(server, full, BRANCH);
    try {
      expect(await clone.git('rev-parse', 'HEAD^')).toBe(moved);
      expect(await clone.read('deploy/app/deployment.yaml')).toContain('replicas: 3');
      expect(await clone.read('deploy/images.yaml')).toBe(IMAGES_V2);
    } finally {
      await clone.remove();
    }
  });

  it('closes the pull request with a comment once the base branch has the change', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const opened = await syncPullRequest(gh, spec(repo));
    await server.push(full, 'main', { 'deploy/images.yaml': IMAGES_V2 }, 'Bump by hand');
    const result = await syncPullRequest(gh, spec(repo));
    expect(result).toMatchObject({ outcome: 'closed', number: opened.number });
    const [pull] = server.pullRequests(full);
    expect(pull.state).toBe('closed');
    expect(server.comments(full, pull.number).map((c) => c.body)).toEqual([
      '`main` already has the change of this pull request, so shipshape closes it.',
    ]);
    expect(await server.repo(full).git.branchHead(BRANCH)).toBeUndefined();
    // And with nothing open, there is nothing to do.
    expect((await syncPullRequest(gh, spec(repo))).outcome).toBe('nothing');
  });

  it('takes over the pull request GitHub says already exists (422) instead of opening a second', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const first = await syncPullRequest(gh, spec(repo));
    // Our lookup misses the open pull request, as when a parallel run opened it a moment ago.
    server.failNext({ method: 'GET', path: `/repos/${full}/pulls` }, 1, { status: 200, body: [] });
    const result = await syncPullRequest(gh, spec(repo, { title: 'Bump, retitled' }));
    expect(result).toMatchObject({ outcome: 'updated', number: first.number });
    const create = server.requests.filter(
      (r) => r.method === 'POST' && r.path === `/repos/${full}/pulls`,
    );
    expect(create.map((r) => r.status)).toEqual([201, 422]);
    expect(server.pullRequests(full)).toHaveLength(1);
    expect(server.pullRequests(full)[0].title).toBe('Bump, retitled');
  });

  it('retries labels and reviewers GitHub cannot apply yet right after creation', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    server.failNext({ method: 'POST', path: /\/issues\/\d+\/labels$/ }, 2, notFoundFault());
    server.failNext({ method: 'POST', path: /\/requested_reviewers$/ }, 1, notFoundFault());
    const result = await syncPullRequest(gh, spec(repo, { labels: ['dependencies', 'images'] }));
    expect(result.warnings).toEqual([]);
    const [pull] = server.pullRequests(full);
    expect(pull.labels).toEqual(['dependencies', 'images']);
    expect(pull.pull!.requestedReviewers).toEqual(['alice']);
    const statuses = (suffix: string) =>
      server.requests
        .filter((r) => r.path.startsWith(`/repos/${full}/`) && r.path.endsWith(suffix))
        .map((r) => r.status);
    expect(statuses('/labels')).toEqual([404, 404, 200]);
    expect(statuses('/requested_reviewers')).toEqual([404, 201]);
  });

  it('opens the pull request but warns about a reviewer GitHub refuses', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const result = await syncPullRequest(gh, spec(repo, { reviewers: ['mallory'] }));
    expect(result.outcome).toBe('created');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /requesting reviews on #\d+ in acme\/bump-\d+ \(422 Reviews may only be requested from collaborators/,
    );
    expect(gh.captured.warning).toEqual(result.warnings);
    expect(server.pullRequests(full)[0].labels).toEqual(['dependencies']);
  });

  it('writes and deletes files, text and binary, in one commit', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const chart = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x10]);
    const result = await syncPullRequest(
      gh,
      spec(repo, {
        changes: [
          { path: 'deploy/app/deployment.yaml', content: null },
          { path: 'deploy/never-existed.yaml', content: null },
          { path: '.helm-charts/app-1.0.0.tgz', content: chart },
          { path: 'deploy/images.yaml', content: IMAGES_V2 },
        ],
      }),
    );
    const clone = await cloneBranch(server, full, BRANCH);
    try {
      expect(
        (await clone.git('diff', '--name-status', 'HEAD^', 'HEAD')).split('\n').sort(),
      ).toEqual([
        'A\t.helm-charts/app-1.0.0.tgz',
        'D\tdeploy/app/deployment.yaml',
        'M\tdeploy/images.yaml',
      ]);
      expect(await clone.git('rev-parse', 'HEAD')).toBe(result.commit);
      const bytes = await server
        .repo(full)
        .git.git(['cat-file', 'blob', `${result.commit}:.helm-charts/app-1.0.0.tgz`]);
      expect([...bytes]).toEqual([...chart]);
    } finally {
      await clone.remove();
    }
  });

  it('refuses a path outside the repository', async () => {
    const { repo } = await freshRepo();
    const gh = clientFor(server, token);
    const bad = syncPullRequest(
      gh,
      spec(repo, { changes: [{ path: '../etc/passwd', content: 'x' }] }),
    );
    await expect(bad).rejects.toBeInstanceOf(UserError);
    await expect(bad).rejects.toThrow('Not a file path inside the repository: "../etc/passwd"');
  });

  it('says which base branch is missing', async () => {
    const { repo } = await freshRepo();
    const gh = clientFor(server, token);
    await expect(syncPullRequest(gh, spec(repo, { base: 'develop' }))).rejects.toThrow(
      /The base branch develop does not exist in acme\/bump-\d+/,
    );
  });

  it('uses the default branch when no base is given', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const result = await syncPullRequest(gh, spec(repo, { base: undefined }));
    expect(result.base).toBe('main');
    expect(server.pullRequests(full)[0].pull!.base).toBe('main');
  });
});

describe('on GitHub Enterprise Server without createCommitOnBranch', () => {
  it('commits through the git data API at /api/v3, still verified for an App token', async () => {
    const ghes = await startGitHubServer({ createCommitOnBranch: false });
    try {
      const full = 'acme/ghes';
      await ghes.createRepo(full, { files: { 'deploy/images.yaml': IMAGES_V1 } });
      const gh = clientFor(ghes, ghes.issueToken(), { apiUrl: ghes.ghesApiUrl });
      const repo = { owner: 'acme', repo: 'ghes' };
      const first = await syncPullRequest(gh, spec(repo, { reviewers: [] }));
      const second = await syncPullRequest(
        gh,
        spec(repo, {
          reviewers: [],
          changes: [{ path: 'deploy/images.yaml', content: IMAGES_V3 }],
        }),
      );
      expect(first.outcome).toBe('created');
      expect(second.outcome).toBe('updated');
      expect(ghes.verification(full, first.commit!)).toBe('valid');

      // GraphQL was tried once, at GHES's /api/graphql; everything else went to /api/v3.
      const graphql = ghes.requests.filter((r) => r.path === '/graphql');
      expect(graphql.map((r) => r.prefix)).toEqual(['/api']);
      expect(
        ghes.requests.filter((r) => r.path !== '/graphql').every((r) => r.prefix === '/api/v3'),
      ).toBe(true);
      expect(
        ghes.requests.filter((r) => r.path.endsWith('/git/commits') && r.method === 'POST'),
      ).toHaveLength(2);
      expect(gh.captured.info).toContain(
        'This GitHub has no createCommitOnBranch mutation; committing through the git data API.',
      );

      const clone = await cloneBranch(ghes, full, BRANCH);
      try {
        expect(await clone.read('deploy/images.yaml')).toBe(IMAGES_V3);
        expect(await clone.git('rev-list', '--count', 'origin/main..HEAD')).toBe('1');
      } finally {
        await clone.remove();
      }
    } finally {
      await ghes.close();
    }
  });
});

describe('closeStalePullRequests', () => {
  it('closes open pull requests of branches no group produces any more', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const keep = await syncPullRequest(gh, spec(repo));
    const gone = await syncPullRequest(
      gh,
      spec(repo, {
        branch: pullRequestBranch('image-bump', 'old-image'),
        changes: [{ path: 'x.yaml', content: 'x\n' }],
      }),
    );
    const closed = await closeStalePullRequests(gh, {
      repo,
      branchPrefix: 'shipshape/image-bump/',
      keep: [BRANCH],
      comment: 'No image of this group needs a bump any more.',
    });
    expect(closed).toEqual([gone.number]);
    const state = Object.fromEntries(server.pullRequests(full).map((p) => [p.number, p.state]));
    expect(state).toEqual({ [keep.number!]: 'open', [gone.number!]: 'closed' });
    expect(server.comments(full, gone.number!)[0].body).toBe(
      'No image of this group needs a bump any more.',
    );
  });
});

function notFoundFault() {
  return {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    },
  };
}

describe('declined proposals: closed pull requests remember what they proposed', () => {
  const proposals = [{ name: 'ghcr.io/acme/app', version: '1.1.0' }];
  const declinedComment = (d: readonly { name: string; version: string }[]) =>
    `declined ${d.map((p) => `${p.name}@${p.version}`).join(', ')}`;

  it('finds a pull request closed unmerged, tells it once, and marks it told', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const opened = await syncPullRequest(gh, spec(repo, { proposals }));
    expect(server.pullRequests(full)[0].body).toMatch(
      /\n\n<!-- shipshape:proposes ghcr\.io\/acme\/app@1\.1\.0 -->\n$/,
    );
    server.pullRequests(full)[0].state = 'closed'; // someone pressed "Close"
    const found = await declinedProposals(gh, { repo, branch: BRANCH, declinedComment });
    expect(found).toEqual([{ ...proposals[0], number: opened.number, url: opened.url }]);
    expect(server.comments(full, opened.number!).map((c) => c.body)).toEqual([
      'declined ghcr.io/acme/app@1.1.0',
    ]);
    expect(server.pullRequests(full)[0].body).toMatch(/<!-- shipshape:declined [^\n]+ -->\n$/);

    const writes = server.writes().length;
    expect(await declinedProposals(gh, { repo, branch: BRANCH, declinedComment })).toEqual(found);
    expect(server.writes()).toHaveLength(writes);
  });

  it('does not count what shipshape closed itself, nor a merged pull request', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    await syncPullRequest(gh, spec(repo, { proposals }));
    // The base gets the change by other means: shipshape closes the pull request.
    await server.push(full, 'main', { 'deploy/images.yaml': IMAGES_V2 });
    const closed = await syncPullRequest(gh, spec(repo, { proposals }));
    expect(closed.outcome).toBe('closed');
    expect(server.pullRequests(full)[0].body).not.toContain('shipshape:proposes');
    expect(await declinedProposals(gh, { repo, branch: BRANCH, declinedComment })).toEqual([]);
  });

  it('forgets a version whose line was deleted from the description', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    await syncPullRequest(gh, spec(repo, { proposals }));
    const [pull] = server.pullRequests(full);
    pull.state = 'closed';
    pull.body = pull.body!.replace(/<!-- shipshape:[^\n]*/, '');
    expect(await declinedProposals(gh, { repo, branch: BRANCH, declinedComment })).toEqual([]);
  });

  it('keeps names that could end the hidden line encoded', async () => {
    const { repo, full } = await freshRepo();
    const gh = clientFor(server, token);
    const odd = [{ name: 'a --> <b>', version: '1 @2' }];
    await syncPullRequest(gh, spec(repo, { proposals: odd }));
    const [pull] = server.pullRequests(full);
    expect(pull.body).toContain('<!-- shipshape:proposes a%20--%3E%20%3Cb%3E@1%20%402 -->');
    pull.state = 'closed';
    const found = await declinedProposals(gh, { repo, branch: BRANCH, declinedComment });
    expect(found.map(({ name, version }) => ({ name, version }))).toEqual(odd);
  });
});

describe('checkBranchPrefix', () => {
  it.each(['shipshape/', 'deps/', 'bot-', 'a.b/c_'])('takes %j', (p) => {
    expect(checkBranchPrefix(p)).toBe(p);
  });
  it.each(['', 'has space/', 'a..b/', '/lead', 'x//y', 'a/.hidden', 'tag@{1}', 'q?/', 'x.lock/'])(
    'refuses %j',
    (p) => {
      expect(() => checkBranchPrefix(p)).toThrow(/branch-prefix .* cannot start a branch name/);
    },
  );
});
