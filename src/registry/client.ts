import { createHash } from 'node:crypto';
import type { Response } from 'undici';
import { UserError } from '../util/errors.js';
import { oneLine } from '../util/one-line.js';
import { parseChallenges, type AuthChallenge } from './challenge.js';
import { RegistryCredentials, type FoundAuth } from './credentials.js';
import type { RegistryTransportConfig } from './env-config.js';
import {
  HttpClient,
  NetworkError,
  readLimited,
  type HttpOptions,
  type RequestCounter,
} from './http.js';
import { isRegisteredDigest, isValidTag, repositoryKey, type ImageReference } from './reference.js';
import { MIN_LENGTH, SecretRedactor } from '../util/secret-redactor.js';
import { isCosignTag, nextLink } from './tags.js';

export interface RegistryClientOptions extends HttpOptions {
  credentials?: RegistryCredentials;
  /** Tag pages followed before giving up with a truncated list (default 100). */
  maxPages?: number;
  /** `n` asked for per tag page (default 1000). */
  pageSize?: number;
  /**
   * Told every credential the client uses, as it first uses it: passwords and tokens from the
   * environment or a credential helper, and tokens fetched from token servers. The actions
   * pass core.setSecret, so the runner masks them in every log line.
   */
  onSecret?: (secret: string) => void;
}

export interface TagList {
  /** Every tag, in the registry's order, cosign tags excluded. */
  tags: string[];
  /** cosign signature/attestation/SBOM tags that were left out. */
  cosignTags: number;
  /** Names that are not valid tags (OCI grammar), left out unseen: counted, never shown. */
  invalidTags: number;
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
 *
 * A registry is a stranger: every string it sends is checked before use. Tag names must be
 * OCI tags (others are counted, never returned), digests registered ones, next-page links
 * stay on the registry's origin, a token realm is an http(s) URL without credentials and
 * gets credentials over plain HTTP only where the user allowed plain HTTP, and its error
 * texts reach messages on one line, scrubbed of secrets.
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
  private readonly onSecret: (secret: string) => void;

  constructor(opts: RegistryClientOptions = {}) {
    this.http = new HttpClient(opts);
    this.credentials = opts.credentials ?? RegistryCredentials.none();
    this.maxPages = opts.maxPages ?? 100;
    this.pageSize = opts.pageSize ?? 1000;
    this.onSecret = opts.onSecret ?? (() => undefined);
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
    let invalidTags = 0;
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
        if (!isValidTag(t)) {
          invalidTags++;
          continue;
        }
        if (seen.has(t)) continue;
        seen.add(t);
        if (isCosignTag(t)) cosignTags++;
        else tags.push(t);
      }
      const link = nextLink(res.headers.get('link'));
      if (!link) return { tags, cosignTags, invalidTags, pages, truncated: false };
      const next = new URL(link, url);
      if (next.origin !== url.origin) {
        throw new UserError(
          `${repositoryKey(ref)}: the registry's next tag page is on another host (${next.origin}); not following it`,
          {},
          'a registry must paginate on its own origin; report this to the registry operator',
        );
      }
      if (next.username || next.password) {
        throw new UserError(
          `${repositoryKey(ref)}: the registry's next tag page link carries credentials; not following it`,
          {},
          'report this to the registry operator',
        );
      }
      if (visited.has(next.href)) {
        throw new UserError(
          `${repositoryKey(ref)}: the registry's tag pages loop back on themselves`,
        );
      }
      if (pages >= this.maxPages) return { tags, cosignTags, invalidTags, pages, truncated: true };
      url = next;
    }
  }

  /** The manifest digest of a tag, by HEAD (falls back to GET when HEAD gives no digest). */
  async manifestDigest(
    ref: ImageReference,
    tag: string,
    counter?: RequestCounter,
  ): Promise<string> {
    checkTag(ref, tag);
    const host = await this.host(ref, counter);
    const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
    const head = await this.request(ref, url, 'HEAD', { accept: MANIFEST_TYPES }, counter);
    await head.body?.cancel();
    if (head.status === 404) throw this.tagNotFound(ref, tag);
    if (head.status !== 200) throw await this.failure(ref, head, `reading the manifest of ${tag}`);
    const digest = head.headers.get('docker-content-digest');
    if (digest !== null) {
      if (isRegisteredDigest(digest)) return digest;
      throw new UserError(
        `${repositoryKey(ref)}:${tag}: the registry sent a manifest digest that is not valid (expected sha256:<64 hex digits> or sha512:<128>)`,
        {},
        'report this to the registry operator',
      );
    }
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
    checkTag(ref, tag);
    const host = await this.host(ref, counter);
    const manifestUrl = (r: string) => new URL(`${host.base}/v2/${ref.repository}/manifests/${r}`);
    // Digests from a manifest go into request paths: only registered ones are followed.
    const digestIn = (value: unknown): string | undefined => {
      if (value === undefined) return undefined;
      if (isRegisteredDigest(value)) return value;
      throw new UserError(
        `${repositoryKey(ref)}:${tag}: the manifest the registry sent refers to an image by a name that is not a valid digest`,
        {},
        'report this to the registry operator',
      );
    };
    let manifest = await this.getJson(ref, manifestUrl(tag), counter, tag);
    if (Array.isArray(manifest.manifests)) {
      const list = manifest.manifests as { digest?: unknown; platform?: Record<string, unknown> }[];
      const pick =
        list.find((m) => m?.platform?.os === 'linux' && m?.platform?.architecture === 'amd64') ??
        list[0];
      const digest = digestIn(pick?.digest);
      if (!digest) return undefined;
      manifest = await this.getJson(ref, manifestUrl(digest), counter, tag);
    }
    const configDigest = digestIn((manifest.config as { digest?: unknown } | undefined)?.digest);
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

  /**
   * The manifest of a tag, parsed, with its digest (sha256 of the bytes received). For
   * artifacts such as Helm charts: `accept` names the manifest types wanted.
   */
  async manifest(
    ref: ImageReference,
    tag: string,
    accept: readonly string[],
    counter?: RequestCounter,
  ): Promise<{ digest: string; body: Record<string, unknown> }> {
    // A registered digest is asked for as is (and the answer checked against it).
    if (!isRegisteredDigest(tag)) checkTag(ref, tag);
    const host = await this.host(ref, counter);
    const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
    const res = await this.request(ref, url, 'GET', { accept: accept.join(', ') }, counter);
    if (res.status === 404) {
      await res.body?.cancel();
      throw this.tagNotFound(ref, tag);
    }
    if (res.status !== 200) throw await this.failure(ref, res, `reading the manifest of ${tag}`);
    const bytes = await readLimited(
      res,
      MAX_MANIFEST_BYTES,
      `${repositoryKey(ref)}:${tag}: the manifest`,
    );
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      body = undefined;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new UserError(
        `${repositoryKey(ref)}:${tag}: the registry sent a manifest that is not JSON`,
      );
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (isRegisteredDigest(tag) && tag.startsWith('sha256:') && tag !== digest)
      throw new UserError(
        `${repositoryKey(ref)}@${tag}: the manifest the registry sent does not match the digest asked for`,
        {},
        'report this to the registry operator',
      );
    return { digest, body: body as Record<string, unknown> };
  }

  /** A blob, at most `maxBytes` long and checked against its (registered) digest. */
  async blob(
    ref: ImageReference,
    digest: string,
    maxBytes: number,
    counter?: RequestCounter,
  ): Promise<Buffer> {
    if (!isRegisteredDigest(digest))
      throw new UserError(
        `${repositoryKey(ref)}: refusing to fetch a blob by the invalid digest "${digest}"`,
        {},
        'report this to the registry operator',
      );
    const host = await this.host(ref, counter);
    const url = new URL(`${host.base}/v2/${ref.repository}/blobs/${digest}`);
    const res = await this.request(ref, url, 'GET', {}, counter);
    if (res.status !== 200) throw await this.failure(ref, res, `reading blob ${digest}`);
    const bytes = await readLimited(res, maxBytes, `${repositoryKey(ref)}: blob ${digest}`);
    const [algorithm, hex] = digest.split(':');
    if (createHash(algorithm).update(bytes).digest('hex') !== hex)
      throw new UserError(
        `${repositoryKey(ref)}: the blob the registry sent does not match its digest ${digest}`,
        {},
        'report this to the registry operator',
      );
    return bytes;
  }

  // ---- pushing (shipshape oci push) ----

  /** Uploads a blob unless the repository has it (monolithic upload); returns its digest. */
  async pushBlob(
    ref: ImageReference,
    bytes: Uint8Array,
    counter?: RequestCounter,
  ): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const host = await this.host(ref, counter);
    const base = `${host.base}/v2/${ref.repository}/blobs`;
    const head = await this.request(ref, new URL(`${base}/${digest}`), 'HEAD', {}, counter, {});
    await head.body?.cancel();
    if (head.status === 200) return digest;
    const start = await this.request(ref, new URL(`${base}/uploads/`), 'POST', {}, counter, {});
    await start.body?.cancel();
    const location = start.headers.get('location');
    if (start.status !== 202 || !location)
      throw new UserError(
        `${repositoryKey(ref)}: starting a blob upload failed with HTTP ${start.status}`,
      );
    const url = new URL(location, `${host.base}/`);
    if (url.origin !== new URL(host.base).origin)
      throw new UserError(
        `${repositoryKey(ref)}: the registry sent an upload location on another host; not following it`,
      );
    url.searchParams.set('digest', digest);
    const put = await this.request(
      ref,
      url,
      'PUT',
      { 'content-type': 'application/octet-stream' },
      counter,
      { body: bytes },
    );
    if (put.status !== 201) throw await this.failure(ref, put, `uploading blob ${digest}`);
    await put.body?.cancel();
    return digest;
  }

  /** Puts a manifest under a tag; returns its digest. */
  async pushManifest(
    ref: ImageReference,
    tag: string,
    mediaType: string,
    bytes: Uint8Array,
    counter?: RequestCounter,
  ): Promise<string> {
    checkTag(ref, tag);
    const host = await this.host(ref, counter);
    const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
    const res = await this.request(ref, url, 'PUT', { 'content-type': mediaType }, counter, {
      body: bytes,
    });
    if (res.status !== 201) throw await this.failure(ref, res, `putting the manifest of ${tag}`);
    await res.body?.cancel();
    return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
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
          for (const secret of [a.password, a.identityToken, a.registryToken])
            if (secret) this.onSecret(secret);
          if (a.username && a.password !== undefined)
            this.redactor.addBasic(a.username, a.password);
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
    actions = 'pull',
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
    const scope = `repository:${ref.repository}:${actions}`;
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
    const realm = this.tokenRealm(ref, host, ch, auth);
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
    const value = body.token ?? body.access_token;
    if (typeof value !== 'string' || !value)
      throw new UserError(`${ref.registry}: the token server answered without a token`);
    this.redactor.add(value);
    this.onSecret(value);
    // It goes into an Authorization header as is: visible ASCII only (RFC 6750 is stricter).
    if (!/^[\x21-\x7e]+$/.test(value))
      throw new UserError(`${ref.registry}: the token server answered with an invalid token`);
    // Expire a little early; registries default to 60 s when expires_in is missing.
    const ttl =
      typeof body.expires_in === 'number' && Number.isFinite(body.expires_in)
        ? body.expires_in
        : 60;
    return { value, expires: Date.now() + Math.max(0, ttl - 10) * 1000 };
  }

  /**
   * The token realm of a challenge, checked: an http(s) URL without credentials in it, and
   * a service name without control characters (it goes into the request as is). A realm on
   * plain HTTP gets credentials only when the user chose plain HTTP for it: the registry is
   * itself plain HTTP on the same host name, or a KLUCTL_REGISTRY_* set with PLAIN_HTTP
   * names the realm's host. Otherwise an HTTPS registry (or any other host) could have the
   * password sent in clear text. docker and kluctl (go-containerregistry) send it anyway;
   * INSECURE_SKIP_TLS_VERIFY only relaxes certificate checks and allows no plain HTTP.
   */
  private tokenRealm(
    ref: ImageReference,
    host: HostInfo,
    ch: AuthChallenge,
    auth: FoundAuth | undefined,
  ): URL {
    let realm: URL | undefined;
    try {
      realm = new URL(ch.params.realm);
    } catch {
      // reported below
    }
    if (
      !realm ||
      (realm.protocol !== 'https:' && realm.protocol !== 'http:') ||
      realm.username ||
      realm.password
    ) {
      throw new UserError(
        `${ref.registry} sent an auth challenge with an invalid token realm (it must be an http(s) URL without credentials)`,
        {},
        'report this to the registry operator',
      );
    }
    const service = ch.params.service;
    if (service !== undefined && (service.length > 256 || oneLine(service) !== service)) {
      throw new UserError(
        `${ref.registry} sent an auth challenge with an invalid service name`,
        {},
        'report this to the registry operator',
      );
    }
    const sendsSecret = !!(auth?.identityToken || (auth?.username && auth.password !== undefined));
    const registry = new URL(host.base);
    const plainAllowed =
      (registry.protocol === 'http:' && registry.hostname === realm.hostname) ||
      this.credentials.transportFor(realm.host).plainHttp === true;
    if (sendsSecret && realm.protocol === 'http:' && !plainAllowed) {
      throw new UserError(
        `${ref.registry}: its token server ${realm.origin} is plain HTTP; the credentials from ${auth?.source} are not sent there in clear text`,
        {},
        `if that server is on a network you trust, allow plain HTTP for it: KLUCTL_REGISTRY_<n>_HOST=${realm.host} with KLUCTL_REGISTRY_<n>_PLAIN_HTTP=true (INSECURE_SKIP_TLS_VERIFY does not allow plain HTTP)`,
      );
    }
    return realm;
  }

  /** A request on a repository with auth; one retry after a 401 with a new challenge. */
  private async request(
    ref: ImageReference,
    url: URL,
    method: 'GET' | 'HEAD' | 'POST' | 'PUT',
    headers: Record<string, string>,
    counter: RequestCounter | undefined,
    push?: { body?: Uint8Array },
  ): Promise<Response> {
    const host = await this.host(ref, counter);
    for (let attempt = 0; ; attempt++) {
      const authorization = await this.authorization(
        ref,
        host,
        counter,
        attempt > 0,
        push ? 'pull,push' : 'pull',
      );
      const res = await this.http.send({
        url,
        method,
        headers: authorization ? { ...headers, authorization } : headers,
        body: push?.body,
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

  /**
   * An unexpected status, with the registry's own error messages: on one line, at most 300
   * characters, scrubbed of secrets, or left out when scrubbing cannot be sure.
   */
  private async failure(ref: ImageReference, res: Response, doing: string): Promise<UserError> {
    let detail = '';
    try {
      const text = (await res.text()).slice(0, 2000);
      try {
        const j = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] };
        detail = (Array.isArray(j.errors) ? j.errors : [])
          .map((e) => [e?.code, e?.message].filter((x) => typeof x === 'string' && x).join(': '))
          .join('; ');
      } catch {
        detail = text.split('\n')[0];
      }
    } catch {
      // body unreadable: the status says enough
    }
    // Scrubbed before it is cut, so that no part of a secret survives at the cut.
    const scrubbed = detail && this.redactor.redact(detail);
    const shown =
      scrubbed === undefined
        ? `(the registry's message is left out: a credential in use is shorter than ${MIN_LENGTH} characters, too short to scrub from it)`
        : oneLine(scrubbed).slice(0, 300);
    const rate = res.status === 429 ? ' (rate limited)' : '';
    return new UserError(
      `${repositoryKey(ref)}: ${doing} failed with HTTP ${res.status}${rate}${shown ? `: ${shown}` : ''}`,
    );
  }
}

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** Bearer wins over Basic when a registry offers both; other schemes are not supported. */
function pickChallenge(header: string | null): AuthChallenge | undefined {
  if (!header) return undefined;
  const all = parseChallenges(header);
  return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic');
}

/** A name asked for as a tag goes into a request path: only OCI tags do. */
function checkTag(ref: ImageReference, tag: string): void {
  if (!isValidTag(tag))
    throw new UserError(
      `${repositoryKey(ref)}: the name asked for is not a valid tag (OCI grammar [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}); nothing was requested`,
    );
}
