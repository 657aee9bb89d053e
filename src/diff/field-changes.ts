import { formatJsonPath, type PathKey } from './json-path.js';
import { isMap } from './values.js';

/** One changed field, kluctl's change types: insert (only in head), delete (only in base), update. */
export interface FieldChange {
  path: string;
  type: 'insert' | 'delete' | 'update';
  before?: unknown;
  after?: unknown;
}

/**
 * The changed fields between two versions of an object, in key order. A field present on
 * one side only is one change with its whole value; lists compare element by element.
 */
export function fieldChanges(base: unknown, head: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(base, head, [], out);
  return out;
}

function walk(a: unknown, b: unknown, keys: PathKey[], out: FieldChange[]): void {
  const at = (k: PathKey) => [...keys, k];
  if (isMap(a) && isMap(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!Object.hasOwn(b, k))
        out.push({ path: formatJsonPath(at(k)), type: 'delete', before: a[k] });
      else if (!Object.hasOwn(a, k))
        out.push({ path: formatJsonPath(at(k)), type: 'insert', after: b[k] });
      else walk(a[k], b[k], at(k), out);
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) walk(a[i], b[i], at(i), out);
    for (let i = common; i < a.length; i++)
      out.push({ path: formatJsonPath(at(i)), type: 'delete', before: a[i] });
    for (let i = common; i < b.length; i++)
      out.push({ path: formatJsonPath(at(i)), type: 'insert', after: b[i] });
  } else if (a !== b) {
    out.push({ path: formatJsonPath(keys), type: 'update', before: a, after: b });
  }
}
