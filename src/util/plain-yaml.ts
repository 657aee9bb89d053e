/**
 * YAML for plain data (what JSON can hold) exactly as the `yaml` library prints it with
 * `lineWidth: 0`, for the common case only, several times faster: printing every object of
 * a render went through the library's document model and took an eighth of the render.
 *
 * The common case is data whose strings print plain or, when they would read as another
 * type (`"1"`, `"true"`), in double quotes without escapes; whose numbers are integers.
 * Anything else (multi-line or unusual strings, floats, undefined) returns undefined, and
 * the library prints it. test/util/plain-yaml.test.ts compares both on every case.
 */
import { isPlainObject } from './merge.js';

// A string the library prints plain: no indicator first, no `: ` / ` #`, no quotes or
// escapes, nothing at its ends it would protect with quotes.
const PLAIN = /^[A-Za-z0-9_./$(][A-Za-z0-9_./$@=+,;()~^-]*(?:[ :][A-Za-z0-9_./$@=+,;()~^-]+)*$/;

// Keys of the usual form (`app.kubernetes.io/name`), which print as values do.
const KEY = /^[A-Za-z0-9_./$-]+$/;

// Strings YAML 1.2's core schema reads as null, booleans or numbers: printed in quotes.
const OTHER_TYPE =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

class NotPlain extends Error {}

function scalar(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || Object.is(v, -0)) throw new NotPlain();
    return String(v);
  }
  if (typeof v === 'string') {
    if (!PLAIN.test(v)) throw new NotPlain();
    return OTHER_TYPE.test(v) ? `"${v}"` : v;
  }
  throw new NotPlain();
}

/**
 * One object reached twice: the library would write an anchor and an alias (or a copy, as
 * asked); both are left to it.
 */
function once(v: object, seen: Set<object>): void {
  if (seen.has(v)) throw new NotPlain();
  seen.add(v);
}

/** Lines of a map's pairs at `indent`. */
function map(obj: Record<string, unknown>, indent: string, out: string[], seen: Set<object>): void {
  once(obj, seen);
  for (const key of Object.keys(obj)) {
    if (!KEY.test(key)) throw new NotPlain();
    const k = scalar(key);
    const v = obj[key];
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${indent}${k}: []`);
      else {
        out.push(`${indent}${k}:`);
        seq(v, `${indent}  `, out, seen);
      }
    } else if (isPlainObject(v)) {
      if (Object.keys(v).length === 0) out.push(`${indent}${k}: {}`);
      else {
        out.push(`${indent}${k}:`);
        map(v, `${indent}  `, out, seen);
      }
    } else out.push(`${indent}${k}: ${scalar(v)}`);
  }
}

/** Lines of a sequence's items at `indent`; a collection item starts on the dash's line. */
function seq(list: unknown[], indent: string, out: string[], seen: Set<object>): void {
  once(list, seen);
  for (const v of list) {
    if (!isCollection(v)) {
      out.push(`${indent}- ${Array.isArray(v) ? '[]' : isPlainObject(v) ? '{}' : scalar(v)}`);
      continue;
    }
    const first = out.length;
    if (Array.isArray(v)) seq(v, `${indent}  `, out, seen);
    else map(v as Record<string, unknown>, `${indent}  `, out, seen);
    out[first] = `${indent}- ${out[first].slice(indent.length + 2)}`;
  }
}

const isCollection = (v: unknown) =>
  (Array.isArray(v) && v.length > 0) || (isPlainObject(v) && Object.keys(v).length > 0);

/** `value` (a mapping) as the yaml library prints it with lineWidth 0, or undefined. */
export function plainYaml(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  if (Object.keys(value).length === 0) return '{}\n';
  const out: string[] = [];
  try {
    map(value, '', out, new Set());
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
  return `${out.join('\n')}\n`;
}
