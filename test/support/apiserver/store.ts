/**
 * In-memory storage, standing in for etcd: one global resourceVersion counter, objects by
 * resource and namespace/name (listed in etcd key order), and a bounded event history that
 * watches replay from.
 */
type Obj = Record<string, unknown>;

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: EventType;
  /** `group/plural` of the object. */
  resource: string;
  rv: number;
  object: Obj;
  /** The object before this change (MODIFIED and DELETED). */
  old?: Obj;
}

const HISTORY = 20_000;

const nsName = (o: Obj): { namespace: string; name: string } => {
  const md = (o.metadata ?? {}) as Obj;
  return { namespace: String(md.namespace ?? ''), name: String(md.name ?? '') };
};

export class Store {
  private rv = 1000;
  private readonly objects = new Map<string, Map<string, Obj>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(e: StoreEvent) => void>();

  currentRV(): number {
    return this.rv;
  }

  private bucket(resource: string): Map<string, Obj> {
    let b = this.objects.get(resource);
    if (!b) {
      b = new Map();
      this.objects.set(resource, b);
    }
    return b;
  }

  get(resource: string, namespace: string, name: string): Obj | undefined {
    const o = this.objects.get(resource)?.get(`${namespace}/${name}`);
    return o && structuredClone(o);
  }

  /** Objects of `resource` (in `namespace` if given), in key order. */
  list(resource: string, namespace?: string): Obj[] {
    const b = this.objects.get(resource);
    if (!b) return [];
    return [...b.entries()]
      .filter(([k]) => namespace === undefined || k.startsWith(`${namespace}/`))
      .sort(([a], [b2]) => (a < b2 ? -1 : a > b2 ? 1 : 0))
      .map(([, o]) => structuredClone(o));
  }

  /** Every object of every resource (for controllers). */
  *entries(): Generator<[string, Obj]> {
    for (const [resource, b] of this.objects) for (const o of b.values()) yield [resource, o];
  }

  /** Stores `obj` with a new resourceVersion and returns the stored copy. */
  put(resource: string, obj: Obj): Obj {
    const { namespace, name } = nsName(obj);
    const key = `${namespace}/${name}`;
    const b = this.bucket(resource);
    const old = b.get(key);
    const stored = structuredClone(obj);
    (stored.metadata as Obj).resourceVersion = String(++this.rv);
    b.set(key, stored);
    this.emit({ type: old ? 'MODIFIED' : 'ADDED', resource, rv: this.rv, object: stored, old });
    return structuredClone(stored);
  }

  remove(resource: string, namespace: string, name: string): Obj | undefined {
    const b = this.objects.get(resource);
    const old = b?.get(`${namespace}/${name}`);
    if (!b || !old) return undefined;
    b.delete(`${namespace}/${name}`);
    const gone = structuredClone(old);
    (gone.metadata as Obj).resourceVersion = String(++this.rv);
    this.emit({ type: 'DELETED', resource, rv: this.rv, object: gone, old });
    return structuredClone(gone);
  }

  /** Drops every object of a resource (a CRD going away); no events, as Kubernetes' watchers just end. */
  dropResource(resource: string): void {
    this.objects.delete(resource);
  }

  /** Events after `rv`, or undefined when history no longer reaches back that far (410 Gone). */
  eventsSince(rv: number): StoreEvent[] | undefined {
    if (this.history.length > 0 && this.history[0].rv > rv + 1 && rv < this.rv) return undefined;
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(e: StoreEvent): void {
    this.history.push(e);
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    for (const l of this.listeners) l(e);
  }
}
