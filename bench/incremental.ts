// Benchmark for issue 15 (incremental rendering), every figure against its floor in the
// same run, each command in a fresh process of dist/ (median of 3):
//   - diff --against-ref on 200 items with 10% changed, against one render (target ≤ 1.2×;
//     median of 5 each, the two alternating);
//   - the same with a warm --cache-dir (filled by a run of the base branch; target ≤ 0.3×);
//   - render of 40 items × 100 objects against 400 × 10, per object (target: no slower);
//   - peak RSS of render --print-all at 800 items (target ≤ 200 MB).
// Run: npm run bundle && npm exec -- tsx bench/incremental.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { generateProject } from './generated-project.js';

const repo = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-incremental-'));
const RUNS = 3;
const PAIRED_RUNS = 5;

interface Run {
  ms: number;
  rssMb: number;
  stderr: string;
}

/** One CLI command in a fresh process of dist/, its output counted and dropped. */
function cli(args: string[], cwd: string): Run {
  const probe = `const m = await import(${JSON.stringify(path.join(repo, 'dist/index.js'))});
let err = ''; const started = process.hrtime.bigint();
const code = await m.cli(${JSON.stringify(args)}, { stdout: () => {}, stderr: (t) => { err += t; }, env: process.env, cwd: process.cwd() });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ code, ms, err, maxRssKb: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const res = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as {
    code: number;
    ms: number;
    err: string;
    maxRssKb: number;
  };
  // diff --exit-code is not used: 0 is the only success
  if (r.status !== 0 || res.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}${res.err}`);
  return { ms: res.ms, rssMb: res.maxRssKb / 1024, stderr: res.err };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(fn: () => Run): { ms: number; rssMb: number; runs: Run[] } {
  const runs = Array.from({ length: RUNS }, fn);
  return {
    ms: median(runs.map((r) => r.ms)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    runs,
  };
}
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@b',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@b',
    },
  });
const renderArgs = (project: string) => [
  'render',
  '--project-dir',
  project,
  '-t',
  'dev',
  '--fixed-images-file',
  path.join(project, 'images.yaml'),
  '--print-all',
];
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

// 1-2: diff of a pull request changing 10% of 200 items.
const project = path.join(work, 'repo');
generateProject(project, 200, 10);
git(project, 'init', '-q', '-b', 'main');
git(project, 'add', '-A');
git(project, 'commit', '-qm', 'base');
git(project, 'checkout', '-qb', 'change');
for (let i = 0; i < 200; i += 10) {
  const file = path.join(project, 'services', `svc-${String(i).padStart(3, '0')}`, 'obj-1.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('-1"', '-1-changed"'));
}
git(project, 'commit', '-qam', 'change 10%');
// As a workflow's checkout leaves a repository: its objects in a pack, as fetched (fresh
// commits leave them loose, and checking out the base costs git 3× the time: measured
// 60 vs 20 ms for these 2,000 files, ~50 ms more of the diff on 2 cores).
git(project, 'repack', '-adq');
const diffArgs = [
  'diff',
  '--project-dir',
  project,
  '--against-ref',
  'main',
  '-t',
  'dev',
  '--fixed-images-file',
  path.join(project, 'images.yaml'),
  '-o',
  'json',
];
// The render and the diff alternate, so a machine that slows down or speeds up during the
// run weighs on both alike.
const pairs = Array.from({ length: PAIRED_RUNS }, () => ({
  render: cli(renderArgs(project), project),
  diff: cli(diffArgs, project),
}));
const oneRender = { ms: median(pairs.map((p) => p.render.ms)) };
const diff = { ms: median(pairs.map((p) => p.diff.ms)) };
// Warm: a run of the base branch filled the cache (as the default branch's job does).
const cacheDir = path.join(work, 'cache');
const warm = measure(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  git(project, 'checkout', '-q', 'main');
  cli([...renderArgs(project), '--cache-dir', cacheDir], project);
  git(project, 'checkout', '-q', 'change');
  return cli([...diffArgs, '--cache-dir', cacheDir], project);
});
const reused = /\((\d+) of (\d+) item\(s\) from the cache\)/g;
const hits = [...warm.runs[0].stderr.matchAll(reused)].map((m) => `${m[1]}/${m[2]}`);

// 3: the same number of objects in few large or many small items.
const measurePerObject = (items: number, objects: number) => {
  const dir = path.join(work, `p-${items}x${objects}`);
  generateProject(dir, items, objects);
  return measure(() => cli(renderArgs(dir), dir));
};
const large = measurePerObject(40, 100);
const small = measurePerObject(400, 10);

// 4: memory at 800 items.
const big = path.join(work, 'p-800');
generateProject(big, 800, 10);
const at800 = measure(() => cli(renderArgs(big), big));

if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });

console.log(`${availableParallelism()} cores, median of ${RUNS} runs each, fresh process of dist/`);
console.log(
  `one render (200 items × 10 objects): ${fmt(oneRender.ms)} (median of ${PAIRED_RUNS}, alternating with the diff)`,
);
console.log(
  `diff --against-ref, 10% of the items changed: ${fmt(diff.ms)} = ${(diff.ms / oneRender.ms).toFixed(2)}× one render (target ≤ 1.2×)`,
);
console.log(
  `  with --cache-dir warm from the base branch: ${fmt(warm.ms)} = ${(warm.ms / oneRender.ms).toFixed(2)}× one render (target ≤ 0.3×; items from the cache, head and base: ${hits.join(', ')})`,
);
const perObject = (m: { ms: number }) => (m.ms / 4000) * 1000;
console.log(
  `40 × 100 objects: ${fmt(large.ms)} (${perObject(large).toFixed(0)} µs per object); 400 × 10: ${fmt(small.ms)} (${perObject(small).toFixed(0)} µs per object); ratio ${(large.ms / small.ms).toFixed(2)} (target ≤ 1)`,
);
console.log(
  `render --print-all of 800 items: ${fmt(at800.ms)}, peak RSS ${at800.rssMb.toFixed(0)} MB (target ≤ 200 MB)`,
);
