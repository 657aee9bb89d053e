/**
 * The differential corpus: cases in test/fixtures/templating/corpus/*.yaml, expectations
 * recorded from real Jinja2 3.1 by scripts/record-jinja2.py into corpus-expected.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { TemplateEngine } from '../../src/templating/index.js';
import { TemplateError } from '../../src/templating/errors.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/templating');

export interface CorpusCase {
  key: string;
  template: string;
  file?: string;
  files?: Record<string, string>;
  /** the construct (from the issue's list) this case guards: no divergence allowed */
  must?: string;
  /** why this case is known to differ from Jinja2 (see docs/templating.md) */
  divergence?: string;
}

export type Result = { out: string } | { error: { type: string; message: string } };
export type Expected = Result & { vars: Record<string, unknown> };

export function loadCorpus(): CorpusCase[] {
  const dir = path.join(FIXTURES, 'corpus');
  const cases: CorpusCase[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const doc = YAML.parse(readFileSync(path.join(dir, f), 'utf8')) as {
      cases: (CorpusCase & { name: string })[];
    };
    for (const c of doc.cases) cases.push({ ...c, key: `${f.slice(0, -5)}/${c.name}` });
  }
  return cases;
}

export function loadExpected(
  text = readFileSync(path.join(FIXTURES, 'corpus-expected.json'), 'utf8'),
): Record<string, Expected> {
  return (JSON.parse(text) as { cases: Record<string, Expected> }).cases;
}

let workDir: string | undefined;

/** Renders a case with shipshape's engine, laid out on disk as the recorder lays it out. */
export function renderCase(c: CorpusCase, vars: Record<string, unknown>): Result {
  workDir ??= mkdtempSync(path.join(os.tmpdir(), 'shipshape-corpus-'));
  const dir = path.join(workDir, c.key.replace('/', '__'));
  const mainName = c.file ?? 'main.j2';
  const files = { ...c.files, [mainName]: c.template };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const engine = new TemplateEngine(dir);
  try {
    return {
      out: engine.renderFile(path.join(dir, mainName), structuredClone(vars), {
        searchDirs: [dir],
      }),
    };
  } catch (err) {
    const cause = (err as Error).cause;
    if (cause instanceof TemplateError)
      return { error: { type: cause.pyType, message: cause.message } };
    return { error: { type: (err as Error).name, message: (err as Error).message } };
  }
}

/** Byte-identical output, or both fail (with Jinja2's exact message for undefined values). */
export function sameResult(expected: Result, actual: Result): boolean {
  if ('out' in expected) return 'out' in actual && actual.out === expected.out;
  if (!('error' in actual)) return false;
  if (expected.error.type !== 'UndefinedError') return true;
  return actual.error.type === 'UndefinedError' && actual.error.message === expected.error.message;
}
