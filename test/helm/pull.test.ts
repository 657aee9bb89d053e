import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChartSources } from '../../src/helm/chart-sources.js';
import { helmPull } from '../../src/helm/pull.js';
import { runCli } from '../support/cli.js';
import { makeServerCert } from '../support/registry/certs.js';
import { freePort } from '../support/registry/net.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { toolUnavailable } from '../support/tools.js';
import {
  gitChartRepo,
  kluctl,
  packageChart,
  pushOci,
  scratch,
  startChartRepo,
  startGitDaemon,
  treeOf,
  type ChartRepoServer,
  type GitDaemon,
} from './support/helm.js';

const unavailable = toolUnavailable('helm') ?? toolUnavailable('kluctl') ?? registryUnavailable();
if (unavailable) console.warn(`skipping the helm-pull tests: ${unavailable}`);

const chartYaml = (lines: Record<string, string | boolean>) =>
  `helmChart:\n${Object.entries(lines)
    .map(([k, v]) => `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`)
    .join('\n')}\n`;

/** A project: .kluctl.yaml, one item per helm-chart.yaml. */
function project(charts: Record<string, Record<string, string | boolean>>): string {
  const dir = scratch('project');
  writeFileSync(path.join(dir, '.kluctl.yaml'), 'targets:\n  - name: test\n');
  writeFileSync(
    path.join(dir, 'deployment.yaml'),
    `deployments:\n${Object.keys(charts)
      .map((d) => `  - path: ${d}\n`)
      .join('')}`,
  );
  for (const [item, fields] of Object.entries(charts)) {
    mkdirSync(path.join(dir, item), { recursive: true });
    writeFileSync(path.join(dir, item, 'helm-chart.yaml'), chartYaml(fields));
  }
  return dir;
}

async function pull(dir: string, env: Record<string, string | undefined> = {}, force = false) {
  const sources = await openChartSources({ HOME: scratch('home'), ...env });
  try {
    return await helmPull({ projectDir: dir, sources, force });
  } finally {
    await sources.close();
  }
}

const tgzRequests = (repo: ChartRepoServer) => repo.log.filter((l) => l.path.endsWith('.tgz'));

describe.skipIf(unavailable)('helm-pull', () => {
  let repo: ChartRepoServer;
  beforeAll(async () => {
    const dir = scratch('repo');
    for (const v of ['0.1.0', '0.2.0', '1.0.0-rc.1'])
      await packageChart(dir, { name: 'demo', version: v });
    await packageChart(dir, { name: 'other', version: '1.0.0' });
    repo = await startChartRepo(dir, { basePath: '/stable/Charts' });
  });
  afterAll(() => repo?.stop());

  it('vendors charts exactly as kluctl helm-pull does (same files, same layout)', async () => {
    const ours = project({
      a: { repo: repo.url, chartName: 'demo', chartVersion: '0.1.0', releaseName: 'a' },
      b: { repo: repo.url, chartName: 'demo', chartVersion: '0.2.0', releaseName: 'b' },
      c: { repo: `${repo.url}/`, chartName: 'other', chartVersion: '1.0.0', releaseName: 'c' },
    });
    const theirs = scratch('kluctl-project');
    cpSync(ours, theirs, { recursive: true });
    const report = await pull(ours);
    expect(report.errors).toEqual([]);
    await kluctl(['helm-pull'], theirs);
    const tree = treeOf(path.join(ours, '.helm-charts'));
    expect(tree).toEqual(treeOf(path.join(theirs, '.helm-charts')));
    // Host and port in the scheme part, the path lower-cased, then chart and version.
    const port = repo.host.split(':')[1];
    expect(report.pulled.map((p) => p.dir)).toEqual([
      `.helm-charts/http_${port}_127.0.0.1/stable/charts/demo/0.1.0`,
      `.helm-charts/http_${port}_127.0.0.1/stable/charts/demo/0.2.0`,
      `.helm-charts/http_${port}_127.0.0.1/stable/charts/other/1.0.0`,
    ]);
    expect(Object.keys(tree)).toContain(
      `http_${port}_127.0.0.1/stable/charts/demo/0.1.0/templates/deployment.yaml`,
    );
  });

  it('a project vendored by kluctl is up to date for shipshape, and the other way round', async () => {
    const dir = project({
      a: { repo: repo.url, chartName: 'demo', chartVersion: '0.1.0', releaseName: 'a' },
    });
    await kluctl(['helm-pull'], dir);
    const before = repo.log.length;
    const report = await pull(dir);
    expect(report.pulled).toEqual([]);
    expect(report.upToDate.map((u) => u.version)).toEqual(['0.1.0']);
    expect(tgzRequests({ ...repo, log: repo.log.slice(before) })).toEqual([]);
  });

  it('does not fetch what is already pulled, and removes versions nothing uses any more', async () => {
    const dir = project({
      a: { repo: repo.url, chartName: 'demo', chartVersion: '0.1.0', releaseName: 'a' },
    });
    await pull(dir);
    const before = repo.log.length;
    const again = await pull(dir);
    expect(again.upToDate).toHaveLength(1);
    expect(repo.log.slice(before).filter((l) => l.path.endsWith('.tgz'))).toEqual([]);

    writeFileSync(
      path.join(dir, 'a/helm-chart.yaml'),
      chartYaml({ repo: repo.url, chartName: 'demo', chartVersion: '0.2.0', releaseName: 'a' }),
    );
    const bumped = await pull(dir);
    expect(bumped.pulled.map((p) => p.version)).toEqual(['0.2.0']);
    expect(bumped.removed.map((p) => p.version)).toEqual(['0.1.0']);
    const demoDir = path.join(dir, bumped.pulled[0].dir, '..');
    expect(readdirSync(demoDir)).toEqual(['0.2.0']);

    // --force pulls again.
    const forced = await pull(dir, {}, true);
    expect(forced.pulled.map((p) => p.version)).toEqual(['0.2.0']);
  });

  it('skips local charts and skipPrePull charts', async () => {
    const dir = project({
      a: {
        repo: repo.url,
        chartName: 'demo',
        chartVersion: '0.1.0',
        releaseName: 'a',
        skipPrePull: true,
      },
      b: { path: 'chart', releaseName: 'b' },
    });
    const report = await pull(dir);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'skipPrePull: pulled when rendering',
      'local chart (path)',
    ]);
    expect(existsSync(path.join(dir, '.helm-charts'))).toBe(false);
  });

  it('names what exists when the chart or the version is not there, and leaves nothing half-pulled', async () => {
    const dir = project({
      a: { repo: repo.url, chartName: 'dmeo', chartVersion: '0.1.0', releaseName: 'a' },
      b: { repo: repo.url, chartName: 'demo', chartVersion: '9.9.9', releaseName: 'b' },
    });
    const report = await pull(dir);
    expect(report.errors.map((e) => [e.file?.endsWith('/helm-chart.yaml'), e.error])).toEqual([
      [true, `chart "dmeo" not found in ${repo.url} (it has demo, other)`],
      [
        true,
        `version 9.9.9 of chart demo not found in ${repo.url} (it has 1.0.0-rc.1, 0.2.0, 0.1.0)`,
      ],
    ]);
    expect(readdirSync(path.join(dir, '.helm-charts'))).toEqual([]);
  });

  it('leaves nothing behind when a download fails half-way', async () => {
    const dir = project({
      a: { repo: repo.url, chartName: 'other', chartVersion: '1.0.0', releaseName: 'a' },
    });
    repo.faults.set('/stable/Charts/other-1.0.0.tgz', 404);
    try {
      const report = await pull(dir);
      expect(report.errors[0].error).toBe(
        `downloading other 1.0.0 from ${repo.url} failed with HTTP 404`,
      );
    } finally {
      repo.faults.clear();
    }
    expect(readdirSync(path.join(dir, '.helm-charts'))).toEqual([]);
  });

  it('says when the repository cannot be reached', async () => {
    const port = await freePort();
    const dir = project({
      a: {
        repo: `http://127.0.0.1:${port}/charts`,
        chartName: 'demo',
        chartVersion: '0.1.0',
        releaseName: 'a',
      },
    });
    const report = await pull(dir);
    expect(report.errors[0].error).toBe(
      `cannot reach the chart repository http://127.0.0.1:${port} (connection refused)`,
    );
    expect(report.errors[0].hint).toMatch(/check the repo URL/);
  });

  it('the CLI prints what it did and exits 1 on errors', async () => {
    const dir = project({
      a: { repo: repo.url, chartName: 'demo', chartVersion: '0.1.0', releaseName: 'a' },
    });
    const ok = await runCli(['helm-pull', '--project-dir', dir], {
      env: { HOME: scratch('home') },
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('pulled demo 0.1.0 into .helm-charts/');
    expect(ok.stdout).toContain('1 pulled, 0 already pulled, 0 removed, 0 skipped, 0 errors');
    const json = await runCli(['helm-pull', '--project-dir', dir, '-o', 'json'], {
      env: { HOME: scratch('home') },
    });
    expect(JSON.parse(json.stdout).upToDate).toHaveLength(1);
    const notRoot = await runCli(['helm-pull', '--project-dir', path.join(dir, 'a')]);
    expect(notRoot.code).toBe(1);
    expect(notRoot.stderr).toMatch(/is not the root of a kluctl project/);
  });
});

describe.skipIf(unavailable)('helm-pull credentials', () => {
  const username = 'chart-reader';
  const password = 's3cr3t-Pa55word!';
  let repo: ChartRepoServer;
  let tlsRepo: ChartRepoServer;
  let ca: string;
  beforeAll(async () => {
    const dir = scratch('private');
    await packageChart(dir, { name: 'private', version: '1.0.0' });
    repo = await startChartRepo(dir, { basicAuth: { username, password } });
    const certs = makeServerCert(scratch('certs'));
    ca = certs.caFile;
    const tlsDir = scratch('tls');
    await packageChart(tlsDir, { name: 'secure', version: '2.0.0' });
    tlsRepo = await startChartRepo(tlsDir, { tls: certs });
  });
  afterAll(async () => {
    await repo?.stop();
    await tlsRepo?.stop();
  });

  const privateProject = () =>
    project({
      a: { repo: repo.url, chartName: 'private', chartVersion: '1.0.0', releaseName: 'a' },
    });

  it('asks for credentials when the repository wants some, naming the ways to give them', async () => {
    const report = await pull(privateProject());
    expect(report.errors[0].error).toBe(
      `the chart repository ${repo.url} requires credentials (HTTP 401) while reading index.yaml, and none were found for ${repo.url}`,
    );
    expect(report.errors[0].hint).toContain(`KLUCTL_HELM_HOST=${repo.host}`);
  });

  it('uses KLUCTL_HELM_* sets matched by host (and path glob)', async () => {
    const wrongPath = await pull(privateProject(), {
      KLUCTL_HELM_1_HOST: repo.host,
      KLUCTL_HELM_1_PATH: 'other/*',
      KLUCTL_HELM_1_USERNAME: username,
      KLUCTL_HELM_1_PASSWORD: password,
    });
    expect(wrongPath.errors[0].error).toMatch(/requires credentials/);
    const report = await pull(privateProject(), {
      KLUCTL_HELM_HOST: repo.host,
      KLUCTL_HELM_USERNAME: username,
      KLUCTL_HELM_PASSWORD: password,
    });
    expect(report.errors).toEqual([]);
    expect(report.pulled).toHaveLength(1);
  });

  it('says which credentials were rejected, never their value', async () => {
    const report = await pull(privateProject(), {
      KLUCTL_HELM_2_HOST: repo.host,
      KLUCTL_HELM_2_USERNAME: username,
      KLUCTL_HELM_2_PASSWORD: 'wrong-password-123',
    });
    const text = JSON.stringify(report);
    expect(report.errors[0].error).toBe(
      `the chart repository ${repo.url} rejected the credentials from KLUCTL_HELM_2_* while reading index.yaml`,
    );
    expect(text).not.toContain('wrong-password-123');
  });

  it("uses the Helm CLI's repositories.yaml (matched by URL) and the --helm-creds flag", async () => {
    const home = scratch('helm-config');
    mkdirSync(path.join(home, 'helm'), { recursive: true });
    writeFileSync(
      path.join(home, 'helm/repositories.yaml'),
      `apiVersion: ""\nrepositories:\n  - name: anything\n    url: ${repo.url}/\n    username: ${username}\n    password: ${password}\n`,
    );
    expect((await pull(privateProject(), { XDG_CONFIG_HOME: home })).pulled).toHaveLength(1);

    const dir = privateProject();
    const res = await runCli(
      ['helm-pull', '--project-dir', dir, `--helm-creds=${repo.host}=${username}:${password}`],
      { env: { HOME: scratch('home') } },
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout + res.stderr).not.toContain(password);
  });

  it('verifies TLS with a CA from KLUCTL_HELM_CA_FILE, refuses an unknown CA, skips verification only when told', async () => {
    const dir = () =>
      project({
        a: { repo: tlsRepo.url, chartName: 'secure', chartVersion: '2.0.0', releaseName: 'a' },
      });
    const refused = await pull(dir());
    expect(refused.errors[0].error).toMatch(
      new RegExp(`^TLS verification of the chart repository ${tlsRepo.url} failed`),
    );
    expect(refused.errors[0].hint).toContain('KLUCTL_HELM_CA_FILE');
    expect(
      (await pull(dir(), { KLUCTL_HELM_HOST: tlsRepo.host, KLUCTL_HELM_CA_FILE: ca })).pulled,
    ).toHaveLength(1);
    expect(
      (
        await pull(dir(), {
          KLUCTL_HELM_HOST: tlsRepo.host,
          KLUCTL_HELM_INSECURE_SKIP_TLS_VERIFY: 'true',
        })
      ).pulled,
    ).toHaveLength(1);
  });
});

describe.skipIf(unavailable)('helm-pull of OCI charts', () => {
  let registry: RegistryInstance;
  beforeAll(async () => {
    registry = await startRegistry();
    const dir = scratch('oci');
    for (const v of ['1.0.0', '1.1.0'])
      await pushOci(
        await packageChart(dir, { name: 'ocidemo', version: v }),
        registry.host,
        'charts',
      );
  });
  afterAll(() => registry?.stop());

  it("pulls through the registry API into kluctl's layout, the same files kluctl pulls", async () => {
    const ours = project({
      a: { repo: `oci://${registry.host}/charts/ocidemo`, chartVersion: '1.1.0', releaseName: 'a' },
    });
    const theirs = scratch('kluctl-oci');
    cpSync(ours, theirs, { recursive: true });
    const report = await pull(ours);
    expect(report.errors).toEqual([]);
    const port = registry.host.split(':')[1];
    expect(report.pulled.map((p) => p.dir)).toEqual([
      `.helm-charts/oci_${port}_127.0.0.1/charts/ocidemo/1.1.0`,
    ]);
    await kluctl(['helm-pull'], theirs, {
      KLUCTL_REGISTRY_HOST: registry.host,
      KLUCTL_REGISTRY_PLAIN_HTTP: 'true',
    });
    expect(treeOf(path.join(ours, '.helm-charts'))).toEqual(
      treeOf(path.join(theirs, '.helm-charts')),
    );
  });

  it('lists the tags when the version does not exist', async () => {
    const report = await pull(
      project({
        a: {
          repo: `oci://${registry.host}/charts/ocidemo`,
          chartVersion: '2.0.0',
          releaseName: 'a',
        },
      }),
    );
    expect(report.errors[0].error).toBe(
      `version 2.0.0 of oci://${registry.host}/charts/ocidemo not found (it has 1.1.0, 1.0.0)`,
    );
  });
});

describe.skipIf(unavailable)('helm-pull of git charts', () => {
  let daemon: GitDaemon;
  beforeAll(async () => {
    const base = scratch('git');
    const chart = (v: string) => ({
      'charts/app/Chart.yaml': `apiVersion: v2\nname: app\nversion: ${v}\n`,
      'charts/app/templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  version: "${v}"\n`,
      'README.md': 'not part of the chart\n',
    });
    gitChartRepo(base, 'monorepo', [
      { tag: 'v1.0.0', files: chart('1.0.0') },
      { tag: 'v1.1.0', files: chart('1.1.0') },
    ]);
    daemon = await startGitDaemon(base);
  });
  afterAll(() => daemon?.stop());

  const gitChart = (ref: string) =>
    `helmChart:\n  git:\n    url: ${daemon.url}/monorepo.git\n    ref:\n      ${ref}\n    subDir: charts/app\n  releaseName: app\n`;

  it('clones the tag and vendors the chart directory under refs/tags/<tag>', async () => {
    const dir = project({});
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'app/helm-chart.yaml'), gitChart('tag: v1.0.0'));
    const report = await pull(dir);
    expect(report.errors).toEqual([]);
    const port = daemon.url.split(':').pop();
    const chartDir = `.helm-charts/git_git_${port}_127.0.0.1/monorepo/charts/app/refs/tags/v1.0.0`;
    expect(report.pulled.map((p) => p.dir)).toEqual([chartDir]);
    expect(readdirSync(path.join(dir, chartDir)).sort()).toEqual([
      '.git-info.yaml',
      'Chart.yaml',
      'templates',
    ]);
    expect(readFileSync(path.join(dir, chartDir, 'templates/cm.yaml'), 'utf8')).toContain(
      'version: "1.0.0"',
    );
  });

  it("refuses git URLs that read the machine's own repositories", async () => {
    const dir = project({});
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(
      path.join(dir, 'app/helm-chart.yaml'),
      gitChart('tag: v1.0.0').replace(/url: .*/, `url: file://${daemon.base}/monorepo.git`),
    );
    const report = await pull(dir);
    expect(report.errors[0].error).toMatch(/uses file, which charts may not use/);
    rmSync(path.join(dir, '.helm-charts'), { recursive: true, force: true });
  });
});

describe.skipIf(unavailable)('helm-pull of OCI charts: credentials', () => {
  const auth = { username: 'oci-reader', password: 'oci-Pa55word-xyz' };
  let registry: RegistryInstance;
  beforeAll(async () => {
    registry = await startRegistry({ htpasswd: auth });
    await pushOci(
      await packageChart(scratch('oci-auth'), { name: 'secret', version: '1.0.0', bare: true }),
      registry.host,
      'private',
      auth,
    );
  });
  afterAll(() => registry?.stop());

  const dir = () =>
    project({
      a: { repo: `oci://${registry.host}/private/secret`, chartVersion: '1.0.0', releaseName: 'a' },
    });

  it('says how to log in when the registry wants credentials', async () => {
    const report = await pull(dir());
    expect(report.errors[0].error).toBe(
      `${registry.host}/private/secret: the registry requires authentication and no credentials were found for ${registry.host}`,
    );
    expect(report.errors[0].hint).toContain('KLUCTL_REGISTRY_HOST');
  });

  it('uses KLUCTL_REGISTRY_*, docker login, helm registry login and --registry-creds', async () => {
    const b64 = Buffer.from(`${auth.username}:${auth.password}`).toString('base64');
    const configJson = JSON.stringify({ auths: { [registry.host]: { auth: b64 } } });
    const env = await pull(dir(), {
      KLUCTL_REGISTRY_HOST: registry.host,
      KLUCTL_REGISTRY_USERNAME: auth.username,
      KLUCTL_REGISTRY_PASSWORD: auth.password,
    });
    expect(env.errors).toEqual([]);

    const docker = scratch('docker');
    writeFileSync(path.join(docker, 'config.json'), configJson);
    expect((await pull(dir(), { DOCKER_CONFIG: docker })).errors).toEqual([]);

    const xdg = scratch('xdg');
    mkdirSync(path.join(xdg, 'helm/registry'), { recursive: true });
    writeFileSync(path.join(xdg, 'helm/registry/config.json'), configJson);
    expect((await pull(dir(), { XDG_CONFIG_HOME: xdg })).errors).toEqual([]);

    const res = await runCli(
      [
        'helm-pull',
        '--project-dir',
        dir(),
        `--registry-creds=${registry.host}=${auth.username}:${auth.password}`,
      ],
      { env: { HOME: scratch('home') } },
    );
    expect(res.code, res.stderr).toBe(0);
  });

  it('names the rejected credentials, never their value', async () => {
    const report = await pull(dir(), {
      KLUCTL_REGISTRY_HOST: registry.host,
      KLUCTL_REGISTRY_USERNAME: auth.username,
      KLUCTL_REGISTRY_PASSWORD: 'not-the-password-42',
    });
    expect(report.errors[0].error).toBe(
      `${registry.host}/private/secret: the registry rejected the credentials from KLUCTL_REGISTRY_*`,
    );
    expect(JSON.stringify(report)).not.toContain('not-the-password-42');
  });
});
