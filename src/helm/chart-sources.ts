/**
 * Where charts come from, without the helm binary: an HTTP(S) chart repository (its
 * `index.yaml`, then the chart archive it lists), an OCI registry (the chart's manifest and
 * content layer, through registry/), or a git repository (through `git`). Each source can
 * list the versions it offers and pull one version into a new directory, unpacked the way
 * `helm pull --untar` unpacks it.
 *
 * Everything a source sends is untrusted: index and archives are size-limited, archive
 * digests are checked when the index or manifest gives one, archives are unpacked safely
 * (archive.ts), and a git checkout is copied file by file without following links out of it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Response } from 'undici';
import { parse, stringify } from 'yaml';
import { RegistryClient } from '../registry/client.js';
import type { RegistryTransportConfig } from '../registry/env-config.js';
import { HttpClient, NetworkError, readLimited } from '../registry/http.js';
import { parseImageReference, type ImageReference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import { oneLine } from '../util/one-line.js';
import { isInside } from '../util/project-boundary.js';
import {
  archiveChartName,
  readChartArchive,
  writeChartFiles,
  type ArchiveFile,
} from './archive.js';
import type { GitRef, HelmChartConfig } from './chart-config.js';
import {
  HelmRepoCredentials,
  loadOciCredentials,
  type HelmCredentialFlags,
  type HelmRepoAuth,
} from './credentials.js';
import { gitRefPath, gitUrl } from './layout.js';
import { parseRepoIndex, type IndexEntry, type RepoEntries } from './repo-index.js';
import { compareChartVersions, parseChartVersion, parseConstraint, satisfies } from './semver.js';

/** The services chart sources use; one per command run, so indexes are fetched once. */
export interface ChartSourceContext {
  http: HttpClient;
  registry: RegistryClient;
  repoCredentials: HelmRepoCredentials;
  env: Record<string, string | undefined>;
  /** index.yaml per repository URL, fetched once per run. */
  indexes?: Map<string, Promise<RepoIndex>>;
  log?: (line: string) => void;
}

export interface PulledChart {
  /** The version pulled (for git charts the ref path, e.g. refs/tags/v1.2.0). */
  version: string;
  /** The version in the chart's Chart.yaml. */
  chartYamlVersion?: string;
}

export interface ChartSource {
  /** Every version the source offers: index entries, OCI tags, git tags. */
  listVersions(): Promise<string[]>;
  /** Pulls one version into `dest` (must not exist yet). */
  pull(version: string, dest: string): Promise<PulledChart>;
  /** For messages: `redis from https://charts.example.com`. */
  describe(): string;
}

const MAX_INDEX_BYTES = 100 * 1024 * 1024;
const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

export function chartSource(chart: HelmChartConfig, ctx: ChartSourceContext): ChartSource {
  switch (chart.kind) {
    case 'repo':
      return new HttpRepoSource(chart, ctx);
    case 'oci':
      return new OciSource(chart, ctx);
    case 'git':
      return new GitSource(chart, ctx);
    default:
      throw new Error('local charts have no source to pull from');
  }
}

/** Versions, newest first, for "what exists" lists in errors. */
export function newestFirst(versions: readonly string[], limit = 10): string {
  const parsed = versions.map((v) => ({ v, s: parseChartVersion(v) }));
  parsed.sort((a, b) => (a.s && b.s ? compareChartVersions(b.s, a.s) : a.s ? -1 : b.s ? 1 : 0));
  const shown = parsed.slice(0, limit).map((p) => p.v);
  return shown.length
    ? `${shown.join(', ')}${versions.length > limit ? ` and ${versions.length - limit} more` : ''}`
    : 'none';
}

/** Checks the unpacked chart against what helm-chart.yaml asked for, then writes it. */
function writePulled(
  chart: HelmChartConfig,
  files: ArchiveFile[],
  dest: string,
  version: string,
  what: string,
): PulledChart {
  const name = archiveChartName(files, what);
  if (name !== chart.chartName)
    throw new UserError(
      `${what}: the archive holds the chart "${name}", not "${chart.chartName}"`,
      { file: chart.file },
      'check chartName (or the last part of the OCI URL)',
    );
  const meta = parse(files.find((f) => f.name === 'Chart.yaml')!.data.toString('utf8')) as {
    version?: unknown;
  };
  const chartYamlVersion = meta?.version === undefined ? undefined : String(meta.version);
  if (chart.kind !== 'git' && chartYamlVersion !== version)
    throw new UserError(
      `${what}: the archive holds version ${chartYamlVersion ?? '(none)'} of the chart, not ${version}`,
      { file: chart.file },
      'the repository serves a wrong archive for this version; report it to the chart maintainers',
    );
  writeChartFiles(dest, files, what);
  return { version, chartYamlVersion };
}

export interface RepoIndex {
  entries: RepoEntries;
}

/** The `Authorization` header for repository credentials, when they have a user name. */
function basicAuth(auth: HelmRepoAuth | undefined): Record<string, string> {
  if (!auth?.username && !auth?.password) return {};
  return {
    authorization: `Basic ${Buffer.from(`${auth.username ?? ''}:${auth.password ?? ''}`).toString('base64')}`,
  };
}

function transportOf(auth: HelmRepoAuth | undefined): RegistryTransportConfig {
  return {
    insecureSkipTlsVerify: auth?.insecureSkipTlsVerify,
    caFile: auth?.caFile,
    certFile: auth?.certFile,
    keyFile: auth?.keyFile,
  };
}

class HttpRepoSource implements ChartSource {
  private readonly repo: string;
  private readonly auth: HelmRepoAuth | undefined;

  constructor(
    private readonly chart: HelmChartConfig,
    private readonly ctx: ChartSourceContext,
  ) {
    this.repo = (chart.repo as string).replace(/\/+$/, '');
    this.auth = ctx.repoCredentials.find(this.repo);
  }

  describe(): string {
    return `${this.chart.chartName} from ${this.repo}`;
  }

  private async get(url: URL, withAuth: boolean, what: string): Promise<Response> {
    let res: Response;
    try {
      res = await this.ctx.http.send({
        url,
        method: 'GET',
        headers: withAuth ? basicAuth(this.auth) : {},
        transport: transportOf(this.auth),
      });
    } catch (err) {
      if (err instanceof NetworkError) {
        const tls = err.isTlsVerification;
        throw new UserError(
          tls
            ? `TLS verification of the chart repository ${url.origin} failed (${err.code})`
            : `cannot reach the chart repository ${url.origin} ${err.message.replace(/^cannot reach registry [^ ]+ /, '')}`,
          { file: this.chart.file },
          tls
            ? `trust its CA with KLUCTL_HELM_HOST=${url.host} and KLUCTL_HELM_CA_FILE (or --helm-ca-file=${url.host}=FILE)`
            : 'check the repo URL in helm-chart.yaml and your network',
        );
      }
      throw err;
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw new UserError(
        this.auth
          ? `the chart repository ${url.origin} ${res.status === 401 ? 'rejected' : 'denied access with'} the credentials from ${this.auth.source} while ${what}`
          : `the chart repository ${url.origin} requires credentials (HTTP ${res.status}) while ${what}, and none were found for ${this.repo}`,
        { file: this.chart.file },
        this.auth
          ? 'check that they are current and may read this repository'
          : `set KLUCTL_HELM_HOST=${url.host} with KLUCTL_HELM_USERNAME and KLUCTL_HELM_PASSWORD, pass --helm-creds=${url.host}=USER:PASSWORD, or run helm repo add with --username/--password`,
      );
    }
    return res;
  }

  private index(): Promise<RepoIndex> {
    const indexes = (this.ctx.indexes ??= new Map());
    let p = indexes.get(this.repo);
    if (!p) {
      p = this.fetchIndex();
      indexes.set(this.repo, p);
      p.catch(() => indexes.delete(this.repo));
    }
    return p;
  }

  private async fetchIndex(): Promise<RepoIndex> {
    const url = new URL(`${this.repo}/index.yaml`);
    const res = await this.get(url, true, 'reading index.yaml');
    if (res.status === 404) {
      await res.body?.cancel();
      throw new UserError(
        `${this.repo} has no index.yaml (HTTP 404): it is not a Helm chart repository`,
        { file: this.chart.file },
        'check the repo URL in helm-chart.yaml (for an OCI registry write oci://...)',
      );
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new UserError(
        `reading ${url.href} failed with HTTP ${res.status}`,
        { file: this.chart.file },
        'check the repo URL and try again later',
      );
    }
    const bytes = await readLimited(res, MAX_INDEX_BYTES, `the index of ${this.repo}`);
    const entries = parseRepoIndex(bytes.toString('utf8'));
    if (!entries)
      throw new UserError(
        `the index.yaml of ${this.repo} is not a Helm repository index`,
        { file: this.chart.file },
        'check the repo URL in helm-chart.yaml',
      );
    return { entries };
  }

  private async entries(): Promise<IndexEntry[]> {
    const index = await this.index();
    const list = index.entries.get(this.chart.chartName);
    if (!list || list.length === 0) {
      const names = [...index.entries.keys()].sort();
      throw new UserError(
        `chart "${this.chart.chartName}" not found in ${this.repo} (it has ${names.length ? names.slice(0, 20).join(', ') + (names.length > 20 ? `, … ${names.length - 20} more` : '') : 'no charts'})`,
        { file: this.chart.file },
        'check chartName in helm-chart.yaml',
      );
    }
    return list;
  }

  async listVersions(): Promise<string[]> {
    return (await this.entries()).map((e) => e.version);
  }

  async pull(version: string, dest: string): Promise<PulledChart> {
    const list = await this.entries();
    const entry = findIndexEntry(list, version);
    const what = `${this.chart.chartName} ${version} from ${this.repo}`;
    if (!entry)
      throw new UserError(
        `version ${version} of chart ${this.chart.chartName} not found in ${this.repo} (it has ${newestFirst(list.map((e) => e.version))})`,
        { file: this.chart.file },
        'fix chartVersion in helm-chart.yaml',
      );
    if (!entry.urls.length)
      throw new UserError(`${what}: the index lists no download URL`, { file: this.chart.file });
    let url: URL;
    try {
      url = new URL(entry.urls[0], `${this.repo}/`);
    } catch {
      throw new UserError(`${what}: the index lists an invalid download URL`, {
        file: this.chart.file,
      });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new UserError(`${what}: the index lists a download URL that is not http(s)`, {
        file: this.chart.file,
      });
    if (url.username || url.password)
      throw new UserError(
        `${what}: the index lists a download URL with credentials in it; not using it`,
        {
          file: this.chart.file,
        },
      );
    const repoUrl = new URL(this.repo);
    // As Helm: credentials go to the repository's own host only, unless pass-credentials is set.
    const sameHost = url.protocol === repoUrl.protocol && url.host === repoUrl.host;
    const res = await this.get(
      url,
      sameHost || this.auth?.passCredentialsAll === true,
      `downloading ${this.chart.chartName} ${version}`,
    );
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new UserError(`downloading ${what} failed with HTTP ${res.status}`, {
        file: this.chart.file,
      });
    }
    const archive = await readLimited(res, MAX_ARCHIVE_BYTES, `the archive of ${what}`);
    if (entry.digest && /^[a-f0-9]{64}$/i.test(entry.digest)) {
      const got = createHash('sha256').update(archive).digest('hex');
      if (got !== entry.digest.toLowerCase())
        throw new UserError(
          `${what}: the archive does not match the digest in index.yaml`,
          { file: this.chart.file },
          'the repository is inconsistent (or the download was tampered with); try again later or report it',
        );
    }
    return writePulled(this.chart, readChartArchive(archive, what), dest, version, what);
  }
}

/** Helm's IndexFile.Get: the exact version string first, then the newest matching it as a constraint. */
function findIndexEntry(list: IndexEntry[], version: string): IndexEntry | undefined {
  const exact = list.find((e) => e.version === version);
  if (exact) return exact;
  let constraint;
  try {
    constraint = parseConstraint(version);
  } catch {
    return undefined;
  }
  const candidates = list
    .map((e) => ({ e, v: parseChartVersion(e.version) }))
    .filter((x) => x.v && satisfies(x.v, constraint))
    .sort((a, b) => compareChartVersions(b.v!, a.v!));
  return candidates[0]?.e;
}

const HELM_CONFIG_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const CHART_LAYER_TYPES = [
  'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  'application/tar+gzip',
];

class OciSource implements ChartSource {
  private readonly ref: ImageReference;

  constructor(
    private readonly chart: HelmChartConfig,
    private readonly ctx: ChartSourceContext,
  ) {
    const name = (chart.repo as string).slice('oci://'.length).replace(/\/+$/, '');
    try {
      this.ref = parseImageReference(name);
    } catch (err) {
      throw new UserError(
        `invalid OCI chart URL ${chart.repo}: ${(err as Error).message}`,
        { file: chart.file },
        'write it as oci://host/path/chart-name (lower case, no tag)',
      );
    }
    if (this.ref.tag || this.ref.digest)
      throw new UserError(
        `the OCI chart URL ${chart.repo} must not carry a tag or digest`,
        { file: chart.file },
        'put the version into chartVersion',
      );
  }

  describe(): string {
    return this.chart.repo as string;
  }

  private locate(err: unknown): never {
    if (err instanceof UserError && !err.file)
      throw new UserError(err.message, { file: this.chart.file }, err.hint, { cause: err });
    throw err;
  }

  async listVersions(): Promise<string[]> {
    try {
      // Helm stores `+` of a version as `_` in the tag.
      return (await this.ctx.registry.listTags(this.ref)).tags.map((t) => t.replace(/_/g, '+'));
    } catch (err) {
      this.locate(err);
    }
  }

  async pull(version: string, dest: string): Promise<PulledChart> {
    const what = `${this.chart.repo} ${version}`;
    const tag = version.replace(/\+/g, '_');
    let manifest;
    try {
      manifest = await this.ctx.registry.manifest(this.ref, tag, [
        'application/vnd.oci.image.manifest.v1+json',
      ]);
    } catch (err) {
      if (err instanceof UserError && /tag ".*" not found/.test(err.message)) {
        const versions = await this.listVersions().catch(() => undefined);
        throw new UserError(
          `version ${version} of ${this.chart.repo} not found${versions ? ` (it has ${newestFirst(versions)})` : ''}`,
          { file: this.chart.file },
          'fix chartVersion in helm-chart.yaml',
        );
      }
      this.locate(err);
    }
    const body = manifest.body;
    const config = body.config as { mediaType?: unknown } | undefined;
    const layers = (Array.isArray(body.layers) ? body.layers : []) as {
      mediaType?: unknown;
      digest?: unknown;
      size?: unknown;
    }[];
    const layer = layers.find((l) => CHART_LAYER_TYPES.includes(String(l?.mediaType)));
    if (config?.mediaType !== HELM_CONFIG_TYPE || !layer || typeof layer.digest !== 'string')
      throw new UserError(
        `${what} is not a Helm chart (its manifest has no chart content layer)`,
        { file: this.chart.file },
        'check the repo URL: it must name a chart pushed with helm push',
      );
    let archive: Buffer;
    try {
      archive = await this.ctx.registry.blob(this.ref, layer.digest, MAX_ARCHIVE_BYTES);
    } catch (err) {
      this.locate(err);
    }
    return writePulled(this.chart, readChartArchive(archive, what), dest, version, what);
  }
}

const GIT_TIMEOUT_MS = 5 * 60_000;

/** git with nothing from the project able to choose a transport that runs commands or reads local files. */
function runGit(
  args: string[],
  env: Record<string, string | undefined>,
  cwd?: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        timeout: GIT_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: env.PATH,
          HOME: env.HOME,
          // Credential helpers and ssh keys of the user may be needed; nothing else is passed.
          SSH_AUTH_SOCK: env.SSH_AUTH_SOCK,
          GIT_SSH_COMMAND: env.GIT_SSH_COMMAND,
          GIT_TERMINAL_PROMPT: '0',
          GIT_ALLOW_PROTOCOL: 'https:http:ssh:git',
          GIT_CONFIG_NOSYSTEM: '1',
          LANG: 'C',
        } as NodeJS.ProcessEnv,
      },
      (err, stdout, stderr) => {
        if (err) {
          const e = err as Error & { killed?: boolean; code?: string | number };
          const why =
            e.code === 'ENOENT'
              ? 'git is not installed'
              : e.killed
                ? 'git took too long'
                : oneLine(stderr.trim() || e.message).slice(0, 500);
          reject(new Error(why));
        } else resolve(stdout);
      },
    );
  });
}

const MAX_GIT_CHART_BYTES = 100 * 1024 * 1024;

/** Copies a checked-out chart, regular files only; a link must stay inside the checkout. */
function copyCheckout(root: string, from: string, to: string, what: string): void {
  const realRoot = realpathSync(root);
  let total = 0;
  const open = new Set<string>();
  const walk = (src: string, dst: string) => {
    const real = realpathSync(src);
    if (open.has(real))
      throw new UserError(`${what}: ${path.relative(root, src)} is a symbolic link loop`);
    open.add(real);
    mkdirSync(dst, { recursive: true, mode: 0o755 });
    for (const name of readdirSync(src)) {
      if (name === '.git') continue;
      const s = path.join(src, name);
      const d = path.join(dst, name);
      let st = lstatSync(s);
      if (st.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(s);
        } catch {
          throw new UserError(`${what}: ${path.relative(root, s)} is a broken symbolic link`);
        }
        if (!isInside(realRoot, real))
          throw new UserError(
            `${what}: ${path.relative(root, s)} is a symbolic link out of the repository; not following it`,
          );
        st = statSync(s);
      }
      if (st.isDirectory()) walk(s, d);
      else if (st.isFile()) {
        total += st.size;
        if (total > MAX_GIT_CHART_BYTES)
          throw new UserError(`${what}: the chart is larger than 100 MiB`);
        writeFileSync(d, readFileSync(s), { mode: 0o644 });
      }
    }
    open.delete(real);
  };
  walk(from, to);
}

function refFromVersion(version: string): GitRef {
  if (version.startsWith('refs/tags/')) return { tag: version.slice('refs/tags/'.length) };
  if (version.startsWith('refs/heads/')) return { branch: version.slice('refs/heads/'.length) };
  if (version.startsWith('commit/')) return { commit: version.slice('commit/'.length) };
  return { tag: version };
}

class GitSource implements ChartSource {
  private readonly url: string;

  constructor(
    private readonly chart: HelmChartConfig,
    private readonly ctx: ChartSourceContext,
  ) {
    const raw = (chart.git as { url: string }).url;
    const u = gitUrl(raw);
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol))
      throw new UserError(
        `git URL ${raw} uses ${u.protocol.slice(0, -1)}, which charts may not use`,
        { file: chart.file },
        'use an https://, ssh:// or git:// URL (a project may not read repositories of the machine it runs on)',
      );
    if (raw.startsWith('-')) throw new UserError(`invalid git URL ${raw}`, { file: chart.file });
    this.url = raw;
  }

  describe(): string {
    return `${this.chart.chartName} from ${this.url}`;
  }

  private fail(doing: string, err: unknown): never {
    throw new UserError(
      `${doing} ${this.url} failed: ${(err as Error).message}`,
      { file: this.chart.file },
      'check git.url and git.ref in helm-chart.yaml, and that git can reach the repository (credentials come from your git configuration)',
    );
  }

  async listVersions(): Promise<string[]> {
    let out: string;
    try {
      out = await runGit(['ls-remote', '--tags', '--refs', '--', this.url], this.ctx.env);
    } catch (err) {
      this.fail('listing the tags of', err);
    }
    return out
      .split('\n')
      .map((l) => /\trefs\/tags\/(.+)$/.exec(l)?.[1])
      .filter((t): t is string => !!t);
  }

  async pull(version: string, dest: string): Promise<PulledChart> {
    const ref = refFromVersion(version);
    const work = mkdtempSync(path.join(tmpdir(), 'shipshape-git-chart-'));
    try {
      try {
        if (ref.commit) {
          await runGit(['clone', '--quiet', '--no-checkout', '--', this.url, work], this.ctx.env);
          await runGit(
            ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', ref.commit],
            this.ctx.env,
            work,
          );
        } else {
          const name = (ref.tag ?? ref.branch) as string;
          if (name.startsWith('-')) throw new Error(`invalid ref ${name}`);
          await runGit(
            ['clone', '--quiet', '--depth', '1', '--branch', name, '--', this.url, work],
            this.ctx.env,
          );
        }
      } catch (err) {
        this.fail(`checking out ${gitRefPath(ref)} of`, err);
      }
      const commit = (await runGit(['rev-parse', 'HEAD'], this.ctx.env, work)).trim();
      const subDir = (this.chart.git as { subDir: string }).subDir;
      const from = path.join(work, ...subDir.split('/').filter(Boolean));
      const what = `${this.chart.chartName} (${gitRefPath(ref)} of ${this.url})`;
      if (!isInside(work, from) || !statSync(from, { throwIfNoEntry: false })?.isDirectory())
        throw new UserError(
          `${what}: subDir ${subDir || '.'} does not exist`,
          { file: this.chart.file },
          'fix git.subDir',
        );
      if (!statSync(path.join(from, 'Chart.yaml'), { throwIfNoEntry: false })?.isFile())
        throw new UserError(
          `${what}: ${subDir || 'the repository root'} holds no Chart.yaml`,
          { file: this.chart.file },
          'point git.subDir at the chart directory',
        );
      copyCheckout(work, from, dest, what);
      writeFileSync(path.join(dest, '.git-info.yaml'), stringify({ url: this.url, ref, commit }));
      const meta = parse(readFileSync(path.join(dest, 'Chart.yaml'), 'utf8')) as {
        version?: unknown;
      };
      return {
        version,
        chartYamlVersion: meta?.version === undefined ? undefined : String(meta.version),
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

/** The clients chart sources need, with credentials from the environment and flags; close() when done. */
export async function openChartSources(
  env: Record<string, string | undefined>,
  flags: HelmCredentialFlags = {},
  log?: (line: string) => void,
  /** Told every secret in use (passwords, tokens fetched at run time), e.g. to mask it. */
  onSecret?: (secret: string) => void,
): Promise<ChartSourceContext & { close(): Promise<void>; warnings: string[] }> {
  const repoCredentials = HelmRepoCredentials.load(env, flags);
  for (const s of repoCredentials.secrets()) onSecret?.(s);
  const ociCredentials = await loadOciCredentials(env, flags);
  const registry = new RegistryClient({ credentials: ociCredentials, onSecret });
  const http = new HttpClient();
  return {
    http,
    registry,
    repoCredentials,
    env,
    log,
    warnings: [...repoCredentials.warnings, ...ociCredentials.warnings],
    close: async () => {
      await Promise.all([http.close(), registry.close()]);
    },
  };
}
