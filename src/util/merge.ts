/**
 * Maps built from a project's data (vars, args, labels). The keys come from strangers: a
 * pull request can name a key `__proto__` or `constructor`. Every map made here has no
 * prototype, so such a key is an ordinary entry, and reads look at own entries only, so an
 * inherited `toString` or `constructor` is never mistaken for a value.
 */
export type PlainObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A map without a prototype, optionally filled from entries. */
export function newMap<T = unknown>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (entries) for (const [k, v] of entries) out[k] = v;
  return out;
}

/** Writes an own entry, even on an ordinary object and even for the key `__proto__`. */
export function put(obj: object, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The own value at `key`, never an inherited one. */
export const ownValue = (obj: object, key: string): unknown =>
  Object.hasOwn(obj, key) ? (obj as PlainObject)[key] : undefined;

/** A deep copy whose maps have no prototype (lists and scalars copied as they are). */
export function toSafeData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSafeData);
  if (!isPlainObject(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null)
    return newMap(Object.entries(value).map(([k, v]) => [k, toSafeData(v)]));
  return value;
}

/**
 * kluctl's merge: maps merge recursively, lists and scalars from `src` replace what `dst`
 * had. Returns a new map; neither input is modified.
 */
export function deepMerge(dst: PlainObject, src: PlainObject): PlainObject {
  const out = newMap(Object.entries(dst));
  for (const [k, v] of Object.entries(src)) {
    const cur = ownValue(out, k);
    out[k] = isPlainObject(cur) && isPlainObject(v) ? deepMerge(cur, v) : toSafeData(v);
  }
  return out;
}

/**
 * Sets `value` at a path of map keys and list indexes (`a.b=c` style), creating maps (or
 * lists, before a numeric index) on the way.
 */
export function setPath(
  obj: PlainObject,
  path: readonly (string | number)[],
  value: unknown,
): void {
  let cur: Record<string | number, unknown> = obj;
  path.forEach((seg, i) => {
    if (i === path.length - 1) {
      put(cur, seg, value);
      return;
    }
    const next = Object.hasOwn(cur, seg) ? cur[seg] : undefined;
    if (typeof next === 'object' && next !== null) {
      cur = next as PlainObject;
    } else {
      const made = (typeof path[i + 1] === 'number' ? [] : newMap()) as PlainObject;
      put(cur, seg, made);
      cur = made;
    }
  });
}

export function getPath(
  obj: unknown,
  path: readonly string[],
): { found: boolean; value?: unknown } {
  let cur: unknown = obj;
  for (const seg of path) {
    if (!isPlainObject(cur) || !Object.hasOwn(cur, seg)) return { found: false };
    cur = cur[seg];
  }
  return { found: true, value: cur };
}

/**
 * A deep copy whose maps list their keys sorted. kluctl hands every variable to Jinja2
 * through Go maps and JSON, so templates iterating a dict from the variables (`items()`,
 * `to_yaml`, `for k in d`) see its keys in sorted order, whatever the YAML order was.
 */
export function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (!isPlainObject(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return newMap(
    Object.keys(value)
      .sort()
      .map((k) => [k, withSortedKeys(value[k])]),
  );
}
