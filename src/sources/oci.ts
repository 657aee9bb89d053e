/**
 * OCI includes in kluctl's artifact format (`kluctl oci push`): an OCI image manifest whose
 * config has the media type application/vnd.io.kluctl.config.v1+json and whose first layer
 * is the project as tar.gz (application/vnd.io.kluctl.content.v1.tar+gzip). Pulled once per
 * url and ref in a run and unpacked into the run's cache directory; `pushArtifact` makes
 * artifacts kluctl can include.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RegistryClient } from '../registry/client.js';
import { parseImageReference, repositoryKey, type ImageReference } from '../registry/reference.js';
import { UserError, type ErrorLocation } from '../util/errors.js';
import { IgnoreFiles } from '../util/ignore-file.js';
import { createTar, extractTarGz, gzip, type TarEntry } from './tar.js';

export const KLUCTL_CONFIG = 'application/vnd.io.kluctl.config.v1+json';
export const KLUCTL_CONTENT = 'application/vnd.io.kluctl.content.v1.tar+gzip';
// Flux's source artifacts have the same layout; kluctl includes them too.
const FLUX_CONFIG = 'application/vnd.cncf.flux.config.v1+json';
const FLUX_CONTENT = 'application/vnd.cncf.flux.content.v1.tar+gzip';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** The compressed content layer may not be bigger than this. */
const MAX_LAYER_BYTES = 256 << 20;

export interface OciRef {
  tag?: string;
  digest?: string;
}

export interface OciArtifact {
  dir: string;
  digest: string;
  url: string;
}

/** `oci://host/repository` (no tag or digest: those go into `ref`). */
export function parseOciUrl(url: string, loc: ErrorLocation = {}): ImageReference {
  if (!url.startsWith('oci://'))
    throw new UserError(
      `OCI url "${url}" must start with oci://`,
      loc,
      'write oci://<registry>/<repository>',
    );
  let ref: ImageReference;
  try {
    ref = parseImageReference(url.slice('oci://'.length));
  } catch (err) {
    throw new UserError(`OCI url "${url}" is not valid: ${(err as Error).message}`, loc);
  }
  if (ref.tag || ref.digest)
    throw new UserError(
      `OCI url "${url}" must not contain a tag or digest`,
      loc,
      'put it into ref: {tag: …} or ref: {digest: …}',
    );
  return ref;
}

export function parseOciRef(value: unknown): OciRef | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error('ref must be a mapping with tag or digest');
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (k !== 'tag' && k !== 'digest') throw new Error(`ref has an unknown field "${k}"`);
  const out: OciRef = {};
  if (o.tag !== undefined && o.tag !== '') out.tag = String(o.tag);
  if (o.digest !== undefined && o.digest !== '') {
    out.digest = String(o.digest);
    if (!/^sha256:[0-9a-f]{64}$/.test(out.digest))
      throw new Error(`digest "${out.digest}" is not a sha256 digest`);
  }
  return out;
}

export class OciFetcher {
  /** Artifacts pulled (one per url and ref), for benchmarks and tests. */
  pulls = 0;
  private readonly byRef = new Map<string, Promise<OciArtifact>>();
  private readonly byDigest = new Map<string, Promise<string>>();

  constructor(
    private readonly registry: () => Promise<RegistryClient>,
    private readonly cacheDir: string,
    private readonly log?: (line: string) => void,
  ) {}

  pull(url: string, ref: OciRef | undefined, loc: ErrorLocation = {}): Promise<OciArtifact> {
    const image = parseOciUrl(url, loc);
    const key = `${repositoryKey(image)}#${ref?.digest ?? ''}#${ref?.tag ?? 'latest'}`;
    let p = this.byRef.get(key);
    if (!p) {
      p = this.doPull(url, image, ref, loc);
      this.byRef.set(key, p);
    }
    return p;
  }

  private async doPull(
    url: string,
    image: ImageReference,
    ref: OciRef | undefined,
    loc: ErrorLocation,
  ): Promise<OciArtifact> {
    const reference = ref?.digest ?? ref?.tag ?? 'latest';
    const what = `${url}${ref?.digest ? `@${ref.digest}` : `:${reference}`}`;
    this.log?.(`pulling ${what}`);
    this.pulls++;
    const registry = await this.registry();
    let manifest: { digest: string; body: Record<string, unknown> };
    try {
      manifest = await registry.manifest(image, reference, [OCI_MANIFEST, DOCKER_MANIFEST]);
    } catch (err) {
      throw new UserError(
        `pulling ${what} failed: ${(err as Error).message}`,
        loc,
        'check the url and ref, and the registry credentials (KLUCTL_REGISTRY_*, docker login)',
      );
    }
    const body = manifest.body as {
      mediaType?: string;
      config?: { mediaType?: string };
      layers?: { mediaType?: string; digest?: string; size?: number }[];
      manifests?: unknown;
    };
    const configType = body.config?.mediaType;
    const layer = body.layers?.[0];
    const kluctlFormat =
      (configType === KLUCTL_CONFIG && layer?.mediaType === KLUCTL_CONTENT) ||
      (configType === FLUX_CONFIG && layer?.mediaType === FLUX_CONTENT);
    if (!kluctlFormat || typeof layer?.digest !== 'string')
      throw new UserError(
        `${what} is not a kluctl project artifact (config ${String(configType ?? (body.manifests ? 'none: an image index' : 'none'))}, content ${String(layer?.mediaType ?? 'none')})`,
        loc,
        `push the project with "kluctl oci push" or "shipshape oci push" (config ${KLUCTL_CONFIG})`,
      );
    if (typeof layer.size === 'number' && layer.size > MAX_LAYER_BYTES)
      throw new UserError(`${what}: the artifact is bigger than ${MAX_LAYER_BYTES >> 20} MiB`, loc);
    const dir = await this.extract(registry, image, layer.digest, what, loc);
    return { dir, digest: manifest.digest, url };
  }

  private extract(
    registry: RegistryClient,
    image: ImageReference,
    digest: string,
    what: string,
    loc: ErrorLocation,
  ): Promise<string> {
    let p = this.byDigest.get(digest);
    if (!p) {
      p = (async () => {
        let data: Buffer;
        try {
          data = await registry.blob(image, digest, MAX_LAYER_BYTES);
        } catch (err) {
          throw new UserError(`pulling ${what} failed: ${(err as Error).message}`, loc);
        }
        const dir = path.join(this.cacheDir, 'oci', digest.replace(':', '-'));
        mkdirSync(dir, { recursive: true });
        extractTarGz(data, dir, what);
        return dir;
      })();
      this.byDigest.set(digest, p);
    }
    return p;
  }
}

// ---- pushing ----

/** The project as kluctl packs it: every regular file and directory, minus .git and .gitignore'd paths. */
export function packProject(dir: string): Buffer {
  const gitignore = new IgnoreFiles(dir, '.gitignore');
  const entries: TarEntry[] = [];
  const walk = (abs: string, rel: string) => {
    const list = readdirSync(abs, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of list) {
      // kluctl packs regular files and directories only (no links, no .git)
      if (e.name === '.git' || e.isSymbolicLink()) continue;
      const p = path.join(abs, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (gitignore.ignores(p, true)) continue;
        entries.push({ name: r, mode: statSync(p).mode & 0o777 });
        walk(p, r);
      } else if (e.isFile()) {
        if (gitignore.ignores(p)) continue;
        entries.push({ name: r, mode: statSync(p).mode & 0o777, data: readFileSync(p) });
      }
    }
  };
  walk(dir, '');
  return createTar(entries);
}

export interface PushResult {
  url: string;
  repository: string;
  tag: string;
  digest: string;
}

function gitInfo(
  dir: string,
  env: NodeJS.ProcessEnv,
): { url?: string; commit?: string; ref?: Record<string, string>; dirty?: boolean } {
  const run = (args: string[]) => {
    try {
      return execFileSync('git', ['-C', dir, ...args], {
        env: { PATH: env.PATH, HOME: env.HOME, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C' },
        stdio: ['ignore', 'pipe', 'ignore'],
        encoding: 'utf8',
      }).trim();
    } catch {
      return undefined;
    }
  };
  const commit = run(['rev-parse', 'HEAD']);
  if (!commit) return {};
  const branch = run(['symbolic-ref', '--short', '-q', 'HEAD']);
  const remote = run(['remote', 'get-url', 'origin']);
  return {
    url: remote?.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1'),
    commit,
    ref: branch ? { branch } : undefined,
    dirty: Boolean(run(['status', '--porcelain'])),
  };
}

/**
 * Pushes `projectDir` as a kluctl artifact to `oci://host/repository:tag` (tag default
 * `latest`), with kluctl's annotations (created, source, revision, git info).
 */
export async function pushArtifact(
  registry: RegistryClient,
  url: string,
  projectDir: string,
  opts: { annotations?: Record<string, string>; env?: NodeJS.ProcessEnv; now?: Date } = {},
): Promise<PushResult> {
  if (!url.startsWith('oci://'))
    throw new UserError(`--url must be oci://<registry>/<repository>[:tag], got "${url}"`);
  let image: ImageReference;
  try {
    image = parseImageReference(url.slice('oci://'.length));
  } catch (err) {
    throw new UserError(`--url ${url} is not valid: ${(err as Error).message}`);
  }
  if (image.digest)
    throw new UserError('--url must not contain a digest; give a tag (or none for latest)');
  const tag = image.tag ?? 'latest';
  const tar = packProject(projectDir);
  const layer = gzip(tar);
  const diffId = `sha256:${createHash('sha256').update(tar).digest('hex')}`;
  const created = (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: [diffId] },
      config: {},
    }),
  );
  const info = gitInfo(projectDir, opts.env ?? process.env);
  const annotations: Record<string, string> = {
    'org.opencontainers.image.created': created,
    'org.opencontainers.image.source': info.url ?? '',
    'org.opencontainers.image.revision': info.commit ?? '',
    ...opts.annotations,
    // kluctl parses this when it includes the artifact: an empty url would fail there
    'io.kluctl.image.git_info': JSON.stringify({
      ...(info.url ? { url: info.url } : {}),
      ...(info.ref ? { ref: info.ref } : {}),
      commit: info.commit ?? '',
      dirty: info.dirty ?? false,
    }),
  };
  const layerDigest = await registry.pushBlob(image, layer);
  const configDigest = await registry.pushBlob(image, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: KLUCTL_CONFIG, size: config.length, digest: configDigest },
      layers: [{ mediaType: KLUCTL_CONTENT, size: layer.length, digest: layerDigest }],
      annotations,
    }),
  );
  const digest = await registry.pushManifest(image, tag, OCI_MANIFEST, manifest);
  return {
    url: `oci://${image.name}@${digest}`,
    repository: image.name,
    tag,
    digest,
  };
}
