import { createHash } from 'node:crypto';
import type { Response } from 'undici';
import { UserError } from '../util/errors.js';
import { parseChallenges, type AuthChallenge } from './challenge.js';
import { RegistryCredentials, type FoundAuth } from './credentials.js';
import type { RegistryTransportConfig } from './env-config.js';
import { HttpClient, NetworkError, type HttpOptions, type RequestCounter } from './http.js';
import { repositoryKey, type ImageReference } from './reference.js';
import { SecretRedactor } from './secrets.js';
import { isCosignTag, nextLink } from './tags.js';

export interface RegistryClientOptions extends HttpOptions {
  credentials?: RegistryCredentials;
  /** Tag pages followed before giving up with a truncated list (default 100). */
  maxPages?: number;
  /** `n` asked for per tag page (default 1000). */
  pageSize?: number;
}

export interface TagList {
  /** Every tag, in the registry's order, cosign tags excluded. */
  tags: string[];
  /** cosign signature/attestation/SBOM tags that were left out. */
  cosignTags: number;
  pages: number;
  /** The page cap was reached: more tags exist than were read. */
  truncated: boolean;
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface HostInfo {
  /** `https://host` or `http://host` */
  base: string;
  transport: RegistryTransportConfig;
  /** The challenge /v2/ answered with; updated when a later 401 says otherwise. */
  challenge?: AuthChallenge;
}

interface CachedToken {
  value: string;
  expires: number;
}

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/;

/**
 * A client for the OCI distribution API: tags (paginated), manifest digests, image creation
 * times. Authentication follows each registry's `WWW-Authenticate` challenge; tokens are
 * cached per scope. Nothing it throws or returns contains a credential.
 */
export class RegistryClient {
  readonly http: HttpClient;
  private readonly credentials: RegistryCredentials;
  private readonly redactor = new SecretRedactor();
  private readonly hosts = new Map<string, Promise<HostInfo>>();
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  private readonly auths = new Map<string, Promise<FoundAuth | undefined>>();
  private readonly configs = new Map<string, Promise<Date | undefined>>();
  private readonly maxPages: number;
  private readonly pageSize: number;

  constructor(opts: RegistryClientOptions = {}) {
    this.http = new HttpClient(opts);
    this.credentials = opts.credentials ?? RegistryCredentials.none();
    this.maxPages = opts.maxPages ?? 100;
    this.pageSize = opts.pageSize ?? 1000;
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** All tags of a repository, following `Link` pagination on the same origin only. */
  async listTags(ref: ImageReference, counter?: RequestCounter): Promise<TagList> {
    const host = await this.host(ref, counter);
    const seen = new Set<string>();
    const tags: string[] = [];
    let cosignTags = 0;
    let url = new URL(`${host.base}/v2/${ref.repository}/tags/list?n=${this.pageSize}`);
    const visited = new Set<string>();
    for (let pages = 1; ; pages++) {
      visited.add(url.href);
      let res = await this.request(ref, url, 'GET', {}, counter);
      if (pages === 1 && res.status === 400) {
        // Some registries refuse a large `n`: ask again with their default page size.
        await res.body?.cancel();
        url = new URL(`${host.base}/v2/${ref.repository}/tags/list`);
        res = await this.request(ref, url, 'GET', {}, counter);
      }
      if (res.status === 404) throw await this.notFound(ref, res);
      if (res.status !== 200) throw await this.failure(ref, res, 'listing tags');
      const body = (await res.json().catch(() => undefined)) as { tags?: unknown } | undefined;
      if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags))) {
        throw new UserError(`${repositoryKey(ref)}: the registry's tag list is not valid JSON`);
      }
      for (const t of (body.tags ?? []) as unknown[]) {
        if (typeof t !== 'string' || seen.has(t)) continue;
        seen.add(t);
        if (isCosignTag(t)) cosignTags++;
        else tags.push(t);
      }
      const link = nextLink(res.headers.get('link'));
      if (!link) return { tags, cosignTags, pages, truncated: false };
      const next = new URL(link, url);
      if (next.origin !== url.origin) {
        throw new UserError(
          `${repositoryKey(ref)}: the registry's next tag page is on another host (${next.host}); not following it`,
          {},
          'a registry must paginate on its own origin; report this to the registry operator',
        );
      }
      if (visited.has(next.href)) {
        throw new UserError(
          `${repositoryKey(ref)}: the registry's tag pages loop back on themselves`,
        );
      }
      if (pages >= this.maxPages) return { tags, cosignTags, pages, truncated: true };
      url = next;
    }
  }

  /** The manifest digest of a tag, by HEAD (falls back to GET when HEAD gives no digest). */
  async manifestDigest(
    ref: ImageReference,
    tag: string,
    counter?: RequestCounter,
  ): Promise<string> {
    const host = await this.host(ref, counter);
    const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
    const head = await this.request(ref, url, 'HEAD', { accept: MANIFEST_TYPES }, counter);
    await head.body?.cancel();
    if (head.status === 404) throw this.tagNotFound(ref, tag);
    if (head.status !== 200) throw await this.failure(ref, head, `reading the manifest of ${tag}`);
    const digest = head.headers.get('docker-content-digest');
    if (digest) return digest;
    const res = await this.request(ref, url, 'GET', { accept: MANIFEST_TYPES }, counter);
    if (res.status !== 200) throw await this.failure(ref, res, `reading the manifest of ${tag}`);
    const body = Buffer.from(await res.arrayBuffer());
    return `sha256:${createHash('sha256').update(body).digest('hex')}`;
  }

  /**
   * When the image behind a tag was built: the image config's `created`. For an index the
   * linux/amd64 image (or the first) is used. Undefined when the config has no time.
   */
  async imageCreated(
    ref: ImageReference,
    tag: string,
    counter?: RequestCounter,
  ): Promise<Date | undefined> {
    const host = await this.host(ref, counter);
    const manifestUrl = (r: string) => new URL(`${host.base}/v2/${ref.repository}/manifests/${r}`);
    let manifest = await this.getJson(ref, manifestUrl(tag), counter, tag);
    if (Array.isArray(manifest.manifests)) {
      const list = manifest.manifests as { digest?: string; platform?: Record<string, string> }[];
      const pick =
        list.find((m) => m.platform?.os === 'linux' && m.platform?.architecture === 'amd64') ??
        list[0];
      if (!pick?.digest) return undefined;
      manifest = await this.getJson(ref, manifestUrl(pick.digest), counter, tag);
    }
    const configDigest = (manifest.config as { digest?: string } | undefined)?.digest;
    if (!configDigest) return undefined;
    const key = `${repositoryKey(ref)}@${configDigest}`;
    let p = this.configs.get(key);
    if (!p) {
      p = this.getJson(
        ref,
        new URL(`${host.base}/v2/${ref.repository}/blobs/${configDigest}`),
        counter,
        tag,
      ).then((config) => {
        const t = typeof config.created === 'string' ? new Date(config.created) : undefined;
        return t && !Number.isNaN(t.getTime()) ? t : undefined;
      });
      this.configs.set(key, p);
    }
    return p;
  }

  private async getJson(
    ref: ImageReference,
    url: URL,
    counter: RequestCounter | undefined,
    tag: string,
  ): Promise<Record<string, unknown>> {
    const res = await this.request(ref, url, 'GET', { accept: MANIFEST_TYPES }, counter);
    if (res.status === 404) {
      await res.body?.cancel();
      throw this.tagNotFound(ref, tag);
    }
    if (res.status !== 200) throw await this.failure(ref, res, `reading the image of ${tag}`);
    const body = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object')
      throw new UserError(`${repositoryKey(ref)}:${tag}: the registry sent invalid JSON`);
    return body;
  }

  /** Scheme and auth challenge of a registry, found once per host by `GET /v2/`. */
  private host(ref: ImageReference, counter?: RequestCounter): Promise<HostInfo> {
    let p = this.hosts.get(ref.registry);
    if (!p) {
      p = this.discover(ref, counter);
      this.hosts.set(ref.registry, p);
      p.catch(() => this.hosts.delete(ref.registry));
    }
    return p;
  }

  private async discover(ref: ImageReference, counter?: RequestCounter): Promise<HostInfo> {
    const transport = this.credentials.transportFor(ref.domain, ref.repository);
    const explicitTls =
      transport.caFile ||
      transport.certFile ||
      transport.keyFile ||
      transport.insecureSkipTlsVerify;
    const schemes = transport.plainHttp
      ? ['http']
      : LOOPBACK.test(ref.registry) && !explicitTls
        ? ['https', 'http'] // like docker: local registries may speak plain HTTP
        : ['https'];
    let firstError: unknown;
    for (const [i, scheme] of schemes.entries()) {
      const base = `${scheme}://${ref.registry}`;
      try {
        const res = await this.http.send({
          url: new URL(`${base}/v2/`),
          method: 'GET',
          transport,
          counter,
          noRetry: i < schemes.length - 1,
        });
        await res.body?.cancel();
        const challenge = pickChallenge(res.headers.get('www-authenticate'));
        return { base, transport, challenge: res.status === 401 ? challenge : undefined };
      } catch (err) {
        firstError ??= err;
        if (err instanceof NetworkError && err.isTlsVerification) throw err;
      }
    }
    throw firstError;
  }

  private authFor(ref: ImageReference): Promise<FoundAuth | undefined> {
    const key = repositoryKey(ref);
    let p = this.auths.get(key);
    if (!p) {
      p = this.credentials.authFor(ref.domain, ref.repository).then((a) => {
        if (a) {
          this.redactor.add(a.password, a.identityToken, a.registryToken);
          if (a.username && a.password)
            this.redactor.add(Buffer.from(`${a.username}:${a.password}`).toString('base64'));
        }
        return a;
      });
      this.auths.set(key, p);
    }
    return p;
  }

  /** The Authorization header for a repository request, fetching a token when needed. */
  private async authorization(
    ref: ImageReference,
    host: HostInfo,
    counter: RequestCounter | undefined,
    fresh: boolean,
  ): Promise<string | undefined> {
    const auth = await this.authFor(ref);
    if (auth?.registryToken) return `Bearer ${auth.registryToken}`;
    const ch = host.challenge;
    if (!ch) return undefined;
    if (ch.scheme === 'basic') {
      if (!auth?.username || auth.password === undefined) return undefined;
      return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    }
    if (ch.scheme !== 'bearer' || !ch.params.realm) return undefined;
    const scope = `repository:${ref.repository}:pull`;
    const key = JSON.stringify([ch.params.realm, ch.params.service, scope, auth?.source]);
    let p = this.tokens.get(key);
    if (p && !fresh) {
      const t = await p.catch(() => undefined);
      if (t && t.expires > Date.now()) return `Bearer ${t.value}`;
    }
    p = this.fetchToken(ref, host, ch, scope, auth, counter);
    this.tokens.set(key, p);
    p.catch(() => this.tokens.delete(key));
    return `Bearer ${(await p).value}`;
  }

  private async fetchToken(
    ref: ImageReference,
    host: HostInfo,
    ch: AuthChallenge,
    scope: string,
    auth: FoundAuth | undefined,
    counter: RequestCounter | undefined,
  ): Promise<CachedToken> {
    let realm: URL;
    try {
      realm = new URL(ch.params.realm);
    } catch {
      throw new UserError(`${ref.registry} sent an auth challenge with an invalid realm`);
    }
    let res: Response;
    if (auth?.identityToken) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: auth.identityToken,
        client_id: 'shipshape',
        scope,
      });
      if (ch.params.service) form.set('service', ch.params.service);
      res = await this.http.send({
        url: realm,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        transport: host.transport,
        counter,
      });
    } else {
      const url = new URL(realm);
      if (ch.params.service) url.searchParams.set('service', ch.params.service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> = {};
      if (auth?.username && auth.password !== undefined) {
        headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      }
      res = await this.http.send({
        url,
        method: 'GET',
        headers,
        transport: host.transport,
        counter,
      });
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.authError(ref, auth);
    }
    if (res.status !== 200) throw await this.failure(ref, res, 'getting a token');
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    const value = (body.token ?? body.access_token) as string | undefined;
    if (typeof value !== 'string' || !value)
      throw new UserError(`${ref.registry}: the token server answered without a token`);
    this.redactor.add(value);
    // Expire a little early; registries default to 60 s when expires_in is missing.
    const ttl = typeof body.expires_in === 'number' ? body.expires_in : 60;
    return { value, expires: Date.now() + Math.max(0, ttl - 10) * 1000 };
  }

  /** A request on a repository with auth; one retry after a 401 with a new challenge. */
  private async request(
    ref: ImageReference,
    url: URL,
    method: 'GET' | 'HEAD',
    headers: Record<string, string>,
    counter: RequestCounter | undefined,
  ): Promise<Response> {
    const host = await this.host(ref, counter);
    for (let attempt = 0; ; attempt++) {
      const authorization = await this.authorization(ref, host, counter, attempt > 0);
      const res = await this.http.send({
        url,
        method,
        headers: authorization ? { ...headers, authorization } : headers,
        transport: host.transport,
        counter,
      });
      if (res.status !== 401) {
        if (res.status === 403) {
          await res.body?.cancel();
          throw this.authError(ref, await this.authFor(ref), true);
        }
        return res;
      }
      await res.body?.cancel();
      const challenge = pickChallenge(res.headers.get('www-authenticate'));
      if (attempt > 0 || !challenge) throw this.authError(ref, await this.authFor(ref));
      host.challenge = challenge;
    }
  }

  private authError(
    ref: ImageReference,
    auth: FoundAuth | undefined,
    forbidden = false,
  ): UserError {
    const repo = repositoryKey(ref);
    if (!auth) {
      return new UserError(
        `${repo}: the registry requires authentication and no credentials were found for ${ref.domain}`,
        {},
        `log in (docker login ${ref.domain}) or set KLUCTL_REGISTRY_HOST=${ref.domain} with KLUCTL_REGISTRY_USERNAME and KLUCTL_REGISTRY_PASSWORD`,
      );
    }
    return new UserError(
      `${repo}: ${forbidden ? 'access denied with' : 'the registry rejected'} the credentials from ${auth.source}`,
      {},
      'check that they are current and may pull this repository',
    );
  }

  private async notFound(ref: ImageReference, res: Response): Promise<UserError> {
    await res.body?.cancel();
    return new UserError(
      `${repositoryKey(ref)}: repository not found on ${ref.domain}`,
      {},
      'check the image name (and that your credentials may see it)',
    );
  }

  private tagNotFound(ref: ImageReference, tag: string): UserError {
    return new UserError(`${repositoryKey(ref)}: tag "${tag}" not found`);
  }

  /** An unexpected status, with the registry's own error messages (scrubbed of secrets). */
  private async failure(ref: ImageReference, res: Response, doing: string): Promise<UserError> {
    let detail = '';
    try {
      const text = (await res.text()).slice(0, 2000);
      try {
        const j = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
        detail = (j.errors ?? [])
          .map((e) => [e.code, e.message].filter(Boolean).join(': '))
          .join('; ');
      } catch {
        detail = text.split('\n')[0].slice(0, 200);
      }
    } catch {
      // body unreadable: the status says enough
    }
    const rate = res.status === 429 ? ' (rate limited)' : '';
    return new UserError(
      this.redactor.redact(
        `${repositoryKey(ref)}: ${doing} failed with HTTP ${res.status}${rate}${detail ? `: ${detail}` : ''}`,
      ),
    );
  }
}

/** Bearer wins over Basic when a registry offers both; other schemes are not supported. */
function pickChallenge(header: string | null): AuthChallenge | undefined {
  if (!header) return undefined;
  const all = parseChallenges(header);
  return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic');
}
