/**
 * Field ownership: `metadata.managedFields` and the server-side apply algorithm
 * (https://kubernetes.io/docs/reference/using-api/server-side-apply/), following
 * structured-merge-diff's Updater (merge/update.go) and the apiserver's field manager
 * (managedfields/internal: stripmeta, conflict messages, entry ordering).
 */
import { FieldSet, pathString, type FieldPath } from './fieldset.js';
import type { Schema } from './schema.js';
import {
  compare,
  ensureNamedFieldsAreMembers,
  merge,
  removeItems,
  toFieldSet,
  type Comparison,
} from './typed.js';

type Obj = Record<string, unknown>;

export interface Manager {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  subresource?: string;
  time?: string;
  set: FieldSet;
}

/** Managers keyed by identity: Update entries are per API version, Apply entries are not. */
export type Managers = Map<string, Manager>;

function managerId(
  m: Pick<Manager, 'manager' | 'operation' | 'apiVersion' | 'subresource'>,
): string {
  return JSON.stringify({
    manager: m.manager,
    operation: m.operation,
    apiVersion: m.operation === 'Apply' ? undefined : m.apiVersion,
    subresource: m.subresource || undefined,
  });
}

export function decodeManagedFields(entries: unknown): Managers {
  const out: Managers = new Map();
  if (!Array.isArray(entries)) return out;
  for (const e of entries as Obj[]) {
    const m: Manager = {
      manager: String(e.manager ?? ''),
      operation: e.operation === 'Apply' ? 'Apply' : 'Update',
      apiVersion: String(e.apiVersion ?? ''),
      subresource: typeof e.subresource === 'string' ? e.subresource : undefined,
      time: typeof e.time === 'string' ? e.time : undefined,
      set: FieldSet.fromFieldsV1(e.fieldsV1),
    };
    out.set(managerId(m), m);
  }
  return out;
}

/** managedFields entries in the apiserver's order: operation, time, manager, apiVersion, subresource. */
export function encodeManagedFields(managers: Managers): Obj[] | undefined {
  const list = [...managers.values()].filter((m) => !m.set.isEmpty());
  if (list.length === 0) return undefined;
  const seconds = (t?: string) => (t ? Math.floor(Date.parse(t) / 1000) : 0);
  list.sort(
    (p, q) =>
      cmp(p.operation, q.operation) ||
      seconds(p.time) - seconds(q.time) ||
      cmp(p.manager, q.manager) ||
      cmp(p.apiVersion, q.apiVersion) ||
      cmp(p.subresource ?? '', q.subresource ?? ''),
  );
  return list.map((m) => ({
    manager: m.manager,
    operation: m.operation,
    apiVersion: m.apiVersion,
    time: m.time,
    fieldsType: 'FieldsV1',
    fieldsV1: m.set.toFieldsV1(),
    ...(m.subresource ? { subresource: m.subresource } : {}),
  }));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Fields no manager ever owns (stripmeta.go). */
const stripped = FieldSet.of(
  ['f:apiVersion'],
  ['f:kind'],
  ['f:metadata'],
  ...[
    'name',
    'namespace',
    'creationTimestamp',
    'selfLink',
    'uid',
    'clusterName',
    'generation',
    'managedFields',
    'resourceVersion',
  ].map((f) => ['f:metadata', `f:${f}`]),
);

export interface Conflict {
  manager: Manager;
  path: FieldPath;
}

/** A 409 from server-side apply; `status()` is the body Kubernetes sends (conflict.go). */
export class ApplyConflicts extends Error {
  constructor(readonly conflicts: Conflict[]) {
    super(conflictMessage(conflicts));
  }
  causes() {
    return this.conflicts.map((c) => ({
      type: 'FieldManagerConflict',
      message: `conflict with ${printManager(c.manager)}`,
      field: pathString(c.path),
    }));
  }
}

function printManager(m: Manager): string {
  let s = JSON.stringify(m.manager);
  if (m.subresource) s += ` with subresource ${JSON.stringify(m.subresource)}`;
  return m.operation === 'Update' ? `${s} using ${m.apiVersion}` : s;
}

function conflictMessage(conflicts: Conflict[]): string {
  if (conflicts.length === 1) {
    const c = conflicts[0];
    return `Apply failed with 1 conflict: conflict with ${printManager(c.manager)}: ${pathString(c.path)}`;
  }
  const byManager = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const id = managerId(c.manager);
    byManager.set(id, [...(byManager.get(id) ?? []), c]);
  }
  const lines: string[] = [];
  for (const id of [...byManager.keys()].sort()) {
    const cs = byManager.get(id)!;
    lines.push(`conflicts with ${printManager(cs[0].manager)}:`);
    for (const c of cs) lines.push(`- ${pathString(c.path)}`);
  }
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
}

export interface FieldManagerContext {
  schema: Schema;
  /** Paths this write may not own (reset fields: `status` on the main resource, all but `status` on /status). */
  ignored: (set: FieldSet) => FieldSet;
  now: string;
}

/** Ownership after `live` → `next`, and which fields of other managers that touched (update.go `update`). */
function reassign(
  live: unknown,
  next: unknown,
  managers: Managers,
  self: string,
  force: boolean,
  ctx: FieldManagerContext,
): Comparison {
  const raw = compare(live, next, ctx.schema);
  const c: Comparison = {
    added: ctx.ignored(raw.added),
    modified: ctx.ignored(raw.modified),
    removed: ctx.ignored(raw.removed),
  };
  const changed = c.modified.union(c.added);
  const conflicts: Conflict[] = [];
  const taken = new Map<string, FieldSet>();
  for (const [id, m] of managers) {
    if (id === self) continue;
    const overlap = m.set.intersection(changed);
    if (!overlap.isEmpty()) {
      taken.set(id, overlap);
      for (const path of overlap.paths()) conflicts.push({ manager: m, path });
    }
  }
  if (!force && conflicts.length > 0) throw new ApplyConflicts(conflicts);
  for (const [id, m] of managers) {
    if (id === self) continue;
    m.set = m.set.difference(taken.get(id) ?? new FieldSet()).difference(c.removed);
    if (m.set.isEmpty()) managers.delete(id);
  }
  return c;
}

/** An update (create, PUT, non-apply PATCH): the writer takes over every field it changed. */
export function recordUpdate(
  live: unknown,
  next: unknown,
  managers: Managers,
  who: Omit<Manager, 'set' | 'time' | 'operation'>,
  ctx: FieldManagerContext,
): void {
  const id = managerId({ ...who, operation: 'Update' });
  const c = reassign(live, next, managers, id, true, ctx);
  const prev = managers.get(id)?.set ?? new FieldSet();
  const set = ctx
    .ignored(prev.difference(c.removed).union(c.modified).union(c.added))
    .difference(stripped);
  if (set.isEmpty()) {
    managers.delete(id);
    return;
  }
  const changed = !c.added.isEmpty() || !c.modified.isEmpty() || !c.removed.isEmpty();
  const time = changed || !managers.has(id) ? ctx.now : managers.get(id)!.time;
  managers.set(id, { ...who, operation: 'Update', set, time });
}

/**
 * Server-side apply of `config` by `who` onto `live` (update.go `Apply`): merge, drop what this
 * manager applied before but no longer does (unless someone else owns it), then settle
 * ownership. Throws ApplyConflicts unless `force`. Returns the new object (undefined = no change).
 */
export function apply(
  live: Obj,
  config: Obj,
  managers: Managers,
  who: Omit<Manager, 'set' | 'time' | 'operation'>,
  force: boolean,
  ctx: FieldManagerContext,
): Obj {
  const id = managerId({ ...who, operation: 'Apply' });
  const merged = merge(live, config, ctx.schema) as Obj;
  const lastSet = managers.get(id)?.set;
  const set = ctx.ignored(toFieldSet(config, ctx.schema)).difference(stripped);
  const prevTime = managers.get(id)?.time;
  managers.set(id, { ...who, operation: 'Apply', set, time: prevTime });
  const next =
    lastSet && !lastSet.isEmpty() ? prune(merged, managers, lastSet, ctx.schema) : merged;
  reassign(live, next, managers, id, force, ctx);
  const changed =
    !sameJson(live, next) || !lastSet || !sameJson(lastSet.toFieldsV1(), set.toFieldsV1());
  managers.get(id)!.time = changed || !prevTime ? ctx.now : prevTime;
  if (set.isEmpty()) managers.delete(id);
  return next;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** update.go `prune` with `addBackOwnedItems` and `addBackDanglingItems`. */
function prune(merged: Obj, managers: Managers, lastSet: FieldSet, schema: Schema): Obj {
  const named = (s: FieldSet) => ensureNamedFieldsAreMembers(s, schema);
  const last = named(lastSet);
  const pruned = (removeItems(merged, last, schema) ?? {}) as Obj;
  let owned = new FieldSet();
  for (const m of managers.values()) owned = owned.union(m.set);
  const mergedSet = named(toFieldSet(merged, schema));
  const withOwned = (removeItems(
    merged,
    mergedSet.difference(named(toFieldSet(pruned, schema)).union(named(owned))),
    schema,
  ) ?? {}) as Obj;
  const removed = mergedSet.difference(named(toFieldSet(withOwned, schema))).intersection(last);
  return (removeItems(merged, removed, schema) ?? {}) as Obj;
}
