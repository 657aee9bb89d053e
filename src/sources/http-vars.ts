/**
 * The `http` vars source: one request (method, body, headers from the project), the answer
 * read as YAML/JSON, optionally narrowed with a JSON path. The project chooses the URL, so:
 * nothing of the runner's is sent (no credentials, cookies or netrc; kluctl's interactive
 * credential prompt does not exist here), answers are bounded in size and time, and
 * addresses a project could otherwise not reach from a runner — loopback, link-local (the
 * cloud metadata services), private networks — are refused unless the user allows them
 * (SHIPSHAPE_HTTP_VARS_ALLOW: `private` or a list of host names). See docs/security.md.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';
import { UserError, type ErrorLocation } from '../util/errors.js';
import { isInternalAddress } from '../util/net-address.js';
import { loadUndici } from '../util/undici.js';
import type { Env } from './index.js';

const MAX_BYTES = 16 << 20;
const TIMEOUT_MS = 30_000;

export interface HttpVarsSpec {
  url: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}

function allowList(env: Env): { all: boolean; hosts: Set<string> } {
  const items = (env.SHIPSHAPE_HTTP_VARS_ALLOW ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return { all: items.includes('private'), hosts: new Set(items) };
}

/** GET (or the given method) `spec.url`; the body of a 2xx answer, or undefined for a 404 when allowed. */
export async function httpVarsRequest(
  spec: HttpVarsSpec,
  env: Env,
  ignoreMissing: boolean,
  loc: ErrorLocation,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    throw new UserError(`http vars source: "${spec.url}" is not a URL`, loc);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UserError(
      `http vars source: only http and https URLs are allowed, not ${url.protocol}`,
      loc,
    );
  if (url.username || url.password)
    throw new UserError(
      'http vars source: credentials in the URL are not allowed',
      loc,
      'send a header instead',
    );
  const shown = `${url.origin}${url.pathname}`;
  const allow = allowList(env);
  const hostAllowed = allow.all || allow.hosts.has(url.hostname.toLowerCase());
  let refused: string | undefined;
  // Every connection (redirects included) is checked where it is made: the address the
  // name resolves to is the one connected to, so DNS cannot be changed between the two.
  const lookup = (
    hostname: string,
    options: object,
    callback: (
      err: NodeJS.ErrnoException | null,
      address: string | { address: string; family: number }[],
      family?: number,
    ) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as { address: string; family: number }[];
      const bad = list.find((a) => isInternalAddress(a.address));
      if (bad && !hostAllowed && !allow.hosts.has(hostname.toLowerCase())) {
        refused = `${hostname} (${bad.address})`;
        const e = new Error('refused internal address') as NodeJS.ErrnoException;
        e.code = 'ESHIPSHAPEREFUSED';
        return callback(e, []);
      }
      if ((options as { all?: boolean }).all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
  if (
    isIP(url.hostname.replace(/^\[|\]$/g, '')) &&
    isInternalAddress(url.hostname.replace(/^\[|\]$/g, '')) &&
    !hostAllowed
  )
    refused = url.hostname;
  if (refused) throw refusedError(refused, loc);
  const { Agent, fetch } = await loadUndici();
  const agent = new Agent({ connect: { lookup } as never });
  try {
    let res;
    try {
      res = await fetch(url, {
        method: spec.method ?? 'GET',
        body: spec.body,
        headers: spec.headers,
        dispatcher: agent,
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      if (refused) throw refusedError(refused, loc);
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new UserError(
        `http vars source: request to ${shown} failed: ${cause?.code ?? cause?.message ?? (err as Error).message}`,
        loc,
      );
    }
    if (res.status === 404 && ignoreMissing) {
      await res.body?.cancel();
      return undefined;
    }
    if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel();
      throw new UserError(
        `http vars source: request to ${shown} failed with status code ${res.status}`,
        loc,
      );
    }
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const r = await reader?.read();
      if (!r || r.done) break;
      total += r.value.length;
      if (total > MAX_BYTES) {
        await reader?.cancel();
        throw new UserError(
          `http vars source: the answer of ${shown} is bigger than ${MAX_BYTES >> 20} MiB`,
          loc,
        );
      }
      chunks.push(r.value);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await agent.close();
  }
}

function refusedError(what: string, loc: ErrorLocation): UserError {
  return new UserError(
    `http vars source: ${what} is an internal address (loopback, link-local or private network); a project may not make the runner call it`,
    loc,
    'if the project may, allow it: SHIPSHAPE_HTTP_VARS_ALLOW=<host name> (or =private for all internal addresses)',
  );
}

/**
 * kluctl's JSON path subset: `$`, `.key`, `['key']`, `["key"]`, `[n]`, `[*]`/`.*`; the first
 * match, or undefined.
 */
export function jsonPathFirst(value: unknown, expr: string): { found: boolean; value?: unknown } {
  const m = /^\$/.exec(expr);
  if (!m) throw new Error(`JSON path "${expr}" must start with $`);
  const steps: (string | number | '*')[] = [];
  const re = /\.([A-Za-z0-9_-]+|\*)|\[(\d+|\*)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < expr.length) {
    const start = re.lastIndex;
    const s = re.exec(expr);
    if (!s || s.index !== start)
      throw new Error(`JSON path "${expr}" is not supported (at ${expr.slice(start)})`);
    if (s[1] !== undefined) steps.push(s[1] === '*' ? '*' : s[1]);
    else if (s[2] !== undefined) steps.push(s[2] === '*' ? '*' : Number(s[2]));
    else steps.push((s[3] ?? s[4]).replace(/\\(.)/g, '$1'));
  }
  const walk = (v: unknown, i: number): { found: boolean; value?: unknown } => {
    if (i === steps.length) return { found: true, value: v };
    const step = steps[i];
    if (step === '*') {
      const children = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
      for (const c of children) {
        const r = walk(c, i + 1);
        if (r.found) return r;
      }
      return { found: false };
    }
    if (typeof step === 'number')
      return Array.isArray(v) && step < v.length ? walk(v[step], i + 1) : { found: false };
    return v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, step)
      ? walk((v as Record<string, unknown>)[step], i + 1)
      : { found: false };
  };
  return walk(value, 0);
}
