/**
 * The write path every create/update/patch/apply goes through, in the apiserver's order:
 * system metadata, the status subresource split, kind-specific preparation, defaults,
 * validation, generation, managed fields, storage (skipped for dryRun=All).
 */
import { randomUUID } from 'node:crypto';
import { applyDefaults } from './defaults.js';
import { FieldSet } from './fieldset.js';
import {
  decodeManagedFields,
  encodeManagedFields,
  recordUpdate,
  type FieldManagerContext,
  type Managers,
} from './managedfields.js';
import {
  apiVersionOf,
  crdType,
  groupKind,
  schemaOf,
  type Registry,
  type ResourceType,
} from './resources.js';
import {
  alreadyExists,
  ApiError,
  badRequest,
  invalid,
  modifiedConflict,
  notFound,
  qualified,
  type GroupResource,
} from './status.js';
import type { Store } from './store.js';
import { fieldSchema, resolve, untyped, type Schema } from './schema.js';
import { deepEqual } from './typed.js';
import { validateObject, validateUpdate } from './validation.js';

type Obj = Record<string, unknown>;
const CRD = 'apiextensions.k8s.io/CustomResourceDefinition';
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Writer {
  /** Field manager name (fieldManager query parameter or the User-Agent's program name). */
  manager: string;
  dryRun: boolean;
  subresource?: 'status';
}

export const resourceKey = (t: ResourceType) => `${t.group}/${t.plural}`;
export const grOf = (t: ResourceType): GroupResource => ({ group: t.group, resource: t.plural });
export const metaOf = (o: Obj): Obj => {
  if (!isObj(o.metadata)) o.metadata = {};
  return o.metadata as Obj;
};
export const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** Everything the write path needs besides the request. */
export class Cluster {
  private nextIP = 10;
  private nextNodePort = 30000;

  constructor(
    readonly registry: Registry,
    readonly store: Store,
  ) {}

  allocateClusterIP(): string {
    const n = this.nextIP++;
    return `10.96.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  }

  allocateNodePort(): number {
    return this.nextNodePort++;
  }

  fieldManagerContext(t: ResourceType, version: string, w: Writer): FieldManagerContext {
    const status = FieldSet.of(['f:status']);
    // Reset fields: the main resource cannot own status, the status subresource nothing else.
    const ignored = !t.statusSubresource
      ? (s: FieldSet) => s
      : w.subresource === 'status'
        ? statusOnly
        : (s: FieldSet) => s.recursiveDifference(status);
    return { schema: schemaOf(t, version), ignored, now: now() };
  }

  /** Creates `obj` (already carrying apiVersion/kind/metadata). `managers` is set by apply. */
  create(t: ResourceType, version: string, obj: Obj, w: Writer, managers?: Managers): Obj {
    const md = metaOf(obj);
    const namespace = t.namespaced ? String(md.namespace ?? '') : '';
    if (t.namespaced) this.checkNamespaceWritable(t, namespace, String(md.name ?? ''));
    else delete md.namespace;
    if (!md.name && md.generateName) md.name = `${String(md.generateName)}${randomSuffix()}`;
    if (md.resourceVersion)
      throw badRequest('resourceVersion should not be set on objects to be created');
    for (const f of [
      'uid',
      'creationTimestamp',
      'deletionTimestamp',
      'deletionGracePeriodSeconds',
      'generation',
      'selfLink',
    ])
      delete md[f];
    const existing = md.name
      ? this.store.get(resourceKey(t), namespace, String(md.name))
      : undefined;
    if (existing) throw alreadyExists(grOf(t), String(md.name));
    md.uid = randomUUID();
    md.creationTimestamp = now();
    if (t.generation) md.generation = 1;
    if (t.statusSubresource) {
      if (t.builtin) obj.status = {};
      else delete obj.status;
    }
    this.prepare(t, obj, undefined);
    const mf = managers ?? decodeManagedFields(undefined);
    if (!managers)
      recordUpdate(
        {},
        withoutManagedFields(obj),
        mf,
        { manager: w.manager, apiVersion: apiVersionOf(t.group, version) },
        this.fieldManagerContext(t, version, w),
      );
    this.finish(t, version, obj, mf);
    const errs = validateObject(groupKind(t), obj);
    if (errs.length) throw invalid(t.group, t.kind, String(md.name ?? ''), errs);
    if (w.dryRun) return obj;
    return this.stored(t, obj);
  }

  /** Persists a write; a CRD is served as soon as its write returns (names accepted, established). */
  private stored(t: ResourceType, o: Obj): Obj {
    const out = this.store.put(resourceKey(t), o);
    if (groupKind(t) === CRD && !metaOf(out).deletionTimestamp) this.registry.add(crdType(out));
    return out;
  }

  /**
   * Replaces `live` with `next`. `managers` is set by apply (ownership already settled);
   * otherwise the writer is recorded as an Update manager of what it changed.
   */
  update(
    t: ResourceType,
    version: string,
    live: Obj,
    next: Obj,
    w: Writer,
    managers?: Managers,
  ): Obj {
    const lmd = metaOf(live);
    const nmd = metaOf(next);
    if (nmd.resourceVersion && nmd.resourceVersion !== lmd.resourceVersion)
      throw modifiedConflict(grOf(t), String(lmd.name));
    if (nmd.uid && nmd.uid !== lmd.uid) {
      throw badRequest(
        `Precondition failed: UID in precondition: ${String(nmd.uid)}, UID in object meta: ${String(lmd.uid)}`,
      );
    }
    for (const f of [
      'name',
      'namespace',
      'uid',
      'creationTimestamp',
      'deletionTimestamp',
      'deletionGracePeriodSeconds',
      'generation',
      'resourceVersion',
    ]) {
      if (lmd[f] === undefined) delete nmd[f];
      else nmd[f] = lmd[f];
    }
    if (w.subresource === 'status') {
      // Only status changes through /status (metadata changes are kept too, as the apiserver does).
      const status = next.status;
      for (const k of Object.keys(next)) if (k !== 'metadata') delete next[k];
      for (const [k, v] of Object.entries(live))
        if (k !== 'metadata' && k !== 'status') next[k] = structuredClone(v);
      if (status !== undefined) next.status = status;
    } else if (t.statusSubresource) {
      if (live.status === undefined) delete next.status;
      else next.status = structuredClone(live.status);
    }
    this.prepare(t, next, live);
    const mf = managers ?? decodeManagedFields(lmd.managedFields);
    if (!managers) {
      recordUpdate(
        withoutManagedFields(live),
        withoutManagedFields(next),
        mf,
        {
          manager: w.manager,
          apiVersion: apiVersionOf(t.group, version),
          subresource: w.subresource,
        },
        this.fieldManagerContext(t, version, w),
      );
    }
    if (t.generation && specChanged(live, next)) nmd.generation = Number(lmd.generation ?? 0) + 1;
    this.finish(t, version, next, mf);
    const errs = [
      ...validateObject(groupKind(t), next),
      ...validateUpdate(groupKind(t), live, next),
    ];
    if (errs.length) throw invalid(t.group, t.kind, String(nmd.name ?? ''), errs);
    if (deepEqual(live, next)) return live;
    const finalized = !!lmd.deletionTimestamp && !(nmd.finalizers as unknown[] | undefined)?.length;
    if (finalized) delete nmd.finalizers;
    if (w.dryRun) return next;
    // The last finalizer went away: the object is gone (the response still shows it).
    // Namespaces wait for the namespace controller (their spec.finalizers) instead.
    if (finalized && groupKind(t) !== '/Namespace') {
      this.store.remove(resourceKey(t), String(nmd.namespace ?? ''), String(nmd.name));
      return next;
    }
    return this.stored(t, next);
  }

  /**
   * DELETE semantics: objects with finalizers (or a Foreground/Orphan propagation, which add
   * one) and namespaces only get a deletionTimestamp; everything else goes at once.
   */
  delete(
    t: ResourceType,
    live: Obj,
    policy: string | undefined,
    dryRun: boolean,
  ): { object: Obj; removed: boolean } {
    const md = metaOf(live);
    const finalizers = [...((md.finalizers as string[] | undefined) ?? [])];
    if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion'))
      finalizers.push('foregroundDeletion');
    if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
    const isNamespace = groupKind(t) === '/Namespace';
    if (finalizers.length === 0 && !isNamespace) {
      if (dryRun) return { object: live, removed: true };
      return {
        object: this.store.remove(resourceKey(t), String(md.namespace ?? ''), String(md.name))!,
        removed: true,
      };
    }
    if (md.deletionTimestamp) return { object: live, removed: false };
    const next = structuredClone(live);
    const nmd = metaOf(next);
    nmd.deletionTimestamp = now();
    nmd.deletionGracePeriodSeconds = 0;
    if (finalizers.length) nmd.finalizers = finalizers;
    if (isNamespace) next.status = { ...(next.status as Obj), phase: 'Terminating' };
    if (dryRun) return { object: next, removed: false };
    return { object: this.store.put(resourceKey(t), next), removed: false };
  }

  /** Kind-specific preparation (strategies' PrepareForCreate/Update) and defaults. */
  private prepare(t: ResourceType, o: Obj, old: Obj | undefined): void {
    const gk = groupKind(t);
    if (gk === '/Secret') foldStringData(o);
    if (gk === '/Service' && old && isObj(o.spec) && isObj(old.spec)) {
      // Allocated values survive an update that does not mention them.
      const os = old.spec;
      const ns = o.spec;
      if (!ns.clusterIP && os.clusterIP) ns.clusterIP = os.clusterIP;
      if (!ns.clusterIPs && os.clusterIPs) ns.clusterIPs = os.clusterIPs;
    }
    if (gk === 'batch/Job' && !old) labelJob(o);
    applyDefaults(gk, o, this);
    if (gk === CRD) acceptCrd(o);
  }

  private finish(t: ResourceType, version: string, o: Obj, managers: Managers): void {
    o.apiVersion = apiVersionOf(t.group, version);
    o.kind = t.kind;
    const md = metaOf(o);
    const encoded = encodeManagedFields(managers);
    if (encoded) md.managedFields = encoded;
    else delete md.managedFields;
    if (t.builtin) omitEmpty(o, schemaOf(t, version));
  }

  private checkNamespaceWritable(t: ResourceType, namespace: string, name: string): void {
    if (!namespace) throw badRequest('the server could not find the requested resource');
    const ns = this.store.get('/namespaces', '', namespace);
    if (!ns) throw notFound({ group: '', resource: 'namespaces' }, namespace);
    if ((ns.metadata as Obj).deletionTimestamp) {
      throw new ApiError(
        403,
        'Forbidden',
        `${qualified(grOf(t))} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
        { name, group: t.group, kind: t.plural },
      );
    }
  }
}

/** Only the `status` subtree of `s`: what a /status write may own. */
function statusOnly(s: FieldSet): FieldSet {
  const out = new FieldSet();
  if (s.members.has('f:status')) out.members.add('f:status');
  const c = s.children.get('f:status');
  if (c) out.children.set('f:status', c);
  return out;
}

export function withoutManagedFields(o: Obj): Obj {
  const c = structuredClone(o);
  delete metaOf(c).managedFields;
  return c;
}

/** Anything but metadata and status changed (what bumps metadata.generation). */
function specChanged(a: Obj, b: Obj): boolean {
  const strip = (o: Obj) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'metadata' && k !== 'status'));
  return !deepEqual(strip(a), strip(b));
}

function randomSuffix(): string {
  const chars = 'bcdfghjklmnpqrstvwxz2456789';
  return Array.from({ length: 5 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

/** Secret stringData is write-only: it is folded into data (base64) and never stored. */
function foldStringData(o: Obj): void {
  if (isObj(o.data)) {
    for (const v of Object.values(o.data)) {
      const bad = typeof v === 'string' ? firstNonBase64(v) : 0;
      if (bad >= 0)
        throw badRequest(
          `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${bad}`,
        );
    }
  }
  if (!isObj(o.stringData)) {
    delete o.stringData;
    return;
  }
  const data = isObj(o.data) ? o.data : {};
  for (const [k, v] of Object.entries(o.stringData))
    data[k] = Buffer.from(String(v)).toString('base64');
  o.data = data;
  delete o.stringData;
}

/** Index of the first byte that makes `s` invalid standard base64, or -1. */
function firstNonBase64(s: string): number {
  const m = /[^A-Za-z0-9+/=]/.exec(s);
  if (m) return m.index;
  if (s.length % 4 !== 0) return s.length - (s.length % 4);
  const pad = s.indexOf('=');
  if (pad >= 0 && pad < s.length - 2) return pad;
  return -1;
}

/** The job controller's labels and generated selector (batch/v1 strategy PrepareForCreate). */
function labelJob(o: Obj): void {
  const spec = isObj(o.spec) ? o.spec : undefined;
  if (!spec || spec.manualSelector === true) return;
  const md = metaOf(o);
  const uid = String(md.uid);
  const name = String(md.name);
  spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
  const tmpl = isObj(spec.template) ? spec.template : (spec.template = {});
  const tmd = metaOf(tmpl as Obj);
  tmd.labels = {
    ...((tmd.labels as Obj) ?? {}),
    'batch.kubernetes.io/controller-uid': uid,
    'batch.kubernetes.io/job-name': name,
    'controller-uid': uid,
    'job-name': name,
  };
}

/** The apiextensions controllers accept names and establish a CRD right away. */
function acceptCrd(o: Obj): void {
  const spec = (o.spec ?? {}) as Obj;
  const names = (spec.names ?? {}) as Obj;
  const storage = ((spec.versions as Obj[]) ?? []).find((v) => v.storage === true);
  const status = isObj(o.status) ? o.status : (o.status = {});
  const prev = (status.storedVersions as string[] | undefined) ?? [];
  status.acceptedNames = structuredClone(names);
  status.storedVersions =
    storage && !prev.includes(String(storage.name)) ? [...prev, String(storage.name)] : prev;
  const t = String(metaOf(o).creationTimestamp ?? now());
  status.conditions = [
    {
      type: 'NamesAccepted',
      status: 'True',
      lastTransitionTime: t,
      reason: 'NoConflicts',
      message: 'no conflicts found',
    },
    {
      type: 'Established',
      status: 'True',
      lastTransitionTime: t,
      reason: 'InitialNamesAccepted',
      message: 'the initial names have been accepted',
    },
  ];
}

/**
 * Built-in kinds are Go structs: null, empty lists and empty maps (labels, data, ...) do not
 * survive their `omitempty` JSON encoding. Empty structs do (`status: {}`, `resources: {}`).
 */
function omitEmpty(v: unknown, schema: Schema): void {
  if (Array.isArray(v)) {
    const t = resolve(schema, v);
    for (const x of v) omitEmpty(x, t.kind === 'list' ? (t.items ?? untyped) : untyped);
    return;
  }
  if (!isObj(v)) return;
  const t = resolve(schema, v);
  if (t.kind !== 'map') return;
  for (const [k, x] of Object.entries(v)) {
    const s = fieldSchema(t, k);
    const isStringMap = s.kind === 'map' && !s.fields && !!s.elements;
    // A zero metav1.Time encodes as null (pod templates show `creationTimestamp: null`).
    if (
      (x === null && k !== 'creationTimestamp') ||
      (Array.isArray(x) && x.length === 0) ||
      (isStringMap && isObj(x) && Object.keys(x).length === 0)
    ) {
      delete v[k];
    } else omitEmpty(x, s);
  }
}
