/**
 * `helm-update`: for each chart without skipUpdate, the versions its source offers (index
 * entries, OCI tags, semver git tags), those `updateConstraints` allows (Masterminds
 * semantics: pre-releases only when the constraint has one; none at all without a
 * constraint), the newest of them, never a downgrade. With `upgrade`, chartVersion (or the
 * git tag) is edited in place, format-preserving, and the vendored charts are pulled again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { editYamlText, type ScalarEdit } from '../images/yaml-edit.js';
import { UserError } from '../util/errors.js';
import { parseYaml, type YamlPath } from '../util/yaml.js';
import type { HelmChartConfig } from './chart-config.js';
import { chartSource, type ChartSourceContext } from './chart-sources.js';
import { chartKey } from './layout.js';
import {
  checkProjectRoot,
  helmPull,
  loadChartFiles,
  type ChartFileError,
  type HelmPullReport,
} from './pull.js';
import { compareChartVersions, parseChartVersion, parseConstraint, satisfies } from './semver.js';

/** Why a version was picked: what was seen and what each rule left out. */
export interface VersionExplanation {
  /** Versions the source offers. */
  seen: number;
  /** Not semantic versions (ignored). */
  notSemver: number;
  /** Pre-releases dropped because there is no constraint. */
  prereleases: number;
  /** Outside updateConstraints. */
  outsideConstraint: number;
  /** The newest allowed version, or undefined when none is allowed. */
  newestAllowed?: string;
  /** One sentence. */
  why: string;
}

export type VersionDecision =
  | { kind: 'update'; latest: string; explanation: VersionExplanation }
  | { kind: 'up-to-date'; latest: string; explanation: VersionExplanation }
  | { kind: 'none-allowed'; explanation: VersionExplanation };

/** The newest version of `available` that the constraint allows, compared with `current`. */
export function decideChartVersion(
  available: readonly string[],
  current: string,
  constraint?: string,
): VersionDecision {
  const c = constraint === undefined ? undefined : parseConstraint(constraint);
  const x: VersionExplanation = {
    seen: available.length,
    notSemver: 0,
    prereleases: 0,
    outsideConstraint: 0,
    why: '',
  };
  let best: { text: string; v: NonNullable<ReturnType<typeof parseChartVersion>> } | undefined;
  for (const text of available) {
    const v = parseChartVersion(text);
    if (!v) {
      x.notSemver++;
      continue;
    }
    if (!c) {
      if (v.pre) {
        x.prereleases++;
        continue;
      }
    } else if (!satisfies(v, c)) {
      x.outsideConstraint++;
      continue;
    }
    // Equal precedence: the later one wins, as kluctl's stable sort does.
    if (!best || compareChartVersions(v, best.v) >= 0) best = { text, v };
  }
  const rule =
    constraint === undefined
      ? 'no updateConstraints (pre-releases excluded)'
      : `updateConstraints "${constraint}"`;
  if (!best) {
    x.why =
      constraint === undefined
        ? 'no version found'
        : `no version found that satisfies constraints '${constraint}'`;
    return { kind: 'none-allowed', explanation: x };
  }
  x.newestAllowed = best.text;
  const cur = parseChartVersion(current);
  const cmp = cur ? compareChartVersions(best.v, cur) : 1;
  if (best.text === current || cmp === 0) {
    x.why = `${current} is the newest version ${rule} allows`;
    return { kind: 'up-to-date', latest: current, explanation: x };
  }
  if (cmp < 0) {
    x.why = `the newest version ${rule} allows is ${best.text}, older than ${current}: never downgraded`;
    return { kind: 'up-to-date', latest: current, explanation: x };
  }
  x.why = `${best.text} is the newest of ${x.seen} versions that ${rule} allows`;
  return { kind: 'update', latest: best.text, explanation: x };
}

export interface ChartUpdate {
  chart: string;
  /** Repository URL, OCI URL or git URL. */
  source: string;
  kind: 'repo' | 'oci' | 'git';
  /** helm-chart.yaml, relative to the project. */
  file: string;
  line?: number;
  /** YAML path of the edited value (helmChart.chartVersion or helmChart.git.ref.tag). */
  path: string;
  current: string;
  latest: string;
  constraint?: string;
  releaseName: string;
  skipPrePull: boolean;
  explanation: VersionExplanation;
}

export interface HelmUpdateReport {
  upgrade: boolean;
  updates: ChartUpdate[];
  upToDate: ChartUpdate[];
  skipped: { chart: string; file: string; reason: string }[];
  errors: ChartFileError[];
  /** With upgrade: what pulling the new versions did. */
  pull?: HelmPullReport;
}

export interface HelmUpdateOptions {
  projectDir: string;
  sources: ChartSourceContext;
  /** Write the new versions into helm-chart.yaml and pull them. */
  upgrade?: boolean;
  log?: (line: string) => void;
  concurrency?: number;
}

/** What was seen and left out, then why: `12 versions seen; 3 outside ~1.2.0: 1.2.9 is the newest …`. */
export function explanationText(u: Pick<ChartUpdate, 'explanation' | 'constraint'>): string {
  const x = u.explanation;
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const parts = [`${plural(x.seen, 'version')} seen`];
  if (x.notSemver) parts.push(`${x.notSemver} not semantic versions`);
  if (x.prereleases)
    parts.push(`${plural(x.prereleases, 'pre-release')} left out (no updateConstraints)`);
  if (x.outsideConstraint) parts.push(`${x.outsideConstraint} outside ${u.constraint}`);
  return `${parts.join('; ')}: ${x.why}`;
}

/** Where a chart's version is written: chartVersion, or the git ref's tag. */
export function versionPath(chart: HelmChartConfig, doc: unknown): YamlPath {
  if (chart.kind !== 'git') return ['helmChart', 'chartVersion'];
  const ref = (doc as { helmChart?: { git?: { ref?: unknown } } })?.helmChart?.git?.ref;
  return typeof ref === 'string' ? ['helmChart', 'git', 'ref'] : ['helmChart', 'git', 'ref', 'tag'];
}

/** The text of a helm-chart.yaml with the chart's version replaced, everything else byte for byte. */
export function editChartVersion(
  text: string,
  file: string,
  u: Pick<ChartUpdate, 'current' | 'latest' | 'kind'>,
  yamlPath: YamlPath,
): string {
  const git = u.kind === 'git' && yamlPath.length === 3;
  const edit: ScalarEdit = {
    docIndex: 0,
    path: yamlPath,
    // The string form of a git ref may carry refs/tags/.
    expected: git && text.includes(`refs/tags/${u.current}`) ? `refs/tags/${u.current}` : u.current,
    value: git && text.includes(`refs/tags/${u.current}`) ? `refs/tags/${u.latest}` : u.latest,
  };
  const result = editYamlText(text, file, [edit]);
  if (result.failures.length) throw result.failures[0].error;
  return result.text;
}

const pathText = (p: YamlPath) => p.join('.');

export async function helmUpdate(opts: HelmUpdateOptions): Promise<HelmUpdateReport> {
  const root = checkProjectRoot(opts.projectDir);
  const log = opts.log ?? (() => undefined);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const { charts, errors } = loadChartFiles(root);
  const report: HelmUpdateReport = {
    upgrade: !!opts.upgrade,
    updates: [],
    upToDate: [],
    skipped: [],
    errors,
  };

  const wanted: HelmChartConfig[] = [];
  for (const c of charts) {
    if (c.kind === 'local')
      report.skipped.push({
        chart: c.chartName,
        file: rel(c.file),
        reason: 'local chart (path): versioned with the project',
      });
    else if (c.skipUpdate)
      report.skipped.push({ chart: c.chartName, file: rel(c.file), reason: 'skipUpdate: true' });
    else if (c.kind === 'git' && !c.git?.ref?.tag)
      report.skipped.push({
        chart: c.chartName,
        file: rel(c.file),
        reason: `pinned to ${c.git?.ref?.branch ? `branch ${c.git.ref.branch}` : c.git?.ref?.commit ? `commit ${c.git.ref.commit}` : 'the default branch'}; only tags are updated`,
      });
    else wanted.push(c);
  }

  // Versions once per chart source, in parallel.
  const limit = pLimit(opts.concurrency ?? 8);
  const versions = new Map<string, Promise<string[]>>();
  for (const c of wanted) {
    if (versions.has(chartKey(c))) continue;
    const p = limit(() => chartSource(c, opts.sources).listVersions());
    p.catch(() => undefined);
    versions.set(chartKey(c), p);
  }

  for (const c of wanted) {
    const file = rel(c.file);
    const source = c.kind === 'git' ? (c.git?.url as string) : (c.repo as string);
    let available: string[];
    try {
      available = await (versions.get(chartKey(c)) as Promise<string[]>);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      report.errors.push({ chart: c.chartName, file, error: err.message, hint: err.hint });
      continue;
    }
    const current = c.chartVersion as string;
    const decision = decideChartVersion(available, current, c.updateConstraints);
    const doc = parseYaml(readFileSync(c.file, 'utf8'), c.file);
    const yamlPath = versionPath(c, doc.value);
    const entry: ChartUpdate = {
      chart: c.chartName,
      source,
      kind: c.kind as ChartUpdate['kind'],
      file,
      line: doc.positionOf(yamlPath)?.line,
      path: pathText(yamlPath),
      current,
      latest: decision.kind === 'none-allowed' ? current : decision.latest,
      constraint: c.updateConstraints,
      releaseName: c.releaseName,
      skipPrePull: c.skipPrePull,
      explanation: decision.explanation,
    };
    if (decision.kind === 'none-allowed') {
      report.errors.push({
        chart: c.chartName,
        file,
        line: doc.positionOf(['helmChart', 'updateConstraints'])?.line ?? entry.line,
        error: `${c.chartName}: ${decision.explanation.why} (the source offers ${available.length} version${available.length === 1 ? '' : 's'})`,
        hint: 'widen updateConstraints in helm-chart.yaml',
      });
      continue;
    }
    if (decision.kind === 'update') {
      report.updates.push(entry);
      log(
        `${file}: chart ${c.chartName} ${current} -> ${decision.latest} (${decision.explanation.why})`,
      );
    } else report.upToDate.push(entry);
  }

  if (opts.upgrade && report.updates.length) {
    for (const u of report.updates) {
      const abs = path.join(root, ...u.file.split('/'));
      const text = readFileSync(abs, 'utf8');
      writeFileSync(abs, editChartVersion(text, abs, u, u.path.split('.')));
      log(`${u.file}: chartVersion set to ${u.latest}`);
    }
    report.pull = await helmPull({ projectDir: root, sources: opts.sources, log });
    report.errors.push(...report.pull.errors);
  }
  return report;
}
