/**
 * Sets of field paths, the data behind `metadata.managedFields[].fieldsV1`.
 *
 * A path element is kept in its FieldsV1 spelling, which is also its identity:
 * `f:<field>`, `k:<json of the list-map keys, sorted>`, `v:<json of a set value>`, `i:<index>`.
 * The trie mirrors structured-merge-diff's Set: at each level, `members` are paths that end
 * here and `children` hold deeper paths. A path can be both (FieldsV1 writes that as `".": {}`).
 */
export type PathElement = string;
export type FieldPath = readonly PathElement[];

/** Go's encoding/json escapes these; FieldsV1 keys must match byte for byte. */
function goJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const fieldPE = (name: string): PathElement => `f:${name}`;
export const valuePE = (v: unknown): PathElement => `v:${goJson(v)}`;
export function keyPE(keys: Record<string, unknown>): PathElement {
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(keys).sort()) sorted[k] = keys[k];
  return `k:${goJson(sorted)}`;
}

/** `.spec.containers[name="app"].image`: the spelling Kubernetes uses in conflict messages. */
export function pathString(path: FieldPath): string {
  return path
    .map((pe) => {
      const body = pe.slice(2);
      switch (pe[0]) {
        case 'f':
          return `.${body}`;
        case 'k': {
          const keys = JSON.parse(body) as Record<string, unknown>;
          return `[${Object.entries(keys)
            .map(([k, v]) => `${k}=${goString(v)}`)
            .join(',')}]`;
        }
        case 'v':
          return `[=${goString(JSON.parse(body))}]`;
        default:
          return `[${body}]`;
      }
    })
    .join('');
}

/** structured-merge-diff's value.ToString: strings quoted, everything else as JSON. */
function goString(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : goJson(v);
}

const typeRank: Record<string, number> = { f: 0, k: 1, v: 2, i: 3 };

function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    v === null
      ? 0
      : typeof v === 'number'
        ? 1
        : typeof v === 'string'
          ? 2
          : typeof v === 'boolean'
            ? 3
            : 4;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const ja = goJson(a);
  const jb = goJson(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** structured-merge-diff's PathElement ordering, which fixes the key order of FieldsV1. */
function comparePE(a: PathElement, b: PathElement): number {
  if (a[0] !== b[0]) return typeRank[a[0]] - typeRank[b[0]];
  const ba = a.slice(2);
  const bb = b.slice(2);
  switch (a[0]) {
    case 'f':
      return ba < bb ? -1 : ba > bb ? 1 : 0;
    case 'i':
      return Number(ba) - Number(bb);
    case 'v':
      return compareValues(JSON.parse(ba), JSON.parse(bb));
    default: {
      const ea = Object.entries(JSON.parse(ba) as Record<string, unknown>);
      const eb = Object.entries(JSON.parse(bb) as Record<string, unknown>);
      for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
        if (ea[i][0] !== eb[i][0]) return ea[i][0] < eb[i][0] ? -1 : 1;
        const c = compareValues(ea[i][1], eb[i][1]);
        if (c !== 0) return c;
      }
      return ea.length - eb.length;
    }
  }
}

export class FieldSet {
  readonly members = new Set<PathElement>();
  readonly children = new Map<PathElement, FieldSet>();

  static of(...paths: FieldPath[]): FieldSet {
    const s = new FieldSet();
    for (const p of paths) s.insert(p);
    return s;
  }

  insert(path: FieldPath): void {
    if (path.length === 0) return;
    if (path.length === 1) this.members.add(path[0]);
    else this.child(path[0]).insert(path.slice(1));
  }

  private child(pe: PathElement): FieldSet {
    let c = this.children.get(pe);
    if (!c) {
      c = new FieldSet();
      this.children.set(pe, c);
    }
    return c;
  }

  isEmpty(): boolean {
    if (this.members.size > 0) return false;
    for (const c of this.children.values()) if (!c.isEmpty()) return false;
    return true;
  }

  union(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const m of this.members) out.members.add(m);
    for (const m of other.members) out.members.add(m);
    for (const pe of new Set([...this.children.keys(), ...other.children.keys()])) {
      const a = this.children.get(pe);
      const b = other.children.get(pe);
      out.children.set(pe, a && b ? a.union(b) : (a ?? b)!.union(new FieldSet()));
    }
    return out.pruned();
  }

  difference(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const m of this.members) if (!other.members.has(m)) out.members.add(m);
    for (const [pe, c] of this.children) {
      const o = other.children.get(pe);
      out.children.set(pe, o ? c.difference(o) : c.union(new FieldSet()));
    }
    return out.pruned();
  }

  intersection(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const m of this.members) if (other.members.has(m)) out.members.add(m);
    for (const [pe, c] of this.children) {
      const o = other.children.get(pe);
      if (o) out.children.set(pe, c.intersection(o));
    }
    return out.pruned();
  }

  /** Removes every path of `other` and everything below those paths. */
  recursiveDifference(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const m of this.members) if (!other.members.has(m)) out.members.add(m);
    for (const [pe, c] of this.children) {
      if (other.members.has(pe)) continue;
      const o = other.children.get(pe);
      out.children.set(pe, o ? c.recursiveDifference(o) : c.union(new FieldSet()));
    }
    return out.pruned();
  }

  private pruned(): FieldSet {
    for (const [pe, c] of this.children) if (c.isEmpty()) this.children.delete(pe);
    return this;
  }

  /** Every member path, depth first in FieldsV1 order. */
  paths(prefix: PathElement[] = []): PathElement[][] {
    const out: PathElement[][] = [];
    const pes = [...new Set([...this.members, ...this.children.keys()])].sort(comparePE);
    for (const pe of pes) {
      if (this.members.has(pe)) out.push([...prefix, pe]);
      const c = this.children.get(pe);
      if (c) out.push(...c.paths([...prefix, pe]));
    }
    return out;
  }

  toFieldsV1(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const pes = [...new Set([...this.members, ...this.children.keys()])].sort(comparePE);
    for (const pe of pes) {
      const c = this.children.get(pe);
      const inner = c && !c.isEmpty() ? c.toFieldsV1() : {};
      out[pe] = this.members.has(pe) && c && !c.isEmpty() ? { '.': {}, ...inner } : inner;
    }
    return out;
  }

  static fromFieldsV1(fields: unknown): FieldSet {
    const s = new FieldSet();
    if (typeof fields !== 'object' || fields === null) return s;
    for (const [pe, sub] of Object.entries(fields as Record<string, unknown>)) {
      if (pe === '.') continue;
      const entries = typeof sub === 'object' && sub !== null ? Object.keys(sub) : [];
      if (entries.length === 0 || entries.includes('.')) s.members.add(pe);
      if (entries.some((k) => k !== '.')) s.children.set(pe, FieldSet.fromFieldsV1(sub));
    }
    return s;
  }
}
