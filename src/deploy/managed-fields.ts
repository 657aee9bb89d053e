/**
 * Server-side apply's field ownership (`metadata.managedFields`, format FieldsV1), read the
 * way the API server writes it: which manager owns which field, field paths in the form 409
 * conflicts name them (`.spec.template.spec.containers[name="app"].image`), where such a
 * path is in an object, and whether applying a manifest again would change anything.
 */
import { isMap, jsonEqual } from '../diff/values.js';
import type { K8sObject } from '../util/k8s.js';

/** One step of a field path, as in sigs.k8s.io/structured-merge-diff. */
export type PathElement =
  | { field: string }
  /** An element of an associative list, by its key fields (sorted by name). */
  | { key: [string, unknown][] }
  /** An element of a set, by value. */
  | { value: unknown }
  | { index: number };

export interface FieldNode {
  /** The field itself is owned (a leaf, or `"."` in FieldsV1). */
  member: boolean;
  children: Map<string, { pe: PathElement; node: FieldNode }>;
}

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
  subresource?: string;
  time?: string;
}

/** A FieldsV1 key (`f:name`, `k:{"name":"app"}`, `v:"x"`, `i:0`) as a path element; undefined if unknown. */
export function parsePathElement(key: string): PathElement | undefined {
  const type = key.slice(0, 2);
  const rest = key.slice(2);
  try {
    switch (type) {
      case 'f:':
        return { field: rest };
      case 'k:': {
        const obj = JSON.parse(rest) as Record<string, unknown>;
        return {
          key: Object.keys(obj)
            .sort()
            .map((k) => [k, obj[k]] as [string, unknown]),
        };
      }
      case 'v:':
        return { value: JSON.parse(rest) as unknown };
      case 'i:':
        return { index: Number(rest) };
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

/** FieldsV1 as a tree; keys a future server version might add are left out, as the server does. */
export function parseFieldsV1(fields: Record<string, unknown>): FieldNode {
  const node: FieldNode = { member: false, children: new Map() };
  for (const [key, value] of Object.entries(fields)) {
    if (key === '.') {
      node.member = true;
      continue;
    }
    const pe = parsePathElement(key);
    if (!pe || !isMap(value)) continue;
    const child = parseFieldsV1(value);
    if (child.children.size === 0) child.member = true;
    node.children.set(key, { pe, node: child });
  }
  return node;
}

/** A value as structured-merge-diff prints it (`"text"`, `80`, `true`). */
function valueString(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(valueString).join(',')}]`;
  if (isMap(v))
    return Object.keys(v)
      .sort()
      .map((k) => `${k}=${valueString(v[k])}`)
      .join('');
  return String(v);
}

export function pathElementString(pe: PathElement): string {
  if ('field' in pe) return `.${pe.field}`;
  if ('key' in pe) return `[${pe.key.map(([k, v]) => `${k}=${valueString(v)}`).join(',')}]`;
  if ('value' in pe) return `[=${valueString(pe.value)}]`;
  return `[${pe.index}]`;
}

/** `.spec.template.spec.containers[name="app"].image`: how 409 conflicts name a field. */
export const pathString = (path: readonly PathElement[]) => path.map(pathElementString).join('');

/** Every owned field path of a tree (depth first). */
export function memberPaths(node: FieldNode, prefix: PathElement[] = []): PathElement[][] {
  const out: PathElement[][] = [];
  for (const { pe, node: child } of node.children.values()) {
    const path = [...prefix, pe];
    if (child.member) out.push(path);
    out.push(...memberPaths(child, path));
  }
  return out;
}

export function managedFieldsOf(obj: K8sObject | undefined): ManagedFieldsEntry[] {
  const mf = (obj?.metadata as { managedFields?: unknown } | undefined)?.managedFields;
  return Array.isArray(mf) ? (mf as ManagedFieldsEntry[]) : [];
}

export interface FieldOwners {
  /** The distinct paths printed as this string (keys may contain dots, so it can be ambiguous). */
  paths: PathElement[][];
  managers: string[];
}

/** For every owned field (by its printed path): the paths and the managers owning it. */
export function ownersByField(obj: K8sObject): Map<string, FieldOwners> {
  const out = new Map<string, FieldOwners>();
  for (const entry of managedFieldsOf(obj)) {
    if (!isMap(entry.fieldsV1) || typeof entry.manager !== 'string') continue;
    for (const path of memberPaths(parseFieldsV1(entry.fieldsV1))) {
      const s = pathString(path);
      let owners = out.get(s);
      if (!owners) out.set(s, (owners = { paths: [], managers: [] }));
      if (!owners.paths.some((p) => pathString(p) === s && jsonEqual(p, path)))
        owners.paths.push(path);
      owners.managers.push(entry.manager);
    }
  }
  return out;
}

function elementMatches(item: unknown, pe: PathElement, index: number): boolean {
  if ('key' in pe)
    return isMap(item) && pe.key.every(([k, v]) => Object.hasOwn(item, k) && jsonEqual(item[k], v));
  if ('value' in pe) return jsonEqual(item, pe.value);
  if ('index' in pe) return pe.index === index;
  return false;
}

/**
 * Where `path` is in `obj` as map keys and list indexes (`['spec', 'containers', 0, 'image']`),
 * or undefined when the object does not have it.
 */
export function locatePath(
  obj: unknown,
  path: readonly PathElement[],
): (string | number)[] | undefined {
  const keys: (string | number)[] = [];
  let cur: unknown = obj;
  for (const pe of path) {
    if ('field' in pe) {
      if (!isMap(cur) || !Object.hasOwn(cur, pe.field)) return undefined;
      keys.push(pe.field);
      cur = cur[pe.field];
    } else {
      if (!Array.isArray(cur)) return undefined;
      const i = cur.findIndex((item, idx) => elementMatches(item, pe, idx));
      if (i < 0) return undefined;
      keys.push(i);
      cur = cur[i];
    }
  }
  return keys;
}

export function valueAt(obj: unknown, keys: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const k of keys) cur = (cur as Record<string | number, unknown> | undefined)?.[k];
  return cur;
}

/** Fields of the manifest that are not part of the field set (identity). */
function fieldSetOfManifest(obj: K8sObject): Record<string, unknown> {
  const { apiVersion: _a, kind: _k, ...rest } = obj;
  if (isMap(rest.metadata)) {
    const { name: _n, namespace: _ns, ...md } = rest.metadata;
    if (Object.keys(md).length) rest.metadata = md;
    else delete rest.metadata;
  }
  return rest;
}

/** Fields holding resource quantities, which the server stores in canonical form ("0.5" → "500m"). */
const QUANTITY_PARENTS = new Set([
  'limits',
  'requests',
  'hard',
  'capacity',
  'default',
  'defaultRequest',
  'max',
  'min',
  'maxLimitRequestRatio',
]);

const SUFFIX: Record<string, [number, number]> = {
  // [base, exponent]
  n: [10, -9],
  u: [10, -6],
  m: [10, -3],
  '': [10, 0],
  k: [10, 3],
  M: [10, 6],
  G: [10, 9],
  T: [10, 12],
  P: [10, 15],
  E: [10, 18],
  Ki: [2, 10],
  Mi: [2, 20],
  Gi: [2, 30],
  Ti: [2, 40],
  Pi: [2, 50],
  Ei: [2, 60],
};

/** A quantity as an exact fraction [numerator, denominator] of BigInts, or undefined. */
function quantity(v: unknown): [bigint, bigint] | undefined {
  const text = typeof v === 'number' ? String(v) : v;
  if (typeof text !== 'string') return undefined;
  const m =
    /^([+-]?)(\d*)(?:\.(\d*))?(?:([eE])([+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/.exec(
      text,
    );
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  let num = BigInt(`${m[1]}${m[2] || '0'}${m[3] ?? ''}`);
  let den = 10n ** BigInt((m[3] ?? '').length);
  const [base, exp] = m[4] ? [10, Number(m[5])] : SUFFIX[m[6] ?? ''];
  if (exp >= 0) num *= BigInt(base) ** BigInt(exp);
  else den *= BigInt(base) ** BigInt(-exp);
  return [num, den];
}

function sameQuantity(a: unknown, b: unknown): boolean {
  const x = quantity(a);
  const y = quantity(b);
  return !!x && !!y && x[0] * y[1] === y[0] * x[1];
}

/**
 * The manifest value `v` (under key `key` of the map `container`) is what the server has
 * (`live`) and exactly what `node` owns.
 */
function sameAsOwned(
  v: unknown,
  node: FieldNode,
  live: unknown,
  key = '',
  container = '',
): boolean {
  if (v === null || v === undefined) return false;
  if (node.children.size === 0)
    return jsonEqual(v, live) || (QUANTITY_PARENTS.has(container) && sameQuantity(v, live));
  if (isMap(v)) {
    if (!isMap(live)) return false;
    const fields = [...node.children.values()];
    const keys = Object.keys(v);
    if (fields.length !== keys.length) return false;
    for (const { pe, node: child } of fields) {
      if (!('field' in pe) || !Object.hasOwn(v, pe.field) || !Object.hasOwn(live, pe.field))
        return false;
      if (!sameAsOwned(v[pe.field], child, live[pe.field], pe.field, key)) return false;
    }
    return true;
  }
  if (Array.isArray(v)) {
    if (!Array.isArray(live)) return false;
    const entries = [...node.children.values()];
    if (entries.length !== v.length) return false;
    const used = new Set<number>();
    for (const item of v) {
      // The element's entry in the owned set, and the element on the server, by key or value.
      const matching = entries
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => ('key' in e.pe || 'value' in e.pe) && elementMatches(item, e.pe, -1));
      if (matching.length !== 1 || used.has(matching[0].i)) return false;
      used.add(matching[0].i);
      const { pe, node: child } = matching[0].e;
      const liveItems = live.filter((l) => elementMatches(l, pe, -1));
      if (liveItems.length !== 1) return false;
      if ('value' in pe) continue;
      if (!sameAsOwned(item, child, liveItems[0], key, container)) return false;
    }
    return true;
  }
  return false;
}

/**
 * Whether server-side applying `manifest` as `fieldManager` would leave `live` exactly as it
 * is: the manager's last apply owns exactly the manifest's fields (so no field would be
 * released) and every one of them has the manifest's value on the server. Anything this
 * cannot tell for sure (another API version, atomic values the server rewrote, nulls) counts
 * as a change, so the caller applies.
 */
export function applyChangesNothing(
  manifest: K8sObject,
  live: K8sObject | undefined,
  fieldManager = 'kluctl',
): boolean {
  if (!live || (live.metadata as { deletionTimestamp?: unknown })?.deletionTimestamp) return false;
  const entries = managedFieldsOf(live).filter(
    (e) => e.manager === fieldManager && e.operation === 'Apply' && !e.subresource,
  );
  if (entries.length !== 1) return false;
  const [entry] = entries;
  if (entry.apiVersion !== manifest.apiVersion || !isMap(entry.fieldsV1)) return false;
  return sameAsOwned(
    fieldSetOfManifest(manifest),
    parseFieldsV1(entry.fieldsV1),
    liveView(manifest, live),
  );
}

/**
 * The live object as the manifest sees it: a Secret's `stringData` is stored as base64 in
 * `data` (and owned as `stringData`), so the values it would write are shown there.
 */
function liveView(manifest: K8sObject, live: K8sObject): K8sObject {
  if (manifest.apiVersion !== 'v1' || manifest.kind !== 'Secret' || !isMap(manifest.stringData))
    return live;
  const data = isMap(live.data) ? live.data : {};
  const stringData: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(manifest.stringData))
    if (typeof v === 'string' && data[k] === Buffer.from(v, 'utf8').toString('base64'))
      stringData[k] = v;
  return { ...live, stringData };
}
