/**
 * The three non-apply patch formats of PATCH requests:
 * JSON patch (RFC 6902), JSON merge patch (RFC 7386) and Kubernetes' strategic merge patch
 * (https://github.com/kubernetes/community/blob/master/contributors/devel/sig-api-machinery/strategic-merge-patch.md),
 * including the directives kubectl sends: `$patch`, `$retainKeys`, `$setElementOrder/<list>`,
 * `$deleteFromPrimitiveList/<list>`.
 */
import { fieldSchema, resolve, type ListSchema, type Schema } from './schema.js';
import { deepEqual } from './typed.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** A patch that cannot be applied; the handler answers 422 like the apiserver. */
export class PatchError extends Error {}

export function jsonMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = jsonMergePatch(out[k], v);
  }
  return out;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer: ${JSON.stringify(path)}`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(
  doc: unknown,
  tokens: string[],
  path: string,
): { parent: Obj | unknown[]; key: string } {
  let cur = doc;
  for (const t of tokens.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[Number(t)] : isObj(cur) ? cur[t] : undefined;
    if (cur === undefined) throw new PatchError(`doc is missing path: "${path}"`);
  }
  if (!isObj(cur) && !Array.isArray(cur)) throw new PatchError(`doc is missing path: "${path}"`);
  return { parent: cur, key: tokens[tokens.length - 1] };
}

function getAt(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const t of pointer(path)) {
    cur = Array.isArray(cur) ? cur[Number(t)] : isObj(cur) ? cur[t] : undefined;
    if (cur === undefined) throw new PatchError(`doc is missing path: "${path}"`);
  }
  return cur;
}

export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new PatchError('json patch must be a list of operations');
  let doc = clone(target);
  const remove = (path: string) => {
    const { parent, key } = parentOf(doc, pointer(path), path);
    if (Array.isArray(parent)) {
      const i = Number(key);
      if (!(i >= 0 && i < parent.length))
        throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
      return parent.splice(i, 1)[0];
    }
    if (!Object.hasOwn(parent, key))
      throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    const v = parent[key];
    delete parent[key];
    return v;
  };
  const add = (path: string, value: unknown, replace: boolean) => {
    const tokens = pointer(path);
    if (tokens.length === 0) return void (doc = value);
    const { parent, key } = parentOf(doc, tokens, path);
    if (Array.isArray(parent)) {
      const i = key === '-' ? parent.length : Number(key);
      if (!(i >= 0 && i <= parent.length))
        throw new PatchError(`add operation does not apply: index out of bounds: ${key}`);
      if (replace) parent[i] = value;
      else parent.splice(i, 0, value);
    } else {
      if (replace && !Object.hasOwn(parent, key)) {
        throw new PatchError(
          `replace operation does not apply: doc is missing key: ${path}: missing value`,
        );
      }
      parent[key] = value;
    }
  };
  for (const op of ops as Obj[]) {
    const path = String(op.path ?? '');
    switch (op.op) {
      case 'add':
        add(path, clone(op.value), false);
        break;
      case 'replace':
        add(path, clone(op.value), true);
        break;
      case 'remove':
        remove(path);
        break;
      case 'move':
        add(path, remove(String(op.from)), false);
        break;
      case 'copy':
        add(path, clone(getAt(doc, String(op.from))), false);
        break;
      case 'test':
        if (!deepEqual(getAt(doc, path), op.value))
          throw new PatchError(`testing value ${path} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return doc;
}

const ORDER = '$setElementOrder/';
const DELETE_FROM = '$deleteFromPrimitiveList/';

export function strategicMergePatch(original: unknown, patch: unknown, schema: Schema): unknown {
  return mergeMap(isObj(original) ? original : {}, isObj(patch) ? patch : {}, schema);
}

function mergeMap(original: Obj, patch: Obj, schema: Schema): Obj | undefined {
  if (patch.$patch === 'delete') return undefined;
  if (patch.$patch === 'replace') return stripDirectives(patch) as Obj;
  const t = resolve(schema, original);
  const out: Obj = clone(original);
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith(ORDER) || k.startsWith(DELETE_FROM))
      continue;
    const s = t.kind === 'map' ? fieldSchema(t, k) : { kind: 'untyped' as const };
    if (v === null) {
      delete out[k];
    } else if (
      isObj(v) &&
      isObj(out[k]) &&
      resolve(s, v).kind === 'map' &&
      !(s.kind === 'map' && s.atomic)
    ) {
      const merged = mergeMap(out[k] as Obj, v, s);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else if (Array.isArray(v) && s.kind === 'list' && s.patchMergeKey !== undefined) {
      out[k] = mergeList(Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v, s);
    } else {
      out[k] = stripDirectives(v);
    }
  }
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith(DELETE_FROM) && Array.isArray(out[k.slice(DELETE_FROM.length)])) {
      const f = k.slice(DELETE_FROM.length);
      out[f] = (out[f] as unknown[]).filter((x) => !(v as unknown[]).some((d) => deepEqual(d, x)));
    }
  }
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith(ORDER) && Array.isArray(out[k.slice(ORDER.length)]) && Array.isArray(v)) {
      const f = k.slice(ORDER.length);
      const s = t.kind === 'map' ? fieldSchema(t, f) : undefined;
      out[f] = reorder(out[f] as unknown[], v, s?.kind === 'list' ? s : undefined);
    }
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  return out;
}

function mergeList(original: unknown[], patch: unknown[], s: ListSchema): unknown[] {
  if (patch.some((p) => isObj(p) && p.$patch === 'replace')) {
    return patch.filter((p) => !(isObj(p) && p.$patch === 'replace')).map(stripDirectives);
  }
  if (s.patchMergeKey === true) {
    const out = [...original];
    for (const v of patch) if (!out.some((o) => deepEqual(o, v))) out.push(v);
    return out;
  }
  const key = s.patchMergeKey as string;
  const out = clone(original);
  for (const p of patch) {
    if (!isObj(p)) continue;
    const i = out.findIndex((o) => isObj(o) && deepEqual(o[key], p[key]));
    if (p.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) {
      out[i] = mergeMap(out[i] as Obj, p, s.items ?? { kind: 'untyped' });
    } else {
      out.push(stripDirectives(p));
    }
  }
  return out;
}

/** `$setElementOrder`: the patch's order for the listed items, others after them in their old order. */
function reorder(list: unknown[], order: unknown[], s: ListSchema | undefined): unknown[] {
  const key = typeof s?.patchMergeKey === 'string' ? s.patchMergeKey : undefined;
  const id = (v: unknown) => JSON.stringify(key && isObj(v) ? v[key] : v);
  const rank = new Map(order.map((o, i) => [id(o), i]));
  return [...list]
    .map((v, i) => ({ v, i }))
    .sort(
      (a, b) =>
        (rank.get(id(a.v)) ?? order.length + a.i) - (rank.get(id(b.v)) ?? order.length + b.i),
    )
    .map((x) => x.v);
}

function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith(ORDER) || k.startsWith(DELETE_FROM))
      continue;
    out[k] = stripDirectives(x);
  }
  return out;
}
