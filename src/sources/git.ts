/**
 * Git repositories a project pulls in (git includes, git vars sources): fetched once per
 * repository and ref in a run, checked out once per commit, into the run's cache directory
 * (never into the user's tree).
 *
 * git runs with a scrubbed environment (PATH, HOME for the user's git and ssh configuration,
 * the ssh agent, proxies; nothing else of the runner's), no hooks, no system configuration,
 * only the https, http, ssh and git protocols, and never prompts. Credentials come from the
 * user's git configuration (credential helpers, ~/.git-credentials, ssh keys) and from
 * kluctl's KLUCTL_GIT_* variables; they never appear in a message.
 */
import { execFile } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { UserError, type ErrorLocation } from '../util/errors.js';
import { isInside } from '../util/project-boundary.js';
import { oneLine } from '../util/one-line.js';
import { SecretRedactor } from '../util/secret-redactor.js';
import { describeRef, type GitRef, type GitUrl } from './git-url.js';

export type Env = Record<string, string | undefined>;

const TIMEOUT_MS = 10 * 60_000;
/** A checked-out tree bigger than this is refused (a project is small; this is a runaway). */
export const MAX_TREE_BYTES = 1 << 30;
export const MAX_TREE_ENTRIES = 200_000;

export interface GitCheckout {
  /** The checked-out tree (read-only by convention; shared by every use of the commit). */
  dir: string;
  commit: string;
  url: GitUrl;
  ref?: GitRef;
}

/** One KLUCTL_GIT[_<n>]_* set. */
interface GitAuthSet {
  host: string;
  path?: RegExp;
  username?: string;
  password?: string;
  sshKey?: string;
  caBundle?: string;
}

const GIT_KEYS = ['HOST', 'PATH', 'PATH_PREFIX', 'USERNAME', 'PASSWORD', 'SSH_KEY', 'CA_BUNDLE'];

/** A glob over `/`-separated paths: `*` within a segment, `**` across segments. */
function pathGlob(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function readGitAuthSets(env: Env): GitAuthSet[] {
  const raw = new Map<string, Record<string, string>>();
  for (const [name, value] of Object.entries(env)) {
    const m = /^KLUCTL_GIT_(?:(\d+)_)?([A-Z_]+)$/.exec(name);
    if (!m || value === undefined || !GIT_KEYS.includes(m[2])) continue;
    const set = raw.get(m[1] ?? '') ?? {};
    set[m[2]] = value;
    raw.set(m[1] ?? '', set);
  }
  const order = [...raw.keys()].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b),
  );
  const sets: GitAuthSet[] = [];
  for (const k of order) {
    const r = raw.get(k) as Record<string, string>;
    if (!r.HOST) continue;
    const glob = r.PATH ?? (r.PATH_PREFIX !== undefined ? `${r.PATH_PREFIX}**` : undefined);
    sets.push({
      host: r.HOST.toLowerCase(),
      path: glob ? pathGlob(glob.replace(/^\/+/, '')) : undefined,
      username: r.USERNAME,
      password: r.PASSWORD,
      sshKey: r.SSH_KEY,
      caBundle: r.CA_BUNDLE,
    });
  }
  return sets;
}

function hostOf(url: GitUrl): string {
  const u = new URL(url.url);
  const defaultPort = { https: '443', http: '80', ssh: '22', git: '9418' }[url.protocol];
  return u.port && u.port !== defaultPort ? `${url.host}:${u.port}` : url.host;
}

export interface GitFetcherOptions {
  env: Env;
  /** Private directory of this run: bare repositories and checkouts go below it. */
  cacheDir: string;
  log?: (line: string) => void;
  /** Told each password in use (to mask it). */
  onSecret?: (secret: string) => void;
}

interface RunResult {
  stdout: string;
}

export class GitFetcher {
  /** Fetches made (one per repository and ref), for benchmarks and tests. */
  fetches = 0;
  private readonly checkouts = new Map<string, Promise<GitCheckout>>();
  private readonly repos = new Map<string, Promise<string>>();
  private readonly trees = new Map<string, Promise<string>>();
  /** Operations on one bare repository run one after another (git locks). */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly auth: GitAuthSet[];
  private readonly redactor = new SecretRedactor();
  private counter = 0;

  constructor(private readonly opts: GitFetcherOptions) {
    this.auth = readGitAuthSets(opts.env);
    for (const s of this.auth) {
      this.redactor.add(s.password);
      if (s.password) opts.onSecret?.(s.password);
    }
  }

  /** The tree of `url` at `ref` (default: the remote's HEAD), fetched once per run. */
  checkout(url: GitUrl, ref: GitRef | undefined, loc: ErrorLocation = {}): Promise<GitCheckout> {
    const key = `${url.key}#${JSON.stringify(ref ?? {})}`;
    let p = this.checkouts.get(key);
    if (!p) {
      p = this.doCheckout(url, ref, loc);
      this.checkouts.set(key, p);
    }
    return p;
  }

  private async doCheckout(
    url: GitUrl,
    ref: GitRef | undefined,
    loc: ErrorLocation,
  ): Promise<GitCheckout> {
    const gitDir = await this.repo(url);
    const local = `refs/shipshape/${++this.counter}`;
    const what = `${describeRef(ref)} of ${url.display}`;
    const remote = ref?.branch
      ? `refs/heads/${ref.branch}`
      : ref?.tag
        ? `refs/tags/${ref.tag}`
        : ref?.commit
          ? ref.commit
          : (ref?.ref ?? 'HEAD');
    this.opts.log?.(`fetching ${what}`);
    const commit = await this.queued(url.key, async () => {
      this.fetches++;
      try {
        await this.git(url, gitDir, [
          'fetch',
          '--quiet',
          '--no-tags',
          '--depth',
          '1',
          'origin',
          `+${remote}:${local}`,
        ]);
      } catch (err) {
        if (!ref?.commit) throw this.fetchError(err, what, loc);
        // Servers that do not serve unadvertised commits: fetch everything and look for it.
        try {
          await this.git(url, gitDir, [
            'fetch',
            '--quiet',
            'origin',
            '+refs/heads/*:refs/shipshape-all/heads/*',
            '+refs/tags/*:refs/shipshape-all/tags/*',
          ]);
          await this.git(url, gitDir, ['update-ref', local, ref.commit]);
        } catch (err2) {
          throw this.fetchError(err2, what, loc);
        }
      }
      const sha =
        (!ref?.tag && !ref?.ref && !ref?.commit && branchHead(gitDir, local)) ||
        (
          await this.git(url, gitDir, [
            'rev-parse',
            '--verify',
            '--quiet',
            `${local}^{commit}`,
          ]).catch(() => undefined)
        )?.stdout.trim();
      if (!sha) throw new UserError(`${what} is not a commit`, loc, 'check the ref');
      if (ref?.commit && !sha.toLowerCase().startsWith(ref.commit.toLowerCase()))
        throw new UserError(`${what} was not found`, loc, 'check the commit hash');
      return sha;
    });
    const dir = await this.tree(url, gitDir, commit, what, loc);
    return { dir, commit, url, ref };
  }

  private fetchError(err: unknown, what: string, loc: ErrorLocation): UserError {
    const detail = (err as Error).message;
    const unknownRef =
      /couldn't find remote ref|not our ref|no such remote ref|unadvertised object/i.test(detail);
    return new UserError(
      unknownRef ? `${what} does not exist` : `fetching ${what} failed: ${detail}`,
      loc,
      unknownRef
        ? 'check the branch, tag or commit in "ref"'
        : 'check the URL and that this machine can reach it; credentials come from your git configuration or KLUCTL_GIT_* variables',
    );
  }

  private repo(url: GitUrl): Promise<string> {
    let p = this.repos.get(url.key);
    if (!p) {
      p = (async () => {
        const dir = path.join(this.opts.cacheDir, 'git', `repo-${this.repos.size}`);
        mkdirSync(dir, { recursive: true });
        // `origin` is set for each command (git()), one process less than `remote add`.
        await this.git(url, dir, ['init', '--quiet', '--bare']);
        return dir;
      })();
      this.repos.set(url.key, p);
    }
    return p;
  }

  /** The working tree of a commit, checked out once: size-checked, no links that leave it. */
  private tree(
    url: GitUrl,
    gitDir: string,
    commit: string,
    what: string,
    loc: ErrorLocation,
  ): Promise<string> {
    let p = this.trees.get(commit);
    if (!p) {
      p = this.queued(url.key, async () => {
        const listing = await this.git(url, gitDir, ['ls-tree', '-r', '-l', '-z', commit]);
        let bytes = 0;
        let entries = 0;
        for (const line of listing.stdout.split('\0')) {
          if (!line) continue;
          entries++;
          const size = Number(line.split(/\s+/)[3]);
          if (Number.isFinite(size)) bytes += size;
        }
        if (bytes > MAX_TREE_BYTES || entries > MAX_TREE_ENTRIES)
          throw new UserError(
            `${what} is too big to include (${entries} files, ${Math.round(bytes / 2 ** 20)} MiB; at most ${MAX_TREE_ENTRIES} files and ${MAX_TREE_BYTES / 2 ** 20} MiB)`,
            loc,
            'include a smaller repository',
          );
        const dir = path.join(this.opts.cacheDir, 'checkouts', commit);
        mkdirSync(dir, { recursive: true });
        const index = path.join(this.opts.cacheDir, 'git', `index-${commit}`);
        const env = { GIT_INDEX_FILE: index };
        // Reads the commit into a scratch index and writes its files, in one process.
        await this.git(
          url,
          gitDir,
          ['--work-tree', dir, 'read-tree', '--reset', '-u', commit],
          env,
        );
        rmSync(index, { force: true });
        removeLinksOut(dir);
        return dir;
      });
      this.trees.set(commit, p);
    }
    return p;
  }

  private queued<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(key) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(fn);
    this.queues.set(key, next);
    return next;
  }

  /** Runs git with the scrubbed environment and the credentials for `url`. */
  private git(url: GitUrl, gitDir: string, args: string[], extraEnv: Env = {}): Promise<RunResult> {
    const env = this.opts.env;
    const config: [string, string][] = [
      ['core.hooksPath', '/dev/null'],
      ['core.fsmonitor', 'false'],
      ['protocol.allow', 'never'],
      ['protocol.https.allow', 'always'],
      ['protocol.http.allow', 'always'],
      ['protocol.ssh.allow', 'always'],
      ['protocol.git.allow', 'always'],
      ['advice.detachedHead', 'false'],
      ['remote.origin.url', url.url],
    ];
    const childEnv: Env = {
      PATH: env.PATH,
      HOME: env.HOME,
      SSH_AUTH_SOCK: env.SSH_AUTH_SOCK,
      GIT_SSH_COMMAND: env.GIT_SSH_COMMAND,
      HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
      HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
      NO_PROXY: env.NO_PROXY ?? env.no_proxy,
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: 'true',
      SSH_ASKPASS: 'true',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_DIR: gitDir,
      LANG: 'C',
      LC_ALL: 'C',
      ...extraEnv,
    };
    const set = this.authFor(url);
    if (set?.caBundle) config.push(['http.sslCAInfo', set.caBundle]);
    if (set && (url.protocol === 'https' || url.protocol === 'http') && set.password) {
      const scope = `${url.protocol}://${hostOf(url)}`;
      config.push([`credential.${scope}.helper`, '']);
      config.push([
        `credential.${scope}.helper`,
        `!f() { test "$1" = get && printf 'username=%s\\npassword=%s\\n' "$SHIPSHAPE_GIT_USERNAME" "$SHIPSHAPE_GIT_PASSWORD"; }; f`,
      ]);
      childEnv.SHIPSHAPE_GIT_USERNAME = set.username;
      childEnv.SHIPSHAPE_GIT_PASSWORD = set.password;
    }
    if (set?.sshKey && url.protocol === 'ssh') {
      const strict = /^(1|true|yes)$/i.test(env.KLUCTL_SSH_DISABLE_STRICT_HOST_KEY_CHECKING ?? '')
        ? ' -o StrictHostKeyChecking=no'
        : '';
      childEnv.GIT_SSH_COMMAND = `ssh -i '${set.sshKey.replace(/'/g, `'\\''`)}' -o IdentitiesOnly=yes -o BatchMode=yes${strict}`;
    }
    childEnv.GIT_CONFIG_COUNT = String(config.length);
    config.forEach(([k, v], i) => {
      childEnv[`GIT_CONFIG_KEY_${i}`] = k;
      childEnv[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        {
          env: Object.fromEntries(
            Object.entries(childEnv).filter(([, v]) => v !== undefined),
          ) as NodeJS.ProcessEnv,
          timeout: TIMEOUT_MS,
          killSignal: 'SIGKILL',
          maxBuffer: 256 << 20,
        },
        (err, stdout, stderr) => {
          if (!err) return resolve({ stdout });
          const e = err as Error & { killed?: boolean; code?: string | number };
          const text =
            e.code === 'ENOENT'
              ? 'git is not installed'
              : e.killed
                ? `git took longer than ${TIMEOUT_MS / 60_000} minutes`
                : stderr.trim().split('\n').slice(-3).join(' ') || e.message;
          const scrubbed =
            this.redactor.redact(text) ?? '(git output left out: it may hold a credential)';
          reject(
            new Error(
              oneLine(scrubbed.replace(/(\w+:\/\/)[^@/\s]*:[^@/\s]*@/g, '$1***@')).slice(0, 500),
            ),
          );
        },
      );
    });
  }

  private authFor(url: GitUrl): GitAuthSet | undefined {
    const host = hostOf(url);
    const user = new URL(url.url).username;
    for (const s of this.auth) {
      if (s.host === '*' ? url.protocol !== 'ssh' : s.host !== host) continue;
      if (s.path && !s.path.test(url.path)) continue;
      if (!s.username || (user && s.username !== '*' && s.username !== user)) continue;
      if (url.protocol === 'ssh' ? !s.sshKey : !s.password) continue;
      return s;
    }
    return undefined;
  }
}

/**
 * The commit a branch (or the remote's HEAD) just fetched into `local` names, read from the
 * loose ref fetch wrote: a process less than rev-parse. A tag, a ref that may be one, or an
 * object id (which may name a tag object) take rev-parse, which peels them to the commit,
 * as does a ref that is not a loose file.
 */
function branchHead(gitDir: string, local: string): string | undefined {
  try {
    const sha = readFileSync(path.join(gitDir, ...local.split('/')), 'utf8').trim();
    return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** Removes symbolic links whose target is outside `root` (or missing), so nothing leads out. */
export function removeLinksOut(root: string): void {
  const realRoot = realpathSync(root);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(p);
        } catch {
          target = undefined;
        }
        if (!target || !isInside(realRoot, target)) rmSync(p, { force: true });
        else if (path.isAbsolute(readlinkSync(p))) rmSync(p, { force: true });
      } else if (e.isDirectory() && !lstatSync(p).isSymbolicLink()) walk(p);
    }
  };
  walk(root);
}
