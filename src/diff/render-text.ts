import { countsText, objectName, shortCommit, targetName } from './describe.js';
import type { DiffResult } from './model.js';

const SIGN = { new: '+', changed: '~', deleted: '-', orphan: '?' } as const;

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

/** The result for a terminal: per target the counts, each object and, when changed, its diff. */
export function renderText(result: DiffResult): string {
  const out = [`Diff against ${result.base.ref} (${shortCommit(result.base.commit)})`, ''];
  for (const t of result.targets) {
    out.push(`Target ${targetName(t)}: ${countsText(t.summary)}`);
    if (t.note) out.push(`  note: ${t.note}`);
    for (const o of t.objects) {
      out.push(`  ${SIGN[o.change]} ${o.kind} ${objectName(o)}`);
      for (const c of o.changes ?? []) out.push(`      ${c.type.padEnd(6)} ${c.path}`);
      if (o.diff) out.push(indent(o.diff.trimEnd(), '      '));
    }
    out.push('');
  }
  return out.join('\n');
}
