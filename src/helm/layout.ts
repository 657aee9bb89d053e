/**
 * Where a pulled chart lives in `.helm-charts`, exactly as kluctl lays it out, so that a
 * repository vendored by kluctl renders here unchanged and the other way round:
 *
 *   https://charts.example.com/stable + redis 1.2.3 → https_charts.example.com/stable/redis/1.2.3
 *   http://127.0.0.1:8080 + demo 0.1.0            → http_8080_127.0.0.1/demo/0.1.0
 *   oci://ghcr.io/org/charts/app 2.0.0            → oci_ghcr.io/org/charts/app/2.0.0
 *   git https://github.com/org/repo subDir charts/app, tag v1.0.0
 *                                                 → git_https_github.com/org/repo/charts/app/refs/tags/v1.0.0
 *
 * Host and path are lower-cased; a port other than the scheme's default is added to the
 * scheme part (OCI always names a port it has).
 */
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { isInside } from '../util/project-boundary.js';
import type { GitChartSource, GitRef, HelmChartConfig } from './chart-config.js';

export const HELM_CHARTS_DIR = '.helm-charts';

/** Whether a file name is an item's Helm chart declaration (kluctl matches it case-blind). */
export const isChartFile = (name: string) => /^helm-chart\.ya?ml$/i.test(name);

/** A git URL in URL form: scp-like `user@host:path` becomes `ssh://user@host/path`. */
export function gitUrl(text: string): URL {
  const scp = /^([^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(text);
  const candidate =
    scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)
      ? `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]}`
      : text;
  try {
    return new URL(candidate);
  } catch {
    throw new UserError(
      `"${text}" is not a git URL`,
      {},
      'write an https:// or ssh:// URL (or git@host:path)',
    );
  }
}

/** `refs/tags/<tag>`, `refs/heads/<branch>` or `commit/<id>`: the version part of a git chart's directory. */
export function gitRefPath(ref: GitRef | undefined): string {
  if (!ref) return 'HEAD';
  if (ref.tag) return `refs/tags/${ref.tag}`;
  if (ref.branch) return `refs/heads/${ref.branch}`;
  return `commit/${(ref.commit as string).toLowerCase()}`;
}

function registryPrefix(repo: string): string[] {
  const u = new URL(repo);
  const scheme = u.protocol.slice(0, -1);
  let port = u.port;
  if ((scheme === 'http' && port === '80') || (scheme === 'https' && port === '443')) port = '';
  const host = u.hostname.toLowerCase();
  const first = `${scheme}${port ? `_${port}` : ''}_${host}`;
  const segments = decodeURIComponent(u.pathname).toLowerCase().split('/').filter(Boolean);
  return [first, ...segments];
}

function gitPrefix(git: GitChartSource): string[] {
  const u = gitUrl(git.url);
  const scheme = u.protocol.slice(0, -1).toLowerCase();
  const first = `git_${scheme}${u.port ? `_${u.port}` : ''}_${u.hostname.toLowerCase()}`;
  const repoPath = decodeURIComponent(u.pathname)
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .toLowerCase();
  return [
    first,
    ...repoPath.split('/').filter(Boolean),
    ...git.subDir.toLowerCase().split('/').filter(Boolean),
  ];
}

/**
 * The directory holding every pulled version of a chart (`version` omitted) or one version.
 * Throws when a URL would lead outside `.helm-charts` (a path with `..`).
 */
export function pulledChartDir(
  chartsRoot: string,
  chart: HelmChartConfig,
  version?: string,
): string {
  let parts: string[];
  if (chart.kind === 'git') parts = gitPrefix(chart.git as GitChartSource);
  else if (chart.kind === 'repo' || chart.kind === 'oci') {
    parts = registryPrefix(chart.repo as string);
    if (chart.kind === 'repo') parts.push(chart.chartName);
  } else throw new Error('local charts are not pulled');
  if (version !== undefined) parts.push(...(chart.kind === 'git' ? version.split('/') : [version]));
  const dir = path.join(chartsRoot, ...parts);
  if (
    !isInside(chartsRoot, dir) ||
    dir === chartsRoot ||
    parts.some((p) => p === '..' || p === '.')
  )
    throw new UserError(
      `the chart source of ${chart.chartName} leads outside ${HELM_CHARTS_DIR}`,
      { file: chart.file },
      'remove ".." from the repository URL, chart name, git subDir or version',
    );
  return dir;
}

/** The version directory name of a chart: chartVersion, or the git ref's path. */
export function versionDirName(chart: HelmChartConfig): string {
  if (chart.kind === 'git') return gitRefPath(chart.git?.ref);
  return chart.chartVersion as string;
}

/** Charts that pull the same thing share one entry: repo + name (kluctl's key), or git URL + subDir. */
export function chartKey(chart: HelmChartConfig): string {
  if (chart.kind === 'git') return `git ${chart.git?.url} ${chart.git?.subDir}`;
  return `${chart.repo} / ${chart.chartName}`;
}
