/**
 * A command result as GitHub-flavoured markdown (the deploy action's job summary), at
 * decreasing detail so that a size limit can take the first level that fits. Every name and
 * message goes through util/markdown.ts.
 */
import { cell, code, fenced, htmlCode, text } from '../util/markdown.js';
import { formatDuration } from './duration.js';
import { summaryText } from './render-text.js';
import type { CommandResult, ResultMessage, ResultObject } from './result.js';

export const REPORT_LEVELS = ['full', 'summary', 'list', 'counts'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

const objectName = (o: { namespace?: string; name?: string }) =>
  o.namespace ? `${o.namespace}/${o.name}` : String(o.name);
const line = (o: ResultObject) => `- ${code(o.kind)} ${code(objectName(o))}`;

function byKind(objects: readonly ResultObject[]): string[] {
  const m = new Map<string, string[]>();
  for (const o of objects) m.set(o.kind, [...(m.get(o.kind) ?? []), objectName(o)]);
  return [...m].map(
    ([kind, names]) => `- ${code(kind)} (${names.length}): ${names.map(code).join(', ')}`,
  );
}

function section(
  title: string,
  objects: readonly ResultObject[],
  level: ReportLevel,
  detail?: (o: ResultObject) => string,
): string[] {
  if (!objects.length || level === 'counts') return [];
  const lines =
    level === 'list' ? byKind(objects) : objects.map((o) => (detail ? detail(o) : line(o)));
  return [`**${title}**`, '', lines.join(detail && level === 'full' ? '\n\n' : '\n'), ''];
}

function changed(o: ResultObject, level: ReportLevel): string {
  const n = o.changes?.length ?? 0;
  const fields = `${n} field${n === 1 ? '' : 's'}`;
  if (level === 'full')
    return `<details>\n<summary>${htmlCode(o.kind)} ${htmlCode(objectName(o))} (${fields})</summary>\n\n${fenced('diff', o.diff ?? '')}\n\n</details>`;
  return `${line(o)}: ${(o.changes ?? []).map((c) => code(c.path)).join(', ')}`;
}

function messages(title: string, list: readonly ResultMessage[], level: ReportLevel): string[] {
  if (!list.length) return [];
  const max = level === 'full' ? Infinity : level === 'summary' ? 50 : 10;
  const shown = list
    .slice(0, max)
    .map((m) => `- ${m.kind ? `${code(m.kind)} ${code(objectName(m))}: ` : ''}${text(m.message)}`);
  if (list.length > shown.length) shown.push(`- … and ${list.length - shown.length} more`);
  return [`**${title}**`, '', ...shown, ''];
}

function itemsTable(r: CommandResult, level: ReportLevel): string[] {
  if (!r.items?.length || level === 'counts') return [];
  const rows = r.items.map(
    (i) =>
      `| ${cell(code(i.dir ?? `<${i.type}>`))} | ${i.status} | ${i.applied} | ${i.unchanged} | ${i.hooks} | ${i.deleted} | ${i.failed} | ${formatDuration(i.durationMs)} |`,
  );
  return [
    '<details>',
    `<summary>Items (${r.items.length})</summary>`,
    '',
    '| item | status | applied | unchanged | hooks | deleted | failed | time |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    '</details>',
    '',
  ];
}

export function renderResultMarkdown(r: CommandResult, level: ReportLevel = 'full'): string {
  const verb = r.command === 'diff' ? 'Changes against the cluster' : `shipshape ${r.command}`;
  const target = r.target === null ? 'project' : `target ${code(r.target)}`;
  const out = [
    `### ${verb}: ${target}${r.dryRun && r.command !== 'diff' ? ' (dry run)' : ''}`,
    '',
    `Context ${code(r.context || '(default)')}${r.discriminator ? `, discriminator ${code(r.discriminator)}` : ''}. ${text(summaryText(r))}`,
    '',
  ];
  const of = (pred: (o: ResultObject) => boolean) => r.objects.filter(pred);
  out.push(
    ...section(
      'New',
      of((o) => o.change === 'new'),
      level,
    ),
  );
  out.push(
    ...section(
      'Changed',
      of((o) => o.change === 'changed'),
      level,
      (o) => changed(o, level),
    ),
  );
  out.push(
    ...section(
      'Deleted',
      of((o) => o.change === 'deleted'),
      level,
    ),
  );
  out.push(
    ...section(
      'Hooks applied',
      of((o) => !!o.hook && o.status === 'applied'),
      level,
    ),
  );
  out.push(
    ...section(
      'Orphan (not rendered any more; prune deletes them)',
      of((o) => o.change === 'orphan'),
      level,
    ),
  );
  out.push(
    ...section(
      'Failed',
      of((o) => o.status === 'failed'),
      level,
    ),
  );
  out.push(
    ...section(
      'Not applied',
      of((o) => o.status === 'not-applied'),
      level,
    ),
  );
  if (r.command === 'validate') out.push(`**Ready:** ${r.ready ? 'yes' : 'no'}`, '');
  out.push(...messages('Errors', r.errors, level));
  out.push(...messages('Warnings', r.warnings, level));
  out.push(...itemsTable(r, level));
  return out.join('\n');
}

/** Every level, most detailed first (for writeJobSummary). */
export const resultMarkdownBodies = (r: CommandResult) =>
  REPORT_LEVELS.map((level) => renderResultMarkdown(r, level));
