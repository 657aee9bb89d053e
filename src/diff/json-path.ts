/**
 * JSON paths the way kluctl prints and matches them.
 *
 * Printing: `spec.template.spec.containers[0].image`; keys that are not identifiers are
 * bracketed (`metadata.labels["app.kubernetes.io/name"]`, a leading `$` when the first key
 * is bracketed). fieldPathRegex rules match against this string, so it must be stable.
 *
 * Parsing: the simple paths ignoreForDiff rules use — dotted keys, `[N]`, quoted keys and
 * the `*` wildcard. Recursive descent and filters are not supported (an error says so).
 */

export type PathKey = string | number;

/** `*`: every key of a map or every element of a list. */
export const WILDCARD: unique symbol = Symbol('wildcard');
export type PathSegment = PathKey | typeof WILDCARD;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatJsonPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (IDENTIFIER.test(k)) out += out ? `.${k}` : k;
    else out += `${out ? '' : '$'}${k.includes('"') ? `['${k}']` : `["${k}"]`}`;
  }
  return out || '$';
}

/** Parses a fieldPath; throws an Error whose message says what is wrong (callers add where). */
export function parseJsonPath(text: string): PathSegment[] {
  const segs: PathSegment[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at position ${i + 1}`);
  };
  if (text.startsWith('$')) i = 1;
  let first = true;
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      segs.push(readBracket());
    } else {
      if (c === '.') {
        if (text[i + 1] === '.') fail('recursive descent (..) is not supported');
        i++;
      } else if (!first) {
        fail(`expected "." or "["`);
      }
      let j = i;
      while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
      const name = text.slice(i, j);
      if (!name) fail('empty key');
      segs.push(name === '*' ? WILDCARD : name);
      i = j;
    }
    first = false;
  }
  if (segs.length === 0) throw new Error('the path is empty');
  return segs;

  function bracketIndex(inner: string): PathSegment {
    if (inner === '*') return WILDCARD;
    if (/^\d+$/.test(inner)) return Number(inner);
    if (inner.startsWith('?') || inner.startsWith('('))
      fail('filter expressions are not supported');
    return fail(`"[${inner}]" is not an index, "*" or a quoted key`);
  }

  function readBracket(): PathSegment {
    i++; // [
    const c = text[i];
    let seg: PathSegment;
    if (c === '"' || c === "'") {
      let s = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        s += text[i++];
      }
      if (i >= text.length) fail('unterminated quoted key');
      i++; // closing quote
      seg = s;
    } else {
      const close = text.indexOf(']', i);
      if (close < 0) fail('missing "]"');
      seg = bracketIndex(text.slice(i, close).trim());
      i = close;
    }
    if (text[i] !== ']') fail('missing "]"');
    i++;
    return seg;
  }
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** The children of `node` that `seg` selects, as keys. */
function selectKeys(node: Container, seg: PathSegment): PathKey[] {
  if (Array.isArray(node)) {
    if (seg === WILDCARD) return node.map((_, i) => i);
    return typeof seg === 'number' && seg < node.length ? [seg] : [];
  }
  if (seg === WILDCARD) return Object.keys(node);
  return typeof seg === 'string' && Object.hasOwn(node, seg) ? [seg] : [];
}

function removeKeys(node: Container, keys: PathKey[]): void {
  if (Array.isArray(node)) {
    // Descending, so earlier indexes stay valid while splicing.
    for (const k of [...(keys as number[])].sort((a, b) => b - a)) node.splice(k, 1);
  } else {
    for (const k of keys) delete node[k as string];
  }
}

/** Removes every field `path` selects from `root` (in place). */
export function deleteJsonPath(root: unknown, path: readonly PathSegment[]): void {
  if (!isContainer(root) || path.length === 0) return;
  const [seg, ...rest] = path;
  const keys = selectKeys(root, seg);
  if (rest.length === 0) {
    removeKeys(root, keys);
    return;
  }
  for (const k of keys) deleteJsonPath((root as Record<PathKey, unknown>)[k], rest);
}

/** Calls `fn` with the key path of every leaf (scalar) under `root`, depth first. */
export function forEachLeaf(
  root: unknown,
  fn: (keys: readonly PathKey[]) => void,
  keys: PathKey[] = [],
): void {
  if (!isContainer(root)) {
    fn(keys);
    return;
  }
  const entries: [PathKey, unknown][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : Object.entries(root);
  for (const [k, v] of entries) {
    keys.push(k);
    forEachLeaf(v, fn, keys);
    keys.pop();
  }
}
