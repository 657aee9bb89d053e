/**
 * `helm-chart.yaml`: where a chart comes from, which version, and how it is rendered.
 * kluctl's Helm integration docs are the spec, kluctl the oracle; the `git` source is the
 * one later kluctl versions added. Every problem names the file, the line and the fix.
 */
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { isPlainObject } from '../util/merge.js';
import { Schema } from '../util/schema.js';
import { parseYaml, type LocatedYaml } from '../util/yaml.js';
import { parseChartVersion, parseConstraint } from './semver.js';

export const DEFAULT_OUTPUT = 'helm-rendered.yaml';

/** A git reference: exactly one of branch, tag, commit. */
export interface GitRef {
  branch?: string;
  tag?: string;
  commit?: string;
}

export interface GitChartSource {
  url: string;
  ref?: GitRef;
  /** Directory of the chart inside the repository ('' for its root). */
  subDir: string;
}

export type ChartSourceKind = 'repo' | 'oci' | 'git' | 'local';

export interface HelmChartConfig {
  /** The file it was read from (absolute), for messages and edits. */
  file: string;
  kind: ChartSourceKind;
  /** HTTP(S) repository URL or `oci://` chart URL. */
  repo?: string;
  /** Local chart, relative to the directory of helm-chart.yaml. */
  path?: string;
  git?: GitChartSource;
  /** The chart's name: chartName, the last part of an OCI URL, or of the git subDir / URL. */
  chartName: string;
  /** Repository and OCI charts: the pinned version. Git charts: the ref (tag, branch or commit). */
  chartVersion?: string;
  updateConstraints?: string;
  skipUpdate: boolean;
  skipPrePull: boolean;
  releaseName: string;
  namespace?: string;
  output: string;
  skipCRDs: boolean;
  /** kluctl's deprecated credentialsId; read, not used (credentials match by host). */
  credentialsId?: string;
}

const FIELDS = {
  repo: 'string',
  path: 'string',
  git: 'map',
  credentialsId: 'string',
  chartName: 'string',
  chartVersion: 'string',
  updateConstraints: 'string',
  releaseName: 'string',
  namespace: 'string',
  output: 'string',
  skipCRDs: 'boolean',
  skipUpdate: 'boolean',
  skipPrePull: 'boolean',
} as const;

const GIT_FIELDS = { url: 'string', ref: 'any', subDir: 'string' } as const;
const REF_FIELDS = { branch: 'string', tag: 'string', commit: 'string' } as const;

export const isOciUrl = (repo: string) => repo.startsWith('oci://');

/** The name a git chart goes by: its subDir's last part, else the repository's. */
function gitChartName(git: GitChartSource): string {
  const base = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? '';
  if (git.subDir) return base(git.subDir);
  return base(git.url.replace(/\.git\/?$/, '').replace(/^[^:/]+@[^:]+:/, '/'));
}

function scalarText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return String(v);
}

const TEMPLATE_STATEMENT = /\{%|\{#/;

/**
 * Refuses a helm-chart.yaml that is not plain YAML before rendering: `helm-pull` reads it
 * without a target, so it cannot render it (kluctl's documented limitation).
 */
export function parseRawChartYaml(text: string, file: string): LocatedYaml {
  const m = TEMPLATE_STATEMENT.exec(text);
  if (m) {
    const line = text.slice(0, m.index).split('\n').length;
    throw new UserError(
      'helm-chart.yaml must stay plain YAML: it uses a template statement ({% ... %} or {# ... #})',
      { file, line },
      'helm-pull reads helm-chart.yaml without a target, so it cannot render it: keep control structures out (put conditions in helm-values.yaml or in deployment.yaml `when`), and quote values that contain {{ }} expressions',
    );
  }
  try {
    return parseYaml(text, file);
  } catch (err) {
    if (err instanceof UserError)
      throw new UserError(
        `${err.message} (helm-chart.yaml must be valid YAML before it is rendered)`,
        { file, line: err.line, col: err.col },
        'quote values that contain {{ }} expressions, e.g. namespace: "{{ target.name }}"',
      );
    throw err;
  }
}

/**
 * Reads a parsed helm-chart.yaml. `rendered` says whether templates were rendered; when
 * not (helm-pull, helm-update), fields that decide what to pull may not contain `{{`.
 */
export function readChartConfig(doc: LocatedYaml, opts: { rendered: boolean }): HelmChartConfig {
  const schema = new Schema(doc);
  const top = schema.object(doc.value ?? {}, [], 'helm-chart.yaml', { helmChart: 'map' }, [
    'helmChart',
  ]);
  const at = ['helmChart'];
  // `namespace: {{ x }}` is a YAML mapping, not a template: say how to write it.
  if (isPlainObject(top.helmChart))
    for (const [k, type] of Object.entries(FIELDS)) {
      const v = top.helmChart[k];
      if (type === 'string' && (isPlainObject(v) || Array.isArray(v)))
        throw schema.error(
          [...at, k],
          `helmChart.${k} must be a string`,
          `quote values that contain {{ }} expressions, e.g. ${k}: "{{ target.name }}"`,
        );
    }
  const c = schema.object(top.helmChart, at, 'helmChart', FIELDS, ['releaseName']);
  const err = (field: string | undefined, message: string, hint?: string) =>
    schema.error(field ? [...at, field] : at, message, hint);
  const str = (k: keyof typeof FIELDS) => scalarText(c[k]);

  const sources = (['repo', 'path', 'git'] as const).filter(
    (k) => c[k] !== undefined && c[k] !== null && c[k] !== '',
  );
  if (sources.length === 0)
    throw err(
      undefined,
      'helmChart needs one of repo, path or git',
      'add repo (with chartName and chartVersion), path (a chart inside the project) or git',
    );
  if (sources.length > 1)
    throw err(
      sources[1],
      `helmChart can have only one of repo, path and git (found ${sources.join(', ')})`,
      `remove ${sources.slice(1).join(' and ')}`,
    );

  if (!opts.rendered) {
    for (const k of ['repo', 'path', 'chartName', 'chartVersion'] as const) {
      if (str(k)?.includes('{{'))
        throw err(
          k,
          `${k} contains a template expression, but helm-pull and helm-update read helm-chart.yaml without rendering it`,
          `write ${k} as a plain value`,
        );
    }
  }

  const releaseName = str('releaseName') as string;
  const output = str('output') ?? DEFAULT_OUTPUT;
  if (path.isAbsolute(output) || output.split(/[/\\]/).includes('..') || output === '')
    throw err(
      'output',
      `output "${output}" must be a file name inside the directory of helm-chart.yaml`,
      'use a relative file name such as helm-rendered.yaml',
    );

  const base = {
    file: doc.file,
    releaseName,
    namespace: str('namespace'),
    output,
    skipCRDs: c.skipCRDs === true,
    skipUpdate: c.skipUpdate === true,
    skipPrePull: c.skipPrePull === true,
    credentialsId: str('credentialsId'),
    updateConstraints: str('updateConstraints'),
  };
  if (base.updateConstraints !== undefined) {
    try {
      parseConstraint(base.updateConstraints);
    } catch (e) {
      throw err(
        'updateConstraints',
        `invalid updateConstraints "${base.updateConstraints}": ${(e as Error).message}`,
        'use the Masterminds semver syntax, e.g. ~1.2.0, ^2, >=1.0.0 <2.0.0',
      );
    }
  }
  const chartVersion = str('chartVersion');

  if (sources[0] === 'path') {
    for (const k of ['chartName', 'chartVersion', 'updateConstraints'] as const) {
      if (c[k] !== undefined && c[k] !== null)
        throw err(
          k,
          `${k} can not be used with path (a local chart has its own name and version in Chart.yaml)`,
          `remove ${k}, or use repo/git instead of path`,
        );
    }
    const p = str('path') as string;
    if (path.isAbsolute(p))
      throw err(
        'path',
        `path "${p}" is absolute`,
        'write it relative to the directory of helm-chart.yaml; the chart must be inside the project',
      );
    return { ...base, kind: 'local', path: p, chartName: path.basename(p) };
  }

  if (sources[0] === 'git') {
    const git = readGit(schema, c.git);
    if (c.chartName !== undefined && c.chartName !== null)
      throw err(
        'chartName',
        'chartName can not be used with git: the chart is named by git.subDir (or the repository)',
        'remove chartName',
      );
    if (chartVersion !== undefined)
      throw err(
        'chartVersion',
        'chartVersion can not be used with git: the git ref is the version',
        'pin the version with git.ref.tag (or branch / commit) and remove chartVersion',
      );
    const name = gitChartName(git);
    if (!/[a-zA-Z_-]/.test(name))
      throw err(
        'git',
        `cannot tell the chart's name from the git source "${git.url}"${git.subDir ? ` (subDir ${git.subDir})` : ''}`,
        'point subDir at the chart directory',
      );
    const ref = git.ref;
    return {
      ...base,
      kind: 'git',
      git,
      chartName: name,
      chartVersion: ref ? (ref.tag ?? ref.branch ?? ref.commit) : undefined,
    };
  }

  const repo = (str('repo') as string).trim();
  let url: URL;
  try {
    url = new URL(repo);
  } catch {
    throw err(
      'repo',
      `repo "${repo}" is not a URL`,
      'write the repository URL, e.g. https://charts.example.com or oci://registry.example.com/charts/name',
    );
  }
  if (!['http:', 'https:', 'oci:'].includes(url.protocol))
    throw err(
      'repo',
      `repo "${repo}" has the unsupported scheme ${url.protocol.slice(0, -1)}`,
      'use an http(s):// chart repository or an oci:// chart',
    );
  if (url.username || url.password)
    throw err(
      'repo',
      'repo must not contain credentials',
      'remove them from the URL; pass credentials with KLUCTL_HELM_* variables, --helm-* flags or helm repo add',
    );
  if (chartVersion === undefined)
    throw err(
      undefined,
      'helmChart with repo needs chartVersion',
      'add chartVersion: the chart version to pull (shipshape helm-update lists the available ones)',
    );
  if (!parseChartVersion(chartVersion))
    throw err(
      'chartVersion',
      `chartVersion "${chartVersion}" is not a semantic version`,
      'write a version such as 1.2.3',
    );
  if (isOciUrl(repo)) {
    if (c.chartName !== undefined && c.chartName !== null)
      throw err(
        'chartName',
        'chartName can not be used with an oci:// repo: the chart is the last part of the URL',
        `remove chartName, and end repo with the chart's name (oci://host/path/${String(c.chartName)})`,
      );
    const name = repo.replace(/\/+$/, '').split('/').pop() ?? '';
    if (!/[a-zA-Z_-]/.test(name) || url.pathname.replace(/\/+$/, '') === '')
      throw err(
        'repo',
        `invalid OCI chart URL "${repo}"`,
        'write it as oci://host/path/chart-name',
      );
    return { ...base, kind: 'oci', repo, chartName: name, chartVersion };
  }
  const chartName = str('chartName');
  if (!chartName)
    throw err(
      undefined,
      'helmChart with an http(s) repo needs chartName',
      'add chartName: the name of the chart in the repository',
    );
  if (chartName.includes('/') || chartName === '.' || chartName === '..')
    throw err(
      'chartName',
      `chartName "${chartName}" is not a chart name`,
      'write the name as listed in the repository index',
    );
  return { ...base, kind: 'repo', repo, chartName, chartVersion };
}

function readGit(schema: Schema, value: unknown): GitChartSource {
  const at = ['helmChart', 'git'];
  const g = schema.object(value, at, 'helmChart.git', GIT_FIELDS, ['url']);
  const url = String(g.url);
  let ref: GitRef | undefined;
  if (typeof g.ref === 'string') {
    // The older string form names a branch or tag; tags are what helm-update can bump.
    ref = g.ref.startsWith('refs/tags/')
      ? { tag: g.ref.slice('refs/tags/'.length) }
      : { branch: g.ref.replace(/^refs\/heads\//, '') };
  } else if (g.ref !== undefined && g.ref !== null) {
    if (!isPlainObject(g.ref))
      throw schema.error(
        [...at, 'ref'],
        'git.ref must be a mapping with one of branch, tag or commit',
      );
    const r = schema.object(g.ref, [...at, 'ref'], 'git.ref', REF_FIELDS);
    const set = Object.keys(r).filter((k) => r[k] !== undefined && r[k] !== null && r[k] !== '');
    if (set.length !== 1)
      throw schema.error(
        [...at, 'ref'],
        'git.ref needs exactly one of branch, tag or commit',
        'e.g. ref: {tag: v1.2.3}',
      );
    ref = { [set[0]]: String(r[set[0]]) } as GitRef;
    if (ref.commit && !/^[0-9a-f]{7,64}$/i.test(ref.commit))
      throw schema.error(
        [...at, 'ref', 'commit'],
        `git.ref.commit "${ref.commit}" is not a commit id`,
        'write the full hexadecimal commit id',
      );
  }
  const subDir =
    g.subDir === undefined || g.subDir === null ? '' : String(g.subDir).replace(/^\/+|\/+$/g, '');
  if (subDir.split('/').includes('..') || path.isAbsolute(String(g.subDir ?? '')))
    throw schema.error(
      [...at, 'subDir'],
      `git.subDir "${String(g.subDir)}" must be a path inside the repository`,
      'write it relative to the repository root, without ..',
    );
  return { url, ref, subDir };
}
