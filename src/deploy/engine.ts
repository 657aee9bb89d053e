/**
 * Deploying the rendered items to a cluster as kluctl does: items in parallel (at most
 * `itemParallelism` at once), a barrier waiting for everything before it, and per item: its
 * deletions (`deleteObjects`, `kluctl.io/delete`), its pre-deploy hooks, its objects by
 * server-side apply (field manager `kluctl`, conflicts resolved as kluctl resolves them),
 * readiness waits, its post-deploy hooks. Namespaces and CustomResourceDefinitions go first,
 * before any item, so objects in other items that need them find them. Every failure is
 * recorded for its object and the rest goes on, unless `abortOnError`.
 *
 * An object whose last apply by `kluctl` owns exactly its fields, all with the rendered
 * values, is not sent again: the apply would change nothing (managed-fields.ts).
 */
import pLimit from 'p-limit';
import {
  ApplyConflictError,
  KubeApiError,
  UnknownKindError,
  type Cluster,
  type ResourceInfo,
} from '../cluster/index.js';
import type { RenderedItem } from '../render/types.js';
import type { ObjectSelector } from '../project/types.js';
import { UserError, formatError } from '../util/errors.js';
import {
  annotationTrue,
  refKey,
  refOf,
  refString,
  type K8sObject,
  type ObjectRef,
} from '../util/k8s.js';
import { resolveConflicts, type ConflictRule } from './conflicts.js';
import { formatDuration } from './duration.js';
import { hookOf, hooksFor, type Hook } from './hooks.js';
import { applyChangesNothing } from './managed-fields.js';
import type { Messages } from './messages.js';
import { isSkipDelete } from './orphans.js';
import { fixForPatch } from './prepare.js';
import { notReadyReason, readinessOf, type Readiness } from './readiness.js';
import type { RemoteObjects } from './remote.js';
import type { ItemResult, ItemStatus, ObjectStatus } from './result.js';

export interface EngineOptions {
  /** Every request with `dryRun=All`: nothing changes. */
  dryRun: boolean;
  /** Resolve conflicts by taking every field over ("overwrite value, become sole manager"). */
  forceApply: boolean;
  /** When an apply fails, replace the object (PUT). */
  replaceOnError: boolean;
  /** As replaceOnError, and when that fails too, delete and re-create the object. */
  forceReplaceOnError: boolean;
  /** Stop at the first error (in-flight work finishes) instead of deploying the rest. */
  abortOnError: boolean;
  /** Do not wait for readiness (objects, hooks) nor for deletions to finish. */
  noWait: boolean;
  /** Per object. */
  readinessTimeoutMs: number;
  itemParallelism: number;
  /** Objects of one item applied at once. */
  objectParallelism: number;
  log: (line: string) => void;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  dryRun: false,
  forceApply: false,
  replaceOnError: false,
  forceReplaceOnError: false,
  abortOnError: false,
  noWait: false,
  readinessTimeoutMs: 5 * 60_000,
  itemParallelism: 8,
  objectParallelism: 4,
  log: () => {},
};

export interface ObjectRecord {
  ref: ObjectRef;
  key: string;
  /** The item's label (its directory). */
  item: string;
  hook: boolean;
  /** The rendered object, namespace fixed. */
  rendered: K8sObject;
  /** The object as the server stored it (or would, in a dry run); the live object when nothing was sent. */
  applied?: K8sObject;
  status: ObjectStatus;
}

export interface DeletedRecord {
  ref: ObjectRef;
  item?: string;
}

type ItemType = 'path' | 'barrier' | 'deleteObjects' | 'waitReadinessObjects';

/** An item's hooks and the records of the objects it applies. */
interface ItemPlan {
  label: string;
  hooks: Map<K8sObject, Hook>;
  records: Map<K8sObject, ObjectRecord>;
}

export function itemType(item: RenderedItem): ItemType {
  if (item.dir !== undefined) return 'path';
  if (item.deleteObjects.length) return 'deleteObjects';
  if (item.waitReadinessObjects.length) return 'waitReadinessObjects';
  return 'barrier';
}

/** How an item is named in logs and reports: its directory, or what it does. */
export function itemLabel(item: RenderedItem): string {
  if (item.dir !== undefined) return item.dir;
  const type = itemType(item);
  return type === 'path'
    ? '.'
    : `<${type === 'deleteObjects' ? 'delete' : type === 'waitReadinessObjects' ? 'wait' : 'barrier'}>`;
}

const CRD = { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' };
const isCrd = (ref: ObjectRef) => ref.group === CRD.group && ref.kind === CRD.kind;
const isNamespace = (ref: ObjectRef) => ref.group === '' && ref.kind === 'Namespace';

/** The message of an error for a report: its text and hint, on one line. */
export function errorText(e: unknown): string {
  if (e instanceof UserError) return `${e.message}${e.hint ? ` (${e.hint})` : ''}`;
  return formatError(e);
}

/** Replaces every occurrence of `from` (as a whole string value or key) in `v` by `to`. */
function renameDeep(v: unknown, from: string, to: string): unknown {
  if (typeof v === 'string') return v === from ? to : v;
  if (Array.isArray(v)) return v.map((x) => renameDeep(x, from, to));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k === from ? to : k, renameDeep(x, from, to)]),
    );
  return v;
}

const randomSuffix = () => Math.random().toString(36).slice(2, 10);

export class Engine {
  /** Every rendered object this command dealt with, in the order they were met. */
  readonly records: ObjectRecord[] = [];
  private readonly byKey = new Map<string, ObjectRecord>();
  /** Objects deleted by deleteObjects, `kluctl.io/delete` and forced replaces (hooks not included). */
  readonly deleted = new Map<string, DeletedRecord>();
  readonly items: ItemResult[] = [];
  private aborted = false;
  /** Namespaces applied by this command (a dry run pretends objects in them can be applied). */
  private readonly appliedNamespaces = new Set<string>();
  /** `group/Kind` of the CustomResourceDefinitions applied by this command. */
  private readonly appliedKinds = new Set<string>();
  constructor(
    private readonly cluster: Cluster,
    private readonly remote: RemoteObjects,
    private readonly messages: Messages,
    private readonly opts: EngineOptions,
    private readonly conflictRules: readonly ConflictRule[],
  ) {}

  get wasAborted(): boolean {
    return this.aborted;
  }

  private fail(ref: ObjectRef | undefined, message: string, item?: string): void {
    this.messages.error(ref, message, item);
    if (this.opts.abortOnError) this.aborted = true;
  }

  private record(obj: K8sObject, item: string, hook: boolean): ObjectRecord {
    const ref = refOf(obj);
    const key = refKey(ref);
    const rec: ObjectRecord = { ref, key, item, hook, rendered: obj, status: 'not-applied' };
    this.records.push(rec);
    this.byKey.set(key, rec);
    return rec;
  }

  /** Deploys the items; what happened is in records, deleted, items and the messages. */
  async run(items: readonly RenderedItem[]): Promise<void> {
    const plans = new Map<RenderedItem, ItemPlan>();
    for (const item of items.filter((i) => !i.onlyRender)) {
      const label = itemLabel(item);
      const plan: ItemPlan = { label, hooks: new Map(), records: new Map() };
      // Every object gets its record first, so objects never reached show as not applied.
      for (const obj of item.objects) {
        const found = { errors: [] as string[], warnings: [] as string[] };
        const hook = hookOf(obj, found);
        for (const e of found.errors) this.fail(refOf(obj), e, label);
        for (const w of found.warnings) this.messages.warning(refOf(obj), w, label);
        if (hook) plan.hooks.set(obj, hook);
        else if (!annotationTrue(obj, 'kluctl.io/delete'))
          plan.records.set(obj, this.record(obj, label, false));
      }
      plans.set(item, plan);
    }
    await this.applyNamespacesAndCrds([...plans.values()]);

    const itemLimit = pLimit(Math.max(1, this.opts.itemParallelism));
    const running: Promise<void>[] = [];
    for (const [item, plan] of plans) {
      const slot = this.items.length;
      this.items.push(this.itemResult(item, plan, 'not-run', 0));
      running.push(itemLimit(() => this.runItem(item, plan, slot)));
      if (item.barrier) {
        if (item.message) this.opts.log(`waiting on barrier: ${item.message}`);
        await Promise.all(running);
      }
    }
    await Promise.all(running);
  }

  private itemResult(
    item: RenderedItem,
    plan: ItemPlan,
    status: ItemStatus,
    durationMs: number,
  ): ItemResult {
    const mine = [...plan.records.values()];
    const hooks = this.records.filter((r) => r.hook && r.item === plan.label);
    return {
      ...(item.dir !== undefined ? { dir: item.dir } : {}),
      type: itemType(item),
      tags: item.tags,
      status,
      objects: item.objects.length,
      applied: mine.filter((r) => r.status === 'applied').length,
      unchanged: mine.filter((r) => r.status === 'unchanged').length,
      failed: [...mine, ...hooks].filter((r) => r.status === 'failed').length,
      hooks: hooks.filter((r) => r.status === 'applied').length,
      deleted: [...this.deleted.values()].filter((d) => d.item === plan.label).length,
      durationMs,
    };
  }

  /**
   * Namespaces and CustomResourceDefinitions of every item, before any item: objects in
   * parallel items (or in hooks) may need them. A CRD's kinds become usable once it is
   * established, which is waited for (also with noWait: the objects need it).
   */
  private async applyNamespacesAndCrds(plans: readonly ItemPlan[]): Promise<void> {
    const first = new Map<string, ObjectRecord>();
    for (const plan of plans)
      for (const rec of plan.records.values())
        if (isNamespace(rec.ref) || isCrd(rec.ref)) first.set(rec.key, rec);
    if (!first.size) return;
    this.opts.log(`applying ${first.size} namespace(s) and CustomResourceDefinition(s) first`);
    const limit = pLimit(16);
    const apply = (recs: ObjectRecord[]) =>
      Promise.all(
        recs.map((r) => limit(() => (this.aborted ? false : this.applyObject(r, false, false)))),
      );
    await apply([...first.values()].filter((r) => isNamespace(r.ref)));
    await apply([...first.values()].filter((r) => isCrd(r.ref)));
    const crds = [...first.values()].filter((r) => isCrd(r.ref) && r.status === 'applied');
    if (!crds.length || this.opts.dryRun) return;
    await Promise.all(crds.map((r) => this.waitReady(r.ref, this.opts.readinessTimeoutMs, r.item)));
    await this.cluster.discovery.refresh();
  }

  /** kluctl's order within an item: deletions, pre hooks, objects, readiness waits, post hooks. */
  private async runItem(item: RenderedItem, plan: ItemPlan, slot: number): Promise<void> {
    const { label } = plan;
    const started = Date.now();
    if (this.aborted) {
      this.items[slot] = this.itemResult(item, plan, 'aborted', 0);
      return;
    }

    const toDelete = new Map<string, ObjectRef>();
    for (const sel of item.deleteObjects)
      for (const ref of await this.refsFor(sel, 'delete', label)) toDelete.set(refKey(ref), ref);
    for (const obj of item.objects)
      if (annotationTrue(obj, 'kluctl.io/delete')) toDelete.set(refKey(refOf(obj)), refOf(obj));

    const hooks = [...plan.hooks.values()];
    const initial = !item.objects.some((o) => this.remote.has(refOf(o)));
    const pre = hooksFor(
      hooks,
      initial ? ['pre-deploy-initial', 'pre-deploy'] : ['pre-deploy-upgrade', 'pre-deploy'],
    );
    const post = hooksFor(
      hooks,
      initial ? ['post-deploy-initial', 'post-deploy'] : ['post-deploy-upgrade', 'post-deploy'],
    );

    if (toDelete.size) {
      this.opts.log(`${label}: deleting ${toDelete.size} object(s)`);
      for (const ref of toDelete.values()) await this.deleteObject(ref, false, label);
    }
    await this.runHooks(pre, label);
    const toApply = [...plan.records.values()].filter((r) => r.status === 'not-applied');
    if (toApply.length) {
      const limit = pLimit(Math.max(1, this.opts.objectParallelism));
      await Promise.all(
        toApply.map((r) => limit(() => (this.aborted ? false : this.applyObject(r, false, false)))),
      );
    }

    const toWait = new Map<string, ObjectRef>();
    for (const sel of item.waitReadinessObjects)
      for (const ref of await this.refsFor(sel, 'wait for', label)) toWait.set(refKey(ref), ref);
    for (const [obj, rec] of plan.records)
      if (
        (item.waitReadiness || annotationTrue(obj, 'kluctl.io/wait-readiness')) &&
        (rec.status === 'applied' || rec.status === 'unchanged')
      )
        toWait.set(rec.key, rec.ref);
    if (!this.opts.noWait)
      for (const ref of toWait.values()) {
        if (this.aborted) break;
        await this.waitReady(ref, this.opts.readinessTimeoutMs, label);
      }
    if (!this.aborted) await this.runHooks(post, label);

    const failed = this.messages.errors.some((e) => e.item === label);
    const status: ItemStatus = failed ? 'failed' : this.aborted ? 'aborted' : 'done';
    const result = this.itemResult(item, plan, status, Date.now() - started);
    this.items[slot] = result;
    if (item.dir !== undefined || result.deleted || toWait.size)
      this.opts.log(
        `${label}: ${result.applied} applied, ${result.unchanged} unchanged${result.hooks ? `, ${result.hooks} hook(s)` : ''}${result.deleted ? `, ${result.deleted} deleted` : ''}${result.failed ? `, ${result.failed} failed` : ''} (${formatDuration(result.durationMs)})`,
      );
  }

  /** The objects a deleteObjects / waitReadinessObjects entry names: every kind matching its group and kind. */
  private async refsFor(sel: ObjectSelector, what: string, item: string): Promise<ObjectRef[]> {
    let resources: ResourceInfo[];
    try {
      resources = (await this.cluster.discovery.resources()).filter(
        (r) =>
          r.preferred &&
          (sel.group === undefined || r.group === sel.group) &&
          (sel.kind === undefined || r.kind === sel.kind),
      );
    } catch (e) {
      this.fail(undefined, errorText(e), item);
      return [];
    }
    const name = `${sel.namespace ? `${sel.namespace}/` : ''}${sel.name ?? ''}`;
    if (!resources.length) {
      this.fail(
        undefined,
        `cannot ${what} ${name}: the cluster serves no kind matching ${[sel.group !== undefined && `group "${sel.group}"`, sel.kind && `kind "${sel.kind}"`].filter(Boolean).join(' and ') || 'the entry'}`,
        item,
      );
      return [];
    }
    return resources.map((r) => ({
      group: r.group,
      version: r.version,
      kind: r.kind,
      namespace: r.namespaced ? (sel.namespace ?? 'default') : '',
      name: sel.name ?? '',
    }));
  }

  private async runHooks(hooks: readonly Hook[], item: string): Promise<void> {
    if (!hooks.length || this.aborted) return;
    const before = hooks.filter((h) => h.deletePolicies.has('before-hook-creation'));
    if (before.length)
      this.opts.log(`${item}: deleting ${before.length} hook(s) before running them`);
    for (const h of before) await this.deleteObject(refOf(h.object), true, item);
    this.opts.log(`${item}: applying ${hooks.length} hook(s)`);
    const outcome = new Map<Hook, boolean>();
    for (const h of hooks) {
      if (this.aborted) return;
      const rec = this.record(h.object, item, true);
      const ok = await this.applyObject(rec, true, h.deletePolicies.has('before-hook-creation'));
      if (!ok || !h.wait || this.opts.noWait) continue;
      outcome.set(
        h,
        await this.waitReady(rec.ref, h.timeoutMs ?? this.opts.readinessTimeoutMs, item),
      );
    }
    const after = [...hooks].reverse().filter((h) => {
      const ready = outcome.get(h);
      if (ready === undefined) return false;
      return ready ? h.deletePolicies.has('hook-succeeded') : h.deletePolicies.has('hook-failed');
    });
    if (after.length) this.opts.log(`${item}: deleting ${after.length} hook(s) after running them`);
    for (const h of after) await this.deleteObject(refOf(h.object), true, item);
  }

  /** Applies one object; false when it failed (the error is recorded). */
  private async applyObject(rec: ObjectRecord, hook: boolean, replaced: boolean): Promise<boolean> {
    const { ref } = rec;
    const manifest = fixForPatch(rec.rendered);
    const live = this.remote.get(ref);
    if (!hook && applyChangesNothing(manifest, live)) {
      rec.applied = live;
      rec.status = 'unchanged';
      return true;
    }
    const warnings: string[] = [];
    try {
      const result = await this.sendApply(manifest, ref, replaced && !!live, warnings);
      return this.applied(rec, result);
    } catch (e) {
      if (e instanceof UnknownKindError && this.appliedKinds.has(`${ref.group}/${ref.kind}`)) {
        if (this.opts.dryRun) {
          this.messages.warning(
            ref,
            'its CustomResourceDefinition is only applied in this dry run, so the object could not be tried; it is not certain that it will apply',
            rec.item,
          );
          return this.applied(rec, manifest);
        }
        try {
          await this.cluster.discovery.refresh();
          return this.applied(rec, await this.cluster.apply(manifest, { warnings }));
        } catch (e2) {
          return this.failed(rec, e2);
        }
      }
      if (e instanceof ApplyConflictError)
        return this.retryWithConflicts(rec, manifest, e, warnings);
      if (e instanceof KubeApiError) return this.retryWithReplace(rec, manifest, live, e, warnings);
      return this.failed(rec, e);
    } finally {
      for (const w of warnings) this.messages.warning(ref, w, rec.item);
    }
  }

  /**
   * The apply itself. A dry run cannot apply into a namespace that this run only pretended to
   * create, nor re-create an object it only pretended to delete: it applies a copy under a
   * temporary name (in `default`) and names the answer back, as kluctl does.
   */
  private async sendApply(
    manifest: K8sObject,
    ref: ObjectRef,
    recreated: boolean,
    warnings: string[],
    force = false,
  ): Promise<K8sObject> {
    const dryRun = this.opts.dryRun;
    const nsPretended =
      dryRun &&
      ref.namespace !== '' &&
      this.remote.namespaces !== undefined &&
      !this.remote.namespaces.has(ref.namespace) &&
      this.appliedNamespaces.has(ref.namespace);
    if (dryRun && (recreated || nsPretended)) {
      const tmp = `${ref.name}-${randomSuffix()}`.slice(0, 253);
      const copy = structuredClone(manifest);
      copy.metadata = {
        ...copy.metadata,
        name: tmp,
        ...(nsPretended ? { namespace: 'default' } : {}),
      };
      const result = await this.cluster.apply(copy, { dryRun, warnings, force });
      const back = renameDeep(result, tmp, ref.name) as K8sObject;
      if (ref.namespace) back.metadata = { ...back.metadata, namespace: ref.namespace };
      return back;
    }
    return this.cluster.apply(manifest, { dryRun, warnings, force });
  }

  private applied(rec: ObjectRecord, result: K8sObject): true {
    rec.applied = result;
    rec.status = 'applied';
    if (isNamespace(rec.ref)) this.appliedNamespaces.add(rec.ref.name);
    if (isCrd(rec.ref)) {
      const spec = result.spec as { group?: string; names?: { kind?: string } } | undefined;
      if (spec?.group && spec.names?.kind)
        this.appliedKinds.add(`${spec.group}/${spec.names.kind}`);
    }
    return true;
  }

  private failed(rec: ObjectRecord, e: unknown): false {
    rec.status = 'failed';
    this.fail(rec.ref, errorText(e), rec.item);
    return false;
  }

  /** kluctl's conflict resolution against the object as it is now, then a forced apply. */
  private async retryWithConflicts(
    rec: ObjectRecord,
    manifest: K8sObject,
    conflict: ApplyConflictError,
    warnings: string[],
  ): Promise<boolean> {
    try {
      const live = await this.cluster.get(rec.ref);
      if (!live) return this.failed(rec, conflict);
      let resolved = manifest;
      if (!this.opts.forceApply) {
        const r = resolveConflicts(manifest, live, conflict.conflicts, this.conflictRules);
        resolved = r.manifest;
        for (const lost of r.lost)
          this.messages.warning(
            rec.ref,
            `${lost.message}. Not updating field '${lost.field}' as we lost field ownership`,
            rec.item,
          );
      }
      return this.applied(rec, await this.sendApply(resolved, rec.ref, false, warnings, true));
    } catch (e) {
      // Resolved or forced and still failing: better to stop here than to replace.
      return this.failed(rec, e);
    }
  }

  private async retryWithReplace(
    rec: ObjectRecord,
    manifest: K8sObject,
    live: K8sObject | undefined,
    error: KubeApiError,
    warnings: string[],
  ): Promise<boolean> {
    const o = this.opts;
    if ((!o.replaceOnError && !o.forceReplaceOnError) || !live) return this.failed(rec, error);
    this.messages.warning(
      rec.ref,
      `applying failed (${error.message}); retrying with replace instead of apply`,
      rec.item,
    );
    try {
      return this.applied(
        rec,
        await this.cluster.replace(manifest, { dryRun: o.dryRun, warnings }),
      );
    } catch (e) {
      if (!o.forceReplaceOnError) return this.failed(rec, e);
      if (isSkipDelete(manifest) || isSkipDelete(live)) {
        this.messages.warning(
          rec.ref,
          'skipped the forced replace: the object has kluctl.io/skip-delete',
          rec.item,
        );
        return this.failed(rec, e);
      }
      this.messages.warning(
        rec.ref,
        `replacing failed (${errorText(e)}); retrying by deleting and re-creating the object`,
        rec.item,
      );
      if (!(await this.deleteObject(rec.ref, rec.hook, rec.item))) {
        rec.status = 'failed';
        return false;
      }
      try {
        return this.applied(rec, await this.sendApply(manifest, rec.ref, true, warnings));
      } catch (e2) {
        return this.failed(rec, e2);
      }
    }
  }

  /** Records an object as deleted by other means (with its namespace). */
  markDeleted(ref: ObjectRef, item?: string): void {
    this.deleted.set(refKey(ref), { ref, ...(item !== undefined ? { item } : {}) });
  }

  /** Deletes an object (waiting until it is gone unless noWait); false when there was nothing to delete or it failed. */
  async deleteObject(ref: ObjectRef, hook: boolean, item?: string): Promise<boolean> {
    const warnings: string[] = [];
    const key = refKey(ref);
    try {
      const res = await this.cluster.delete(ref, { dryRun: this.opts.dryRun, warnings });
      if (res.outcome === 'not-found') {
        // A dry run pretends objects it applied exist, so deleting them must pretend too.
        if (!(this.opts.dryRun && this.byKey.get(key)?.applied && !this.remote.has(ref)))
          return false;
      } else if (res.outcome === 'terminating' && !this.opts.dryRun && !this.opts.noWait) {
        await this.cluster.waitForDeletion(ref, { timeoutMs: this.opts.readinessTimeoutMs });
      }
      if (!hook) this.deleted.set(key, { ref, ...(item !== undefined ? { item } : {}) });
      return true;
    } catch (e) {
      if (e instanceof UnknownKindError) return false;
      this.fail(ref, errorText(e), item);
      return false;
    } finally {
      for (const w of warnings) this.messages.warning(ref, w, item);
    }
  }

  /**
   * Waits until the object is ready (readiness.ts), following a watch; logs what it waits for
   * and why it is not ready yet, again every 10 s. False (and an error) on failure, timeout,
   * or when the object disappears.
   */
  async waitReady(ref: ObjectRef, timeoutMs: number, item: string): Promise<boolean> {
    if (this.opts.dryRun) return true;
    const label = refString(ref);
    let statusRequired: boolean | undefined;
    try {
      const info = await this.cluster.discovery.resolve(
        ref.group ? `${ref.group}/${ref.version}` : ref.version,
        ref.kind,
      );
      statusRequired = info.subresources.includes('status');
    } catch (e) {
      this.fail(ref, errorText(e), item);
      return false;
    }
    const started = Date.now();
    let last: Readiness | undefined;
    let gone = false;
    let logged = false;
    const progress = setInterval(() => {
      if (last)
        this.opts.log(
          `still waiting for ${label} (${formatDuration(Date.now() - started)}): ${notReadyReason(last)}`,
        );
    }, 10_000);
    try {
      await this.cluster.waitFor(
        ref,
        (o) => {
          if (!o) {
            gone = true;
            return true;
          }
          last = readinessOf(o, { statusRequired });
          if (!last.ready && !logged && last.errors.length === 0) {
            logged = true;
            this.opts.log(`waiting for ${label} to become ready: ${notReadyReason(last)}`);
          }
          return last.ready || last.errors.length > 0;
        },
        { timeoutMs, description: 'become ready' },
      );
    } catch (e) {
      const why = last ? `: ${notReadyReason(last)}` : '';
      this.fail(
        ref,
        e instanceof UserError && /^timed out/.test(e.message)
          ? `timed out after ${formatDuration(timeoutMs)} waiting for readiness${why}`
          : errorText(e),
        item,
      );
      return false;
    } finally {
      clearInterval(progress);
    }
    if (gone) {
      this.fail(ref, 'disappeared while waiting for it to become ready', item);
      return false;
    }
    for (const w of last?.warnings ?? []) this.messages.warning(ref, w, item);
    if (last && last.errors.length) {
      for (const e of last.errors) this.fail(ref, e, item);
      return false;
    }
    if (logged) this.opts.log(`${label} is ready (${formatDuration(Date.now() - started)})`);
    return true;
  }
}
