import { diffLines, type Edit } from './line-diff.js';

export interface UnifiedDiffOptions {
  /** Unchanged lines around each change (default 3). */
  context?: number;
  /** File names for the `---`/`+++` header; without them the diff starts at the first hunk. */
  fromFile?: string;
  toFile?: string;
}

/** Lines with their terminators, so a missing final newline is a difference too. */
const splitLines = (text: string) => (text === '' ? [] : text.split(/(?<=\n)/));

const range = (start: number, count: number) =>
  count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;

function formatLine(e: Edit): string {
  return e.line.endsWith('\n')
    ? `${e.op}${e.line}`
    : `${e.op}${e.line}\n\\ No newline at end of file\n`;
}

/** `diff -u` of two texts; '' when they are equal. */
export function unifiedDiff(before: string, after: string, opts: UnifiedDiffOptions = {}): string {
  const context = opts.context ?? 3;
  const edits = diffLines(splitLines(before), splitLines(after));
  // 1-based line numbers each edit has (or would have) on either side.
  const aNo: number[] = [];
  const bNo: number[] = [];
  let a = 1;
  let b = 1;
  for (const e of edits) {
    aNo.push(a);
    bNo.push(b);
    if (e.op !== '+') a++;
    if (e.op !== '-') b++;
  }
  const changed = edits.flatMap((e, i) => (e.op === ' ' ? [] : [i]));
  if (changed.length === 0) return '';

  let out =
    opts.fromFile !== undefined
      ? `--- ${opts.fromFile}\n+++ ${opts.toFile ?? opts.fromFile}\n`
      : '';
  let c = 0;
  while (c < changed.length) {
    // Changes closer than 2×context lines share a hunk.
    let last = c;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] - 1 <= 2 * context)
      last++;
    const from = Math.max(0, changed[c] - context);
    const to = Math.min(edits.length, changed[last] + context + 1);
    const hunk = edits.slice(from, to);
    const aCount = hunk.filter((e) => e.op !== '+').length;
    const bCount = hunk.filter((e) => e.op !== '-').length;
    out += `@@ -${range(aNo[from], aCount)} +${range(bNo[from], bCount)} @@\n`;
    out += hunk.map(formatLine).join('');
    c = last + 1;
  }
  return out;
}
