/**
 * A connection to one cluster: get, list, server-side apply (optionally dry-run), delete,
 * watch and wait. Objects are plain JSON (K8sObject) in and out.
 */
import { UserError } from '../util/errors.js';
import type { K8sObject, ObjectRef } from '../util/k8s.js';
import { Discovery, type ResourceInfo } from './discovery.js';
import { errorFromStatus, KubeApiError } from './errors.js';
import { loadKubeconfig, type KubeconfigOptions } from './kubeconfig.js';
import { Transport, type TransportOptions } from './transport.js';
import { watchEvents, type WatchEvent } from './watch.js';

export interface ConnectOptions extends KubeconfigOptions, TransportOptions {
  /** Where KUBECONFIG, HOME and in-cluster variables are read; default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** A kind, as in a manifest. */
export interface TypeRef {
  apiVersion: string;
  kind: string;
}

/** An object or a reference to one; a namespaced target without namespace uses the context's. */
export type Target = K8sObject | ObjectRef;

export interface ApplyOptions {
  /** Server-side dry run (`dryRun=All`): the answer shows the result, nothing is stored. */
  dryRun?: boolean;
  /** Take over fields other managers own instead of failing with ApplyConflictError. */
  force?: boolean;
  /** Default `kluctl`, so ownership carries over between kluctl and shipshape. */
  fieldManager?: string;
  /** Collects the server's warnings (`Warning` headers) about the request. */
  warnings?: string[];
}

export interface ReplaceOptions {
  dryRun?: boolean;
  fieldManager?: string;
  warnings?: string[];
}

export interface DeleteOptions {
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  dryRun?: boolean;
  warnings?: string[];
}

export interface DeleteResult {
  /** `terminating`: the object waits for finalizers (or dependents, with Foreground). */
  outcome: 'deleted' | 'terminating' | 'not-found';
  object?: K8sObject;
}

export interface ListOptions {
  /** Only this namespace; omitted, namespaced kinds are listed across all namespaces. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Items per request (`limit`), default 500; pages are followed with `continue`. */
  pageSize?: number;
}

export interface ListResult {
  items: K8sObject[];
  /** Where a watch continuing this list starts. */
  resourceVersion: string;
}

export interface WatchOptions extends Omit<ListOptions, 'pageSize'> {
  /** Start after this version (from a list); omitted, the watch starts with ADDED events for what exists. */
  resourceVersion?: string;
  signal?: AbortSignal;
}

export interface WaitOptions {
  /** Default 5 minutes. */
  timeoutMs?: number;
  /** For the timeout message: "timed out ... waiting for Deployment default/web to <description>". */
  description?: string;
  signal?: AbortSignal;
}

const CRD_KIND = 'CustomResourceDefinition';

interface Located {
  info: ResourceInfo;
  namespace?: string;
  name: string;
  /** `Deployment default/web`, for messages. */
  label: string;
}

const enc = encodeURIComponent;

export class Cluster {
  readonly discovery: Discovery;

  constructor(
    private readonly transport: Transport,
    /** The kubeconfig context in use. */
    readonly context: string,
    readonly server: string,
    /** Namespace for namespaced objects that name none. */
    readonly namespace: string,
  ) {
    this.discovery = new Discovery(transport, `the cluster of context "${context}"`);
  }

  /** The server's version (`/version`). */
  async version(): Promise<{ major: string; minor: string; gitVersion: string }> {
    const res = await this.transport.send(
      { method: 'GET', path: '/version' },
      { verb: 'get', target: 'the server version' },
    );
    return res.body as { major: string; minor: string; gitVersion: string };
  }

  /** Resolves the target's resource; `verb` names the operation in errors from discovery. */
  private async locate(target: Target, verb: string): Promise<Located> {
    let apiVersion: string;
    let kind: string;
    let namespace: string;
    let name: string;
    if (typeof (target as K8sObject).apiVersion === 'string' || (target as K8sObject).metadata) {
      const o = target as K8sObject;
      apiVersion = o.apiVersion ?? '';
      kind = o.kind ?? '';
      namespace = typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : '';
      name = typeof o.metadata?.name === 'string' ? o.metadata.name : '';
    } else {
      const r = target as ObjectRef;
      apiVersion = r.group ? `${r.group}/${r.version}` : r.version;
      ({ kind, namespace, name } = r);
    }
    const info = await this.resolve(
      apiVersion,
      kind,
      verb,
      `${kind} ${namespace ? `${namespace}/` : ''}${name}`,
    );
    if (!name)
      throw new UserError(
        `a ${kind} without metadata.name cannot be sent to the cluster`,
        {},
        'give the object a name',
      );
    const ns = info.namespaced ? namespace || this.namespace : undefined;
    return { info, namespace: ns, name, label: `${kind} ${ns ? `${ns}/` : ''}${name}` };
  }

  /** Discovery, with 401/403 explained in terms of what the caller was doing. */
  private async resolve(
    apiVersion: string,
    kind: string,
    verb: string,
    target: string,
  ): Promise<ResourceInfo> {
    try {
      return await this.discovery.resolve(apiVersion, kind);
    } catch (e) {
      if (e instanceof KubeApiError && (e.code === 401 || e.code === 403)) {
        throw errorFromStatus(
          e.status,
          e.code,
          { verb, target },
          { server: this.server, context: this.context },
        );
      }
      throw e;
    }
  }

  private path(info: ResourceInfo, namespace: string | undefined, name?: string): string {
    const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
    const ns = info.namespaced && namespace !== undefined ? `/namespaces/${enc(namespace)}` : '';
    return `${base}${ns}/${info.resource}${name !== undefined ? `/${enc(name)}` : ''}`;
  }

  /** The object as stored, or undefined if it does not exist. */
  async get(target: Target): Promise<K8sObject | undefined> {
    const { info, namespace, name, label } = await this.locate(target, 'get');
    try {
      const res = await this.transport.send(
        { method: 'GET', path: this.path(info, namespace, name) },
        { verb: 'get', target: label },
      );
      return res.body as K8sObject;
    } catch (e) {
      if (e instanceof KubeApiError && e.code === 404) return undefined;
      throw e;
    }
  }

  /** Every object of a kind matching the options, following `continue` across pages. */
  async list(type: TypeRef, opts: ListOptions = {}): Promise<ListResult> {
    const info = await this.resolve(type.apiVersion, type.kind, 'list', type.kind);
    return this.listResource(info, opts.namespace, opts);
  }

  private async listResource(
    info: ResourceInfo,
    namespace: string | undefined,
    opts: ListOptions,
  ): Promise<ListResult> {
    const apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
    const items: K8sObject[] = [];
    let cont: string | undefined;
    let resourceVersion = '';
    const label = `${info.resource}${info.group ? `.${info.group}` : ''}${namespace ? ` in namespace "${namespace}"` : ''}`;
    do {
      const res = await this.transport.send(
        {
          method: 'GET',
          path: this.path(info, info.namespaced ? namespace : undefined),
          query: {
            labelSelector: opts.labelSelector,
            fieldSelector: opts.fieldSelector,
            limit: String(opts.pageSize ?? 500),
            continue: cont,
          },
        },
        { verb: 'list', target: label },
      );
      const list = res.body as {
        metadata?: { continue?: string; resourceVersion?: string };
        items?: K8sObject[];
      };
      // Items of built-in lists carry no apiVersion/kind; callers get complete objects.
      for (const item of list.items ?? []) items.push({ apiVersion, kind: info.kind, ...item });
      cont = list.metadata?.continue || undefined;
      resourceVersion = list.metadata?.resourceVersion ?? resourceVersion;
    } while (cont);
    return { items, resourceVersion };
  }

  /**
   * Server-side apply (PATCH application/apply-patch+yaml). Returns the object as the server
   * stored it (or, with dryRun, would store it). Conflicts throw ApplyConflictError.
   */
  async apply(obj: K8sObject, opts: ApplyOptions = {}): Promise<K8sObject> {
    const { info, namespace, name, label } = await this.locate(
      obj,
      opts.dryRun ? 'dry-run apply' : 'apply',
    );
    const metadata = { ...obj.metadata };
    if (info.namespaced) metadata.namespace = namespace;
    else delete metadata.namespace;
    const res = await this.transport.send(
      {
        method: 'PATCH',
        path: this.path(info, namespace, name),
        query: {
          fieldManager: opts.fieldManager ?? 'kluctl',
          force: opts.force ? 'true' : undefined,
          dryRun: opts.dryRun ? 'All' : undefined,
        },
        body: { ...obj, metadata },
        contentType: 'application/apply-patch+yaml',
      },
      { verb: opts.dryRun ? 'dry-run apply' : 'apply', target: label },
    );
    if (res.warnings) opts.warnings?.push(...res.warnings);
    if (info.kind === CRD_KIND && !opts.dryRun) this.discovery.forgetMisses();
    return res.body as K8sObject;
  }

  /**
   * Replaces the object (PUT, an update by field manager `kluctl`): every field not in `obj`
   * is dropped, whoever owned it. Without `metadata.resourceVersion` the update is
   * unconditional. Returns the object as stored (or, with dryRun, as it would be).
   */
  async replace(obj: K8sObject, opts: ReplaceOptions = {}): Promise<K8sObject> {
    const verb = opts.dryRun ? 'dry-run replace' : 'replace';
    const { info, namespace, name, label } = await this.locate(obj, verb);
    const metadata = { ...obj.metadata };
    if (info.namespaced) metadata.namespace = namespace;
    else delete metadata.namespace;
    const res = await this.transport.send(
      {
        method: 'PUT',
        path: this.path(info, namespace, name),
        query: {
          fieldManager: opts.fieldManager ?? 'kluctl',
          dryRun: opts.dryRun ? 'All' : undefined,
        },
        body: { ...obj, metadata },
      },
      { verb, target: label },
    );
    if (res.warnings) opts.warnings?.push(...res.warnings);
    if (info.kind === CRD_KIND && !opts.dryRun) this.discovery.forgetMisses();
    return res.body as K8sObject;
  }

  /**
   * Names of the objects of a kind in a namespace (or of a cluster-scoped kind), read as
   * metadata only: what exists, without transferring the objects.
   */
  async listNames(type: TypeRef, opts: { namespace?: string } = {}): Promise<Set<string>> {
    const info = await this.resolve(type.apiVersion, type.kind, 'list', type.kind);
    const names = new Set<string>();
    let cont: string | undefined;
    do {
      const res = await this.transport.send(
        {
          method: 'GET',
          path: this.path(info, info.namespaced ? opts.namespace : undefined),
          query: { limit: '500', continue: cont },
          accept:
            'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json',
        },
        { verb: 'list', target: `${info.resource}${info.group ? `.${info.group}` : ''}` },
      );
      const list = res.body as {
        metadata?: { continue?: string };
        items?: { metadata?: { name?: string } }[];
      };
      for (const item of list.items ?? []) if (item.metadata?.name) names.add(item.metadata.name);
      cont = list.metadata?.continue || undefined;
    } while (cont);
    return names;
  }

  async delete(target: Target, opts: DeleteOptions = {}): Promise<DeleteResult> {
    const { info, namespace, name, label } = await this.locate(target, 'delete');
    try {
      const res = await this.transport.send(
        {
          method: 'DELETE',
          path: this.path(info, namespace, name),
          // With a body the API server reads every option from it and ignores the query, so
          // dryRun must be in the body; it is in the query too, so that proxies and audit
          // logs see a dry run for what it is.
          query: { dryRun: opts.dryRun ? 'All' : undefined },
          body: {
            apiVersion: 'v1',
            kind: 'DeleteOptions',
            propagationPolicy: opts.propagationPolicy ?? 'Background',
            ...(opts.dryRun ? { dryRun: ['All'] } : {}),
          },
        },
        { verb: 'delete', target: label },
      );
      if (res.warnings) opts.warnings?.push(...res.warnings);
      const body = res.body as K8sObject;
      // Gone at once: a Status (or, for Pods and ServiceAccounts, the last state of the object);
      // still finalizing: the object with its deletionTimestamp.
      if (body.kind === 'Status') return { outcome: 'deleted' };
      const pending = !!(body.metadata as { deletionTimestamp?: string } | undefined)
        ?.deletionTimestamp;
      return { outcome: pending ? 'terminating' : 'deleted', object: body };
    } catch (e) {
      if (e instanceof KubeApiError && e.code === 404) return { outcome: 'not-found' };
      throw e;
    }
  }

  /** Events for objects of a kind, until the server ends the watch or `signal` aborts. */
  async *watch(type: TypeRef, opts: WatchOptions = {}): AsyncGenerator<WatchEvent> {
    const info = await this.resolve(type.apiVersion, type.kind, 'watch', type.kind);
    yield* this.watchResource(info, opts.namespace, opts);
  }

  private async *watchResource(
    info: ResourceInfo,
    namespace: string | undefined,
    opts: WatchOptions & { timeoutSeconds?: number },
  ): AsyncGenerator<WatchEvent> {
    const ac = new AbortController();
    const onAbort = () => ac.abort();
    opts.signal?.addEventListener('abort', onAbort);
    try {
      const body = await this.transport.stream(
        this.path(info, info.namespaced ? namespace : undefined),
        {
          watch: 'true',
          allowWatchBookmarks: 'true',
          resourceVersion: opts.resourceVersion,
          labelSelector: opts.labelSelector,
          fieldSelector: opts.fieldSelector,
          timeoutSeconds:
            opts.timeoutSeconds !== undefined ? String(opts.timeoutSeconds) : undefined,
        },
        ac.signal,
        { verb: 'watch', target: `${info.resource}${info.group ? `.${info.group}` : ''}` },
      );
      yield* watchEvents(body);
    } catch (e) {
      // Aborting (the caller's signal, or a wait that is done or out of time) ends the watch quietly.
      if (!ac.signal.aborted) throw e;
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      ac.abort();
    }
  }

  /**
   * Waits until `predicate` holds for the object (undefined = it does not exist), listing once
   * and then following a watch, re-listing when the watch ends. Returns the object that matched.
   */
  async waitFor(
    target: Target,
    predicate: (obj: K8sObject | undefined) => boolean,
    opts: WaitOptions = {},
  ): Promise<K8sObject | undefined> {
    const { info, namespace, name, label } = await this.locate(target, 'watch');
    const timeoutMs = opts.timeoutMs ?? 300_000;
    const deadline = Date.now() + timeoutMs;
    const fieldSelector = `metadata.name=${name}`;
    while (!opts.signal?.aborted) {
      const { items, resourceVersion } = await this.listResource(info, namespace, {
        fieldSelector,
      });
      let current: K8sObject | undefined = items[0];
      if (predicate(current)) return current;
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      const ac = new AbortController();
      const timer = setTimeout(() => ac.abort(), remaining);
      const onAbort = () => ac.abort();
      opts.signal?.addEventListener('abort', onAbort);
      try {
        const events = this.watchResource(info, namespace, {
          fieldSelector,
          resourceVersion,
          signal: ac.signal,
          timeoutSeconds: Math.ceil(remaining / 1000),
        });
        for await (const ev of events) {
          // ERROR (e.g. 410 Gone: the version is too old) means: list again.
          if (ev.type === 'ERROR') break;
          if (ev.type === 'BOOKMARK') continue;
          current = ev.type === 'DELETED' ? undefined : ev.object;
          if (predicate(current)) return current;
        }
      } finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
      }
      if (Date.now() >= deadline) break;
    }
    if (opts.signal?.aborted)
      throw new UserError(
        `stopped waiting for ${label} to ${opts.description ?? 'reach the expected state'}`,
      );
    throw new UserError(
      `timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${label} to ${opts.description ?? 'reach the expected state'}`,
      {},
      'check the object and its events in the cluster (kubectl describe), or allow more time',
    );
  }

  /** Waits until the object is gone. */
  async waitForDeletion(target: Target, opts: WaitOptions = {}): Promise<void> {
    await this.waitFor(target, (o) => o === undefined, { description: 'be deleted', ...opts });
  }

  /** Closes the connections. */
  async close(): Promise<void> {
    await this.transport.close();
  }
}

/** Reads the kubeconfig (or in-cluster config) and returns a Cluster; no request is made yet. */
export async function connectCluster(opts: ConnectOptions = {}): Promise<Cluster> {
  const cfg = await loadKubeconfig(opts, opts.env ?? process.env);
  const transport = new Transport(cfg.kc, { server: cfg.server, context: cfg.context }, opts);
  return new Cluster(transport, cfg.context, cfg.server, cfg.namespace);
}
