import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/index.js';
import { runActionEntry, type ActionRun } from '../support/action.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { diffPullRequest } from './fixture-repo.js';
import { checkout, eventEnv, git, runnerEnv } from './helpers.js';

const REPO = 'acme/shop';
const INPUTS = {
  'project-dir': 'deploy',
  targets: 'prod',
  'fixed-images-files': 'deploy/images.yaml',
};

let server: GitHubServer;
let token: string;
let pr: number;
let headSha: string;
let workspace: string;

const prEvent = () =>
  eventEnv('pull_request', {
    action: 'synchronize',
    number: pr,
    pull_request: { number: pr, base: { ref: 'main' }, head: { ref: 'feature', sha: headSha } },
  });

function diff(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runActionEntry(
    'diff',
    { ...INPUTS, 'github-token': token, ...inputs },
    { ...runnerEnv(server, REPO, workspace), ...prEvent(), ...env },
  );
}

const comments = () => server.comments(REPO, pr);
/** The first error annotation, with or without file and line properties. */
const errorLine = (run: ActionRun) => run.stdout.split('\n').find((l) => l.startsWith('::error'));
/** A comment's report: its body without the footer, which is not compared. */
const reportOf = (body: string) => body.slice(0, body.indexOf('\n\n<!-- shipshape:footer -->'));

beforeAll(async () => {
  server = await startGitHubServer();
  token = server.issueToken();
  const { base, head } = diffPullRequest();
  await server.createRepo(REPO, { files: base });
  headSha = await server.push(REPO, 'feature', head, 'Bump web, debug logging, add a Service');
  pr = await server.openIssue(REPO, { pull: { head: 'feature' } });
  workspace = checkout(server, REPO, 'feature');
});
afterAll(() => server?.close());

describe('actions/diff on a pull request (bundled dist/diff.js)', () => {
  let first: ActionRun;

  beforeAll(async () => {
    first = await diff();
  });

  it('comments what the pull request changes, per object, against the base branch', () => {
    expect(first.code, first.stdout).toBe(0);
    const [comment] = comments();
    expect(comments()).toHaveLength(1);
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(comment.body.split('\n')[0]).toBe('<!-- shipshape:diff:diff:deploy/prod -->');
    const mainSha = git(workspace, 'rev-parse', 'origin/main');
    expect(comment.body).toContain(
      `### Rendered changes against \`origin/main\` (\`${mainSha.slice(0, 12)}\`)`,
    );
    expect(comment.body).toContain('#### Target `prod`: 1 new, 3 changed, 1 deleted, 0 unchanged');
    expect(comment.body).toContain('- `Service` `prod/web`');
    expect(comment.body).toContain('- `ConfigMap` `prod/web-legacy-flags`');
    expect(comment.body).toContain(
      '-          image: ghcr.io/acme/web:1.4.2\n+          image: ghcr.io/acme/web:1.5.0',
    );
    expect(comment.body).toContain('-  LOG_LEVEL: info\n+  LOG_LEVEL: debug');
  });

  it('masks Secret values in the comment, the summary and the result', () => {
    const [comment] = comments();
    const result = readFileSync(first.outputs['result-json'], 'utf8');
    for (const text of [comment.body, first.summary, result, first.stdout]) {
      expect(text).not.toContain('correct-horse-battery-staple');
      expect(text).not.toContain('Tr0ub4dor');
    }
    expect(comment.body).toContain('+  DATABASE_PASSWORD: "***** (changed)"');
  });

  it('sets the outputs and writes the full report to the job summary', () => {
    expect(first.outputs['has-changes']).toBe('true');
    const [comment] = comments();
    expect(first.outputs['comment-url']).toBe(
      `${server.url}/${REPO}/pull/${pr}#issuecomment-${comment.id}`,
    );
    const result: DiffResult = JSON.parse(readFileSync(first.outputs['result-json'], 'utf8'));
    expect(result.targets.map((t) => [t.target, t.summary])).toEqual([
      ['prod', { new: 1, changed: 3, deleted: 1, unchanged: 0 }],
    ]);
    expect(first.summary).toContain(reportOf(comment.body).slice(comment.body.indexOf('\n') + 1));
    for (const count of ['new', 'changed', 'deleted', 'orphan'])
      expect(first.outputs[count], count).toBe(
        String({ new: 1, changed: 3, deleted: 1, orphan: 0 }[count]),
      );
    // The full report as markdown, for a step that posts it somewhere else.
    expect(readFileSync(first.outputs['markdown-file'], 'utf8').trimEnd()).toBe(
      reportOf(comment.body).slice(comment.body.indexOf('\n') + 1),
    );
  });

  it('ends the comment with the head commit and a link to the run', () => {
    const [comment] = comments();
    expect(comment.body).toMatch(
      new RegExp(
        `\\n\\n<!-- shipshape:footer -->\\n<sub>shipshape diff of \`${headSha.slice(0, 12)}\` · \\[workflow run\\]\\(${server.url}/${REPO}/actions/runs/4242\\)</sub>$`,
      ),
    );
  });

  it('never prints the token except to mask it', () => {
    const lines = first.stdout.split('\n').filter((l) => l.includes(token));
    expect(lines).toEqual([`::add-mask::${token}`]);
  });

  it('leaves the comment alone when run again on the same commit, in another run', async () => {
    const writes = server.writes().length;
    // Another run: the footer would differ, and is not compared.
    const again = await diff({}, { GITHUB_RUN_ID: '4343' });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('is up to date');
    expect(server.writes()).toHaveLength(writes);
    expect(comments()).toHaveLength(1);
    expect(again.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('updates the same comment after a new push, instead of adding one', async () => {
    const before = { ...comments()[0] }; // the stand-in edits its record in place
    const config = diffPullRequest().head['deploy/web/config.yaml']!;
    headSha = await server.push(REPO, 'feature', {
      'deploy/web/config.yaml': config.replace('CACHE_TTL: "300"', 'CACHE_TTL: "60"'),
    });
    git(workspace, 'pull', '--quiet', '--ff-only');
    const run = await diff();
    expect(run.code, run.stdout).toBe(0);
    expect(comments()).toHaveLength(1);
    const after = comments()[0];
    expect(after.id).toBe(before.id);
    expect(after.body).not.toBe(before.body);
    expect(after.body).toContain('+  CACHE_TTL: "60"');
  });

  it('keeps one comment per target selection', async () => {
    const run = await diff({ targets: 'staging' });
    expect(run.code, run.stdout).toBe(0);
    const bodies = comments().map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([
      '<!-- shipshape:diff:diff:deploy/prod -->',
      '<!-- shipshape:diff:diff:deploy/staging -->',
    ]);
  });
});

describe('actions/diff without a comment, and the fork-safe comment from a workflow_run', () => {
  it('computes with comment: false and a read-only token, then posts from workflow_run', async () => {
    const forkToken = server.issueToken({ readOnly: true });
    const compute = await diff({ comment: 'false', 'github-token': forkToken });
    expect(compute.code, compute.stdout).toBe(0);
    expect(compute.outputs['comment-url']).toBeUndefined();
    expect(compute.outputs['has-changes']).toBe('true');
    const count = comments().length;

    const post = await runActionEntry(
      'diff',
      {
        'comment-from': compute.outputs['result-json'],
        'pull-request': String(pr),
        'github-token': token,
      },
      {
        ...runnerEnv(server, REPO, workspace),
        ...eventEnv('workflow_run', { workflow_run: { head_sha: headSha, event: 'pull_request' } }),
      },
    );
    expect(post.code, post.stdout).toBe(0);
    expect(comments()).toHaveLength(count + 1);
    const posted = comments().at(-1)!;
    expect(posted.body.split('\n')[0]).toBe('<!-- shipshape:diff:diff:* -->');
    expect(posted.body).toContain('#### Target `prod`');
    expect(post.outputs['comment-url']).toContain(`#issuecomment-${posted.id}`);
    expect(post.summary).toContain('#### Target `prod`');
  });

  it('does not comment when the pull request moved on since the result was computed', async () => {
    const compute = await diff({ comment: 'false' });
    const writes = server.writes().length;
    const post = await runActionEntry(
      'diff',
      {
        'comment-from': compute.outputs['result-json'],
        'pull-request': String(pr),
        'github-token': token,
      },
      {
        ...runnerEnv(server, REPO, workspace),
        ...eventEnv('workflow_run', { workflow_run: { head_sha: '0'.repeat(40) } }),
      },
    );
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toMatch(/::warning::Pull request #\d+ is at [0-9a-f]{40}, not at 0{40}/);
    expect(server.writes()).toHaveLength(writes);
    expect(post.outputs['comment-url']).toBeUndefined();
  });

  it('refuses a result file that is not a diff result', async () => {
    const compute = await diff({ comment: 'false' });
    const file = compute.outputs['result-json'];
    const result = JSON.parse(readFileSync(file, 'utf8'));
    result.targets[0].objects[0].change = 'renamed';
    writeFileSync(file, JSON.stringify(result));
    const post = await runActionEntry(
      'diff',
      { 'comment-from': file, 'pull-request': String(pr), 'github-token': token },
      {
        ...runnerEnv(server, REPO, workspace),
        ...eventEnv('workflow_run', { workflow_run: { head_sha: headSha } }),
      },
    );
    expect(post.code).toBe(1);
    expect(errorLine(post)).toContain(
      'not a diff result: result.targets[0].objects[0].change must be one of new, changed, deleted',
    );
  });
});

describe('the root action with command: diff (bundled dist/action.js)', () => {
  it('runs the same diff', async () => {
    const run = await runActionEntry(
      'action',
      { command: 'diff', ...INPUTS, comment: 'false' },
      { ...runnerEnv(server, REPO, workspace), ...prEvent() },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    expect(run.summary).toContain('#### Target `prod`: 1 new, 3 changed, 1 deleted');
  });
});

describe('actions/diff: bad input', () => {
  it('fails outside a pull request when no base-ref is given', async () => {
    const run = await diff({}, eventEnv('push', { ref: 'refs/heads/feature' }));
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain(
      "there is no base to compare with: this run's event (push) is not a pull request",
    );
  });

  it('fails before rendering when commenting without a token', async () => {
    const run = await diff({ 'github-token': '' });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain('No GitHub token');
    expect(run.stdout).not.toContain('::group::diff against');
  });

  it("explains a fork's read-only token and points to the workflow_run pattern", async () => {
    // A target selection without a comment yet, so a comment must be created.
    const run = await diff({
      targets: 'prod,staging',
      'github-token': server.issueToken({ readOnly: true }),
    });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain('403');
    expect(run.stdout).toContain('write from a `workflow_run` workflow');
  });

  it('says how to fetch a base ref that the clone lacks', async () => {
    const run = await diff({ 'base-ref': 'release-1.0' });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain('base ref "release-1.0" does not exist');
    expect(run.stdout).toContain('fetch-depth: 0');
  });

  it('fails when a side does not render, and the comment says which side and why', async () => {
    const broken = await server.push(REPO, 'broken', {
      ...diffPullRequest().head,
      'deploy/web/config.yaml': 'data:\n  LOG_LEVEL: {{ args.env | shout }}\n',
    });
    const number = await server.openIssue(REPO, { pull: { head: 'broken' } });
    const run = await runActionEntry(
      'diff',
      { ...INPUTS, 'github-token': token },
      {
        ...runnerEnv(server, REPO, checkout(server, REPO, 'broken')),
        ...eventEnv('pull_request', {
          pull_request: { number, base: { ref: 'main' }, head: { sha: broken } },
        }),
      },
    );
    expect(run.code).toBe(1);
    // An annotation on the line at fault, with the path in the repository.
    expect(errorLine(run)).toMatch(
      /^::error title=shipshape diff,file=deploy\/web\/config\.yaml,line=2(,col=\d+)?::rendering the head \(working tree\) of target prod failed: .*shout/,
    );
    const [comment] = server.comments(REPO, number);
    expect(comment.body.split('\n')[0]).toBe('<!-- shipshape:diff:diff:deploy/prod -->');
    expect(comment.body).toContain('### shipshape diff failed for target `prod`');
    expect(comment.body).toContain("This pull request's version of the project does not render");
    expect(comment.body).toContain(
      "web/config.yaml:2: rendering the head (working tree) of target prod failed: TemplateSyntaxError: No filter named 'shout'.",
    );
    expect(run.summary).toContain('### shipshape diff failed');
  });
});

/**
 * A pull request of its own from `branch` (made from main with `files`), its checkout, and
 * runs of the bundled diff action on it.
 */
async function pullRequest(branch: string, files: Record<string, string | null>) {
  let sha = await server.push(REPO, branch, files, `Open ${branch}`);
  const number = await server.openIssue(REPO, { pull: { head: branch } });
  const dir = checkout(server, REPO, branch);
  return {
    number,
    comments: () => server.comments(REPO, number),
    labels: () => server.repo(REPO).issues.get(number)!.labels,
    async push(change: Record<string, string | null>) {
      sha = await server.push(REPO, branch, change);
      git(dir, 'pull', '--quiet', '--ff-only');
    },
    run(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
      return runActionEntry(
        'diff',
        { ...INPUTS, 'github-token': token, ...inputs },
        {
          ...runnerEnv(server, REPO, dir),
          ...eventEnv('pull_request', {
            pull_request: { number, base: { ref: 'main' }, head: { ref: branch, sha } },
          }),
          ...env,
        },
      );
    },
  };
}

const config = () => diffPullRequest().base['deploy/web/config.yaml'];

describe('actions/diff: comments people keep turned on', () => {
  it('comment: changes-only posts nothing while nothing changes, then says when the changes are gone', async () => {
    const p = await pullRequest('quiet', { 'docs/notes.md': 'nothing rendered\n' });
    const writes = server.writes().length;
    const quiet = await p.run({ comment: 'changes-only', label: 'changes-rendered' });
    expect(quiet.code, quiet.stdout).toBe(0);
    expect(quiet.outputs['has-changes']).toBe('false');
    expect(quiet.outputs['comment-url']).toBeUndefined();
    expect(p.comments()).toEqual([]);
    expect(server.writes()).toHaveLength(writes);

    await p.push({
      'deploy/web/config.yaml': config().replace('LOG_LEVEL: info', 'LOG_LEVEL: warn'),
    });
    const loud = await p.run({ comment: 'changes-only', label: 'changes-rendered' });
    expect(loud.code, loud.stdout).toBe(0);
    expect(p.comments()).toHaveLength(1);
    expect(p.comments()[0].body).toContain('+  LOG_LEVEL: warn');
    expect(p.labels()).toEqual(['changes-rendered']);

    await p.push({ 'deploy/web/config.yaml': config() });
    const gone = await p.run({ comment: 'changes-only', label: 'changes-rendered' });
    expect(gone.code, gone.stdout).toBe(0);
    expect(p.comments()).toHaveLength(1);
    expect(p.comments()[0].body).toContain(
      'No changes any more: the rendered objects of this pull request are the same as those of its base.',
    );
    expect(gone.outputs['comment-url']).toContain(`#issuecomment-${p.comments()[0].id}`);
    expect(p.labels()).toEqual([]);

    const writesAfter = server.writes().length;
    const again = await p.run({ comment: 'changes-only', label: 'changes-rendered' });
    expect(again.code, again.stdout).toBe(0);
    expect(server.writes()).toHaveLength(writesAfter);
  });

  it('comment-mode: recreate replaces the comment, new adds one, delete removes them', async () => {
    const p = await pullRequest('modes', {
      'deploy/web/config.yaml': config().replace('LOG_LEVEL: info', 'LOG_LEVEL: error'),
    });
    await p.run();
    const [first] = p.comments();

    await p.push({
      'deploy/web/config.yaml': config().replace('LOG_LEVEL: info', 'LOG_LEVEL: trace'),
    });
    const recreated = await p.run({ 'comment-mode': 'recreate' });
    expect(recreated.code, recreated.stdout).toBe(0);
    expect(p.comments()).toHaveLength(1);
    expect(p.comments()[0].id).not.toBe(first.id);
    expect(p.comments()[0].body).toContain('+  LOG_LEVEL: trace');
    // The same report again: nothing to recreate.
    const writes = server.writes().length;
    await p.run({ 'comment-mode': 'recreate' });
    expect(server.writes()).toHaveLength(writes);

    await p.push({
      'deploy/web/config.yaml': config().replace('LOG_LEVEL: info', 'LOG_LEVEL: fatal'),
    });
    await p.run({ 'comment-mode': 'new' });
    await p.run({ 'comment-mode': 'new' });
    expect(p.comments().map((c) => c.body.includes('+  LOG_LEVEL: fatal'))).toEqual([false, true]);

    const deleted = await p.run({ 'comment-mode': 'delete' });
    expect(deleted.code, deleted.stdout).toBe(0);
    expect(deleted.stdout).toContain('Deleted 2 comment(s).');
    expect(p.comments()).toEqual([]);
  });

  it('keeps a comment per comment-key, under the title given, with a table of every target first', async () => {
    const p = await pullRequest('keys', diffPullRequest().head);
    const both = await p.run({
      targets: 'prod, staging',
      'comment-key': 'all targets',
      title: 'What changes on the clusters',
    });
    const one = await p.run({ 'comment-key': 'prod only' });
    expect(both.code, both.stdout).toBe(0);
    expect(one.code, one.stdout).toBe(0);
    const [all, prod] = p.comments();
    expect(all.body.split('\n')[0]).toBe('<!-- shipshape:diff:diff:key:all%20targets -->');
    expect(prod.body.split('\n')[0]).toBe('<!-- shipshape:diff:diff:key:prod%20only -->');
    expect(all.body).toContain(
      [
        '### What changes on the clusters',
        '',
        `Rendered changes against \`origin/main\` (\`${git(workspace, 'rev-parse', 'origin/main').slice(0, 12)}\`).`,
        '',
        '| target | new | changed | deleted | unchanged |',
        '|---|--:|--:|--:|--:|',
        '| `prod` | 1 | 3 | 1 | 0 |',
        '| `staging` | 1 | 3 | 1 | 0 |',
        '',
        '#### Target `prod`: 1 new, 3 changed, 1 deleted, 0 unchanged',
      ].join('\n'),
    );
    expect(both.outputs.new).toBe('2');
    // One target: no table.
    expect(prod.body).not.toContain('| target |');
  });

  it('escapes a title as plain text', async () => {
    const p = await pullRequest('title', diffPullRequest().head);
    await p.run({ title: 'Diff for @octocat <b>#1</b>' });
    expect(p.comments()[0].body).toContain(
      '### Diff for @&#8203;octocat \\<b\\>\\#&#8203;1\\</b\\>',
    );
  });
});

describe('inputs a command does not use', () => {
  it('the root action refuses target for command: diff, naming the inputs diff takes', async () => {
    const run = await runActionEntry(
      'action',
      { command: 'diff', ...INPUTS, target: 'prod', comment: 'false' },
      { ...runnerEnv(server, REPO, workspace), ...prEvent() },
    );
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain(
      '::error::diff does not use the input target (target is an input of render); its inputs are project-dir, args,',
    );
    expect(run.stdout).toContain('hint: did you mean targets?');
    expect(run.stdout).not.toContain('::group::diff against');
  });

  it('an action under actions/ refuses a misspelt input the runner only warns about', async () => {
    const run = await diff({ 'comment-mdoe': 'new' });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain('diff does not use the input comment-mdoe;');
    expect(run.stdout).toContain('hint: did you mean comment-mode?');
  });

  it('an empty input counts as not given', async () => {
    const run = await runActionEntry(
      'action',
      { command: 'diff', ...INPUTS, target: '', comment: 'false' },
      { ...runnerEnv(server, REPO, workspace), ...prEvent() },
    );
    expect(run.code, run.stdout).toBe(0);
  });
});

describe('command: list-targets (root action)', () => {
  it('gives the targets as JSON for a matrix', async () => {
    const run = await runActionEntry(
      'action',
      { command: 'list-targets', 'project-dir': 'deploy' },
      runnerEnv(server, REPO, workspace),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.targets)).toEqual(['prod', 'staging']);
    expect(run.outputs.count).toBe('2');
  });
});
