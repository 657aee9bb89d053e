/**
 * The diff action on hostile pull requests, as the runner runs it (bundled dist/diff.js,
 * GitHub stand-in): whatever the pull request tries, the job's token, the runner's secret
 * variables and files outside the checkout reach no comment, summary, output or log line
 * (issue 9, probes 3, 4 and 5 end to end).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionEntry, type ActionRun } from '../support/action.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { checkout, eventEnv, runnerEnv } from '../actions/helpers.js';
import { configMap } from '../support/project.js';

/** A secret the workflow hands the step through `env:`, as workflows do. */
const ENV_SECRET = 'env-secret-5be1c07d93';
const BASE = {
  'deploy/deployment.yaml': 'deployments:\n  - path: app\n',
  'deploy/app/cm.yaml': configMap('app', { v: '1' }),
};

let server: GitHubServer;
let token: string;
beforeAll(async () => {
  server = await startGitHubServer();
  token = server.issueToken();
});
afterAll(() => server?.close());

let repoCount = 0;

/** Opens a pull request whose head adds `head` to BASE, and runs the diff action on it. */
async function diffOf(
  head: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<{ run: ActionRun; texts: string[] }> {
  const repo = `acme/probe-${++repoCount}`;
  await server.createRepo(repo, { files: BASE });
  const headSha = await server.push(repo, 'feature', head, 'hostile change');
  const pr = await server.openIssue(repo, { pull: { head: 'feature' } });
  const workspace = checkout(server, repo, 'feature');
  // actions/checkout leaves the token in .git/config for later git commands.
  execFileSync('git', [
    '-C',
    workspace,
    'config',
    'http.https://github.com/.extraheader',
    `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  ]);
  const run = await runActionEntry(
    'diff',
    { 'project-dir': 'deploy', 'github-token': token, ...inputs },
    {
      ...runnerEnv(server, repo, workspace),
      ...eventEnv('pull_request', {
        action: 'synchronize',
        number: pr,
        pull_request: { number: pr, base: { ref: 'main' }, head: { ref: 'feature', sha: headSha } },
      }),
      GITHUB_TOKEN: token,
      ACTIONS_RUNTIME_TOKEN: `runtime-${token}`,
      DEPLOY_PASSWORD: ENV_SECRET,
    },
  );
  const result = run.outputs['result-json'];
  const texts = [
    run.stdout,
    run.summary,
    JSON.stringify(run.outputs),
    ...(result ? [readFileSync(result, 'utf8')] : []),
    ...server.comments(repo, pr).map((c) => c.body),
  ];
  return { run, texts };
}

function assertNoSecret(texts: string[]): void {
  const b64 = Buffer.from(token).toString('base64');
  for (const text of texts) {
    // The runner masks the token only where ::add-mask:: registered it; nothing else may echo it.
    const withoutMask = text
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(withoutMask).not.toContain(token);
    expect(withoutMask).not.toContain(b64.slice(0, 16));
    expect(withoutMask).not.toContain(ENV_SECRET);
  }
}

describe('a pull request cannot read the runner secrets through systemEnvVars', () => {
  it.each([
    ['GITHUB_TOKEN'],
    ['INPUT_GITHUB-TOKEN'],
    ['ACTIONS_RUNTIME_TOKEN'],
    ['DEPLOY_PASSWORD'],
  ])('%s', async (name) => {
    const { run, texts } = await diffOf({
      'deploy/deployment.yaml': `vars:\n  - systemEnvVars:\n      stolen: "${name}"\ndeployments:\n  - path: app\n`,
      'deploy/app/cm.yaml': configMap('app', { v: '{{ stolen }}' }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`environment variable ${name} may hold a secret of the runner`);
    assertNoSecret(texts);
  });

  it('unless the workflow allows the name through allow-env', async () => {
    const { run } = await diffOf(
      {
        'deploy/deployment.yaml':
          'vars:\n  - systemEnvVars:\n      pw: DEPLOY_PASSWORD\ndeployments:\n  - path: app\n',
        'deploy/app/cm.yaml': configMap('app', { v: '{{ pw | length }}' }),
      },
      { 'allow-env': 'DEPLOY_*' },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain(`v: "${ENV_SECRET.length}"`);
  });

  it('and even an allowed secret is redacted from everything the action publishes', async () => {
    const { run, texts } = await diffOf(
      {
        'deploy/deployment.yaml':
          'vars:\n  - systemEnvVars:\n      pw: DEPLOY_PASSWORD\ndeployments:\n  - path: app\n',
        'deploy/app/cm.yaml': configMap('app', { v: '{{ pw }}', b: '{{ pw | b64encode }}' }),
      },
      { 'allow-env': 'DEPLOY_PASSWORD' },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('+  v: ***');
    expect(run.summary).toContain('+  b: ***');
    assertNoSecret(texts);
    expect(texts.join('\n')).not.toContain(Buffer.from(ENV_SECRET).toString('base64'));
  });
});

describe('a pull request cannot read files of the runner', () => {
  it('kustomize configMapGenerator of /proc/self/environ', async () => {
    const { run, texts } = await diffOf({
      'deploy/app/kustomization.yaml':
        'resources: [cm.yaml]\nconfigMapGenerator:\n  - name: env\n    files: [/proc/self/environ]\n',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/not in or below/);
    assertNoSecret(texts);
  });

  it('a template loading the checkout credentials from .git/config', async () => {
    const { run, texts } = await diffOf({
      'deploy/app/cm.yaml': configMap('app', { v: "{{ load_base64('../../.git/config') }}" }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/inside a .git directory/);
    assertNoSecret(texts);
  });

  it('a raise() of a secret it could not read leaves nothing behind', async () => {
    const { run, texts } = await diffOf({
      'deploy/deployment.yaml':
        'vars:\n  - systemEnvVars:\n      t: "GITHUB_TOKEN:none"\ndeployments:\n  - path: app\n',
      'deploy/app/cm.yaml': "{{ raise('token is ' ~ t) }}\n",
    });
    expect(run.code).toBe(1);
    assertNoSecret(texts);
  });
});
