/**
 * The verbs on resource paths: get, list (selectors, limit/continue), watch, create, update,
 * patch (JSON, merge, strategic merge, apply), delete and deletecollection, with dryRun=All.
 * Behaviour follows https://kubernetes.io/docs/reference/using-api/api-concepts/.
 */
import { parse as parseYaml } from 'yaml';
import { apply as serverSideApply, ApplyConflicts, decodeManagedFields } from './managedfields.js';
import { jsonMergePatch, jsonPatch, PatchError, strategicMergePatch } from './patch.js';
import { apiVersionOf, groupKind, schemaOf, type ResourceType } from './resources.js';
import { parseFieldSelector, parseLabelSelector, type Matcher } from './selectors.js';
import {
  ApiError,
  badRequest,
  conflict,
  deletedStatus,
  gone,
  internalError,
  invalid,
  notFound,
  unsupportedMediaType,
} from './status.js';
import type { StoreEvent } from './store.js';
import { SchemaError } from './typed.js';
import {
  grOf,
  metaOf,
  resourceKey,
  withoutManagedFields,
  type Cluster,
  type Writer,
} from './writes.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ResourceRequest {
  verb: 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';
  type: ResourceType;
  version: string;
  namespace: string;
  name?: string;
  subresource?: string;
  query: URLSearchParams;
  body: Buffer;
  contentType: string;
  userAgent: string;
}

export interface Reply {
  status: number;
  body: unknown;
}

/** Where a watch writes: `send` one event line, `end` to close the stream. */
export interface WatchSink {
  send(event: { type: string; object: Obj }): void;
  end(): void;
}

const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
];

/** An object as clients see it in `version`, metadata in the apiserver's field order. */
function render(t: ResourceType, version: string, o: Obj): Obj {
  const md = (o.metadata ?? {}) as Obj;
  const { apiVersion: _a, kind: _k, metadata: _m, ...rest } = o;
  return {
    kind: t.kind,
    apiVersion: apiVersionOf(t.group, version),
    metadata: orderMeta(md),
    ...rest,
  };
}

const META_ORDER = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];
function orderMeta(md: Obj): Obj {
  const out: Obj = {};
  for (const k of META_ORDER) if (md[k] !== undefined) out[k] = md[k];
  for (const [k, v] of Object.entries(md)) if (!(k in out)) out[k] = v;
  return out;
}

function writer(req: ResourceRequest): Writer {
  const dryRun = req.query.getAll('dryRun');
  for (const d of dryRun) if (d !== 'All') throw badRequest(`Invalid dryRun value: "${d}"`);
  // The apiserver's default manager is the User-Agent's program name.
  const manager = req.query.get('fieldManager') || req.userAgent.split('/')[0] || 'unknown';
  return {
    manager,
    dryRun: dryRun.length > 0,
    subresource: req.subresource === 'status' ? 'status' : undefined,
  };
}

/** JSON bodies, or YAML ones (application/yaml, application/apply-patch+yaml). */
function parseBody(req: ResourceRequest): unknown {
  const text = req.body.toString('utf8');
  const yaml = req.contentType.endsWith('yaml');
  try {
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    const what = yaml ? 'error decoding YAML' : "couldn't get version/kind; json parse error";
    throw badRequest(`${what}: ${(e as Error).message}`);
  }
}

function checkIdentity(req: ResourceRequest, o: Obj): void {
  const want = apiVersionOf(req.type.group, req.version);
  if (o.apiVersion !== undefined && o.apiVersion !== want) {
    throw badRequest(
      `the API version in the data (${String(o.apiVersion)}) does not match the expected API version (${want})`,
    );
  }
  if (o.kind !== undefined && o.kind !== req.type.kind) {
    throw badRequest(
      `the kind in the data (${String(o.kind)}) does not match the expected kind (${req.type.kind})`,
    );
  }
  const md = metaOf(o);
  if (req.name !== undefined && md.name !== undefined && md.name !== req.name) {
    throw badRequest(
      `the name of the object (${String(md.name)}) does not match the name on the URL (${req.name})`,
    );
  }
  if (
    req.type.namespaced &&
    md.namespace !== undefined &&
    md.namespace !== '' &&
    md.namespace !== req.namespace
  ) {
    throw badRequest(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
}

export class Handlers {
  constructor(private readonly cluster: Cluster) {}

  handle(req: ResourceRequest): Reply {
    try {
      switch (req.verb) {
        case 'get':
          return this.get(req);
        case 'list':
          return this.list(req);
        case 'create':
          return this.create(req);
        case 'update':
          return this.update(req);
        case 'patch':
          return this.patch(req);
        case 'delete':
          return this.delete(req);
        case 'deletecollection':
          return this.deleteCollection(req);
        default:
          throw badRequest(`unsupported verb ${req.verb}`);
      }
    } catch (e) {
      if (e instanceof ApplyConflicts) {
        throw new ApiError(409, 'Conflict', e.message, { causes: e.causes() });
      }
      if (e instanceof PatchError) throw new ApiError(422, 'Invalid', e.message);
      if (e instanceof SchemaError) throw internalError(e.message);
      throw e;
    }
  }

  private live(req: ResourceRequest): Obj | undefined {
    return this.cluster.store.get(
      resourceKey(req.type),
      req.type.namespaced ? req.namespace : '',
      req.name!,
    );
  }

  private get(req: ResourceRequest): Reply {
    const o = this.live(req);
    if (!o) throw notFound(grOf(req.type), req.name!);
    return { status: 200, body: render(req.type, req.version, o) };
  }

  private matchers(req: ResourceRequest): Matcher {
    const byLabel = parseLabelSelector(req.query.get('labelSelector'));
    const byField = parseFieldSelector(req.query.get('fieldSelector'), groupKind(req.type));
    return (o) => byLabel(o) && byField(o);
  }

  private list(req: ResourceRequest): Reply {
    const t = req.type;
    const matches = this.matchers(req);
    const all = this.cluster.store
      .list(resourceKey(t), t.namespaced && req.namespace ? req.namespace : undefined)
      .filter(matches);
    const limit = Number(req.query.get('limit') ?? 0);
    let start = 0;
    const cont = req.query.get('continue');
    let rv = this.cluster.store.currentRV();
    if (cont) {
      const token = decodeContinue(cont);
      rv = token.rv;
      start = all.findIndex((o) => keyOf(o) >= token.start);
      if (start < 0) start = all.length;
    }
    const page = limit > 0 ? all.slice(start, start + limit) : all.slice(start);
    const metadata: Obj = { resourceVersion: String(rv) };
    const rest = all.length - start - page.length;
    if (limit > 0 && rest > 0) {
      metadata.continue = encodeContinue(rv, `${keyOf(page[page.length - 1])}\u0000`);
      // Only unfiltered lists can count what is left (api-concepts: "Retrieving large results sets in chunks").
      if (!req.query.get('labelSelector') && !req.query.get('fieldSelector'))
        metadata.remainingItemCount = rest;
    }
    const items = page.map((o) => {
      const r = render(t, req.version, o);
      if (!t.builtin) return r;
      const { kind: _k, apiVersion: _a, ...item } = r;
      return item;
    });
    return {
      status: 200,
      body: {
        kind: `${t.kind}List`,
        apiVersion: apiVersionOf(t.group, req.version),
        metadata,
        items,
      },
    };
  }

  /** Streams events until the sink ends; returns the unsubscribe function. */
  watch(req: ResourceRequest, sink: WatchSink): () => void {
    const t = req.type;
    const matches = this.matchers(req);
    const ns = t.namespaced && req.namespace ? req.namespace : undefined;
    const inScope = (o: Obj) => ns === undefined || (o.metadata as Obj).namespace === ns;
    const send = (type: string, o: Obj) => sink.send({ type, object: render(t, req.version, o) });
    const onEvent = (e: StoreEvent) => {
      if (e.resource !== resourceKey(t) || !inScope(e.object)) return;
      const now = e.type !== 'DELETED' && matches(e.object);
      const before = e.old !== undefined && matches(e.old);
      if (e.type === 'DELETED') {
        if (before) send('DELETED', e.object);
      } else if (now && before) send('MODIFIED', e.object);
      else if (now) send('ADDED', e.object);
      else if (before) send('DELETED', e.object);
    };
    const rvParam = req.query.get('resourceVersion') ?? '';
    const initial = req.query.get('sendInitialEvents') === 'true';
    const replay: StoreEvent[] = [];
    if (rvParam === '' || rvParam === '0' || initial) {
      for (const o of this.cluster.store.list(resourceKey(t), ns)) if (matches(o)) send('ADDED', o);
      if (initial) {
        sink.send({
          type: 'BOOKMARK',
          object: {
            kind: t.kind,
            apiVersion: apiVersionOf(t.group, req.version),
            metadata: {
              resourceVersion: String(this.cluster.store.currentRV()),
              creationTimestamp: null,
              annotations: { 'k8s.io/initial-events-end': 'true' },
            },
          },
        });
      }
    } else {
      const events = this.cluster.store.eventsSince(Number(rvParam));
      if (!events) {
        sink.send({
          type: 'ERROR',
          object: gone(
            `too old resource version: ${rvParam} (${this.cluster.store.currentRV()})`,
          ).body(),
        });
        sink.end();
        return () => {};
      }
      replay.push(...events);
    }
    replay.forEach(onEvent);
    const unsubscribe = this.cluster.store.subscribe(onEvent);
    const timeout = Number(req.query.get('timeoutSeconds') ?? 0);
    const timer = timeout > 0 ? setTimeout(() => sink.end(), timeout * 1000) : undefined;
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }

  private create(req: ResourceRequest): Reply {
    const body = parseBody(req);
    if (!isObj(body)) throw badRequest('the body of the request must be an object');
    checkIdentity(req, body);
    if (req.type.namespaced) metaOf(body).namespace = req.namespace;
    const created = this.cluster.create(req.type, req.version, body, writer(req));
    return { status: 201, body: render(req.type, req.version, created) };
  }

  private update(req: ResourceRequest): Reply {
    const body = parseBody(req);
    if (!isObj(body)) throw badRequest('the body of the request must be an object');
    checkIdentity(req, body);
    const live = this.live(req);
    if (!live) throw notFound(grOf(req.type), req.name!);
    const updated = this.cluster.update(req.type, req.version, live, body, writer(req));
    return { status: 200, body: render(req.type, req.version, updated) };
  }

  private patch(req: ResourceRequest): Reply {
    const t = req.type;
    const ct = req.contentType;
    const accepted = t.builtin ? PATCH_TYPES : PATCH_TYPES.filter((p) => !p.includes('strategic'));
    if (!accepted.includes(ct)) throw unsupportedMediaType(accepted);
    const w = writer(req);
    const force = req.query.get('force');
    if (ct === 'application/apply-patch+yaml') return this.apply(req, w, force === 'true');
    if (force !== null)
      throw invalidPatchOptions('force', 'Forbidden: may not be specified for non-apply patch');
    const live = this.live(req);
    if (!live) throw notFound(grOf(t), req.name!);
    const patch = parseBody(req);
    const schema = schemaOf(t, req.version);
    const rendered = render(t, req.version, live);
    const patched =
      ct === 'application/json-patch+json'
        ? jsonPatch(rendered, patch)
        : ct === 'application/merge-patch+json'
          ? jsonMergePatch(rendered, patch)
          : strategicMergePatch(rendered, patch, schema);
    if (!isObj(patched)) throw badRequest('the patch did not produce an object');
    const updated = this.cluster.update(t, req.version, live, patched, w);
    return { status: 200, body: render(t, req.version, updated) };
  }

  /** Server-side apply: create or update with field ownership (and 409 on conflicts). */
  private apply(req: ResourceRequest, w: Writer, force: boolean): Reply {
    const t = req.type;
    if (!req.query.get('fieldManager')) {
      throw invalidPatchOptions('fieldManager', 'Required value: is required for apply patch');
    }
    const config = parseBody(req);
    if (!isObj(config)) throw badRequest('error decoding YAML: the apply patch must be an object');
    checkIdentity(req, config);
    const want = apiVersionOf(t.group, req.version);
    if (config.apiVersion === undefined || config.kind === undefined) {
      // Kubernetes quotes the body here; we do not, as it may hold Secret data.
      throw badRequest(`Object 'Kind' is missing in the apply patch`);
    }
    if (config.apiVersion !== want) {
      throw badRequest(
        `Incorrect version specified in apply patch. Specified patch version: ${String(config.apiVersion)}, expected: ${want}`,
      );
    }
    const cmd = metaOf(config);
    if (cmd.managedFields !== undefined && cmd.managedFields !== null)
      throw badRequest('metadata.managedFields must be nil');
    const live = this.live(req);
    const base: Obj = live
      ? withoutManagedFields(live)
      : {
          apiVersion: want,
          kind: t.kind,
          metadata: { name: req.name, ...(t.namespaced ? { namespace: req.namespace } : {}) },
        };
    const managers = decodeManagedFields(live ? metaOf(live).managedFields : undefined);
    const ctx = this.cluster.fieldManagerContext(t, req.version, w);
    const who = { manager: w.manager, apiVersion: want, subresource: w.subresource };
    const next = serverSideApply(base, config, managers, who, force, ctx);
    if (t.namespaced) metaOf(next).namespace = req.namespace;
    if (!live) {
      const created = this.cluster.create(t, req.version, next, w, managers);
      return { status: 201, body: render(t, req.version, created) };
    }
    const updated = this.cluster.update(t, req.version, live, next, w, managers);
    return { status: 200, body: render(t, req.version, updated) };
  }

  private deleteOptions(req: ResourceRequest): {
    policy?: string;
    dryRun: boolean;
    uid?: string;
    rv?: string;
  } {
    let opts: Obj = {};
    if (req.body.length > 0) {
      const b = parseBody(req);
      if (isObj(b)) opts = b;
    }
    const pre = isObj(opts.preconditions) ? opts.preconditions : {};
    let policy = (req.query.get('propagationPolicy') ?? opts.propagationPolicy) as
      string | undefined;
    const orphan = req.query.get('orphanDependents') ?? opts.orphanDependents;
    if (!policy && orphan !== undefined && orphan !== null)
      policy = String(orphan) === 'true' ? 'Orphan' : 'Background';
    if (policy && !['Foreground', 'Background', 'Orphan'].includes(policy)) {
      throw invalid('meta.k8s.io', 'DeleteOptions', '', [
        {
          field: 'propagationPolicy',
          reason: 'FieldValueNotSupported',
          detail: `Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
        },
      ]);
    }
    const dryRun = [
      ...req.query.getAll('dryRun'),
      ...((opts.dryRun as string[] | undefined) ?? []),
    ];
    for (const d of dryRun) if (d !== 'All') throw badRequest(`Invalid dryRun value: "${d}"`);
    return {
      policy,
      dryRun: dryRun.length > 0,
      uid: pre.uid as string | undefined,
      rv: pre.resourceVersion as string | undefined,
    };
  }

  private delete(req: ResourceRequest): Reply {
    const t = req.type;
    const opts = this.deleteOptions(req);
    const live = this.live(req);
    if (!live) throw notFound(grOf(t), req.name!);
    const md = metaOf(live);
    if (opts.uid && opts.uid !== md.uid) {
      throw conflict(
        grOf(t),
        req.name!,
        `Precondition failed: UID in precondition: ${opts.uid}, UID in object meta: ${String(md.uid)}`,
      );
    }
    if (opts.rv && opts.rv !== md.resourceVersion) {
      const why = `Precondition failed: ResourceVersion in precondition: ${opts.rv}, ResourceVersion in object meta: ${String(md.resourceVersion)}`;
      throw conflict(grOf(t), req.name!, why);
    }
    const { object, removed } = this.cluster.delete(t, live, opts.policy, opts.dryRun);
    // Gone at once: a Status naming it; still finalizing: the object with its deletionTimestamp.
    if (removed && !t.returnsDeletedObject)
      return { status: 200, body: deletedStatus(grOf(t), req.name!, String(md.uid)) };
    return { status: 200, body: render(t, req.version, object) };
  }

  private deleteCollection(req: ResourceRequest): Reply {
    const t = req.type;
    const opts = this.deleteOptions(req);
    const matches = this.matchers(req);
    const victims = this.cluster.store
      .list(resourceKey(t), t.namespaced ? req.namespace : undefined)
      .filter(matches);
    const items = victims.map((o) =>
      render(t, req.version, this.cluster.delete(t, o, opts.policy, opts.dryRun).object),
    );
    return {
      status: 200,
      body: {
        kind: `${t.kind}List`,
        apiVersion: apiVersionOf(t.group, req.version),
        metadata: { resourceVersion: String(this.cluster.store.currentRV()) },
        items,
      },
    };
  }
}

function invalidPatchOptions(field: string, detail: string) {
  const [head, ...rest] = detail.split(': ');
  const reason = head === 'Forbidden' ? 'FieldValueForbidden' : 'FieldValueRequired';
  return invalid('meta.k8s.io', 'PatchOptions', '', [
    { field, reason, detail: rest.length ? `${head}: ${rest.join(': ')}` : head },
  ]);
}

/** The storage key order lists follow (namespace/name; cluster-scoped names have an empty namespace). */
const keyOf = (o: Obj) => {
  const md = o.metadata as Obj;
  return `${String(md.namespace ?? '')}/${String(md.name)}`;
};

function encodeContinue(rv: number, start: string): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv, start })).toString('base64');
}

function decodeContinue(token: string): { rv: number; start: string } {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as {
      v?: string;
      rv?: number;
      start?: string;
    };
    if (t.v !== 'meta.k8s.io/v1' || typeof t.rv !== 'number' || typeof t.start !== 'string')
      throw new Error('bad token');
    return { rv: t.rv, start: t.start };
  } catch {
    throw badRequest(
      'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
    );
  }
}
