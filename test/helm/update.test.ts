import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { toolUnavailable } from '../support/tools.js';
import {
  gitChartRepo,
  gitSync,
  packageChart,
  pushOci,
  scratch,
  startChartRepo,
  startGitDaemon,
  type ChartRepoServer,
  type GitDaemon,
} from './support/helm.js';

const unavailable = toolUnavailable('helm') ?? registryUnavailable();
if (unavailable) console.warn(`skipping the helm-update tests: ${unavailable}`);

describe.skipIf(unavailable)('helm-update', () => {
  let repo: ChartRepoServer;
  let registry: RegistryInstance;
  let daemon: GitDaemon;
  const home = () => ({ HOME: scratch('home') });

  beforeAll(async () => {
    const dir = scratch('update-repo');
    for (const v of ['0.1.0', '0.1.1', '0.2.0', '1.1.0', '1.1.1', '1.2.1', '1.3.0-rc.1'])
      await packageChart(dir, {
        name: 'app',
        version: v,
        bare: true,
        files: {
          'templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  v: "${v}"\n`,
        },
      });
    repo = await startChartRepo(dir);
    registry = await startRegistry();
    for (const v of ['1.0.0', '1.1.0'])
      await pushOci(
        await packageChart(scratch('oci'), { name: 'ocichart', version: v, bare: true }),
        registry.host,
        'charts',
      );
    const base = scratch('git');
    const chart = (v: string) => ({
      'chart/Chart.yaml': `apiVersion: v2\nname: chart\nversion: ${v}\n`,
    });
    gitChartRepo(base, 'gitcharts', [
      { tag: 'v1.0.0', files: chart('1.0.0') },
      { tag: 'v1.1.0', files: chart('1.1.0') },
      { tag: 'not-a-version', files: chart('1.1.0') },
    ]);
    daemon = await startGitDaemon(base);
  });
  afterAll(async () => {
    await repo?.stop();
    await registry?.stop();
    await daemon?.stop();
  });

  function project(): string {
    const dir = scratch('update-project');
    const files: Record<string, string> = {
      '.kluctl.yaml': 'targets:\n  - name: prod\n',
      'deployment.yaml': 'deployments:\n  - path: a\n',
      // Comments, quoting and order must survive the edit.
      'a/helm-chart.yaml': `# the app, patch releases only\nhelmChart:\n  repo: ${repo.url}   # our repository\n  chartName: app\n  chartVersion: "0.1.0"\n  updateConstraints: ~0.1.0\n  releaseName: a\n`,
      'b/helm-chart.yaml': `helmChart:\n  repo: ${repo.url}\n  chartName: app\n  chartVersion: 0.1.0\n  releaseName: b\n`,
      'c/helm-chart.yaml': `helmChart:\n  repo: ${repo.url}\n  chartName: app\n  chartVersion: 1.2.1\n  releaseName: c\n`,
      'd/helm-chart.yaml': `helmChart:\n  repo: ${repo.url}\n  chartName: app\n  chartVersion: 0.1.0\n  skipUpdate: true\n  releaseName: d\n`,
      'e/helm-chart.yaml': 'helmChart:\n  path: chart\n  releaseName: e\n',
      'f/helm-chart.yaml': `helmChart:\n  repo: ${repo.url}\n  chartName: app\n  chartVersion: 1.1.0\n  updateConstraints: ~3.0.0\n  releaseName: f\n`,
      'g/helm-chart.yaml': `helmChart:\n  repo: oci://${registry.host}/charts/ocichart\n  chartVersion: 1.0.0\n  releaseName: g\n`,
      'h/helm-chart.yaml': `helmChart:\n  git:\n    url: ${daemon.url}/gitcharts.git\n    ref:\n      tag: v1.0.0\n    subDir: chart\n  releaseName: h\n`,
      'i/helm-chart.yaml': `helmChart:\n  repo: ${repo.url}\n  chartName: app\n  chartVersion: 1.1.0\n  updateConstraints: ~1.3.0-0\n  releaseName: i\n`,
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  }

  it('reports the newest allowed version per chart, with why, and exits 1 for the chart without one', async () => {
    const dir = project();
    const res = await runCli(['helm-update', '--project-dir', dir, '-o', 'json'], { env: home() });
    expect(res.code).toBe(1);
    const report = JSON.parse(res.stdout);
    const brief = (u: { file: string; current: string; latest: string }) =>
      `${u.file} ${u.current} -> ${u.latest}`;
    expect(report.updates.map(brief)).toEqual([
      'a/helm-chart.yaml 0.1.0 -> 0.1.1',
      'b/helm-chart.yaml 0.1.0 -> 1.2.1',
      'g/helm-chart.yaml 1.0.0 -> 1.1.0',
      'h/helm-chart.yaml v1.0.0 -> v1.1.0',
      'i/helm-chart.yaml 1.1.0 -> 1.3.0-rc.1',
    ]);
    expect(report.upToDate.map(brief)).toEqual(['c/helm-chart.yaml 1.2.1 -> 1.2.1']);
    expect(report.skipped).toEqual([
      { chart: 'app', file: 'd/helm-chart.yaml', reason: 'skipUpdate: true' },
      {
        chart: 'chart',
        file: 'e/helm-chart.yaml',
        reason: 'local chart (path): versioned with the project',
      },
    ]);
    expect(report.errors).toEqual([
      {
        chart: 'app',
        file: 'f/helm-chart.yaml',
        line: 5,
        error:
          "app: no version found that satisfies constraints '~3.0.0' (the source offers 7 versions)",
        hint: 'widen updateConstraints in helm-chart.yaml',
      },
    ]);
    expect(report.updates[0]).toMatchObject({
      line: 5,
      path: 'helmChart.chartVersion',
      constraint: '~0.1.0',
      explanation: {
        seen: 7,
        outsideConstraint: 5,
        newestAllowed: '0.1.1',
        why: '0.1.1 is the newest of 7 versions that updateConstraints "~0.1.0" allows',
      },
    });
    expect(report.updates[1].explanation).toMatchObject({
      prereleases: 1,
      why: '1.2.1 is the newest of 7 versions that no updateConstraints (pre-releases excluded) allows',
    });
    expect(report.updates[3]).toMatchObject({
      path: 'helmChart.git.ref.tag',
      explanation: { notSemver: 1 },
    });
    // Nothing was written without --upgrade.
    expect(readFileSync(path.join(dir, 'a/helm-chart.yaml'), 'utf8')).toContain(
      'chartVersion: "0.1.0"',
    );
  });

  it('--upgrade edits only the version, format-preserving, and pulls the new versions', async () => {
    const dir = project();
    gitSync(dir, 'init', '-q');
    gitSync(dir, 'add', '-A');
    gitSync(dir, 'commit', '-q', '-m', 'x');
    await runCli(['helm-pull', '--project-dir', dir], { env: home() });
    expect(
      existsSync(
        path.join(
          dir,
          `.helm-charts/http_${repo.host.split(':')[1]}_127.0.0.1/app/0.1.0/Chart.yaml`,
        ),
      ),
    ).toBe(true);
    gitSync(dir, 'add', '-A');
    gitSync(dir, 'commit', '-q', '-m', 'pulled');

    const res = await runCli(['helm-update', '--project-dir', dir, '--upgrade'], { env: home() });
    expect(res.stdout).toContain('updated app 0.1.0 -> 0.1.1  a/helm-chart.yaml:5  [~0.1.0]');
    const diff = gitSync(dir, 'diff', '-U0', '--', '*/helm-chart.yaml');
    const changed = diff.split('\n').filter((l) => /^[-+] /.test(l));
    expect(changed).toEqual([
      '-  chartVersion: "0.1.0"',
      '+  chartVersion: "0.1.1"',
      '-  chartVersion: 0.1.0',
      '+  chartVersion: 1.2.1',
      '-  chartVersion: 1.0.0',
      '+  chartVersion: 1.1.0',
      '-      tag: v1.0.0',
      '+      tag: v1.1.0',
      '-  chartVersion: 1.1.0',
      '+  chartVersion: 1.3.0-rc.1',
    ]);
    const charts = path.join(dir, `.helm-charts/http_${repo.host.split(':')[1]}_127.0.0.1/app`);
    // 0.1.0 stays (d/ skips updates and still uses it), 1.1.0 and the old ones of a, b, i are replaced.
    expect(
      ['0.1.0', '0.1.1', '1.2.1', '1.3.0-rc.1'].map((v) =>
        existsSync(path.join(charts, v, 'Chart.yaml')),
      ),
    ).toEqual([true, true, true, true]);
    expect(existsSync(path.join(charts, '1.1.0'))).toBe(true); // f still pins 1.1.0
    const port = daemon.url.split(':').pop();
    expect(
      existsSync(
        path.join(
          dir,
          `.helm-charts/git_git_${port}_127.0.0.1/gitcharts/chart/refs/tags/v1.1.0/Chart.yaml`,
        ),
      ),
    ).toBe(true);
    expect(
      existsSync(
        path.join(dir, `.helm-charts/git_git_${port}_127.0.0.1/gitcharts/chart/refs/tags/v1.0.0`),
      ),
    ).toBe(false);
  });
});
