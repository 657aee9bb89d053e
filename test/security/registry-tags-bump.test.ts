import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, git, runnerEnv } from '../actions/helpers.js';
import { runCli } from '../support/cli.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { writeProject } from '../support/project.js';
import { runActionFromSource, workflowCommands } from './action-from-source.js';
import { startFakeRegistry, type FakeRegistry } from './registry-fake.js';

// Each sorts above the real tags under the filters used here (semver, glob:*), so only
// validation keeps it out; each would do harm wherever it reached.
const HOSTILE_TAGS = [
  '9.9.9\n::error::pwned',
  '9.9.9\n\nSigned-off-by: Mallory <mallory@evil.example>',
  `9.9.9@sha256:${'e'.repeat(64)}`,
  '9.9.9\u0000nul',
  '9.9.9\u2028separator',
  '9.9.9/../../../etc/passwd',
  '9.9.9 with spaces',
  '9.9.9%0A::warning::pwned',
  '９.９.９',
  '::error::pwned',
];
/** What must show nowhere: a piece of every hostile tag. */
const MARKERS = /pwned|Mallory|@sha256:e|\bnul\b|\u2028|separator|passwd|with spaces|９/;

function projectFiles(host: string): Record<string, string> {
  return {
    'deploy/deployment.yaml': 'deployments:\n  - path: app\n',
    'deploy/images.yaml': `images:\n  - image: ${host}/team/app\n    resultImage: ${host}/team/app:1.0.0\n`,
    'deploy/app/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: "{{ images.get_image('${host}/team/app') }}"
`,
    'deploy/flux/worker.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  annotations:
    fluxcd.io/automated: "true"
    fluxcd.io/tag.worker: glob:*
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ${host}/team/worker:1.0.0
`,
  };
}

let reg: FakeRegistry;
beforeAll(async () => {
  reg = await startFakeRegistry({
    tags: {
      'team/app': ['1.0.0', '1.1.0', ...HOSTILE_TAGS],
      'team/worker': ['1.0.0', '1.1.0', ...HOSTILE_TAGS],
    },
    // Newest last: a hostile tag would win a by-time pick (Flux glob) if it were a candidate.
    created: (_, tag) =>
      tag === '1.0.0'
        ? '2024-01-01T00:00:00Z'
        : tag === '1.1.0'
          ? '2024-06-01T00:00:00Z'
          : '2025-01-01T00:00:00Z',
  });
});
afterAll(() => reg?.stop());

/** Every request path the registry got is one the API defines, for a real tag or digest. */
function expectOnlyValidRequests(): void {
  for (const r of reg.requests)
    expect(r.path).toMatch(
      /^\/v2\/((team\/(app|worker))\/(tags\/list(\?n=\d+)?|manifests\/(1\.[01]\.0|sha256:[a-f0-9]{64})|blobs\/sha256:[a-f0-9]{64}))?$/,
    );
}

describe('hostile registry tags through the image-bump CLI', () => {
  it('bumps to the newest real tag, counts the rest as rejected, and shows none of them', async () => {
    const dir = writeProject(projectFiles(reg.host));
    const project = path.join(dir, 'deploy');
    const args = [
      'image-bump',
      '--project-dir',
      project,
      '--fixed-images-file',
      `${project}/images.yaml`,
    ];
    const json = await runCli([...args, '--dry-run', '-o', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.updates.map((u: { latest: string }) => u.latest)).toEqual(['1.1.0', '1.1.0']);
    for (const u of report.updates) {
      expect(u.explanation.invalidTagsIgnored).toBe(HOSTILE_TAGS.length);
      expect(u.explanation.tags).toBe(2);
    }

    const text = await runCli(args);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${HOSTILE_TAGS.length} invalid tag names rejected`);
    for (const out of [json.stdout, json.stderr, text.stdout, text.stderr]) {
      expect(out).not.toMatch(MARKERS);
      expect(workflowCommands(out)).toEqual([]);
    }
    const images = readFileSync(`${project}/images.yaml`, 'utf8');
    expect(images).toBe(
      `images:\n  - image: ${reg.host}/team/app\n    resultImage: ${reg.host}/team/app:1.1.0\n`,
    );
    const flux = readFileSync(`${project}/flux/worker.yaml`, 'utf8');
    expect(flux).toContain(`image: ${reg.host}/team/worker:1.1.0\n`);
    expect(flux).not.toMatch(MARKERS);
    expectOnlyValidRequests();
  });
});

describe('hostile registry tags through the image-bump action (GitHub stand-in)', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer();
  });
  afterAll(() => server?.close());

  it('opens pull requests whose title, body, commit and files carry no hostile tag', async () => {
    const full = 'acme/hostile-tags';
    await server.createRepo(full, { files: projectFiles(reg.host) });
    const workspace = checkout(server, full, 'main');
    const run = await runActionFromSource(
      'image-bump',
      {
        'project-dir': 'deploy',
        'fixed-images-files': 'deploy/images.yaml',
        'group-by': 'all',
        'github-token': server.issueToken(),
      },
      { ...runnerEnv(server, full, workspace), GITHUB_EVENT_NAME: 'schedule' },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const prs = server.pullRequests(full);
    expect(prs).toHaveLength(1);
    const [pr] = prs;
    expect(pr.title).toBe('Bump 2 images');
    expect(pr.body).toContain(`${HOSTILE_TAGS.length} invalid tag names rejected`);
    const dir = server.repo(full).git.dir;
    const branch = pr.pull!.head;
    const message = git(dir, 'log', '-1', '--format=%B', branch);
    const files =
      git(dir, 'show', `${branch}:deploy/images.yaml`) +
      git(dir, 'show', `${branch}:deploy/flux/worker.yaml`);
    expect(files).toContain(`${reg.host}/team/app:1.1.0`);
    expect(files).toContain(`${reg.host}/team/worker:1.1.0`);
    expect(git(dir, 'log', '-1', '--format=%(trailers)', branch)).toBe('');
    for (const out of [
      pr.title,
      pr.body ?? '',
      message,
      files,
      run.summary,
      run.outputs,
      run.stdout,
      run.stderr,
    ])
      expect(out).not.toMatch(MARKERS);
    expect(
      workflowCommands(run.stdout + run.stderr).filter(
        (c) => c !== 'group' && c !== 'endgroup' && c !== 'add-mask',
      ),
    ).toEqual([]);
    expectOnlyValidRequests();
  });
});
