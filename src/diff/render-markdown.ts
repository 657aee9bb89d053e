import { cell, code, fenced, htmlCode, text } from '../util/markdown.js';
import { countsText, fieldCount, objectName, shortCommit, targetName } from './describe.js';
import type { DiffResult, DiffSummary, ObjectDiff, TargetDiff } from './model.js';

/**
 * Decreasing detail, so a caller with a size limit (a GitHub comment holds 65,536
 * characters) can take the first level that fits:
 * - full: every changed object in a collapsed `<details>` with its diff;
 * - summary: every changed object with the paths of its changed fields;
 * - list: the names of the new, changed and deleted objects, per kind;
 * - counts: a table of counts per target.
 * With more than one target, every level opens with the table of counts.
 * Every level is complete markdown on its own: fences and `<details>` are always closed.
 */
export const MARKDOWN_LEVELS = ['full', 'summary', 'list', 'counts'] as const;
export type MarkdownLevel = (typeof MARKDOWN_LEVELS)[number];

export interface MarkdownOptions {
  /** First line; defaults to a heading naming the base ref and commit. */
  title?: string;
  /**
   * Appended when details were left out (any level but full), e.g. a link to the run;
   * '' for none (when the caller adds its own).
   */
  omittedNote?: string;
  /** What a result without changes says under the title; default `No changes.` */
  noChangesNote?: string;
}

const objectLine = (o: ObjectDiff) => `${code(o.kind)} ${code(objectName(o))}`;

/** One line per kind with the names: the list level stays short for thousands of objects. */
function namesByKind(objects: ObjectDiff[]): string[] {
  const byKind = new Map<string, string[]>();
  for (const o of objects) {
    const names = byKind.get(o.kind) ?? [];
    names.push(objectName(o));
    byKind.set(o.kind, names);
  }
  return [...byKind].map(
    ([kind, names]) => `- ${code(kind)} (${names.length}): ${names.map(code).join(', ')}`,
  );
}

function changedObject(o: ObjectDiff, level: 'full' | 'summary'): string {
  if (level === 'full') {
    const summary = `<summary>${htmlCode(o.kind)} ${htmlCode(objectName(o))} (${fieldCount(o)})</summary>`;
    return `<details>\n${summary}\n\n${fenced('diff', o.diff ?? '')}\n\n</details>`;
  }
  return `- ${objectLine(o)}: ${(o.changes ?? []).map((c) => code(c.path)).join(', ')}`;
}

function section(title: string, lines: string[], join = '\n'): string[] {
  return lines.length ? [`**${title}**`, '', lines.join(join), ''] : [];
}

function targetSection(t: TargetDiff, level: 'full' | 'summary' | 'list'): string[] {
  const title = t.target === null ? 'Project' : `Target ${code(t.target)}`;
  const out = [`#### ${title}: ${countsText(t.summary)}`, ''];
  if (t.note) out.push(`> ${text(t.note)}`, '');
  const of = (change: ObjectDiff['change']) => t.objects.filter((o) => o.change === change);
  if (level === 'list') {
    out.push(...section('New', namesByKind(of('new'))));
    out.push(...section('Deleted', namesByKind(of('deleted'))));
    out.push(...section('Changed', namesByKind(of('changed'))));
    out.push(...section('Orphan (no longer rendered)', namesByKind(of('orphan'))));
    return out;
  }
  const lines = (objects: ObjectDiff[]) => objects.map((o) => `- ${objectLine(o)}`);
  out.push(...section('New', lines(of('new'))));
  out.push(...section('Deleted', lines(of('deleted'))));
  const changed = of('changed').map((o) => changedObject(o, level));
  out.push(...section('Changed', changed, level === 'full' ? '\n\n' : '\n'));
  out.push(...section('Orphan (no longer rendered)', lines(of('orphan'))));
  return out;
}

/**
 * Orphans (objects on the cluster that no target renders) exist only in a diff against a
 * cluster: the column shows when a summary counts them.
 */
const orphansOf = (s: DiffSummary): number | undefined => (s as { orphan?: number }).orphan;

/** The totals of every target: the first thing a reader of a long report needs. */
function countsTable(result: DiffResult): string[] {
  const orphans = result.targets.some((t) => orphansOf(t.summary) !== undefined);
  const columns = ['new', 'changed', 'deleted', ...(orphans ? ['orphan'] : []), 'unchanged'];
  return [
    `| target | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '--:').join('|')}|`,
    ...result.targets.map((t) => {
      const s = t.summary;
      const counts = [s.new, s.changed, s.deleted, ...(orphans ? [orphansOf(s) ?? 0] : [])];
      return `| ${cell(t.target === null ? targetName(t) : code(t.target))} | ${[...counts, s.unchanged].join(' | ')} |`;
    }),
    '',
  ];
}

/** The result as GitHub-flavoured markdown at one level of detail. */
export function renderMarkdown(
  result: DiffResult,
  level: MarkdownLevel = 'full',
  opts: MarkdownOptions = {},
): string {
  const title =
    opts.title ??
    `### Rendered changes against ${code(result.base.ref)} (${code(shortCommit(result.base.commit))})`;
  const out = [title, ''];
  if (!result.hasChanges) out.push(opts.noChangesNote ?? 'No changes.', '');
  if (level === 'counts' || !result.hasChanges) out.push(...countsTable(result));
  else {
    // Several targets: their totals first, then each target's details.
    if (result.targets.length > 1) out.push(...countsTable(result));
    for (const t of result.targets) out.push(...targetSection(t, level));
  }
  const omitted = opts.omittedNote ?? '_Details were left out to keep this short._';
  if (level !== 'full' && result.hasChanges && omitted) out.push(omitted, '');
  return out.join('\n');
}

/**
 * The most detailed level whose markdown is at most `maxChars` long; the counts level
 * when none fits (`fits` false), since a caller must post something.
 */
export function renderMarkdownWithin(
  result: DiffResult,
  maxChars: number,
  opts: MarkdownOptions = {},
): { level: MarkdownLevel; markdown: string; fits: boolean } {
  let markdown = '';
  for (const level of MARKDOWN_LEVELS) {
    markdown = renderMarkdown(result, level, opts);
    if (markdown.length <= maxChars) return { level, markdown, fits: true };
  }
  return { level: 'counts', markdown, fits: false };
}
