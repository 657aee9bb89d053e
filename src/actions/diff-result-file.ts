/**
 * Reads a diff result (toStableJson) written by another run. In the fork-safe pattern the
 * file comes from a pull request's untrusted code, so its shape is checked field by field
 * before anything of it reaches a comment.
 */
import { readFileSync } from 'node:fs';
import type { DiffResult } from '../diff/index.js';
import { UserError } from '../util/errors.js';

const CHANGES = ['new', 'changed', 'deleted', 'orphan'];
const FIELD_CHANGES = ['insert', 'delete', 'update'];
const COUNTS = ['new', 'changed', 'deleted', 'unchanged'];

type Check = (v: unknown, at: string) => void;

class Invalid extends Error {}

const fail = (at: string, what: string): never => {
  throw new Invalid(`${at} must be ${what}`);
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, at) => {
  if (typeof v !== 'string') fail(at, 'a string');
};
const optStr: Check = (v, at) => {
  if (v !== undefined) str(v, at);
};
const oneOf =
  (values: string[]): Check =>
  (v, at) => {
    if (typeof v !== 'string' || !values.includes(v)) fail(at, `one of ${values.join(', ')}`);
  };
const count: Check = (v, at) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(at, 'a count');
};
const fields =
  (spec: Record<string, Check>): Check =>
  (v, at) => {
    if (!isObject(v)) fail(at, 'an object');
    for (const [key, check] of Object.entries(spec))
      check((v as Record<string, unknown>)[key], `${at}.${key}`);
  };
const listOf =
  (check: Check, optional = false): Check =>
  (v, at) => {
    if (optional && v === undefined) return;
    if (!Array.isArray(v)) fail(at, 'a list');
    (v as unknown[]).forEach((x, i) => check(x, `${at}[${i}]`));
  };

const checkResult = fields({
  base: fields({ ref: str, commit: str }),
  hasChanges: (v, at) => {
    if (typeof v !== 'boolean') fail(at, 'true or false');
  },
  targets: listOf(
    fields({
      target: (v, at) => {
        if (v !== null) str(v, at);
      },
      note: optStr,
      summary: fields(Object.fromEntries(COUNTS.map((c) => [c, count]))),
      objects: listOf(
        fields({
          group: str,
          apiVersion: str,
          kind: str,
          namespace: str,
          name: str,
          change: oneOf(CHANGES),
          changes: listOf(fields({ path: str, type: oneOf(FIELD_CHANGES) }), true),
          diff: optStr,
        }),
      ),
    }),
  ),
});

export function readDiffResult(file: string): DiffResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(
      `cannot read the diff result: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      { file },
      'pass the result-json file of a diff run (in the fork-safe pattern: download its artifact first)',
    );
  }
  try {
    const value: unknown = JSON.parse(text);
    checkResult(value, 'result');
    return value as DiffResult;
  } catch (err) {
    if (!(err instanceof Invalid || err instanceof SyntaxError)) throw err;
    throw new UserError(
      `not a diff result: ${err.message}`,
      { file },
      'pass the result-json output of the diff action, unchanged',
    );
  }
}
