import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted misbehaviour for requests whose path matches. */
export interface ProxyFault {
  path: RegExp;
  method?: string;
  /** How many matching requests it applies to. */
  times: number;
  /** Answer with this status instead of forwarding. */
  status?: number;
  retryAfter?: string;
  /** Close the connection without answering. */
  reset?: boolean;
  /** Put the request's Authorization header in the error body (a leaky server). */
  echoAuthorization?: boolean;
}

export interface ProxyOptions {
  /** Serve tag lists in pages of this size with `Link` headers, as the distribution spec describes. */
  pageSize?: number;
  /** How the next-page link is written: relative (default), absolute, or pointing elsewhere. */
  linkStyle?: 'relative' | 'absolute' | 'cross-origin';
  /** Hold every answer this long, so concurrent requests overlap. */
  delayMs?: number;
}

export interface RegistryProxy {
  url: string;
  host: string;
  /** Every request received, in order. */
  log: { method: string; path: string; status: number }[];
  faults: ProxyFault[];
  options: ProxyOptions;
  /** Most requests in flight at once since the last reset. */
  maxInFlight: number;
  stop(): Promise<void>;
}

/**
 * A transparent HTTP proxy in front of a real (plain HTTP) registry that can paginate tag
 * lists (Debian's distribution 2.8 never does), inject 429/5xx answers and connection
 * resets, and count requests. Everything else is the real registry's answer.
 */
export async function startRegistryProxy(
  upstream: string,
  options: ProxyOptions = {},
): Promise<RegistryProxy> {
  const up = new URL(upstream);
  const log: RegistryProxy['log'] = [];
  const faults: ProxyFault[] = [];
  let self = '';
  const proxy: RegistryProxy = {
    url: '',
    host: '',
    log,
    faults,
    options,
    maxInFlight: 0,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };

  const forward = (
    req: IncomingMessage,
    path: string,
  ): Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: up.host };
      const r = request(
        { host: up.hostname, port: up.port, method: req.method, path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      r.on('error', reject);
      req.pipe(r);
    });

  const paginate = (path: string, body: Buffer, pageSize: number) => {
    const url = new URL(path, 'http://x');
    const all = ((JSON.parse(body.toString()) as { tags?: string[] }).tags ?? []).sort();
    const n = Math.min(Number(url.searchParams.get('n') ?? pageSize) || pageSize, pageSize);
    const last = url.searchParams.get('last');
    const start = last === null ? 0 : all.findIndex((t) => t > last);
    const page = start < 0 ? [] : all.slice(start, start + n);
    const name = url.pathname.replace(/^\/v2\//, '').replace(/\/tags\/list$/, '');
    let link: string | undefined;
    if (start >= 0 && start + n < all.length) {
      const rel = `/v2/${name}/tags/list?n=${n}&last=${encodeURIComponent(page[page.length - 1])}`;
      const style = options.linkStyle ?? 'relative';
      const target =
        style === 'relative'
          ? rel
          : style === 'absolute'
            ? `${self}${rel}`
            : `http://127.0.0.2:9${rel}`;
      link = `<${target}>; rel="next"`;
    }
    return { body: Buffer.from(JSON.stringify({ name, tags: page })), link };
  };

  let inFlight = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    proxy.maxInFlight = Math.max(proxy.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    const fault = faults.find(
      (f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === method),
    );
    if (fault) {
      fault.times--;
      if (fault.reset) {
        log.push({ method, path, status: 0 });
        req.socket.destroy();
        return;
      }
      const status = fault.status ?? 500;
      log.push({ method, path, status });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      res.writeHead(status, headers);
      const message = fault.echoAuthorization
        ? `bad request with authorization ${req.headers.authorization ?? '(none)'}`
        : 'injected failure';
      res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message }] }));
      return;
    }
    const isTags = method === 'GET' && /\/tags\/list(\?|$)/.test(path);
    const upstreamPath = isTags && options.pageSize ? path.replace(/\?.*$/, '') : path;
    const r = await forward(req, upstreamPath);
    log.push({ method, path, status: r.status });
    const headers = { ...r.headers };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    delete headers.connection;
    let body = r.body;
    if (isTags && options.pageSize && r.status === 200) {
      const p = paginate(path, r.body, options.pageSize);
      body = p.body;
      if (p.link) headers.link = p.link;
    }
    res.writeHead(r.status, { ...headers, 'content-length': String(body.length) });
    res.end(method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      res.writeHead(502);
      res.end(String(err));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  self = `http://127.0.0.1:${port}`;
  proxy.url = self;
  proxy.host = `127.0.0.1:${port}`;
  return proxy;
}
