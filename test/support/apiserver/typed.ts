/**
 * Schema-aware walks over plain JSON objects, following structured-merge-diff (the library
 * behind server-side apply): the field set an object sets, the comparison of two objects,
 * the merge of an applied configuration into a live object, and the removal of field paths.
 */
import { fieldPE, FieldSet, keyPE, valuePE, type FieldPath, type PathElement } from './fieldset.js';
import {
  fieldSchema,
  isNamedField,
  resolve,
  type ListSchema,
  type MapSchema,
  type Schema,
} from './schema.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A malformed object, e.g. a list item without its key field; reported like Kubernetes does. */
export class SchemaError extends Error {}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
    );
  }
  return false;
}

/** The path element naming `item` inside a list typed `schema`. */
function listItemPE(
  schema: ListSchema,
  item: unknown,
  index: number,
  path: FieldPath,
): PathElement {
  if (schema.listType === 'set') return valuePE(item);
  if (schema.listType !== 'map') return `i:${index}`;
  const keys: Obj = {};
  for (const k of schema.keys ?? []) {
    const v =
      isObj(item) && item[k] !== undefined && item[k] !== null ? item[k] : schema.keyDefaults?.[k];
    if (v === undefined) {
      throw new SchemaError(
        `${pathLabel(path)}: element ${index}: associative list with keys has an element that omits key field "${k}" (and doesn't have default value)`,
      );
    }
    keys[k] = v;
  }
  return keyPE(keys);
}

function pathLabel(path: FieldPath): string {
  return path.map((pe) => (pe.startsWith('f:') ? `.${pe.slice(2)}` : `[${pe.slice(2)}]`)).join('');
}

/** Every field path `value` sets: the field set an applier claims (typed.ToFieldSet). */
export function toFieldSet(value: unknown, schema: Schema): FieldSet {
  const set = new FieldSet();
  const walk = (v: unknown, s: Schema, path: PathElement[]) => {
    const t = resolve(s, v);
    if (t.kind === 'scalar') {
      set.insert(path);
    } else if (t.kind === 'list') {
      if (t.listType === 'atomic') return set.insert(path);
      if (!Array.isArray(v)) return;
      const pes = v.map((item, i) => listItemPE(t, item, i, path));
      const seen = new Set<string>();
      const dups = new Set<string>();
      for (const pe of pes) (seen.has(pe) ? dups : seen).add(pe);
      // Duplicated items are owned as a whole; their insides are not tracked.
      for (const pe of dups) set.insert([...path, pe]);
      v.forEach((item, i) => {
        if (dups.has(pes[i])) return;
        walk(item, t.items ?? { kind: 'untyped' }, [...path, pes[i]]);
        set.insert([...path, pes[i]]);
      });
    } else {
      if (t.atomic) return set.insert(path);
      if (!isObj(v)) return;
      for (const [k, val] of Object.entries(v)) {
        const p = [...path, fieldPE(k)];
        walk(val, fieldSchema(t, k), p);
        // Map entries (and empty or null values) are owned themselves; named struct fields only
        // through their leaves.
        if (val === null || (isObj(val) && Object.keys(val).length === 0) || !isNamedField(t, k))
          set.insert(p);
      }
    }
  };
  walk(value, schema, []);
  return set;
}

export interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

/** What changed from `lhs` to `rhs` (typed.Compare); `undefined` means absent. */
export function compare(lhs: unknown, rhs: unknown, schema: Schema): Comparison {
  const c: Comparison = {
    added: new FieldSet(),
    modified: new FieldSet(),
    removed: new FieldSet(),
  };
  const leaf = (l: unknown, r: unknown, path: FieldPath) => {
    if (l === undefined) c.added.insert(path);
    else if (r === undefined) c.removed.insert(path);
    else if (!deepEqual(l, r)) c.modified.insert(path);
  };
  const walk = (l: unknown, r: unknown, s: Schema, path: PathElement[]) => {
    const tl = l === undefined ? undefined : resolve(s, l);
    const tr = r === undefined ? undefined : resolve(s, r);
    const t = (tr ?? tl)!;
    if ((tl && tr && tl.kind !== tr.kind) || t.kind === 'scalar') return leaf(l, r, path);
    if (t.kind === 'list') {
      const la = Array.isArray(l) ? l : [];
      const ra = Array.isArray(r) ? r : [];
      if (t.listType === 'atomic' || (la.length === 0 && ra.length === 0)) return leaf(l, r, path);
      compareListItems(t, la, ra, path);
    } else {
      const lo = isObj(l) ? l : {};
      const ro = isObj(r) ? r : {};
      if (t.atomic || (Object.keys(lo).length === 0 && Object.keys(ro).length === 0))
        return leaf(l, r, path);
      for (const k of new Set([...Object.keys(lo), ...Object.keys(ro)])) {
        walk(lo[k], ro[k], fieldSchema(t, k), [...path, fieldPE(k)]);
      }
    }
    if (l === undefined) c.added.insert(path);
    else if (r === undefined) c.removed.insert(path);
  };
  const compareListItems = (t: ListSchema, la: unknown[], ra: unknown[], path: PathElement[]) => {
    const index = (a: unknown[]) => {
      const m = new Map<string, unknown[]>();
      a.forEach((item, i) => {
        const pe = listItemPE(t, item, i, path);
        m.set(pe, [...(m.get(pe) ?? []), item]);
      });
      return m;
    };
    const lm = index(la);
    const rm = index(ra);
    for (const pe of new Set([...lm.keys(), ...rm.keys()])) {
      const li = lm.get(pe) ?? [];
      const ri = rm.get(pe) ?? [];
      const p = [...path, pe];
      if (li.length <= 1 && ri.length <= 1) walk(li[0], ri[0], t.items ?? { kind: 'untyped' }, p);
      else if (li.length >= 2 && ri.length >= 2) {
        if (!deepEqual(li, ri)) c.modified.insert(p);
      } else if (li.length >= 2) c.removed.insert(p);
      else c.added.insert(p);
    }
  };
  walk(lhs, rhs, schema, []);
  return c;
}

/**
 * `rhs` (an applied configuration) merged into `lhs` (typed.Merge): rhs wins on leaves, maps
 * merge by key, associative lists by item key keeping the live order around the applied one.
 */
export function merge(lhs: unknown, rhs: unknown, schema: Schema): unknown {
  if (rhs === undefined) return lhs;
  if (lhs === undefined) return rhs;
  const tl = resolve(schema, lhs);
  const t = resolve(schema, rhs);
  if (tl.kind !== t.kind || t.kind === 'scalar') return rhs;
  if (t.kind === 'list') {
    if (t.listType === 'atomic' || !Array.isArray(lhs) || !Array.isArray(rhs)) return rhs;
    if (lhs.length === 0 && rhs.length === 0) return rhs;
    return mergeList(t, lhs, rhs, []);
  }
  if (t.atomic || !isObj(lhs) || !isObj(rhs)) return rhs;
  const out: Obj = {};
  for (const k of new Set([...Object.keys(lhs), ...Object.keys(rhs)])) {
    const v = merge(lhs[k], rhs[k], fieldSchema(t, k));
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** structured-merge-diff's ordering: applied items in applied order, live-only items kept where they were. */
function mergeList(t: ListSchema, lhs: unknown[], rhs: unknown[], path: FieldPath): unknown[] {
  const items = t.items ?? { kind: 'untyped' as const };
  const lpes = lhs.map((v, i) => listItemPE(t, v, i, path));
  const rpes = rhs.map((v, i) => listItemPE(t, v, i, path));
  if (new Set(rpes).size !== rpes.length) {
    const dup = rpes.find((pe, i) => rpes.indexOf(pe) !== i)!;
    throw new SchemaError(`${pathLabel(path)}: duplicate entries for key ${dup}`);
  }
  const lByPE = new Map(lpes.map((pe, i) => [pe, lhs[i]]));
  const rByPE = new Map(rpes.map((pe, i) => [pe, rhs[i]]));
  const shared = rpes.filter((pe) => lByPE.has(pe));
  let nextShared = shared.shift();
  const done = new Set<string>();
  const out: unknown[] = [];
  let li = 0;
  let ri = 0;
  while (li < lpes.length || ri < rpes.length) {
    if (li < lpes.length && ri < rpes.length) {
      const pe = lpes[li];
      if (pe === rpes[ri]) {
        done.add(pe);
        out.push(merge(lByPE.get(pe), rByPE.get(pe), items));
        li++;
        ri++;
        nextShared = shared.shift();
        continue;
      }
      if (rByPE.has(pe) && nextShared !== undefined && nextShared !== pe) {
        li++;
        continue;
      }
    }
    if (li < lpes.length) {
      const pe = lpes[li];
      if (!rByPE.has(pe)) {
        out.push(lhs[li]);
        li++;
        continue;
      } else if (done.has(pe)) li++;
    }
    if (ri < rpes.length) {
      const pe = rpes[ri];
      done.add(pe);
      out.push(merge(lByPE.get(pe), rByPE.get(pe), items));
      ri++;
      if (nextShared === pe) nextShared = shared.shift();
    }
  }
  return out;
}

/**
 * `value` without the paths in `set` (typed.RemoveItems). Maps and lists emptied by the removal
 * disappear, as they do when Kubernetes converts the result back into its types.
 */
export function removeItems(value: unknown, set: FieldSet, schema: Schema): unknown {
  const t = resolve(schema, value);
  if (t.kind === 'scalar') return value;
  if (t.kind === 'list') {
    if (!Array.isArray(value) || value.length === 0 || t.listType === 'atomic') return value;
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const pe = listItemPE(t, item, i, []);
      if (set.members.has(pe)) return;
      const sub = set.children.get(pe);
      out.push(sub ? removeItems(item, sub, t.items ?? { kind: 'untyped' }) : item);
    });
    return out.length > 0 ? out : undefined;
  }
  if (!isObj(value) || Object.keys(value).length === 0 || t.atomic) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    const pe = fieldPE(k);
    if (set.members.has(pe)) continue;
    const sub = set.children.get(pe);
    const nv = sub ? removeItems(v, sub, fieldSchema(t, k)) : v;
    if (nv !== undefined) out[k] = nv;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Makes named struct fields on the way to members members themselves (so removing them removes the shell). */
export function ensureNamedFieldsAreMembers(set: FieldSet, schema: Schema): FieldSet {
  const out = new FieldSet();
  const walk = (src: FieldSet, dst: FieldSet, s: Schema) => {
    const m = s.kind === 'map' ? (s as MapSchema) : undefined;
    for (const pe of src.members) dst.members.add(pe);
    for (const [pe, child] of src.children) {
      const name = pe.startsWith('f:') ? pe.slice(2) : undefined;
      if (m && name !== undefined && isNamedField(m, name)) dst.members.add(pe);
      const sub = new FieldSet();
      dst.children.set(pe, sub);
      walk(child, sub, childSchema(s, pe));
    }
  };
  walk(set, out, schema);
  return out;
}

function childSchema(s: Schema, pe: PathElement): Schema {
  if (s.kind === 'map' && pe.startsWith('f:')) return fieldSchema(s, pe.slice(2));
  if (s.kind === 'list') return s.items ?? { kind: 'untyped' };
  return { kind: 'untyped' };
}
