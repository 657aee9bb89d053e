import { UserError } from '../util/errors.js';

/** A parsed image reference, e.g. `127.0.0.1:5000/team/app:1.2@sha256:…` or `nginx`. */
export interface ImageReference {
  /** The reference exactly as given. */
  text: string;
  /** The name as written, without tag or digest: what users call "the image". */
  name: string;
  /** Registry host as written or implied: `docker.io` for Docker Hub. */
  domain: string;
  /** Host the API is served on: `registry-1.docker.io` for Docker Hub, else the domain. */
  registry: string;
  /** Repository path on the registry; Docker Hub's one-segment names get `library/`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
export const DOCKER_HUB_API = 'registry-1.docker.io';
const HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API]);

// The distribution reference grammar (reference.go's documented regexps).
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
// The algorithms the OCI image spec registers, each with its exact encoding.
const REGISTERED_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/**
 * A tag in the OCI grammar. Tag names from a registry are checked with it before anything
 * else sees them: they end up in request paths, files, titles and commit messages.
 */
export function isValidTag(tag: unknown): tag is string {
  return typeof tag === 'string' && TAG.test(tag);
}

/**
 * A digest a registry sent (header, manifest, index), before it goes into a request path
 * or a file. Stricter than the reference grammar a user's `@digest` is read with: only the
 * registered algorithms, in their exact lower-case hex form.
 */
export function isRegisteredDigest(digest: unknown): digest is string {
  return typeof digest === 'string' && REGISTERED_DIGEST.test(digest);
}

/** True for the names Docker Hub is known by (`docker.io`, `index.docker.io`, …). */
export function isDockerHub(host: string): boolean {
  return HUB_ALIASES.has(host.toLowerCase());
}

function invalid(text: string, why: string): UserError {
  return new UserError(
    `invalid image reference "${text}": ${why}`,
    {},
    'write it as [HOST[:PORT]/]NAME[:TAG][@sha256:DIGEST], with a lower-case name',
  );
}

/** Parses an image reference the way docker does (first segment is a host if it has `.`/`:` or is localhost). */
export function parseImageReference(text: string): ImageReference {
  if (text === '' || text.trim() !== text) throw invalid(text, 'empty or surrounded by spaces');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(text, `"${digest}" is not a digest`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(text, `"${tag}" is not a valid tag`);
  }
  const name = rest;
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const hasDomain =
    slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let domain = hasDomain ? first : DOCKER_HUB;
  let path = hasDomain ? name.slice(slash + 1) : name;
  if (hasDomain && !DOMAIN.test(domain)) throw invalid(text, `"${domain}" is not a host name`);
  if (isDockerHub(domain)) {
    domain = DOCKER_HUB;
    if (!path.includes('/')) path = `library/${path}`;
  }
  for (const c of path.split('/')) {
    if (!COMPONENT.test(c))
      throw invalid(text, c === '' ? 'empty path segment' : `"${c}" is not a valid name segment`);
  }
  return {
    text,
    name,
    domain,
    registry: domain === DOCKER_HUB ? DOCKER_HUB_API : domain,
    repository: path,
    tag,
    digest,
  };
}

/**
 * The same reference with another tag (and digest), keeping the name as the user wrote it.
 * The digest is kept only when a new one is given: an old digest would contradict the tag.
 */
export function withTag(ref: ImageReference, tag: string, digest?: string): string {
  return `${ref.name}:${tag}${digest && ref.digest ? `@${digest}` : ''}`;
}

/** `host/repository` as the registry knows it, for messages and credential matching. */
export function repositoryKey(ref: ImageReference): string {
  return `${ref.domain}/${ref.repository}`;
}
