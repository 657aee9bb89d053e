/**
 * actions/helm-update, run from the bundled dist/helm-update.js as the runner runs it, against
 * the GitHub stand-in (a real git repository behind GitHub's API) and a real chart repository.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChartSources } from '../../src/helm/chart-sources.js';
import { helmPull } from '../../src/helm/pull.js';
import { git, checkout, runnerEnv } from '../actions/helpers.js';
import { runActionEntry, type ActionRun } from '../support/action.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import { toolUnavailable } from '../support/tools.js';
import {
  packageChart,
  scratch,
  startChartRepo,
  TOOLS_PATH,
  type ChartRepoServer,
} from './support/helm.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const unavailable =
  toolUnavailable('helm') ??
  (existsSync(path.join(repoRoot, 'dist/helm-update.js'))
    ? undefined
    : 'dist/helm-update.js is missing: run npm run bundle');
if (unavailable) console.warn(`skipping the helm-update action tests: ${unavailable}`);

const appChart = (v: string, image: string) => ({
  name: 'app',
  version: v,
  bare: true,
  files: {
    'values.yaml': 'replicas: 1\n',
    'templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-settings\ndata:\n  chart: "${v}"\n  replicas: "{{ .Values.replicas }}"\n`,
    'templates/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`,
  },
});

/** Every file under dir, as repository path → content. */
function readTree(dir: string, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out[`${prefix}${p}`] = readFileSync(path.join(dir, p), 'utf8');
    }
  };
  walk('');
  return out;
}

describe.skipIf(unavailable)('actions/helm-update (bundled dist/helm-update.js)', () => {
  let server: GitHubServer;
  let token: string;
  let charts: ChartRepoServer;
  let files: Record<string, string>;
  let full: string;
  let workspace: string;
  let first: ActionRun;
  let branch: string;
  const port = () => charts.host.split(':')[1];

  beforeAll(async () => {
    server = await startGitHubServer();
    token = server.issueToken();
    const dir = scratch('action-charts');
    await packageChart(dir, appChart('1.0.0', 'nginx:1.25'));
    await packageChart(dir, appChart('1.1.0', 'nginx:1.27'));
    await packageChart(dir, appChart('2.0.0', 'nginx:1.29'));
    for (const v of ['1.0.0', '1.1.0'])
      await packageChart(dir, {
        name: 'db',
        version: v,
        bare: true,
        files: {
          'templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\ndata:\n  v: "${v}"\n`,
        },
      });
    charts = await startChartRepo(dir);

    // The project, vendored with helm-pull as a user would have committed it.
    const project = scratch('action-project');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
      writeFileSync(path.join(project, rel), text);
    };
    write(
      '.kluctl.yaml',
      'targets:\n  - name: prod\n    args: {replicas: 3}\n  - name: staging\n    args: {replicas: 1}\n',
    );
    write('deployment.yaml', 'deployments:\n  - path: app\n');
    write(
      'app/helm-chart.yaml',
      `helmChart:\n  repo: ${charts.url}\n  chartName: app\n  chartVersion: 1.0.0 # pinned\n  updateConstraints: ~1\n  releaseName: app\n  namespace: apps\n`,
    );
    write('app/helm-values.yaml', 'replicas: {{ args.replicas }}\n');
    const sources = await openChartSources({ HOME: scratch('home') });
    await helmPull({ projectDir: project, sources }).finally(() => sources.close());
    files = readTree(project, 'deploy/');
    full = 'acme/charts';
    await server.createRepo(full, { files });
    workspace = checkout(server, full, 'main');
    branch = `shipshape/helm-update-deploy/app-127.0.0.1-${port()}`;
    first = await update({ labels: 'dependencies' });
  });
  afterAll(async () => {
    await server?.close();
    await charts?.stop();
  });

  function update(
    inputs: Record<string, string> = {},
    command = 'helm-update',
  ): Promise<ActionRun> {
    return runActionEntry(
      command,
      { 'project-dir': 'deploy', 'github-token': token, ...inputs },
      { ...runnerEnv(server, full, workspace), GITHUB_EVENT_NAME: 'schedule', PATH: TOOLS_PATH },
    );
  }
  const open = () => server.pullRequests(full).filter((p) => p.state === 'open');
  const fileAt = (ref: string, file: string) =>
    git(server.repo(full).git.dir, 'show', `${ref}:${file}`);
  const vendored = (v: string) => `deploy/.helm-charts/http_${port()}_127.0.0.1/app/${v}`;

  it.sequential(
    'opens one pull request with the new chartVersion and the re-vendored chart, as a verified commit',
    () => {
      expect(first.code, first.stdout).toBe(0);
      expect(first.outputs['updated-count']).toBe('1');
      expect(open().map((p) => [p.title, p.pull!.head, p.labels])).toEqual([
        ['Update Helm chart app from 1.0.0 to 1.1.0', branch, ['dependencies']],
      ]);
      // Only the version changed in helm-chart.yaml, the comment kept.
      expect(fileAt(branch, 'deploy/app/helm-chart.yaml')).toBe(
        files['deploy/app/helm-chart.yaml']
          .replace('chartVersion: 1.0.0 # pinned', 'chartVersion: 1.1.0 # pinned')
          .trimEnd(),
      );
      expect(fileAt(branch, `${vendored('1.1.0')}/Chart.yaml`)).toContain('version: 1.1.0');
      expect(fileAt(branch, `${vendored('1.1.0')}/templates/cm.yaml`)).toContain('chart: "1.1.0"');
      expect(() => fileAt(branch, `${vendored('1.0.0')}/Chart.yaml`)).toThrow();
      const dir = server.repo(full).git.dir;
      expect(git(dir, 'rev-parse', `${branch}^`)).toBe(git(dir, 'rev-parse', 'main'));
      expect(server.verification(full, git(dir, 'rev-parse', branch))).toBe('valid');
      expect(git(workspace, 'status', '--porcelain')).toBe('');
    },
  );

  it.sequential('shows per target what the update changes in the rendered objects', () => {
    const [pr] = open();
    const body = pr.body ?? '';
    expect(body).toContain(
      `| \`app\` (\`${charts.url}\`) | \`1.0.0\` | \`1.1.0\` | \`~1\` | \`deploy/app/helm-chart.yaml:4\` |`,
    );
    expect(body).toContain(
      '- `app` `1.1.0`: 3 versions seen; 1 outside \\~1: 1\\.1\\.0 is the newest of 3 versions that updateConstraints "\\~1" allows',
    );
    expect(body).toContain(
      `The vendored chart files change too: added \`${vendored('1.1.0')}\`, removed \`${vendored('1.0.0')}\`.`,
    );
    expect(body).toContain('### What changes in the rendered objects');
    for (const target of ['prod', 'staging'])
      expect(body).toContain(`#### Target \`${target}\`: 0 new, 2 changed, 0 deleted, 0 unchanged`);
    expect(body).toContain(
      '<summary><code>ConfigMap</code> <code>app-settings</code> (1 field)</summary>',
    );
    expect(body).toContain('-  chart: 1.0.0\n+  chart: 1.1.0');
    expect(body).toContain('-        - image: nginx:1.25\n+        - image: nginx:1.27');
  });

  it.sequential('never prints the token except to mask it', () => {
    expect(first.stdout.split('\n').filter((l) => l.includes(token))).toEqual([
      `::add-mask::${token}`,
    ]);
    expect(first.summary).not.toContain(token);
    expect(first.summary).toContain(
      `[#${open()[0].number}](${server.url}/${full}/pull/${open()[0].number}) created`,
    );
  });

  it.sequential('changes nothing when run again with nothing new', async () => {
    const again = await update({ labels: 'dependencies' });
    expect(again.code, again.stdout).toBe(0);
    expect(server.pullRequests(full)).toHaveLength(1);
    expect(JSON.parse(again.outputs['pull-requests-json'])).toMatchObject([
      { operation: 'unchanged', branch },
    ]);
  });

  it.sequential(
    'reports without opening anything on a dry run, through the root action too',
    async () => {
      const dry = await update({ command: 'helm-update', 'dry-run': 'true' }, 'action');
      expect(dry.code, dry.stdout).toBe(0);
      expect(dry.summary).toContain('### shipshape helm-update (dry run)');
      expect(dry.summary).toContain('not opened (dry run)');
      expect(server.pullRequests(full)).toHaveLength(1);
    },
  );

  it.sequential(
    'fails naming the chart and line when no version is allowed, annotating the file',
    async () => {
      await server.push(full, 'main', {
        'deploy/app/helm-chart.yaml': files['deploy/app/helm-chart.yaml'].replace('~1', '~5'),
      });
      git(workspace, 'pull', '--quiet', '--ff-only');
      const run = await update();
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        "::error title=shipshape helm-update%3A app,file=deploy/app/helm-chart.yaml,line=5::app: no version found that satisfies constraints '~5'",
      );
    },
  );

  it('puts every chart update into one pull request with group-by: all', async () => {
    const project = scratch('grouped-project');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
      writeFileSync(path.join(project, rel), text);
    };
    write('.kluctl.yaml', '');
    write('deployment.yaml', 'deployments:\n  - path: app\n  - path: db\n');
    for (const chart of ['app', 'db'])
      write(
        `${chart}/helm-chart.yaml`,
        `helmChart:\n  repo: ${charts.url}\n  chartName: ${chart}\n  chartVersion: 1.0.0\n  updateConstraints: ~1\n  releaseName: ${chart}\n`,
      );
    const sources = await openChartSources({ HOME: scratch('home') });
    await helmPull({ projectDir: project, sources }).finally(() => sources.close());
    const repoName = 'acme/grouped';
    await server.createRepo(repoName, { files: readTree(project, 'deploy/') });
    const ws = checkout(server, repoName, 'main');
    const run = await runActionEntry(
      'helm-update',
      { 'project-dir': 'deploy', 'github-token': token, 'group-by': 'all' },
      { ...runnerEnv(server, repoName, ws), GITHUB_EVENT_NAME: 'schedule', PATH: TOOLS_PATH },
    );
    expect(run.code, run.stdout).toBe(0);
    const prs = server.pullRequests(repoName).filter((p) => p.state === 'open');
    expect(prs.map((p) => [p.title, p.pull!.head])).toEqual([
      ['Update 2 Helm charts', 'shipshape/helm-update-deploy/all'],
    ]);
    const show = (file: string) =>
      git(server.repo(repoName).git.dir, 'show', `shipshape/helm-update-deploy/all:${file}`);
    expect(show('deploy/app/helm-chart.yaml')).toContain('chartVersion: 1.1.0');
    expect(show('deploy/db/helm-chart.yaml')).toContain('chartVersion: 1.1.0');
    expect(prs[0].body).toContain('#### Project: 0 new, 3 changed, 0 deleted, 0 unchanged');
  });
});
