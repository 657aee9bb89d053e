/**
 * HTTP to the API server: plain JSON over undici with the kubeconfig's TLS material and
 * credentials (from @kubernetes/client-node, refreshed per request so exec plugins and
 * token files rotate), bounded concurrency, and retries with exponential backoff on 429
 * (honouring Retry-After), 5xx and dropped connections.
 */
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import type { Dispatcher } from 'undici';
import type { KubeConfig } from '@kubernetes/client-node';
import { UserError } from '../util/errors.js';
import { loadUndici, type Undici } from '../util/undici.js';
import { errorFromStatus, type Endpoint, type KubeStatus, type Operation } from './errors.js';

export interface RetryOptions {
  /** Attempts in all (default 5). */
  attempts?: number;
  /** First backoff delay; doubles each retry (default 250 ms). */
  baseDelayMs?: number;
  /** Cap for one delay, including Retry-After (default 10 s). */
  maxDelayMs?: number;
}

export interface TransportOptions {
  retry?: RetryOptions;
  /** Requests in flight at once, watches excluded (default 16). */
  concurrency?: number;
  /** Time to wait for response headers (default 60 s). */
  timeoutMs?: number;
  userAgent?: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  contentType?: string;
  accept?: string;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: unknown;
  /** The texts of `Warning` headers (deprecated APIs, unknown fields, ...). */
  warnings?: string[];
}

/** `299 - "text"` (RFC 7234 warn-code, agent, quoted text) → `text`. */
export function parseWarnings(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const out: string[] = [];
  for (const h of Array.isArray(header) ? header : [header]) {
    const re = /\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)"/g;
    let m: RegExpExecArray | null;
    let found = false;
    while ((m = re.exec(h))) {
      out.push(m[1].replace(/\\(.)/g, '$1'));
      found = true;
    }
    if (!found && h.trim()) out.push(h.trim());
  }
  return out;
}

interface TlsMaterial {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  rejectUnauthorized?: boolean;
  servername?: string;
}

/** Failures worth another attempt: the connection, not the request, went wrong. */
const RETRYABLE_NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_CLOSED',
]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function networkCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

export class Transport {
  private dispatcher?: Dispatcher;
  private tlsKey?: string;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly retry: Required<RetryOptions>;
  private readonly timeoutMs: number;
  private readonly userAgent: string;

  constructor(
    private readonly kc: KubeConfig,
    readonly endpoint: Endpoint,
    opts: TransportOptions = {},
  ) {
    this.limit = pLimit(opts.concurrency ?? 16);
    this.retry = { attempts: 5, baseDelayMs: 250, maxDelayMs: 10_000, ...opts.retry };
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.userAgent = opts.userAgent ?? 'shipshape';
  }

  /** Headers and TLS material for the current context, as client-node computes them. */
  private async credentials(): Promise<{ headers: Record<string, string>; tls: TlsMaterial }> {
    const opts: { headers: Record<string, string | string[]>; auth?: string } & TlsMaterial = {
      headers: {},
    };
    try {
      await this.kc.applyToHTTPSOptions(opts);
    } catch (e) {
      throw new UserError(
        `cannot get credentials for context "${this.endpoint.context}": ${(e as Error).message}`,
        {},
        'check the user entry of the context (exec plugin installed and working, token file readable)',
      );
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.headers))
      headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
    if (opts.auth) headers.authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
    const { ca, cert, key, rejectUnauthorized, servername } = opts;
    return { headers, tls: { ca, cert, key, rejectUnauthorized, servername } };
  }

  /** One undici dispatcher per distinct TLS material (exec plugins may rotate client certificates). */
  private dispatcherFor(tls: TlsMaterial, { Agent, ProxyAgent }: Undici): Dispatcher {
    const key = JSON.stringify([
      tls.ca?.toString('base64'),
      tls.cert?.toString('base64'),
      tls.key?.length,
      tls.rejectUnauthorized,
      tls.servername,
    ]);
    if (this.dispatcher && key === this.tlsKey) return this.dispatcher;
    void this.dispatcher?.close();
    const connect = {
      ca: tls.ca,
      cert: tls.cert,
      key: tls.key,
      rejectUnauthorized: tls.rejectUnauthorized ?? true,
      servername: tls.servername,
    };
    const proxy = this.kc.getCurrentCluster()?.proxyUrl;
    if (proxy && !/^https?:/.test(proxy)) {
      throw new UserError(
        `the proxy-url ${proxy} of context "${this.endpoint.context}" is not supported`,
        {},
        'use an http:// or https:// proxy',
      );
    }
    this.dispatcher = proxy
      ? new ProxyAgent({ uri: proxy, requestTls: connect })
      : new Agent({ connect });
    this.tlsKey = key;
    return this.dispatcher;
  }

  private url(path: string, query: Record<string, string | undefined> = {}): string {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, v);
    const qs = q.toString();
    return `${this.endpoint.server}${path}${qs ? `?${qs}` : ''}`;
  }

  /** A request with retries; errors become KubeApiError (HTTP) or UserError (unreachable). */
  async send(req: HttpRequest, op: Operation): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number | undefined;
      try {
        const res = await this.limit(() => this.once(req));
        if (res.status < 400) return res;
        const retryable = res.status === 429 || res.status >= 500;
        if (!retryable || attempt >= this.retry.attempts) {
          throw errorFromStatus(asStatus(res), res.status, op, this.endpoint);
        }
        retryAfterMs = res.retryAfterMs;
      } catch (e) {
        if (e instanceof UserError) throw e;
        const code = networkCode(e);
        if (!code || !RETRYABLE_NETWORK.has(code) || attempt >= this.retry.attempts)
          throw this.unreachable(e, code);
      }
      const backoff = this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
      await sleep(Math.min(retryAfterMs ?? backoff, this.retry.maxDelayMs));
    }
  }

  private async once(req: HttpRequest): Promise<HttpResponse & { retryAfterMs?: number }> {
    const { headers, tls } = await this.credentials();
    const undici = await loadUndici();
    const res = await undici.request(this.url(req.path, req.query), {
      method: req.method,
      dispatcher: this.dispatcherFor(tls, undici),
      headers: {
        ...headers,
        accept: req.accept ?? 'application/json',
        'user-agent': this.userAgent,
        ...(req.body !== undefined
          ? { 'content-type': req.contentType ?? 'application/json' }
          : {}),
      },
      body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    const text = await res.body.text();
    const contentType = String(res.headers['content-type'] ?? '');
    let body: unknown = text;
    if (contentType.includes('json') && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const ra = Number(res.headers['retry-after']);
    const warnings = parseWarnings(res.headers.warning);
    return {
      status: res.statusCode,
      contentType,
      body,
      ...(warnings.length ? { warnings } : {}),
      retryAfterMs: Number.isFinite(ra) && ra >= 0 ? ra * 1000 : undefined,
    };
  }

  /** A streaming GET (watch): the body as it arrives; not counted against the concurrency limit. */
  async stream(
    path: string,
    query: Record<string, string | undefined>,
    signal: AbortSignal,
    op: Operation,
  ): Promise<Readable> {
    let res: Dispatcher.ResponseData;
    try {
      const { headers, tls } = await this.credentials();
      const undici = await loadUndici();
      res = await undici.request(this.url(path, query), {
        method: 'GET',
        dispatcher: this.dispatcherFor(tls, undici),
        headers: { ...headers, accept: 'application/json', 'user-agent': this.userAgent },
        signal,
        headersTimeout: this.timeoutMs,
        bodyTimeout: 0,
      });
    } catch (e) {
      if (e instanceof UserError || signal.aborted) throw e;
      throw this.unreachable(e, networkCode(e));
    }
    if (res.statusCode >= 400) {
      const text = await res.body.text();
      let status: KubeStatus = {};
      try {
        status = JSON.parse(text) as KubeStatus;
      } catch {
        status = { message: text };
      }
      throw errorFromStatus(status, res.statusCode, op, this.endpoint);
    }
    return res.body;
  }

  private unreachable(e: unknown, code: string | undefined): UserError {
    const detail = code ? `${code}: ${(e as Error).message}` : (e as Error).message;
    const tlsProblem = /certificate|self.signed|CERT_|SSL|TLS/i.test(detail);
    return new UserError(
      `cannot reach the Kubernetes API server at ${this.endpoint.server} (context "${this.endpoint.context}"): ${detail}`,
      {},
      tlsProblem
        ? 'the server certificate is not trusted: check certificate-authority(-data) of the cluster entry in the kubeconfig'
        : 'check that the cluster is running and that the server address in the kubeconfig is reachable from here',
      { cause: e },
    );
  }

  async close(): Promise<void> {
    await this.dispatcher?.close();
    this.dispatcher = undefined;
  }
}

function asStatus(res: HttpResponse): KubeStatus {
  if (
    typeof res.body === 'object' &&
    res.body !== null &&
    (res.body as KubeStatus).kind === 'Status'
  )
    return res.body as KubeStatus;
  return {
    // Plain-text answers (a 429 from the server's rate limiting) end with a newline.
    message:
      typeof res.body === 'string' && res.body.trim() ? res.body.trim().slice(0, 300) : undefined,
    code: res.status,
  };
}
