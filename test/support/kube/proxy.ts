/**
 * A recording, fault-injecting reverse proxy in front of a real API server, for tests that
 * count requests or need the server to fail (429, 5xx, dropped connections) on cue.
 *
 * It serves plain HTTP on 127.0.0.1 and adds the upstream kubeconfig's credentials itself, as
 * `kubectl proxy` does. Why not HTTPS with its own certificate: TLS and token handling are
 * tested against the API server directly; through the proxy, only the requests matter, and
 * plain HTTP (a real way to reach a cluster, which src/cluster supports) needs no extra CA.
 * Because it takes any kubeconfig, it works in front of kind in the e2e workflow too.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { stringify } from 'yaml';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The raw query string with its `?`, or ''. */
  query: string;
}

export interface Fault {
  method?: string;
  /** Substring of the request path. */
  path?: string;
  /** Answer 429, 500 or 503 as kube-apiserver does ... */
  status?: 429 | 500 | 503;
  /** ... with this Retry-After (429; default 1, as the server's max-in-flight filter sends) ... */
  retryAfterSeconds?: number;
  /** ... or drop the connection without answering. */
  reset?: boolean;
  /** How many matching requests fail (default 1); the fault is removed when used up. */
  times?: number;
}

export interface ProxyOptions {
  /**
   * Strip the aggregated-discovery media types from discovery requests, so the server answers
   * with the legacy documents servers before Kubernetes 1.26 send.
   */
  legacyDiscovery?: boolean;
}

export interface KubeProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** A kubeconfig for the proxy: one context, no credentials (the proxy adds them). */
  kubeconfigPath: string;
  /** Every request received, in order (faulted ones included). */
  requests: RecordedRequest[];
  /** Push faults to make the next matching requests fail. */
  faults: Fault[];
  stop(): Promise<void>;
}

/** The proxy for the current context of `kubeconfig`. */
export async function startProxy(kubeconfig: string, opts: ProxyOptions = {}): Promise<KubeProxy> {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const upstream = new URL(kc.getCurrentCluster()!.server);
  const auth: { headers?: Record<string, unknown> } & Record<string, unknown> = {};
  await kc.applyToHTTPSOptions(auth);
  const { ca, cert, key, rejectUnauthorized, servername } = auth as Record<string, never>;
  const agent = new Agent({ ca, cert, key, rejectUnauthorized, servername, keepAlive: true });
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];

  const takeFault = (method: string, path: string): Fault | undefined => {
    const i = faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.path || path.includes(f.path)),
    );
    if (i < 0) return undefined;
    const f = faults[i];
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) faults.splice(i, 1);
    return f;
  };

  const forward = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const headers = { ...req.headers, ...auth.headers, host: upstream.host };
    if (opts.legacyDiscovery && (path === '/api' || path === '/apis'))
      headers.accept = 'application/json';
    const up = request(
      {
        agent,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers,
      },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res); // streams watches as they arrive
      },
    );
    up.on('error', () => res.destroy());
    res.on('close', () => up.destroy()); // the client went away, e.g. ended a watch
    req.pipe(up);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const method = req.method ?? 'GET';
    requests.push({ method, path: url.pathname, query: url.search });
    const fault = takeFault(method, url.pathname);
    if (!fault) return forward(req, res, url.pathname);
    if (fault.reset) return req.socket.destroy();
    const [status, headers, body] = faultAnswer(fault);
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-kube-proxy-'));
  const kubeconfigPath = join(dir, 'kubeconfig');
  await writeFile(
    kubeconfigPath,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'proxy', cluster: { server: url } }],
      users: [{ name: 'proxy', user: {} }],
      contexts: [{ name: 'proxy', context: { cluster: 'proxy', user: 'proxy' } }],
      'current-context': 'proxy',
    }),
  );
  return {
    url,
    kubeconfigPath,
    requests,
    faults,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      agent.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What kube-apiserver itself answers: 429 from its max-in-flight and priority-and-fairness
 * filters is plain text; 500 and 503 are Status objects.
 */
function faultAnswer(f: Fault): [number, Record<string, string>, string] {
  if (f.status === 429) {
    const headers = {
      'content-type': 'text/plain; charset=utf-8',
      'retry-after': String(f.retryAfterSeconds ?? 1),
    };
    return [429, headers, 'Too many requests, please try again later.\n'];
  }
  const status = (code: number, reason: string, message: string, details?: object) =>
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    });
  const json = { 'content-type': 'application/json' };
  if (f.status === 503)
    return [
      503,
      json,
      status(503, 'ServiceUnavailable', 'the server is currently unable to handle the request'),
    ];
  return [
    500,
    json,
    status(500, 'InternalError', 'Internal error occurred: injected fault', {
      causes: [{ message: 'injected fault' }],
    }),
  ];
}
