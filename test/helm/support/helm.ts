/**
 * Real Helm components for the tests: charts made with `helm create` / `helm package`, a
 * chart repository (a static HTTP(S) server over a directory whose index.yaml `helm repo
 * index` wrote, with basic auth when asked), OCI charts pushed with `helm push` into the
 * docker-registry, git charts served by `git daemon` from bare repositories, and kluctl as
 * the oracle.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../support/registry/net.js';
import { kluctlEnv, TOOLS_BIN, toolPath } from '../../support/tools.js';

const run = promisify(execFile);

/** Scratch directories removed when the test process exits. */
const scratchDirs: string[] = [];
process.once('exit', () => {
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

export function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `shipshape-helmtest-${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}

/** PATH with the pinned tools (helm, kluctl) first. */
export const TOOLS_PATH = `${TOOLS_BIN}${path.delimiter}${process.env.PATH ?? ''}`;

/** An environment for running helm in tests: its own config, cache and data directories. */
export function helmEnv(): NodeJS.ProcessEnv {
  const home = scratch('helm-home');
  return {
    PATH: TOOLS_PATH,
    HOME: home,
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_DATA_HOME: path.join(home, 'data'),
  };
}

export async function helm(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const { stdout } = await run(toolPath('helm'), args, {
    cwd: opts.cwd,
    env: opts.env ?? helmEnv(),
  });
  return stdout;
}

export interface ChartSpec {
  name: string;
  version: string;
  appVersion?: string;
  /** Extra or replaced files, relative to the chart directory (`templates/x.yaml`). */
  files?: Record<string, string>;
  /** Remove the files `helm create` makes under templates/ (keep only `files`). */
  bare?: boolean;
}

/** A chart directory made with `helm create`, then adjusted. */
export async function createChart(parent: string, spec: ChartSpec): Promise<string> {
  mkdirSync(parent, { recursive: true });
  await helm(['create', spec.name], { cwd: parent });
  const dir = path.join(parent, spec.name);
  let chartYaml = readFileSync(path.join(dir, 'Chart.yaml'), 'utf8').replace(
    /^version: .*$/m,
    `version: ${spec.version}`,
  );
  if (spec.appVersion)
    chartYaml = chartYaml.replace(/^appVersion: .*$/m, `appVersion: "${spec.appVersion}"`);
  writeFileSync(path.join(dir, 'Chart.yaml'), chartYaml);
  if (spec.bare) {
    rmSync(path.join(dir, 'templates'), { recursive: true, force: true });
    mkdirSync(path.join(dir, 'templates'));
    writeFileSync(path.join(dir, 'values.yaml'), '{}\n');
  }
  for (const [rel, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** `helm package` of a chart spec into `outDir`; returns the .tgz path. */
export async function packageChart(outDir: string, spec: ChartSpec): Promise<string> {
  const work = scratch('chart-src');
  const dir = await createChart(work, spec);
  mkdirSync(outDir, { recursive: true });
  await helm(['package', dir, '--destination', outDir]);
  return path.join(outDir, `${spec.name}-${spec.version}.tgz`);
}

export interface ChartRepoServer {
  /** `http(s)://127.0.0.1:PORT` + base path. */
  url: string;
  host: string;
  dir: string;
  /** Every request: method, path, whether it carried an Authorization header. */
  log: { method: string; path: string; auth: boolean; status: number }[];
  /** Answer these paths with a status instead. */
  faults: Map<string, number>;
  /** Re-runs `helm repo index` after charts were added. */
  reindex(): Promise<void>;
  stop(): Promise<void>;
}

export interface ChartRepoOptions {
  basicAuth?: { username: string; password: string };
  tls?: { certFile: string; keyFile: string };
  /** Path the repository is served under, e.g. `/charts`. */
  basePath?: string;
  /** Serve the directory's own index.yaml instead of running `helm repo index`. */
  ownIndex?: boolean;
}

/** A static chart repository over `dir` (index.yaml made by `helm repo index --url`). */
export async function startChartRepo(
  dir: string,
  opts: ChartRepoOptions = {},
): Promise<ChartRepoServer> {
  const log: ChartRepoServer['log'] = [];
  const faults = new Map<string, number>();
  const base = opts.basePath ?? '';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const auth = req.headers.authorization;
    const entry = { method: req.method ?? 'GET', path: urlPath, auth: !!auth, status: 200 };
    log.push(entry);
    const answer = (status: number, body = '') => {
      entry.status = status;
      res.writeHead(status, status === 401 ? { 'www-authenticate': 'Basic realm="charts"' } : {});
      res.end(body);
    };
    if (faults.has(urlPath)) return answer(faults.get(urlPath) as number, 'fault');
    if (opts.basicAuth) {
      const want = `Basic ${Buffer.from(`${opts.basicAuth.username}:${opts.basicAuth.password}`).toString('base64')}`;
      if (auth !== want) return answer(401, 'unauthorized');
    }
    if (!urlPath.startsWith(`${base}/`)) return answer(404);
    const file = path.join(dir, urlPath.slice(base.length + 1));
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile())
      return answer(404, 'not found');
    entry.status = 200;
    res.writeHead(200, {
      'content-type': file.endsWith('.yaml') ? 'text/yaml' : 'application/gzip',
    });
    res.end(readFileSync(file));
  };
  const server = opts.tls
    ? createHttpsServer(
        { cert: readFileSync(opts.tls.certFile), key: readFileSync(opts.tls.keyFile) },
        handler,
      )
    : createHttpServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  const url = `${opts.tls ? 'https' : 'http'}://${host}${base}`;
  const reindex = async () => {
    await helm(['repo', 'index', dir, '--url', url]);
  };
  if (!opts.ownIndex) await reindex();
  return {
    url,
    host,
    dir,
    log,
    faults,
    reindex,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** `helm push` of a packaged chart to `oci://<registryHost>/<repoPath>` (plain HTTP). */
export async function pushOci(
  tgz: string,
  registryHost: string,
  repoPath: string,
  auth?: { username: string; password: string },
): Promise<void> {
  const creds = auth ? ['--username', auth.username, '--password', auth.password] : [];
  await helm(['push', tgz, `oci://${registryHost}/${repoPath}`, '--plain-http', ...creds]);
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export const gitSync = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();

export interface GitDaemon {
  /** `git://127.0.0.1:PORT` */
  url: string;
  base: string;
  stop(): Promise<void>;
}

/** `git daemon` serving every bare repository under `base` on 127.0.0.1. */
export async function startGitDaemon(base: string): Promise<GitDaemon> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'git',
    [
      'daemon',
      '--reuseaddr',
      '--export-all',
      `--base-path=${base}`,
      `--port=${port}`,
      '--listen=127.0.0.1',
      '--informative-errors',
      base,
    ],
    { stdio: 'ignore' },
  );
  const url = `git://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const sock = connect(port, '127.0.0.1', () => {
        sock.destroy();
        resolve(true);
      });
      sock.on('error', () => resolve(false));
    });
    if (up) break;
    if (i > 200 || child.exitCode !== null) throw new Error('git daemon did not start');
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url,
    base,
    stop: () =>
      new Promise((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

/** A bare repository `name.git` under `base` with one commit per entry (each tagged), files replaced each time. */
export function gitChartRepo(
  base: string,
  name: string,
  commits: { tag?: string; files: Record<string, string> }[],
): string {
  const work = scratch('git-work');
  gitSync(work, 'init', '-q', '-b', 'main');
  for (const c of commits) {
    for (const [rel, text] of Object.entries(c.files)) {
      mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      writeFileSync(path.join(work, rel), text);
    }
    gitSync(work, 'add', '-A');
    gitSync(work, 'commit', '-q', '--allow-empty', '-m', c.tag ?? 'commit');
    if (c.tag) gitSync(work, 'tag', c.tag);
  }
  const bare = path.join(base, `${name}.git`);
  execFileSync('git', ['clone', '-q', '--bare', work, bare], { env: gitEnv });
  return bare;
}

/** Runs kluctl (the oracle) in `cwd`; rejects with its output when it fails. */
export async function kluctl(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const home = scratch('kluctl-home');
  try {
    const { stdout } = await run(toolPath('kluctl'), args, {
      cwd,
      env: { ...kluctlEnv(home), PATH: TOOLS_PATH, ...env },
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`kluctl ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

/** Every file under `dir`: relative path → content (for comparing trees). */
export function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of execFileSync('ls', ['-A', path.join(dir, rel)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)) {
      const r = rel ? `${rel}/${name}` : name;
      const st = statSync(path.join(dir, r));
      if (st.isDirectory()) walk(r);
      else out[r] = readFileSync(path.join(dir, r)).toString('base64');
    }
  };
  walk('');
  return out;
}
