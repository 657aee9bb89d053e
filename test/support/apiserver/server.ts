/**
 * HTTP(S) front: authentication (bearer tokens), authorization (admin or read-only users),
 * routing of discovery, OpenAPI and resource paths, JSON responses and watch streams, plus
 * test hooks: a request log and injected faults (429/5xx answers, connection resets).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  aggregated,
  aggregatedType,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  VERSION,
} from './discovery.js';
import type { Handlers, ResourceRequest } from './handlers.js';
import { openApiDocument, openApiIndex, openApiV2 } from './openapi.js';
import { toTable, wantsTable } from './table.js';
import type { Registry } from './resources.js';
import {
  ApiError,
  forbidden,
  internalError,
  methodNotAllowed,
  pathNotFound,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  unsupportedMediaType,
} from './status.js';
import type { Certificates } from './tls.js';

export interface User {
  name: string;
  /** `read` users may only get, list and watch. */
  access: 'admin' | 'read';
}

/** An injected failure for the next `times` requests that match. */
export interface Fault {
  method?: string;
  /** Substring of the request path. */
  path?: string;
  /** Answer with this status (429 carries Retry-After) ... */
  status?: number;
  retryAfterSeconds?: number;
  /** ... or drop the connection without answering. */
  reset?: boolean;
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  userAgent: string;
}

const READ_VERBS = new Set(['get', 'list', 'watch']);
const PUBLIC_PATHS = new Set(['/version', '/healthz', '/livez', '/readyz']);
const BODY_TYPES = ['application/json', 'application/yaml'];

export class ApiHttpServer {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private readonly server: http.Server;
  private readonly streams = new Set<http.ServerResponse>();

  constructor(
    private readonly registry: Registry,
    private readonly handlers: Handlers,
    private readonly users: Map<string, User>,
    tls: Certificates | undefined,
    private readonly aggregatedDiscovery: boolean,
  ) {
    const listener = (req: http.IncomingMessage, res: http.ServerResponse) =>
      void this.serve(req, res);
    this.server = tls
      ? https.createServer({ cert: tls.cert, key: tls.key }, listener)
      : http.createServer(listener);
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.streams) s.end();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: url.search,
      userAgent: req.headers['user-agent'] ?? '',
    });
    const fault = this.takeFault(method, url.pathname);
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    try {
      if (fault) throw faultError(fault);
      const body = await readBody(req);
      const user = this.authenticate(req, url.pathname);
      this.route(req, res, url, method, body, user);
    } catch (e) {
      const err = e instanceof ApiError ? e : internalError((e as Error).message);
      send(res, err.code, err.body(), err.headers);
    }
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const i = this.faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.path || path.includes(f.path)),
    );
    if (i < 0) return undefined;
    const f = this.faults[i];
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    return f;
  }

  /** Bearer tokens; no token is the anonymous user, who may only read /version and health. */
  private authenticate(req: http.IncomingMessage, path: string): User {
    const auth = req.headers.authorization;
    if (!auth) {
      if (PUBLIC_PATHS.has(path)) return { name: 'system:anonymous', access: 'read' };
      throw new ApiError(
        403,
        'Forbidden',
        `forbidden: User "system:anonymous" cannot ${verbOfMethod(req.method)} path "${path}"`,
        {},
      );
    }
    const m = /^Bearer\s+(.+)$/.exec(auth);
    const user = m ? this.users.get(m[1].trim()) : undefined;
    if (!user) throw unauthorized();
    return user;
  }

  private route(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    method: string,
    body: Buffer,
    user: User,
  ): void {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const accept = req.headers.accept;
    const json = (o: unknown, contentType?: string) =>
      send(res, 200, o, contentType ? { 'content-type': contentType } : {});
    if (PUBLIC_PATHS.has(path) && path !== '/version') return void sendText(res, 'ok');
    if (method === 'GET') {
      if (path === '/version') return json(VERSION);
      const agg = this.aggregatedDiscovery ? aggregatedType(accept) : undefined;
      if (path === '/api')
        return agg ? json(aggregated(this.registry, true, agg), agg) : json(apiVersions());
      if (path === '/apis')
        return agg
          ? json(aggregated(this.registry, false, agg), agg)
          : json(apiGroupList(this.registry));
      if (path === '/api/v1') return json(found(apiResourceList(this.registry, '', 'v1')));
      const g = /^\/apis\/([^/]+)$/.exec(path);
      if (g) return json(found(apiGroup(this.registry, g[1])));
      const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(path);
      if (gv) return json(found(apiResourceList(this.registry, gv[1], gv[2])));
      if (path === '/openapi/v3') return json(openApiIndex(this.registry));
      if (path.startsWith('/openapi/v3/'))
        return json(found(openApiDocument(this.registry, path.slice('/openapi/v3/'.length))));
      if (path === '/openapi/v2') {
        const doc = openApiV2(accept);
        res.writeHead(200, { 'content-type': doc.contentType });
        return void res.end(doc.body);
      }
    }
    const rr = this.resourceRequest(req, url, path, method, body);
    if (user.access === 'read' && !READ_VERBS.has(rr.verb)) {
      throw forbidden(
        user.name,
        rr.verb,
        {
          group: rr.type.group,
          resource: rr.subresource ? `${rr.type.plural}/${rr.subresource}` : rr.type.plural,
        },
        rr.type.namespaced ? rr.namespace : '',
        rr.name,
      );
    }
    if (rr.verb === 'watch') return this.watch(res, rr);
    const reply = this.handlers.handle(rr);
    if ((rr.verb === 'get' || rr.verb === 'list') && wantsTable(accept)) {
      const body = reply.body as Record<string, unknown>;
      const md = body.metadata as Record<string, unknown>;
      const items = rr.verb === 'get' ? [body] : (body.items as Record<string, unknown>[]);
      const cont = rr.verb === 'list' ? (md.continue as string | undefined) : undefined;
      return send(
        res,
        200,
        toTable(items, String(md.resourceVersion), cont, rr.query.get('includeObject')),
      );
    }
    send(res, reply.status, reply.body);
  }

  /** `/api/v1/...` and `/apis/<g>/<v>/...` into resource, namespace, name, subresource, verb. */
  private resourceRequest(
    req: http.IncomingMessage,
    url: URL,
    path: string,
    method: string,
    body: Buffer,
  ): ResourceRequest {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    let group: string;
    let rest: string[];
    if (parts[0] === 'api' && parts[1] === 'v1') [group, rest] = ['', parts.slice(1)];
    else if (parts[0] === 'apis' && parts.length >= 3) [group, rest] = [parts[1], parts.slice(2)];
    else throw pathNotFound();
    const version = rest[0];
    let segs = rest.slice(1);
    let namespace = '';
    // `namespaces/<ns>/<resource>...` is namespaced; `namespaces/<name>[/status]` is the Namespace itself.
    if (
      segs[0] === 'namespaces' &&
      segs.length >= 3 &&
      segs[2] !== 'status' &&
      segs[2] !== 'finalize'
    ) {
      namespace = segs[1];
      segs = segs.slice(2);
    }
    const [plural, name, subresource, ...extra] = segs;
    const type = plural ? this.registry.byPath(group, version, plural) : undefined;
    if (
      !type ||
      extra.length > 0 ||
      (subresource && (subresource !== 'status' || !type.statusSubresource))
    )
      throw pathNotFound();
    if (type.namespaced && name !== undefined && !namespace) throw pathNotFound();
    if (!type.namespaced && namespace) throw pathNotFound();
    const q = url.searchParams;
    const watching = q.get('watch') === 'true' || q.get('watch') === '1';
    const verb = verbFor(method, name !== undefined, watching);
    if (!verb) throw methodNotAllowed();
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim();
    if ((verb === 'create' || verb === 'update') && !BODY_TYPES.includes(contentType))
      throw unsupportedMediaType(BODY_TYPES);
    return {
      verb,
      type,
      version,
      namespace,
      name,
      subresource,
      query: q,
      body,
      contentType,
      userAgent: req.headers['user-agent'] ?? '',
    };
  }

  private watch(res: http.ServerResponse, rr: ResourceRequest): void {
    res.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': 'no-cache, private',
      'transfer-encoding': 'chunked',
    });
    // Clients wait for the headers before reading events; a quiet watch must still send them.
    res.flushHeaders();
    this.streams.add(res);
    let stop = () => {};
    const end = () => {
      stop();
      this.streams.delete(res);
      if (!res.writableEnded) res.end();
    };
    res.on('close', end);
    stop = this.handlers.watch(rr, { send: (ev) => res.write(`${JSON.stringify(ev)}\n`), end });
  }
}

function verbFor(
  method: string,
  named: boolean,
  watching: boolean,
): ResourceRequest['verb'] | undefined {
  switch (method) {
    case 'GET':
      return watching ? 'watch' : named ? 'get' : 'list';
    case 'POST':
      return named ? undefined : 'create';
    case 'PUT':
      return named ? 'update' : undefined;
    case 'PATCH':
      return named ? 'patch' : undefined;
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
  }
  return undefined;
}

function verbOfMethod(method: string | undefined): string {
  return (
    { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' }[method ?? 'GET'] ??
    'get'
  );
}

function found<T>(doc: T | undefined): T {
  if (doc === undefined) throw pathNotFound();
  return doc;
}

function faultError(f: Fault): ApiError {
  if (f.status === 429) return tooManyRequests(f.retryAfterSeconds ?? 1);
  if (f.status === 503) return serviceUnavailable();
  return new ApiError(
    f.status ?? 500,
    'InternalError',
    'Internal error occurred: injected fault',
    {},
  );
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return void res.end();
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-cache, private',
    ...headers,
  });
  res.end(text);
}

function sendText(res: http.ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
