/** Words shared by the text and markdown renderers. */
import type { DiffSummary, ObjectDiff, TargetDiff } from './model.js';

export const objectName = (o: ObjectDiff) => (o.namespace ? `${o.namespace}/${o.name}` : o.name);

export const targetName = (t: TargetDiff) => t.target ?? '(no targets)';

export const countsText = (s: DiffSummary) =>
  `${s.new} new, ${s.changed} changed, ${s.deleted} deleted, ${s.unchanged} unchanged`;

export const shortCommit = (commit: string) => commit.slice(0, 12);

export const fieldCount = (o: ObjectDiff) => {
  const n = o.changes?.length ?? 0;
  return `${n} field${n === 1 ? '' : 's'}`;
};
