import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isScalar, LineCounter, parseAllDocuments, Scalar } from 'yaml';
import { UserError } from '../util/errors.js';
import type { YamlPath } from '../util/yaml.js';

/** Replace the string at `path` of document `docIndex`, which must currently be `expected`. */
export interface ScalarEdit {
  docIndex: number;
  path: YamlPath;
  expected: string;
  value: string;
}

export interface EditFailure {
  edit: ScalarEdit;
  error: UserError;
}

interface Planned {
  edit: ScalarEdit;
  start: number;
  end: number;
  style: Scalar.Type;
}

function render(value: string, style: Scalar.Type): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  return value;
}

function splice(text: string, plans: Planned[], forceQuotes: boolean): string {
  let out = text;
  for (const p of [...plans].sort((a, b) => b.start - a.start)) {
    const style = forceQuotes && p.style === Scalar.PLAIN ? Scalar.QUOTE_DOUBLE : p.style;
    out = out.slice(0, p.start) + render(p.edit.value, style) + out.slice(p.end);
  }
  return out;
}

const parseDocs = (text: string, lineCounter?: LineCounter) =>
  parseAllDocuments(text, { lineCounter, keepSourceTokens: false });

/**
 * Replaces scalars in YAML text by splicing only their bytes: quoting style, comments, key
 * order, line endings and every other byte stay as they were. Each edit is checked (the
 * node exists, is a single-line string scalar, holds the expected value); edits that fail
 * are returned and left out, the others are made. The result is re-parsed to prove that
 * only the intended values changed.
 */
export function editYamlText(
  text: string,
  file: string,
  edits: readonly ScalarEdit[],
): { text: string; failures: EditFailure[] } {
  const lc = new LineCounter();
  const docs = parseDocs(text, lc);
  const failures: EditFailure[] = [];
  const fail = (edit: ScalarEdit, message: string, offset?: number, hint?: string) => {
    const pos = offset === undefined ? undefined : lc.linePos(offset);
    failures.push({
      edit,
      error: new UserError(message, { file, line: pos?.line, col: pos?.col }, hint),
    });
  };
  const syntax = docs.find((d) => d.errors.length > 0);
  if (syntax) {
    for (const e of edits)
      fail(
        e,
        `cannot edit: the file is not valid YAML (${syntax.errors[0].message.split('\n')[0]})`,
        undefined,
        'fix the YAML, or edit the value by hand if the file is a template',
      );
    return { text, failures };
  }
  const plans: Planned[] = [];
  for (const edit of edits) {
    const doc = docs[edit.docIndex];
    const node = doc?.getIn(edit.path, true);
    if (!isScalar(node) || !node.range) {
      fail(edit, `cannot edit: no value at ${formatPath(edit.path)}`, doc?.range?.[0]);
      continue;
    }
    const start = node.range[0];
    if (node.value !== edit.expected) {
      fail(
        edit,
        `cannot edit: the value at ${formatPath(edit.path)} is ${JSON.stringify(String(node.value))}, not ${JSON.stringify(edit.expected)} (is it templated?)`,
        start,
        'edit the value by hand, or move the pinned image into a plain (untemplated) YAML file',
      );
      continue;
    }
    const style = node.type ?? Scalar.PLAIN;
    const original = text.slice(start, node.range[1]);
    if (
      (style !== Scalar.PLAIN && style !== Scalar.QUOTE_SINGLE && style !== Scalar.QUOTE_DOUBLE) ||
      /[\r\n]/.test(original)
    ) {
      fail(
        edit,
        `cannot edit: the value at ${formatPath(edit.path)} is a multi-line scalar`,
        start,
        'write it on one line',
      );
      continue;
    }
    if (plans.some((p) => p.start === start)) continue; // the same scalar reached twice
    plans.push({ edit, start, end: node.range[1], style });
  }
  if (plans.length === 0) return { text, failures };

  // What the documents must hold afterwards: the originals with exactly these values set.
  const expectedDocs = parseDocs(text);
  for (const p of plans) expectedDocs[p.edit.docIndex].setIn(p.edit.path, p.edit.value);
  const want = expectedDocs.map((d) => d.toJS({ maxAliasCount: -1 }) as unknown);
  for (const forceQuotes of [false, true]) {
    const out = splice(text, plans, forceQuotes);
    const got = parseDocs(out);
    if (
      got.length === want.length &&
      got.every(
        (d, i) =>
          d.errors.length === 0 && isDeepStrictEqual(d.toJS({ maxAliasCount: -1 }), want[i]),
      )
    ) {
      return { text: out, failures };
    }
  }
  for (const p of plans)
    fail(
      p.edit,
      'cannot edit: replacing the value would change other content',
      p.start,
      'edit the value by hand',
    );
  return { text, failures };
}

/** Applies edits to a file (written atomically, mode kept); returns the edits that failed. */
export async function editYamlFile(
  file: string,
  edits: readonly ScalarEdit[],
  opts: { dryRun?: boolean; displayName?: string } = {},
): Promise<EditFailure[]> {
  const text = await readFile(file, 'utf8');
  const result = editYamlText(text, opts.displayName ?? file, edits);
  if (!opts.dryRun && result.text !== text) {
    const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, result.text, { mode: (await stat(file)).mode });
      await rename(tmp, file);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
  }
  return result.failures;
}

/** `images[2].resultImage` */
export function formatPath(path: YamlPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
