import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request as the fake registry saw it. */
export interface SeenRequest {
  method: string;
  /** Path and query, exactly as sent. */
  path: string;
  authorization?: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | object;
}

export interface FakeRegistryOptions {
  /** Serve HTTPS with this certificate (see test/support/registry/certs.ts). */
  tls?: { certFile: string; keyFile: string };
  /** Repository → the tag list the registry sends (anything JSON can hold). */
  tags?: Record<string, unknown[]>;
  /** When the image behind a tag was built (its config's `created`); default 2024-01-01. */
  created?: (repository: string, tag: string) => string;
  /** Answers before the documented defaults; undefined falls through to them. */
  route?: (req: SeenRequest) => Reply | undefined;
}

export interface FakeRegistry {
  url: string;
  /** `127.0.0.1:PORT`, the registry part of an image reference. */
  host: string;
  requests: SeenRequest[];
  options: FakeRegistryOptions;
  stop(): Promise<void>;
}

const sha256 = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;

/** The image config and manifest a tag points at (one per tag, so digests differ). */
export function imageOf(repository: string, tag: string, created = '2024-01-01T00:00:00Z') {
  const config = JSON.stringify({ created, os: 'linux', tag });
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: config.length,
      digest: sha256(config),
    },
    layers: [],
    annotations: { repository },
  });
  return { config, manifest, digest: sha256(manifest), configDigest: sha256(config) };
}

/**
 * A registry that says whatever a test wants within the distribution API's shapes: tag
 * lists with names the real registry would never store, digests, Link headers, auth
 * challenges and error bodies of the test's choosing. The documented defaults (`/v2/`
 * ping, tag list, manifest by tag or digest with Docker-Content-Digest, config blob) make
 * the usual flow work, so a test only scripts its one lie.
 */
export async function startFakeRegistry(options: FakeRegistryOptions = {}): Promise<FakeRegistry> {
  const requests: SeenRequest[] = [];
  const reply = (res: ServerResponse, r: Reply, head: boolean) => {
    const body =
      r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    res.writeHead(r.status ?? 200, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      ...r.headers,
    });
    res.end(head ? undefined : body);
  };
  const image = (repo: string, tag: string) => imageOf(repo, tag, options.created?.(repo, tag));
  const byDefault = (req: SeenRequest): Reply => {
    const url = new URL(req.path, 'http://x');
    if (url.pathname === '/v2/') return { body: {} };
    const tags = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname);
    if (tags) {
      const list = options.tags?.[tags[1]];
      return list ? { body: { name: tags[1], tags: list } } : notFound('NAME_UNKNOWN');
    }
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (manifest) {
      const [, repo, ref] = manifest;
      for (const tag of (options.tags?.[repo] ?? []).filter((t) => typeof t === 'string')) {
        const img = image(repo, tag);
        if (ref === tag || ref === img.digest)
          return {
            headers: {
              'content-type': 'application/vnd.docker.distribution.manifest.v2+json',
              'docker-content-digest': img.digest,
            },
            body: img.manifest,
          };
      }
      return notFound('MANIFEST_UNKNOWN');
    }
    const blob = /^\/v2\/(.+)\/blobs\/([^/]+)$/.exec(url.pathname);
    if (blob) {
      const [, repo, digest] = blob;
      for (const tag of (options.tags?.[repo] ?? []).filter((t) => typeof t === 'string')) {
        const img = image(repo, tag);
        if (digest === img.configDigest) return { body: img.config };
      }
      return notFound('BLOB_UNKNOWN');
    }
    return notFound('UNSUPPORTED');
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      authorization: req.headers.authorization,
    };
    requests.push(seen);
    req.resume();
    req.on('end', () =>
      reply(res, options.route?.(seen) ?? byDefault(seen), seen.method === 'HEAD'),
    );
  };
  const server = options.tls
    ? createHttps(
        { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) },
        handle,
      )
    : createHttp(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}`,
    host,
    requests,
    options,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function notFound(code: string): Reply {
  return { status: 404, body: { errors: [{ code, message: code.toLowerCase() }] } };
}
