import { readFileSync } from 'node:fs';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Dispatcher, Response } from 'undici';
import { UserError } from '../util/errors.js';
import { resolvesInternal } from '../util/net-address.js';
import { loadUndici, type Undici } from '../util/undici.js';
import type { RegistryTransportConfig } from './env-config.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** Counts requests made for one piece of work (e.g. one image), for reports and benchmarks. */
export interface RequestCounter {
  requests: number;
}

export interface HttpOptions {
  /** Tests pass a recorder instead of real waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts per request for 429, 5xx and connection resets (default 4). */
  maxAttempts?: number;
  /** First backoff delay, doubled per retry (default 250 ms). */
  backoffMs?: number;
  /** Longest `Retry-After` honoured; a longer one fails the request (default 60 s). */
  retryAfterCeilingMs?: number;
  /** Requests in flight per host (default 6). */
  perHostConcurrency?: number;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  userAgent?: string;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default process.env). */
  env?: Record<string, string | undefined>;
  /** Whether a host is on an internal network (default: what DNS resolves it to). */
  isInternalHost?: (host: string) => Promise<boolean>;
}

/**
 * The proxy settings every HTTP client honours (curl, docker, Go): `https_proxy` /
 * `HTTPS_PROXY` for https, `http_proxy` / `HTTP_PROXY` for http (and for https when no
 * HTTPS proxy is set, as undici and Node do), `no_proxy` / `NO_PROXY` (host names, domain
 * suffixes, `host:port`, `*`). Lower case wins, as in curl. Undefined without a proxy.
 */
export function proxySettings(
  env: Record<string, string | undefined>,
): { httpProxy?: string; httpsProxy?: string; noProxy: string } | undefined {
  const read = (name: string) => env[name.toLowerCase()] || env[name] || undefined;
  const httpProxy = read('HTTP_PROXY');
  const httpsProxy = read('HTTPS_PROXY');
  if (!httpProxy && !httpsProxy) return undefined;
  return { httpProxy, httpsProxy, noProxy: read('NO_PROXY') ?? '' };
}

export interface HttpRequest {
  url: URL;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  transport: RegistryTransportConfig;
  counter?: RequestCounter;
  /** Fail on the first network error (probes that have a fallback). */
  noRetry?: boolean;
}

/** A network-level failure (no HTTP answer), with the system error code when there is one. */
export class NetworkError extends UserError {
  constructor(
    readonly host: string,
    readonly code: string,
    message: string,
    hint: string,
  ) {
    super(message, {}, hint);
  }

  get isTlsVerification(): boolean {
    return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(this.code);
  }
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRY_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'TimeoutError',
]);

function errorCode(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const x = e as { code?: string; name?: string; cause?: unknown };
    if (typeof x.code === 'string') return x.code;
    if (x.name === 'TimeoutError') return 'TimeoutError';
    e = x.cause;
  }
  return 'UNKNOWN';
}

function networkError(url: URL, err: unknown): NetworkError {
  const code = errorCode(err);
  const host = url.host;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
    return new NetworkError(
      host,
      code,
      `TLS verification of ${host} failed (${code})`,
      'trust its CA with KLUCTL_REGISTRY_HOST + KLUCTL_REGISTRY_CA_FILE, or (not recommended) KLUCTL_REGISTRY_INSECURE_SKIP_TLS_VERIFY=true',
    );
  }
  const what =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'host not found'
        : code === 'TimeoutError'
          ? 'timed out'
          : code;
  return new NetworkError(
    host,
    code,
    `cannot reach registry ${host} (${what})`,
    'check the registry host of the image and your network; for a plain-HTTP registry set KLUCTL_REGISTRY_HOST and KLUCTL_REGISTRY_PLAIN_HTTP=true',
  );
}

/** `Retry-After`: delta seconds or an HTTP date; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/**
 * fetch with what registries need: TLS settings per host, a concurrency limit per host,
 * retries with backoff for 429/5xx/resets and `Retry-After` up to a ceiling.
 */
export class HttpClient {
  /** All requests sent, retries included. */
  requests = 0;
  private readonly agents = new Map<string, Dispatcher>();
  private readonly limits = new Map<string, LimitFunction>();
  private readonly o: Required<Omit<HttpOptions, 'userAgent' | 'env' | 'isInternalHost'>> & {
    userAgent: string;
  };
  private readonly proxy: ReturnType<typeof proxySettings>;

  constructor(opts: HttpOptions = {}) {
    this.o = {
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      maxAttempts: opts.maxAttempts ?? 4,
      backoffMs: opts.backoffMs ?? 250,
      retryAfterCeilingMs: opts.retryAfterCeilingMs ?? 60_000,
      perHostConcurrency: opts.perHostConcurrency ?? 6,
      timeoutMs: opts.timeoutMs ?? 30_000,
      userAgent: opts.userAgent ?? 'shipshape',
    };
    this.proxy = proxySettings(opts.env ?? process.env);
    this.isInternalHost = opts.isInternalHost;
  }

  private readonly isInternalHost: HttpOptions['isInternalHost'];

  private agent(t: RegistryTransportConfig, { Agent, EnvHttpProxyAgent }: Undici): Dispatcher {
    const key = JSON.stringify([t.insecureSkipTlsVerify, t.caFile, t.certFile, t.keyFile]);
    let agent = this.agents.get(key);
    if (!agent) {
      const read = (file: string | undefined, what: string) => {
        if (!file) return undefined;
        try {
          return readFileSync(file);
        } catch (err) {
          throw new UserError(
            `cannot read the registry ${what} file: ${(err as NodeJS.ErrnoException).code}`,
            { file },
            `fix KLUCTL_REGISTRY_${what.toUpperCase()}_FILE`,
          );
        }
      };
      const tls = {
        rejectUnauthorized: !t.insecureSkipTlsVerify,
        ca: read(t.caFile, 'ca'),
        cert: read(t.certFile, 'cert'),
        key: read(t.keyFile, 'key'),
      };
      // Through a proxy the registry's TLS runs inside the CONNECT tunnel (requestTls).
      agent = this.proxy
        ? new EnvHttpProxyAgent({ ...this.proxy, connect: tls, requestTls: tls })
        : new Agent({ connect: tls });
      this.agents.set(key, agent);
    }
    return agent;
  }

  private limit(host: string): LimitFunction {
    let l = this.limits.get(host);
    if (!l) {
      l = pLimit(this.o.perHostConcurrency);
      this.limits.set(host, l);
    }
    return l;
  }

  /** Sends a request; the caller reads or cancels the body of what comes back. */
  async send(req: HttpRequest): Promise<Response> {
    const undici = await loadUndici();
    const dispatcher = this.agent(req.transport, undici);
    for (let attempt = 1; ; attempt++) {
      this.requests++;
      if (req.counter) req.counter.requests++;
      let res: Response;
      try {
        res = await this.limit(req.url.host)(() =>
          this.fetchFollowing(req, dispatcher, undici.fetch),
        );
      } catch (err) {
        if (err instanceof UserError) throw err;
        const code = errorCode(err);
        if (!req.noRetry && RETRY_CODES.has(code) && attempt < this.o.maxAttempts) {
          await this.o.sleep(this.backoff(attempt));
          continue;
        }
        throw networkError(req.url, err);
      }
      if (!RETRY_STATUS.has(res.status) || attempt >= this.o.maxAttempts) return res;
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
      await res.body?.cancel();
      if (retryAfter !== undefined && retryAfter > this.o.retryAfterCeilingMs) {
        throw new UserError(
          `${req.url.host} is rate limiting (HTTP ${res.status}) and asks to wait ${Math.ceil(retryAfter / 1000)} s, longer than the ${this.o.retryAfterCeilingMs / 1000} s this run waits`,
          {},
          'run again later, or authenticate to get a higher rate limit',
        );
      }
      await this.o.sleep(retryAfter ?? this.backoff(attempt));
    }
  }

  /**
   * One request, following redirects ourselves (registries send blobs to storage hosts) so
   * that the registry cannot send us where it chooses: never from HTTPS to plain HTTP, never
   * from a public address to an internal one (loopback, link-local metadata services, private
   * networks), and the Authorization header never to another origin.
   */
  private async fetchFollowing(
    req: HttpRequest,
    dispatcher: Dispatcher,
    fetch: Undici['fetch'],
  ): Promise<Response> {
    let url = req.url;
    let method: string = req.method;
    let body = req.body;
    let headers: Record<string, string> = { 'user-agent': this.o.userAgent, ...req.headers };
    const fromInternal = await this.internal(req.url.hostname);
    for (let hops = 0; ; hops++) {
      const res = await fetch(url, {
        method,
        headers,
        body,
        dispatcher,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      const location = REDIRECTS.has(res.status) ? res.headers.get('location') : null;
      if (!location) return res;
      await res.body?.cancel();
      const next = new URL(location, url);
      const refuse = (why: string) =>
        new UserError(
          `${req.url.host} redirected ${req.method} ${req.url.pathname} ${why}; not following it`,
          {},
          'check the registry address; a registry should not send clients there',
        );
      if (hops >= MAX_REDIRECTS) throw refuse(`more than ${MAX_REDIRECTS} times`);
      if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw refuse(`to a ${next.protocol} URL`);
      if (url.protocol === 'https:' && next.protocol === 'http:') throw refuse('to plain HTTP');
      if (!fromInternal && (await this.internal(next.hostname)))
        throw refuse(`to an internal address (${next.hostname})`);
      if (next.origin !== url.origin)
        headers = Object.fromEntries(
          Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'),
        );
      if (res.status === 303) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }

  // One lookup per host and client: a tag listing makes hundreds of requests to one host.
  private readonly internalHosts = new Map<string, Promise<boolean>>();
  private internal(host: string): Promise<boolean> {
    let p = this.internalHosts.get(host);
    if (!p) {
      p = (this.isInternalHost ?? resolvesInternal)(host);
      this.internalHosts.set(host, p);
    }
    return p;
  }

  private backoff(attempt: number): number {
    return this.o.backoffMs * 2 ** (attempt - 1);
  }

  async close(): Promise<void> {
    await Promise.all([...this.agents.values()].map((a) => a.close()));
    this.agents.clear();
  }
}

/** A response body of at most `max` bytes; a longer one is cut off with an error. */
export async function readLimited(res: Response, max: number, what: string): Promise<Buffer> {
  const length = Number(res.headers.get('content-length'));
  if (Number.isFinite(length) && length > max) {
    await res.body?.cancel();
    throw new UserError(
      `${what} is larger than ${Math.round(max / 1024 / 1024)} MiB; not reading it`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body) {
      size += chunk.length;
      if (size > max) {
        await res.body.cancel().catch(() => undefined);
        throw new UserError(
          `${what} is larger than ${Math.round(max / 1024 / 1024)} MiB; not reading it`,
        );
      }
      chunks.push(Buffer.from(chunk));
    }
  }
  return Buffer.concat(chunks);
}
