/** A command result for a terminal (the CLI's default output, kluctl's text format in spirit). */
import { formatDuration } from './duration.js';
import type { CommandResult, ResultMessage, ResultObject } from './result.js';

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

const name = (o: { kind?: string; namespace?: string; name?: string }) =>
  `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryText(r: CommandResult): string {
  const s = r.summary;
  const parts =
    r.command === 'validate'
      ? [r.ready ? 'ready' : 'not ready']
      : [
          `${s.new} new`,
          `${s.changed} changed`,
          `${s.deleted} deleted`,
          `${s.unchanged} unchanged`,
          `${plural(s.orphan, 'orphan')}`,
          ...(s.hooks ? [plural(s.hooks, 'hook')] : []),
          ...(s.failed ? [`${s.failed} failed`] : []),
          ...(s.notApplied ? [`${s.notApplied} not applied`] : []),
        ];
  return `${parts.join(', ')}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} (${formatDuration(r.durationMs)})`;
}

export function headline(r: CommandResult): string {
  const what = r.target === null ? 'the project' : `target ${r.target}`;
  const disc = r.discriminator ? `, discriminator ${r.discriminator}` : '';
  const ctx = r.context ? ` in context "${r.context}"` : '';
  return `${r.command} of ${what}${disc}${ctx}${r.dryRun && r.command !== 'diff' ? ' (dry run: nothing was changed)' : ''}`;
}

function messages(title: string, list: readonly ResultMessage[]): string[] {
  if (!list.length) return [];
  return [`${title}:`, ...list.map((m) => `  ${m.kind ? `${name(m)}: ` : ''}${m.message}`), ''];
}

function section(
  title: string,
  sign: string,
  objects: readonly ResultObject[],
  detail: (o: ResultObject) => string[] = () => [],
): string[] {
  if (!objects.length) return [];
  return [`${title}:`, ...objects.flatMap((o) => [`  ${sign} ${name(o)}`, ...detail(o)]), ''];
}

/** The report; `short` leaves out the diffs (kluctl's --short-output). */
export function renderResultText(r: CommandResult, opts: { short?: boolean } = {}): string {
  const out = [headline(r), ''];
  const of = (pred: (o: ResultObject) => boolean) => r.objects.filter(pred);
  const deleting = r.command === 'delete' || r.command === 'prune';
  out.push(
    ...section(
      'New objects',
      '+',
      of((o) => o.change === 'new'),
    ),
  );
  out.push(
    ...section(
      'Changed objects',
      '~',
      of((o) => o.change === 'changed'),
      (o) => [
        ...(o.comparedWith
          ? [`      compared with ${o.kind} ${o.comparedWith} (kluctl.io/diff-name)`]
          : []),
        ...(opts.short
          ? []
          : [
              ...(o.changes ?? []).map((c) => `      ${c.type.padEnd(6)} ${c.path}`),
              ...(o.diff ? [indent(o.diff.trimEnd(), '      ')] : []),
            ]),
      ],
    ),
  );
  out.push(
    ...section(
      deleting && r.dryRun ? 'Would be deleted' : 'Deleted objects',
      '-',
      of((o) => o.change === 'deleted'),
    ),
  );
  out.push(
    ...section(
      'Applied hooks',
      '*',
      of((o) => !!o.hook && o.status === 'applied'),
    ),
  );
  out.push(
    ...section(
      deleting
        ? 'Not deleted'
        : 'Orphan objects (on the cluster, no longer rendered; shipshape prune deletes them)',
      '?',
      of((o) => o.change === 'orphan'),
    ),
  );
  out.push(
    ...section(
      'Failed',
      '!',
      of((o) => o.status === 'failed'),
    ),
  );
  out.push(
    ...section(
      'Not applied',
      '.',
      of((o) => o.status === 'not-applied'),
    ),
  );
  if (r.items?.length && r.command !== 'diff') {
    const rows = r.items.map((i) => {
      const label = i.dir ?? `<${i.type}>`;
      const counts = [
        `${i.applied} applied`,
        `${i.unchanged} unchanged`,
        ...(i.hooks ? [plural(i.hooks, 'hook')] : []),
        ...(i.deleted ? [`${i.deleted} deleted`] : []),
        ...(i.failed ? [`${i.failed} failed`] : []),
      ].join(', ');
      return { label, status: i.status, counts, time: formatDuration(i.durationMs) };
    });
    const w = Math.max(...rows.map((x) => x.label.length));
    out.push(
      'Items:',
      ...rows.map((x) => `  ${x.label.padEnd(w)}  ${x.status.padEnd(8)} ${x.counts}  ${x.time}`),
      '',
    );
  }
  if (r.command === 'validate') {
    out.push(`Ready: ${r.ready ? 'yes' : 'no'}`, '');
    if (r.results?.length)
      out.push(
        'Results:',
        ...r.results.map((x) => `  ${name(x)}: ${x.annotation}: ${x.message}`),
        '',
      );
  }
  out.push(...messages('Warnings', r.warnings));
  out.push(...messages('Errors', r.errors));
  out.push(`Summary: ${summaryText(r)}`, '');
  return out.join('\n');
}
