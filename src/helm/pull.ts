/**
 * `helm-pull`: every chart a project's helm-chart.yaml files name, pulled into
 * `.helm-charts` in kluctl's layout (layout.ts). A version already there is not fetched
 * again; versions of a chart that no helm-chart.yaml asks for any more are removed, as
 * kluctl does. Each version is pulled into a staging directory inside `.helm-charts` and
 * moved into place only when complete, so a failure never leaves half a chart behind.
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { findYamlFileSync } from '../project/find-file.js';
import { UserError } from '../util/errors.js';
import { isInside } from '../util/project-boundary.js';
import { parseRawChartYaml, readChartConfig, type HelmChartConfig } from './chart-config.js';
import { helmScratchDir } from './chart-files.js';
import { chartSource, type ChartSourceContext } from './chart-sources.js';
import {
  chartKey,
  HELM_CHARTS_DIR,
  isChartFile,
  pulledChartDir,
  versionDirName,
} from './layout.js';

export interface ChartFileError {
  file?: string;
  line?: number;
  chart?: string;
  error: string;
  hint?: string;
}

const SKIP_DIRS = new Set(['.git', HELM_CHARTS_DIR, 'node_modules']);

/** Every helm-chart.yaml / .yml below `dir` (not in .git, .helm-charts or chart directories), sorted. */
export function findChartFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true });
    // A chart's own files are the chart's, not the project's.
    if (d !== dir && entries.some((e) => e.name === 'Chart.yaml')) return;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(path.join(d, e.name));
      } else if (e.isFile() && isChartFile(e.name)) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/** The project root helm-pull and helm-update work on: it must hold .kluctl.yaml or deployment.yaml. */
export function checkProjectRoot(projectDir: string): string {
  const root = path.resolve(projectDir);
  if (!existsSync(root))
    throw new UserError(`project directory ${projectDir} does not exist`, {}, 'pass --project-dir');
  if (!findYamlFileSync(root, '.kluctl') && !findYamlFileSync(root, 'deployment'))
    throw new UserError(
      `${root} is not the root of a kluctl project (no .kluctl.yaml or deployment.yaml)`,
      {},
      'run it in the project root or pass --project-dir: .helm-charts lives next to .kluctl.yaml',
    );
  return root;
}

export interface LoadedCharts {
  charts: HelmChartConfig[];
  errors: ChartFileError[];
}

/** Reads every helm-chart.yaml unrendered (as kluctl's helm-pull does); bad files become errors. */
export function loadChartFiles(root: string): LoadedCharts {
  const charts: HelmChartConfig[] = [];
  const errors: ChartFileError[] = [];
  for (const file of findChartFiles(root)) {
    try {
      charts.push(
        readChartConfig(parseRawChartYaml(readFileSync(file, 'utf8'), file), { rendered: false }),
      );
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push({ file: err.file ?? file, line: err.line, error: err.message, hint: err.hint });
    }
  }
  return { charts, errors };
}

/** Refuses `.helm-charts` paths that go through a symbolic link (they could lead anywhere). */
export function checkNoLinks(chartsRoot: string, dir: string): void {
  const rel = path.relative(path.dirname(chartsRoot), dir).split(path.sep);
  let p = path.dirname(chartsRoot);
  for (const part of rel) {
    p = path.join(p, part);
    let st;
    try {
      st = lstatSync(p);
    } catch {
      return;
    }
    if (st.isSymbolicLink())
      throw new UserError(
        `${path.relative(path.dirname(chartsRoot), p)} is a symbolic link; pulled charts are only written to real directories`,
        {},
        `remove the link from ${HELM_CHARTS_DIR}`,
      );
  }
}

export interface PulledVersion {
  chart: string;
  source: string;
  version: string;
  /** Relative to the project. */
  dir: string;
}

export interface HelmPullReport {
  pulled: PulledVersion[];
  upToDate: PulledVersion[];
  removed: PulledVersion[];
  /** Charts not pulled: local charts and skipPrePull ones. */
  skipped: { chart: string; file: string; reason: string }[];
  errors: ChartFileError[];
}

export interface HelmPullOptions {
  projectDir: string;
  sources: ChartSourceContext;
  /** Pull every version again, even those already in .helm-charts. */
  force?: boolean;
  log?: (line: string) => void;
  concurrency?: number;
}

/** Pulls one version of a chart into `target` through a staging directory. */
export async function pullVersion(
  chart: HelmChartConfig,
  version: string,
  chartsRoot: string,
  target: string,
  sources: ChartSourceContext,
): Promise<void> {
  checkNoLinks(chartsRoot, target);
  mkdirSync(chartsRoot, { recursive: true });
  const staging = path.join(chartsRoot, `.shipshape-staging-${randomBytes(6).toString('hex')}`);
  try {
    const dest = path.join(staging, 'chart');
    await chartSource(chart, sources).pull(version, dest);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(dest, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

// Versions pulled outside a project (skipPrePull renders, helm-update plans), once per process.
const scratchPulls = new Map<string, Promise<string>>();

/** A version pulled into this process's scratch directory (once); its directory. */
export function pullToScratch(
  chart: HelmChartConfig,
  version: string,
  sources: ChartSourceContext,
): Promise<string> {
  const key = `${chartKey(chart)}\n${version}`;
  let p = scratchPulls.get(key);
  if (!p) {
    p = (async () => {
      const root = path.join(helmScratchDir(), 'pulled');
      const target = pulledChartDir(root, chart, version);
      if (!existsSync(path.join(target, 'Chart.yaml')))
        await pullVersion(chart, version, root, target, sources);
      return target;
    })();
    scratchPulls.set(key, p);
    p.catch(() => scratchPulls.delete(key));
  }
  return p;
}

/** Version directories below a chart's directory: those holding Chart.yaml (or, for repo/OCI charts, every directory as kluctl sees it). */
function existingVersions(chartDir: string, chart: HelmChartConfig): string[] {
  if (!existsSync(chartDir)) return [];
  if (chart.kind !== 'git')
    return readdirSync(chartDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  const out: string[] = [];
  const walk = (d: string, rel: string[]) => {
    if (existsSync(path.join(d, 'Chart.yaml'))) return void out.push(rel.join('/'));
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(path.join(d, e.name), [...rel, e.name]);
  };
  for (const top of ['refs', 'commit', 'HEAD'])
    if (existsSync(path.join(chartDir, top))) walk(path.join(chartDir, top), [top]);
  return out;
}

export async function helmPull(opts: HelmPullOptions): Promise<HelmPullReport> {
  const root = checkProjectRoot(opts.projectDir);
  const log = opts.log ?? (() => undefined);
  const chartsRoot = path.join(root, HELM_CHARTS_DIR);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const { charts, errors } = loadChartFiles(root);
  const report: HelmPullReport = { pulled: [], upToDate: [], removed: [], skipped: [], errors };
  if (existsSync(chartsRoot) && lstatSync(chartsRoot).isSymbolicLink())
    throw new UserError(`${HELM_CHARTS_DIR} is a symbolic link`, {}, 'make it a real directory');
  // Staging directories of an interrupted run.
  if (existsSync(chartsRoot))
    for (const e of readdirSync(chartsRoot))
      if (e.startsWith('.shipshape-staging-'))
        rmSync(path.join(chartsRoot, e), { recursive: true, force: true });

  const byChart = new Map<string, { chart: HelmChartConfig; versions: Set<string> }>();
  for (const c of charts) {
    if (c.kind === 'local') {
      report.skipped.push({ chart: c.chartName, file: rel(c.file), reason: 'local chart (path)' });
      continue;
    }
    const entry = byChart.get(chartKey(c)) ?? { chart: c, versions: new Set<string>() };
    byChart.set(chartKey(c), entry);
    if (c.skipPrePull)
      report.skipped.push({
        chart: c.chartName,
        file: rel(c.file),
        reason: 'skipPrePull: pulled when rendering',
      });
    else entry.versions.add(versionDirName(c));
  }
  const chartDirs = [...byChart.values()].map((e) => pulledChartDir(chartsRoot, e.chart));

  const limit = pLimit(opts.concurrency ?? 4);
  const tasks: Promise<void>[] = [];
  for (const { chart, versions } of byChart.values()) {
    const chartDir = pulledChartDir(chartsRoot, chart);
    const source = chart.kind === 'git' ? (chart.git?.url as string) : (chart.repo as string);
    for (const v of existingVersions(chartDir, chart)) {
      const dir = path.join(chartDir, ...v.split('/'));
      // Another chart's directory below this one is not a version of this chart.
      if (versions.has(v) || chartDirs.some((d) => d !== chartDir && isInside(dir, d))) continue;
      checkNoLinks(chartsRoot, dir);
      rmSync(dir, { recursive: true, force: true });
      report.removed.push({ chart: chart.chartName, source, version: v, dir: rel(dir) });
      log(`${chart.chartName}: removed version ${v}, which no helm-chart.yaml uses any more`);
    }
    for (const version of [...versions].sort()) {
      const dir = pulledChartDir(chartsRoot, chart, version);
      const entry = { chart: chart.chartName, source, version, dir: rel(dir) };
      if (!opts.force && existsSync(path.join(dir, 'Chart.yaml'))) {
        report.upToDate.push(entry);
        continue;
      }
      tasks.push(
        limit(async () => {
          const started = Date.now();
          try {
            await pullVersion(chart, version, chartsRoot, dir, opts.sources);
            report.pulled.push(entry);
            log(
              `${chart.chartName}: pulled ${version} into ${entry.dir} (${Date.now() - started} ms)`,
            );
          } catch (err) {
            if (!(err instanceof UserError)) throw err;
            report.errors.push({
              chart: chart.chartName,
              file: err.file,
              line: err.line,
              error: err.message,
              hint: err.hint,
            });
          }
        }),
      );
    }
  }
  await Promise.all(tasks);
  const byDir = (a: PulledVersion, b: PulledVersion) =>
    a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0;
  report.pulled.sort(byDir);
  report.upToDate.sort(byDir);
  report.removed.sort(byDir);
  return report;
}
