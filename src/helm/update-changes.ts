/**
 * The files a set of chart updates changes, without touching the checkout: each
 * helm-chart.yaml with its new version (format-preserving), the new version's chart files in
 * `.helm-charts` (pulled into a scratch directory), and the files of versions no
 * helm-chart.yaml uses any more, deleted. This is what `helm-update --upgrade` followed by
 * `helm-pull` would change, for just these updates; the helm-update action commits it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HelmChartConfig } from './chart-config.js';
import type { ChartSourceContext } from './chart-sources.js';
import { chartKey, HELM_CHARTS_DIR, pulledChartDir, versionDirName } from './layout.js';
import { loadChartFiles, pullToScratch } from './pull.js';
import { editChartVersion, type ChartUpdate } from './update.js';

/** A file as it should be (UTF-8 text or bytes), or `content: null` to delete it. Paths are relative to the repository. */
export interface PlannedChange {
  path: string;
  content: string | Buffer | null;
}

export interface ChangeSummary {
  changes: PlannedChange[];
  /** Version directories added and removed, relative to the repository. */
  added: string[];
  removed: string[];
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() || e.isSymbolicLink()) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Vendored versions per chart, given each release's version. */
function vendored(
  charts: HelmChartConfig[],
  versionOf: (c: HelmChartConfig) => string,
): Map<string, { chart: HelmChartConfig; versions: Set<string> }> {
  const out = new Map<string, { chart: HelmChartConfig; versions: Set<string> }>();
  for (const c of charts) {
    if (c.kind === 'local' || c.skipPrePull) continue;
    const e = out.get(chartKey(c)) ?? { chart: c, versions: new Set<string>() };
    e.versions.add(versionOf(c));
    out.set(chartKey(c), e);
  }
  return out;
}

export async function chartUpdateChanges(opts: {
  /** The repository root: change paths are relative to it. */
  root: string;
  projectDir: string;
  /** Updates with `file` relative to the project. */
  updates: readonly ChartUpdate[];
  sources: ChartSourceContext;
}): Promise<ChangeSummary> {
  const { root, projectDir } = opts;
  const repoPath = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const chartsRoot = path.join(projectDir, HELM_CHARTS_DIR);
  const { charts } = loadChartFiles(projectDir);
  const byFile = new Map(opts.updates.map((u) => [path.join(projectDir, ...u.file.split('/')), u]));

  const changes: PlannedChange[] = [];
  for (const [file, u] of byFile) {
    const text = readFileSync(file, 'utf8');
    changes.push({
      path: repoPath(file),
      content: editChartVersion(text, file, u, u.path.split('.')),
    });
  }

  const newVersion = (c: HelmChartConfig) => {
    const u = byFile.get(c.file);
    if (!u) return versionDirName(c);
    return c.kind === 'git'
      ? versionDirName({ ...c, git: { ...c.git!, ref: { tag: u.latest } } })
      : u.latest;
  };
  const before = vendored(charts, versionDirName);
  const after = vendored(charts, newVersion);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [key, { chart, versions }] of after) {
    for (const v of versions) {
      if (before.get(key)?.versions.has(v)) continue;
      const dest = pulledChartDir(chartsRoot, chart, v);
      if (existsSync(path.join(dest, 'Chart.yaml'))) continue;
      const src = await pullToScratch(chart, v, opts.sources);
      for (const f of filesUnder(src))
        changes.push({
          path: repoPath(path.join(dest, path.relative(src, f))),
          content: readFileSync(f),
        });
      added.push(repoPath(dest));
    }
  }
  for (const [key, { chart, versions }] of before) {
    for (const v of versions) {
      if (after.get(key)?.versions.has(v)) continue;
      const dir = pulledChartDir(chartsRoot, chart, v);
      const files = filesUnder(dir);
      if (!files.length) continue;
      for (const f of files) changes.push({ path: repoPath(f), content: null });
      removed.push(repoPath(dir));
    }
  }
  return { changes, added, removed };
}
