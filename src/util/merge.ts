export type PlainObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * kluctl's merge: maps merge recursively, lists and scalars from `src` replace what `dst`
 * had. Returns a new object; neither input is modified.
 */
export function deepMerge(dst: PlainObject, src: PlainObject): PlainObject {
  const out: PlainObject = { ...dst };
  for (const [k, v] of Object.entries(src)) {
    const cur = out[k];
    out[k] = isPlainObject(cur) && isPlainObject(v) ? deepMerge(cur, v) : structuredClone(v);
  }
  return out;
}

/** Sets `value` at a dotted path, creating maps on the way (`a.b=c` style). */
export function setPath(obj: PlainObject, path: readonly string[], value: unknown): void {
  let cur = obj;
  path.slice(0, -1).forEach((seg) => {
    if (!isPlainObject(cur[seg])) cur[seg] = {};
    cur = cur[seg] as PlainObject;
  });
  cur[path[path.length - 1]] = value;
}

export function getPath(
  obj: unknown,
  path: readonly string[],
): { found: boolean; value?: unknown } {
  let cur: unknown = obj;
  for (const seg of path) {
    if (!isPlainObject(cur) || !(seg in cur)) return { found: false };
    cur = cur[seg];
  }
  return { found: true, value: cur };
}
