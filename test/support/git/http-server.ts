/**
 * Git's smart HTTP protocol for tests: bare repositories under one directory served by the
 * real `git http-backend` (CGI) on 127.0.0.1, optionally behind Basic auth. Counts requests
 * (so tests can check how often a repository was fetched).
 */
import { spawn, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitHttpServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Directory holding the bare repositories (`<name>.git`). */
  root: string;
  /** Fetches (upload-pack ref discoveries) by repository name. */
  fetches: Map<string, number>;
  stop(): Promise<void>;
}

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

/**
 * Creates (or adds a commit to) bare repository `<root>/<name>.git` with `files` on `branch`,
 * tagging it with `tag` when given. Returns the commit.
 */
export function commitFiles(
  root: string,
  name: string,
  files: Record<string, string>,
  opts: { branch?: string; tag?: string; message?: string } = {},
): string {
  const bare = path.join(root, `${name}.git`);
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-git-work-'));
  try {
    const branch = opts.branch ?? 'main';
    try {
      execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare], {
        env: { ...process.env, ...GIT_ENV },
      });
    } catch {
      // exists
    }
    git(['init', '--quiet', '--initial-branch', branch], work);
    git(['remote', 'add', 'origin', bare], work);
    try {
      git(['fetch', '--quiet', 'origin', branch], work);
      git(['checkout', '--quiet', '-B', branch, 'FETCH_HEAD'], work);
    } catch {
      // new branch
    }
    for (const [rel, content] of Object.entries(files)) {
      const p = path.join(work, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
    git(['add', '-A'], work);
    git(['commit', '--quiet', '--allow-empty', '-m', opts.message ?? 'commit'], work);
    git(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], work);
    if (opts.tag) git(['push', '--quiet', '--force', 'origin', `HEAD:refs/tags/${opts.tag}`], work);
    return git(['rev-parse', 'HEAD'], work).trim();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function startGitHttpServer(
  opts: { auth?: { username: string; password: string } } = {},
): Promise<GitHttpServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'shipshape-git-http-'));
  const fetches = new Map<string, number>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    if (opts.auth) {
      const expected = `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' });
        res.end();
        return;
      }
    }
    // each fetch starts with one ref discovery
    if (u.pathname.endsWith('/info/refs') && u.searchParams.get('service') === 'git-upload-pack') {
      const name = u.pathname.split('/')[1]?.replace(/\.git$/, '') ?? '';
      fetches.set(name, (fetches.get(name) ?? 0) + 1);
    }
    const child = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        ...GIT_ENV,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(u.pathname),
        QUERY_STRING: u.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        REMOTE_USER: opts.auth?.username ?? '',
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let headerDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headerDone) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headerDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString().split('\r\n')) {
        const i = line.indexOf(':');
        const k = line.slice(0, i).trim();
        const v = line.slice(i + 1).trim();
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]);
        else headers[k] = v;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    child.stdout.on('end', () => res.end());
    child.on('error', () => {
      res.writeHead(500);
      res.end();
    });
  };
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    fetches,
    stop: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
