/**
 * Git URLs as a project names them (git includes, git vars sources): https, http, ssh,
 * git (the git daemon) and scp-like `user@host:path`. Local paths and file:// are refused,
 * as in kluctl (a project may not read repositories of the machine it runs on), and so is
 * anything git would read as an option or a transport helper (`-…`, `ext::`).
 */
import { UserError, type ErrorLocation } from '../util/errors.js';

export interface GitUrl {
  /** As written (credentials in it are never shown: see `display`). */
  raw: string;
  /** What git is given: scp-like URLs are turned into ssh:// ones. */
  url: string;
  protocol: 'https' | 'http' | 'ssh' | 'git';
  host: string;
  /** Repository path without a leading slash. */
  path: string;
  /** One key per repository: lower-case host, path without `.git` and trailing slashes. */
  key: string;
  /** For messages: the URL without a password. */
  display: string;
}

const SCP = /^([A-Za-z0-9._~-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/;

export function parseGitUrl(raw: string, loc: ErrorLocation = {}): GitUrl {
  const bad = (why: string) =>
    new UserError(
      `git URL "${redactUrl(raw)}" ${why}`,
      loc,
      'use an https://, ssh://, git:// or user@host:path URL',
    );
  const text = raw.trim();
  if (!text || text.startsWith('-') || /\s/.test(text)) throw bad('is not valid');
  let u: URL;
  const scp = SCP.exec(text);
  if (scp && !text.includes('://')) {
    u = new URL(`ssh://${scp[1] ?? ''}${scp[2]}/${scp[3].replace(/^\/+/, '')}`);
  } else {
    try {
      u = new URL(text);
    } catch {
      throw bad('is not valid (a project may not use local paths)');
    }
  }
  let protocol = u.protocol.slice(0, -1).toLowerCase();
  if (protocol === 'git+ssh' || protocol === 'ssh+git') protocol = 'ssh';
  if (!['https', 'http', 'ssh', 'git'].includes(protocol))
    throw bad(`uses ${protocol}://, which a project may not use`);
  const host = u.hostname.toLowerCase();
  if (!host || host.startsWith('-')) throw bad('has no valid host');
  const repoPath = decodeURIComponent(u.pathname).replace(/^\/+/, '');
  if (!repoPath || repoPath.startsWith('-')) throw bad('has no repository path');
  const url =
    protocol === 'ssh'
      ? `ssh://${u.username ? `${u.username}@` : ''}${u.host}/${repoPath}`
      : u.toString();
  const defaultPort = { https: '443', http: '80', ssh: '22', git: '9418' }[protocol];
  const port = u.port && u.port !== defaultPort ? `:${u.port}` : '';
  const keyPath = repoPath
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  return {
    raw,
    url,
    protocol: protocol as GitUrl['protocol'],
    host,
    path: repoPath,
    key: `${protocol === 'http' ? 'https' : protocol}://${host}${port}/${keyPath}`,
    display: redactUrl(url),
  };
}

/** A URL with its password (or token in the user part) replaced by `***`. */
export function redactUrl(text: string): string {
  return text.replace(/^([a-z+]+:\/\/)([^@/]*)@/i, (_, scheme: string, user: string) => {
    const name = user.split(':')[0];
    return user.includes(':') ? `${scheme}${name}:***@` : `${scheme}${user}@`;
  });
}

/** A git ref as kluctl writes it: `{branch}`, `{tag}`, `{commit}`, or (deprecated) a string. */
export interface GitRef {
  branch?: string;
  tag?: string;
  commit?: string;
  /** The deprecated string form: a branch or tag name, or a full ref. */
  ref?: string;
}

export function describeRef(ref: GitRef | undefined): string {
  if (!ref) return 'the default branch';
  if (ref.branch) return `branch ${ref.branch}`;
  if (ref.tag) return `tag ${ref.tag}`;
  if (ref.commit) return `commit ${ref.commit}`;
  return `ref ${ref.ref}`;
}

/** Parses `ref:` of a git include or vars source; throws a message for the caller's error. */
export function parseGitRef(value: unknown): GitRef | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (!value) return undefined;
    checkRefName(value);
    return { ref: value };
  }
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error('ref must be a mapping with branch, tag or commit');
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!['branch', 'tag', 'commit'].includes(k))
      throw new Error(`ref has an unknown field "${k}"`);
  const set = (['branch', 'tag', 'commit'] as const).filter(
    (k) => o[k] !== undefined && o[k] !== '',
  );
  if (set.length === 0) throw new Error('either branch, tag or commit must be set');
  if (set.length > 1) throw new Error('only one of the ref fields can be set');
  const v = String(o[set[0]]);
  if (set[0] === 'commit') {
    if (!/^[0-9a-fA-F]{4,64}$/.test(v)) throw new Error(`commit "${v}" is not a commit hash`);
  } else checkRefName(v);
  return { [set[0]]: v };
}

function checkRefName(name: string): void {
  // git check-ref-format's rules, enough that nothing reads as an option or a refspec
  if (
    name.startsWith('-') ||
    // eslint-disable-next-line no-control-regex -- git refuses control characters in ref names
    /[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(name)
  )
    throw new Error(`"${name}" is not a valid git ref name`);
}
