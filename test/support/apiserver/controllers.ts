/**
 * The few controllers whose effects API clients observe: CRDs being served (and cleaned up),
 * namespaces terminating, and the garbage collector honouring ownerReferences and
 * propagation policies (https://kubernetes.io/docs/concepts/architecture/garbage-collection/).
 * They run asynchronously after writes, so, as on a real cluster, deletions finish a moment
 * after the DELETE returns.
 */
import { crdType, groupKind, type ResourceType } from './resources.js';
import { metaOf, resourceKey, type Cluster } from './writes.js';

type Obj = Record<string, unknown>;

const CRD_FINALIZER = 'customresourcecleanup.apiextensions.k8s.io';
const CRDS = 'apiextensions.k8s.io/customresourcedefinitions';

export class Controllers {
  private scheduled = false;
  private stopped = false;

  constructor(private readonly cluster: Cluster) {
    cluster.store.subscribe(() => this.schedule());
  }

  stop(): void {
    this.stopped = true;
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.stopped) this.reconcile();
    });
  }

  /** One pass; writes made here schedule the next pass through the store subscription. */
  private reconcile(): void {
    this.syncCrds();
    this.finalizeNamespaces();
    this.collectGarbage();
  }

  private typeOf(resource: string): ResourceType | undefined {
    return this.cluster.registry.all().find((t) => resourceKey(t) === resource);
  }

  private syncCrds(): void {
    const { store, registry } = this.cluster;
    for (const crd of store.list(CRDS)) {
      const md = metaOf(crd);
      const t = crdType(crd);
      if (!md.deletionTimestamp) {
        registry.add(t);
        if (!((md.finalizers as string[] | undefined) ?? []).includes(CRD_FINALIZER)) {
          md.finalizers = [...((md.finalizers as string[] | undefined) ?? []), CRD_FINALIZER];
          store.put(CRDS, crd);
        }
        continue;
      }
      // Terminating: delete every custom resource, then let the CRD go.
      const crs = store.list(resourceKey(t));
      for (const cr of crs)
        if (!metaOf(cr).deletionTimestamp) this.cluster.delete(t, cr, undefined, false);
      if (store.list(resourceKey(t)).length > 0) continue;
      const rest = ((md.finalizers as string[] | undefined) ?? []).filter(
        (f) => f !== CRD_FINALIZER,
      );
      if (rest.length > 0) {
        md.finalizers = rest;
        store.put(CRDS, crd);
        continue;
      }
      store.remove(CRDS, '', String(md.name));
    }
    const live = new Set(
      store
        .list(CRDS)
        .map(
          (c) =>
            `${String((c.spec as Obj).group)}/${String(((c.spec as Obj).names as Obj).plural)}`,
        ),
    );
    for (const t of registry.all()) {
      if (!t.builtin && !live.has(resourceKey(t))) {
        registry.remove(t.group, t.plural);
        store.dropResource(resourceKey(t));
      }
    }
  }

  private finalizeNamespaces(): void {
    const { store, registry } = this.cluster;
    for (const ns of store.list('/namespaces')) {
      const md = metaOf(ns);
      if (!md.deletionTimestamp) continue;
      const name = String(md.name);
      let remaining = 0;
      for (const t of registry.all()) {
        if (!t.namespaced) continue;
        for (const o of store.list(resourceKey(t), name)) {
          remaining++;
          if (!metaOf(o).deletionTimestamp) this.cluster.delete(t, o, undefined, false);
        }
      }
      if (remaining === 0) store.remove('/namespaces', '', name);
    }
  }

  private collectGarbage(): void {
    const { store } = this.cluster;
    const all = [...store.entries()].map(([resource, o]) => ({ resource, o: structuredClone(o) }));
    const uids = new Set(all.map(({ o }) => String(metaOf(o).uid)));
    const dependentsOf = (uid: string) =>
      all.filter(({ o }) =>
        ((metaOf(o).ownerReferences as Obj[] | undefined) ?? []).some((r) => r.uid === uid),
      );

    for (const { resource, o } of all) {
      const t = this.typeOf(resource);
      if (!t) continue;
      const md = metaOf(o);
      const finalizers = (md.finalizers as string[] | undefined) ?? [];
      const uid = String(md.uid);
      if (md.deletionTimestamp && finalizers.includes('orphan')) {
        for (const d of dependentsOf(uid)) {
          const dmd = metaOf(d.o);
          dmd.ownerReferences = (dmd.ownerReferences as Obj[]).filter((r) => r.uid !== uid);
          if ((dmd.ownerReferences as Obj[]).length === 0) delete dmd.ownerReferences;
          store.put(d.resource, d.o);
        }
        this.dropFinalizer(t, o, 'orphan');
      } else if (md.deletionTimestamp && finalizers.includes('foregroundDeletion')) {
        const deps = dependentsOf(uid);
        for (const d of deps) {
          const dt = this.typeOf(d.resource);
          if (dt && !metaOf(d.o).deletionTimestamp)
            this.cluster.delete(dt, d.o, 'Foreground', false);
        }
        if (deps.length === 0) this.dropFinalizer(t, o, 'foregroundDeletion');
      } else if (!md.deletionTimestamp && groupKind(t) !== '/Namespace') {
        const owners = (md.ownerReferences as Obj[] | undefined) ?? [];
        if (owners.length > 0 && owners.every((r) => !uids.has(String(r.uid))))
          this.cluster.delete(t, o, 'Background', false);
      }
    }
  }

  private dropFinalizer(t: ResourceType, o: Obj, finalizer: string): void {
    const md = metaOf(o);
    const rest = ((md.finalizers as string[]) ?? []).filter((f) => f !== finalizer);
    if (rest.length > 0) {
      md.finalizers = rest;
      this.cluster.store.put(resourceKey(t), o);
    } else {
      this.cluster.store.remove(resourceKey(t), String(md.namespace ?? ''), String(md.name));
    }
  }
}
