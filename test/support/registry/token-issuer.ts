import { createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small token server for distribution's `auth: token` mode (the Docker registry token
 * spec): GET /token with optional Basic auth, POST /token for OAuth2 refresh-token grants.
 * It signs RS256 JWTs with an `x5c` header the registry checks against its root bundle.
 */
export interface TokenIssuerOptions {
  signing: { certFile: string; keyFile: string };
  service: string;
  issuer: string;
  /** username → password; these users may pull and push everything. */
  users: Record<string, string>;
  /** Identity (refresh) tokens accepted by the OAuth2 endpoint: token → username. */
  refreshTokens?: Record<string, string>;
  /** Repositories anonymous users may pull (exact names or `prefix/*`). */
  anonymousPull?: string[];
}

export interface TokenRequestLog {
  method: string;
  scope: string[];
  user?: string;
  anonymous: boolean;
}

export interface TokenIssuer {
  /** `http://127.0.0.1:PORT/token` */
  realm: string;
  requests: TokenRequestLog[];
  /** A push+pull token for seeding. */
  adminToken(repository: string): string;
  stop(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export async function startTokenIssuer(opts: TokenIssuerOptions): Promise<TokenIssuer> {
  const key = createPrivateKey(readFileSync(opts.signing.keyFile));
  const certDer = new X509Certificate(readFileSync(opts.signing.certFile)).raw;
  const requests: TokenRequestLog[] = [];

  const jwt = (sub: string, access: { type: string; name: string; actions: string[] }[]) => {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [certDer.toString('base64')] };
    const claims = {
      iss: opts.issuer,
      sub,
      aud: opts.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    return `${input}.${b64url(sign('sha256', Buffer.from(input), key))}`;
  };

  const anonymousMay = (name: string) =>
    (opts.anonymousPull ?? []).some((p) =>
      p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : p === name,
    );

  const grant = (scopes: string[], user: string | undefined) =>
    scopes.flatMap((s) => {
      const [type, name, actions] = s.split(':');
      if (type !== 'repository' || !name) return [];
      const wanted = (actions ?? '').split(',').filter(Boolean);
      const allowed = user ? wanted : wanted.filter((a) => a === 'pull' && anonymousMay(name));
      return allowed.length ? [{ type, name, actions: allowed }] : [];
    });

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/token') return reply(res, 404, { details: 'not found' });
    let user: string | undefined;
    let scopes = url.searchParams.getAll('scope');
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      scopes = form.getAll('scope').flatMap((s) => s.split(' '));
      if (form.get('grant_type') === 'refresh_token') {
        user = opts.refreshTokens?.[form.get('refresh_token') ?? ''];
      } else if (form.get('grant_type') === 'password') {
        const u = form.get('username') ?? '';
        if (opts.users[u] === form.get('password')) user = u;
      }
      if (!user) return reply(res, 401, { error: 'invalid_grant' });
      requests.push({ method: 'POST', scope: scopes, user, anonymous: false });
      return reply(res, 200, { access_token: jwt(user, grant(scopes, user)), expires_in: 300 });
    }
    const auth = req.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const [u, ...rest] = Buffer.from(auth.slice(6), 'base64').toString().split(':');
      if (opts.users[u] !== rest.join(':')) {
        requests.push({ method: 'GET', scope: scopes, anonymous: false });
        return reply(res, 401, { details: 'incorrect username or password' });
      }
      user = u;
    }
    requests.push({ method: 'GET', scope: scopes, user, anonymous: !user });
    const token = jwt(user ?? '', grant(scopes, user));
    return reply(res, 200, { token, access_token: token, expires_in: 300 });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => reply(res, 500, { details: String(err) }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    requests,
    adminToken: (repository) =>
      jwt('admin', [{ type: 'repository', name: repository, actions: ['pull', 'push'] }]),
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
