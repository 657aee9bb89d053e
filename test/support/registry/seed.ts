import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { fetch, type Dispatcher } from 'undici';

/** One tag to push. */
export interface SeedImage {
  repository: string;
  tag: string;
  /** The image config's `created` (RFC 3339); default 2020-01-01. */
  created?: string;
  /** Push an image index with two platforms instead of a single manifest. */
  index?: boolean;
  /** OCI media types instead of Docker schema 2. */
  oci?: boolean;
}

export interface SeedTarget {
  /** `http(s)://127.0.0.1:PORT` */
  url: string;
  dispatcher?: Dispatcher;
  /** The Authorization header for pushing to a repository (Basic or a Bearer token with push). */
  authorization?: (repository: string) => Promise<string | undefined> | string | undefined;
}

const MT = {
  docker: {
    manifest: 'application/vnd.docker.distribution.manifest.v2+json',
    index: 'application/vnd.docker.distribution.manifest.list.v2+json',
    config: 'application/vnd.docker.container.image.v1+json',
    layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  },
  oci: {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  },
};

const sha256 = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/**
 * Pushes images through the registry HTTP API (blob uploads + manifest PUTs), the way a
 * client like docker push does, so the registry's own storage and indexes are real.
 */
export class RegistrySeeder {
  /**
   * Every blob upload by repository and digest, finished or in flight: each blob is uploaded
   * once, and a manifest is put only after the uploads of its blobs finished. Uploading one
   * blob twice at the same time is what made seeding fail under load: distribution 2.8
   * rewrites the repository's link file of a blob on every upload (truncate, then write),
   * and a manifest put that reads the link in between sees an empty digest and answers
   * DIGEST_INVALID + MANIFEST_BLOB_UNKNOWN. docker push uploads a shared layer once, too.
   */
  private readonly uploads = new Map<string, Promise<string>>();
  /** Number of HTTP requests made, to keep seeding cost visible in benchmarks. */
  requests = 0;

  constructor(private readonly target: SeedTarget) {}

  async push(images: readonly SeedImage[], concurrency = 8): Promise<void> {
    const limit = pLimit(concurrency);
    await Promise.all(images.map((img) => limit(() => this.pushOne(img))));
  }

  /** Pushes one image and returns the digest of its manifest (or index). */
  async pushOne(img: SeedImage): Promise<string> {
    return (await this.pushImage(img)).digest;
  }

  private async pushImage(img: SeedImage): Promise<{ digest: string; body: string }> {
    const mt = img.oci ? MT.oci : MT.docker;
    const created = img.created ?? '2020-01-01T00:00:00Z';
    const platforms = img.index ? ['amd64', 'arm64'] : ['amd64'];
    const manifests: { digest: string; size: number; arch: string }[] = [];
    for (const arch of platforms) {
      const layer = Buffer.from(`layer of ${img.repository} ${arch}`);
      const layerDigest = await this.blob(img.repository, layer);
      const config = Buffer.from(
        JSON.stringify({
          architecture: arch,
          os: 'linux',
          created,
          config: { Labels: { tag: img.tag } },
          rootfs: { type: 'layers', diff_ids: [sha256(layer)] },
        }),
      );
      const configDigest = await this.blob(img.repository, config);
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: mt.manifest,
        config: { mediaType: mt.config, size: config.length, digest: configDigest },
        layers: [{ mediaType: mt.layer, size: layer.length, digest: layerDigest }],
      });
      const ref = img.index ? sha256(manifest) : img.tag;
      await this.manifest(img.repository, ref, mt.manifest, manifest);
      manifests.push({ digest: sha256(manifest), size: Buffer.byteLength(manifest), arch });
      if (!img.index) return { digest: sha256(manifest), body: manifest };
    }
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: mt.index,
      manifests: manifests.map((m) => ({
        mediaType: mt.manifest,
        size: m.size,
        digest: m.digest,
        platform: { architecture: m.arch, os: 'linux' },
      })),
    });
    await this.manifest(img.repository, img.tag, mt.index, index);
    return { digest: sha256(index), body: index };
  }

  /**
   * Pushes one image under many tags (blobs once, then one manifest PUT per tag): the cheap
   * way to give a repository hundreds of tags.
   */
  async pushTags(repository: string, tags: readonly string[], concurrency = 8): Promise<void> {
    if (tags.length === 0) return;
    const { body } = await this.pushImage({ repository, tag: tags[0] });
    const limit = pLimit(concurrency);
    await Promise.all(
      tags
        .slice(1)
        .map((tag) => limit(() => this.manifest(repository, tag, MT.docker.manifest, body))),
    );
  }

  private async headers(repository: string): Promise<Record<string, string>> {
    const auth = await this.target.authorization?.(repository);
    return auth ? { authorization: auth } : {};
  }

  private blob(repository: string, content: Buffer): Promise<string> {
    const key = `${repository}@${sha256(content)}`;
    let upload = this.uploads.get(key);
    if (!upload) {
      upload = this.upload(repository, content);
      // A failed upload may be tried again by a later push.
      upload.catch(() => this.uploads.delete(key));
      this.uploads.set(key, upload);
    }
    return upload;
  }

  private async upload(repository: string, content: Buffer): Promise<string> {
    const digest = sha256(content);
    const headers = await this.headers(repository);
    const start = await this.request(`${this.target.url}/v2/${repository}/blobs/uploads/`, {
      method: 'POST',
      headers,
    });
    const location = new URL(start.headers.get('location') ?? '', this.target.url);
    location.searchParams.set('digest', digest);
    await this.request(location.toString(), {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: content,
    });
    return digest;
  }

  private async manifest(repository: string, ref: string, mediaType: string, body: string) {
    await this.request(`${this.target.url}/v2/${repository}/manifests/${ref}`, {
      method: 'PUT',
      headers: { ...(await this.headers(repository)), 'content-type': mediaType },
      body,
    });
  }

  private async request(
    url: string,
    init: { method: string; headers: Record<string, string>; body?: Buffer | string },
  ) {
    this.requests++;
    const res = await fetch(url, { ...init, dispatcher: this.target.dispatcher });
    if (res.status >= 300) {
      throw new Error(`seeding ${init.method} ${url}: ${res.status} ${await res.text()}`);
    }
    await res.body?.cancel();
    return res;
  }
}
