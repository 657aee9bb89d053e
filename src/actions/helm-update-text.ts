/**
 * What a helm-update pull request says: the title, body and commit message list exactly the
 * chart updates it carries, and the body shows, per target, what the update changes in the
 * rendered objects. Chart names, versions, files and messages come from a project or a
 * chart repository: markdown gets them through util/markdown, plain text through oneLine.
 */
import type { DiffResult } from '../diff/model.js';
import { renderMarkdownWithin } from '../diff/render-markdown.js';
import type { ChangeSummary } from '../helm/update-changes.js';
import { explanationText, type ChartUpdate } from '../helm/update.js';
import type { ChartFileError } from '../helm/pull.js';
import { cell, code, text } from '../util/markdown.js';
import { oneLine } from '../util/one-line.js';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** A readable source: the repository URL, or the git URL. */
const source = (u: ChartUpdate) => u.source;

export function pullRequestTitle(updates: readonly ChartUpdate[], file?: string): string {
  const charts = [...new Set(updates.map((u) => `${u.chart}\n${u.source}`))];
  const [u] = updates;
  const latest = new Set(updates.map((x) => x.latest));
  const current = new Set(updates.map((x) => x.current));
  if (charts.length === 1 && latest.size === 1 && current.size === 1)
    return oneLine(
      `Update Helm chart ${u.chart} from ${u.current} to ${u.latest}${file ? ` in ${file}` : ''}`,
    );
  if (charts.length === 1 && latest.size === 1)
    return oneLine(`Update Helm chart ${u.chart} to ${u.latest}`);
  return oneLine(`Update ${plural(charts.length, 'Helm chart')}${file ? ` in ${file}` : ''}`);
}

export function updatesTable(
  updates: readonly ChartUpdate[],
  extra?: (u: ChartUpdate) => string,
): string {
  const head = [
    'chart',
    'from',
    'to',
    'constraint',
    'helm-chart.yaml',
    ...(extra ? ['pull request'] : []),
  ];
  const rows = updates.map((u) => {
    const cells = [
      `${code(u.chart)} (${code(source(u))})`,
      code(u.current),
      code(u.latest),
      u.constraint ? code(u.constraint) : '(none)',
      code(u.line ? `${u.file}:${u.line}` : u.file),
      ...(extra ? [extra(u)] : []),
    ];
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');
}

/** The rendered effect of a group: a diff result, or why a target could not be shown. */
export interface RenderedEffect {
  result?: DiffResult;
  /** Targets whose render failed (before or after), with the message. */
  failures: { target: string | null; side: 'before' | 'after'; error: string }[];
}

export interface BodyOptions {
  branch: string;
  base: string;
  runUrl?: string;
  vendored: ChangeSummary;
  effect: RenderedEffect;
}

/** GitHub's limit is 65,536 characters; the rendered diff gets what the rest leaves. */
const BODY_BUDGET = 60_000;

export function pullRequestBody(updates: readonly ChartUpdate[], opts: BodyOptions): string {
  const run = opts.runUrl ? `[shipshape helm-update](${opts.runUrl})` : 'shipshape helm-update';
  const one = updates.length === 1;
  const head = [
    `Updates ${one ? 'this Helm chart' : 'these Helm charts'} to the newest version ${one ? 'its' : 'their'} updateConstraints allow${one ? 's' : ''}.`,
    '',
    updatesTable(updates),
    '',
    '<details>',
    '<summary>How the versions were chosen</summary>',
    '',
    ...updates.map((u) => `- ${code(u.chart)} ${code(u.latest)}: ${text(explanationText(u))}`),
    '',
    '</details>',
    '',
  ];
  const vendored: string[] = [];
  if (opts.vendored.added.length || opts.vendored.removed.length) {
    vendored.push(
      `The vendored chart files change too: ${[
        ...opts.vendored.added.map((d) => `added ${code(d)}`),
        ...opts.vendored.removed.map((d) => `removed ${code(d)}`),
      ].join(', ')}.`,
      '',
    );
  }
  const foot = [
    '---',
    '',
    `_Opened by ${run}. Every run rebuilds the branch ${code(opts.branch)} on ${code(opts.base)} and updates this pull request; commits pushed to the branch are replaced. It is closed when ${code(opts.base)} has these versions by other means. Closing it without merging declines ${one ? 'this version' : 'these versions'}: shipshape will not propose ${one ? 'it' : 'them'} again, only newer ones._`,
    '',
  ];
  const effect: string[] = ['### What changes in the rendered objects', ''];
  for (const f of opts.effect.failures)
    effect.push(
      `> ${text(`${f.target === null ? 'The project' : `Target ${f.target}`} could not be rendered ${f.side === 'before' ? 'before' : 'after'} the update: ${f.error}`)}`,
      '',
    );
  if (opts.effect.result) {
    const fixed = [...head, ...vendored, ...effect, ...foot].join('\n').length;
    const { markdown } = renderMarkdownWithin(opts.effect.result, BODY_BUDGET - fixed, {
      title: '',
      noChangesNote: 'The update changes no rendered object.',
      omittedNote:
        '_Details were left out to fit the pull request; the job summary of the run has them._',
    });
    effect.push(markdown.replace(/^\n+/, ''), '');
  }
  return [...head, ...vendored, ...effect, ...foot].join('\n');
}

export function commitMessage(title: string, updates: readonly ChartUpdate[]): string {
  const lines = updates.map((u) =>
    oneLine(
      `- ${u.chart} (${u.source}): ${u.current} -> ${u.latest}${u.constraint ? ` (${u.constraint})` : ''} in ${u.file}${u.line ? `:${u.line}` : ''}`,
    ),
  );
  return `${oneLine(title)}\n\n${lines.join('\n')}\n`;
}

export function errorText(e: ChartFileError): string {
  const subject = e.chart ?? 'helm-update';
  const where = e.file ? ` (${e.file}${e.line ? `:${e.line}` : ''})` : '';
  return `${subject}${where}: ${e.error}${e.hint ? ` (hint: ${e.hint})` : ''}`;
}

export function jobSummary(s: {
  dryRun: boolean;
  updates: readonly ChartUpdate[];
  pullRequest: (u: ChartUpdate) => string;
  upToDate: number;
  skipped: readonly { chart: string; file: string; reason: string }[];
  errors: readonly ChartFileError[];
  effects: readonly string[];
}): string {
  const out = [`### shipshape helm-update${s.dryRun ? ' (dry run)' : ''}`, ''];
  if (s.updates.length) out.push(updatesTable(s.updates, s.pullRequest), '');
  else out.push('No Helm chart needs updating.', '');
  out.push(`${s.upToDate} up to date, ${s.skipped.length} skipped, ${s.errors.length} failed.`, '');
  if (s.skipped.length) {
    out.push('**Skipped**', '');
    for (const k of s.skipped) out.push(`- ${code(k.chart)} (${code(k.file)}): ${text(k.reason)}`);
    out.push('');
  }
  if (s.errors.length)
    out.push('**Errors**', '', ...s.errors.map((e) => `- ${text(errorText(e))}`), '');
  out.push(...s.effects);
  return out.join('\n');
}
