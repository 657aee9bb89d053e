import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  deleteStickyComments,
  pullRequestAtHead,
  setLabel,
  stickyMarker,
  updateStickyComment,
  upsertStickyComment,
  type GitHubClient,
} from '../../src/github/index.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { clientFor } from './helpers.js';

const REPO = { owner: 'acme', repo: 'deploy' };
const FULL = 'acme/deploy';
const RUN_URL = 'https://github.example/acme/deploy/actions/runs/42';
const key = { action: 'diff', command: 'diff', targets: ['prod', 'staging'] };

let server: GitHubServer;
let gh: GitHubClient & { captured: { warning: string[] } };
let pr: number;

beforeAll(async () => {
  server = await startGitHubServer();
  await server.createRepo(FULL);
  await server.push(FULL, 'feature', { 'app.yaml': 'replicas: 2\n' });
  gh = clientFor(server, server.issueToken());
});
afterAll(() => server.close());
beforeEach(async () => {
  pr = await server.openIssue(FULL, { pull: { head: 'feature' } });
});

const post = (bodies: string[], targets = key.targets) =>
  upsertStickyComment(gh, {
    repo: REPO,
    issueNumber: pr,
    key: { ...key, targets },
    bodies,
    runUrl: RUN_URL,
  });

describe('sticky comments', () => {
  it('creates the comment, then edits the same one in place on the next run', async () => {
    const first = await post(['## Diff\n2 objects changed']);
    expect(first.outcome).toBe('created');
    expect(first.url).toBe(`${server.url}/${FULL}/pull/${pr}#issuecomment-${first.id}`);

    const second = await post(['## Diff\n3 objects changed']);
    expect(second).toMatchObject({ outcome: 'updated', id: first.id, url: first.url });
    const comments = server.comments(FULL, pr);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(`${stickyMarker(key)}\n## Diff\n3 objects changed`);
  });

  it('writes nothing when the body is unchanged', async () => {
    await post(['same report']);
    const writesBefore = server.writes().length;
    const again = await post(['same report']);
    expect(again.outcome).toBe('unchanged');
    expect(server.writes()).toHaveLength(writesBefore);
  });

  it('keys the comment by target set, whatever the order of the targets', async () => {
    const a = await post(['a'], ['prod', 'staging']);
    const b = await post(['b'], ['staging', 'prod']);
    const c = await post(['c'], ['prod']);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    expect(server.comments(FULL, pr).map((x) => x.body.split('\n')[0])).toEqual([
      '<!-- shipshape:diff:diff:prod,staging -->',
      '<!-- shipshape:diff:diff:prod -->',
    ]);
  });

  it('finds its comment past the first page of comments', async () => {
    for (let i = 0; i < 130; i++) server.addComment(FULL, pr, `comment ${i}`);
    const first = await post(['report v1']);
    const listsBefore = server.requests.filter((r) => r.method === 'GET').length;
    const second = await post(['report v2']);
    expect(second).toMatchObject({ outcome: 'updated', id: first.id });
    const pages = server.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${pr}/comments`))
      .slice(-2)
      .map((r) => r.query.page ?? '1');
    expect(server.requests.filter((r) => r.method === 'GET').length - listsBefore).toBe(2);
    expect(pages).toEqual(['1', '2']);
    expect(server.comments(FULL, pr)).toHaveLength(131);
  });

  it('ignores a reply that quotes the marker', async () => {
    const quoted = `> ${stickyMarker(key)}\n> old report\n\nWhy did this change?`;
    const replyId = server.addComment(FULL, pr, quoted, 'reviewer');
    const result = await post(['report']);
    expect(result.outcome).toBe('created');
    expect(server.comments(FULL, pr).find((c) => c.id === replyId)?.body).toBe(quoted);
  });

  it('steps down to a shorter body that fits, linking the run', async () => {
    const full = `## Full\n\n<details><summary>Deployment/app</summary>\n\n\`\`\`diff\n${'+ line\n'.repeat(12_000)}\`\`\`\n</details>\n`;
    const summaries = `## Summaries\n\n${'- Deployment/app: spec.replicas\n'.repeat(3_000)}`;
    const list = '## List\n\n- Deployment/app\n';
    const result = await post([full, summaries, list, '## Counts\n1 changed']);
    expect(result).toMatchObject({ outcome: 'created', level: 2, truncated: false });
    const body = server.comments(FULL, pr)[0].body;
    expect(body).toContain('## List');
    expect(body).toContain(`[workflow run](${RUN_URL})`);
  });

  it('cuts a body that no level fits below 65,536 characters, accepted by GitHub', async () => {
    const huge = `## Counts\n\n<details><summary>targets</summary>\n\n\`\`\`\n${'target-name 1 2 3\n'.repeat(10_000)}\`\`\`\n</details>\n`;
    const result = await post([huge + huge, huge]);
    expect(result).toMatchObject({ level: 1, truncated: true });
    const body = server.comments(FULL, pr)[0].body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    // The fence and the <details> are closed before the note that points to the run.
    expect(body).toMatch(/target-name[^\n]*\n```\n<\/details>\n\n_The full report/);
    expect(body).toContain(`[workflow run](${RUN_URL})`);
  });
});

describe('comment modes and footers', () => {
  const opts = { repo: REPO, key, runUrl: RUN_URL };

  it('does not compare the footer: the same report from another run writes nothing', async () => {
    await upsertStickyComment(gh, { ...opts, issueNumber: pr, bodies: ['r'], footer: 'run 1' });
    const writes = server.writes().length;
    const again = await upsertStickyComment(gh, {
      ...opts,
      issueNumber: pr,
      bodies: ['r'],
      footer: 'run 2',
    });
    expect(again.outcome).toBe('unchanged');
    expect(server.writes()).toHaveLength(writes);
    expect(server.comments(FULL, pr)[0].body).toBe(
      `${stickyMarker(key)}\nr\n\n<!-- shipshape:footer -->\nrun 1`,
    );
  });

  it('update only where a comment exists', async () => {
    expect(await updateStickyComment(gh, { ...opts, issueNumber: pr, bodies: ['x'] })).toBe(
      undefined,
    );
    expect(server.comments(FULL, pr)).toEqual([]);
  });

  it('recreate deletes and posts; new adds; delete removes every comment with the key', async () => {
    const first = await upsertStickyComment(gh, { ...opts, issueNumber: pr, bodies: ['a'] });
    const second = await upsertStickyComment(gh, {
      ...opts,
      issueNumber: pr,
      bodies: ['b'],
      mode: 'recreate',
    });
    expect(second.outcome).toBe('recreated');
    expect(server.comments(FULL, pr).map((c) => c.id)).toEqual([second.id]);
    expect(second.id).not.toBe(first.id);
    await upsertStickyComment(gh, { ...opts, issueNumber: pr, bodies: ['c'], mode: 'new' });
    expect(server.comments(FULL, pr)).toHaveLength(2);
    // Someone else's comment stays.
    server.addComment(FULL, pr, 'LGTM');
    expect(await deleteStickyComments(gh, { repo: REPO, issueNumber: pr, key })).toBe(2);
    expect(server.comments(FULL, pr).map((c) => c.body)).toEqual(['LGTM']);
  });

  it('names the comment by comment-key instead of the targets', () => {
    expect(stickyMarker({ ...key, name: 'prod: web' })).toBe(
      '<!-- shipshape:diff:diff:key:prod%3A%20web -->',
    );
  });
});

describe('setLabel', () => {
  it('adds and removes a label only when needed', async () => {
    expect(await setLabel(gh, REPO, pr, 'changes', true)).toBe('added');
    expect(await setLabel(gh, REPO, pr, 'Changes', true)).toBe('unchanged');
    const writes = server.writes().length;
    expect(await setLabel(gh, REPO, pr, 'changes', true)).toBe('unchanged');
    expect(server.writes()).toHaveLength(writes);
    expect(await setLabel(gh, REPO, pr, 'changes', false)).toBe('removed');
    expect(server.repo(FULL).issues.get(pr)!.labels).toEqual([]);
    expect(await setLabel(gh, REPO, pr, 'changes', false)).toBe('unchanged');
  });
});

describe('pullRequestAtHead (the workflow_run commenter)', () => {
  it('accepts the number from the artifact only while the pull request is at the computed commit', async () => {
    const head = (await server.repo(FULL).git.branchHead('feature'))!;
    expect(await pullRequestAtHead(gh, REPO, String(pr), head)).toEqual({
      number: pr,
      url: `${server.url}/${FULL}/pull/${pr}`,
      base: 'main',
    });
    await server.push(FULL, 'feature', { 'app.yaml': 'replicas: 3\n' });
    expect(await pullRequestAtHead(gh, REPO, pr, head)).toBeUndefined();
    expect(gh.captured.warning.at(-1)).toMatch(
      new RegExp(`^Pull request #${pr} is at [0-9a-f]{40}, not at ${head}`),
    );
  });

  it('refuses what is not a pull-request number', async () => {
    await expect(pullRequestAtHead(gh, REPO, '12; rm -rf /', 'abc')).rejects.toThrow(
      'Not a pull-request number: "12; rm -rf /"',
    );
  });
});
